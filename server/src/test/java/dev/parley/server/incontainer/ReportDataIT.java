package dev.parley.server.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.conversation.port.out.AppendMessagePort;
import dev.parley.application.conversation.port.out.SaveConversationPort;
import dev.parley.application.conversation.port.out.SaveSatisfactionRatingPort;
import dev.parley.application.report.ReportService;
import dev.parley.application.report.port.in.ReportSummary;
import dev.parley.application.report.port.out.ReportDataPort;
import dev.parley.application.ticket.port.out.SaveTicketPort;
import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.conversation.RatingComment;
import dev.parley.domain.conversation.Satisfaction;
import dev.parley.domain.conversation.SatisfactionRating;
import dev.parley.domain.report.ReportPeriod;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Role;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.visitor.Visitor;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The reports' numbers as the database answers them, on a fixture of known conversations on two days of the 1990s that
 * no other test writes to (picked at random, so that earlier runs' rows never count): exact counts per day, exact
 * medians and the ratings.
 */
@OnArquillianServer
class ReportDataIT {

    @Inject
    Fixtures fixtures;

    @Inject
    SaveConversationPort conversations;

    @Inject
    AppendMessagePort messages;

    @Inject
    SaveTicketPort tickets;

    @Inject
    SaveSatisfactionRatingPort ratings;

    @Inject
    ReportDataPort data;

    /** A message of a conversation, said by the visitor (null agent) or an agent, so many seconds into the day. */
    private record Said(AgentId agent, long second) {}

    private Conversation conversation(Instant day, Said... said) {
        Visitor visitor = fixtures.visitor();
        Instant first = day.plusSeconds(said[0].second());
        Conversation conversation = Conversation.start(ConversationId.random(), visitor.id(), Channel.CHAT, first);
        Tx.run(() -> {
            conversations.create(conversation);
            // Parley's welcome message neither starts nor ends a wait.
            messages.append(conversation.post(Author.system(), Optional.empty(), new MessageText("Hello!"), first));
            for (Said one : said) {
                messages.append(conversation.post(
                        one.agent() == null ? Author.visitor() : Author.agent(one.agent()),
                        Optional.empty(),
                        new MessageText("at " + one.second()),
                        day.plusSeconds(one.second())));
            }
            conversations.update(conversation);
            tickets.create(Ticket.open(TicketId.random(), conversation.id(), visitor.id(), first));
        });
        return conversation;
    }

    private void rated(Conversation conversation, Satisfaction score, String comment, Instant at) {
        Tx.run(() -> ratings.save(new SatisfactionRating(
                conversation.id(), score, RatingComment.ofOptional(Optional.ofNullable(comment)), at)));
    }

    @Test
    void counts_conversations_per_day_and_takes_exact_medians_and_ratings() {
        LocalDate firstDay =
                LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3600));
        Instant day1 = firstDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant day2 = day1.plus(Duration.ofDays(1));
        AgentId agent = fixtures.agent(Role.AGENT);
        // A: two visitor messages, one wait of 120 s (its first response); then a wait of 20 s.
        Conversation a = conversation(
                day1,
                new Said(null, 36_000),
                new Said(null, 36_030),
                new Said(agent, 36_120),
                new Said(null, 36_600),
                new Said(agent, 36_620));
        // B: a first response in 40 s, then a wait still unanswered.
        Conversation b = conversation(day1, new Said(null, 39_600), new Said(agent, 39_640), new Said(null, 39_900));
        // C, on the second day: a first response in 300 s.
        Conversation c = conversation(day2, new Said(null, 43_200), new Said(agent, 43_500));
        // D: nobody answered.
        conversation(day1, new Said(null, 46_800));
        rated(a, Satisfaction.GOOD, "Great help", day1.plusSeconds(40_000));
        rated(b, Satisfaction.BAD, "Slow", day1.plusSeconds(41_000));
        rated(c, Satisfaction.GOOD, null, day2.plusSeconds(44_000));

        ReportService reports =
                new ReportService(data, () -> ZoneOffset.UTC, Clock.fixed(day2.plusSeconds(50_000), ZoneOffset.UTC));
        ReportSummary summary = Tx.call(() -> reports.summary(new ReportPeriod(firstDay, firstDay.plusDays(1))));

        assertThat(summary.conversationsPerDay())
                .containsExactly(
                        new ReportSummary.DayCount(firstDay, 3), new ReportSummary.DayCount(firstDay.plusDays(1), 1));
        assertThat(summary.firstResponse())
                .isEqualTo(new ReportSummary.Times(Optional.of(Duration.ofMinutes(2)), 3, 1));
        assertThat(summary.waiting()).isEqualTo(new ReportSummary.Times(Optional.of(Duration.ofSeconds(80)), 4, 2));
        assertThat(summary.satisfaction().good()).isEqualTo(2);
        assertThat(summary.satisfaction().bad()).isEqualTo(1);
        assertThat(summary.satisfaction().percentGood()).contains(67);
        assertThat(summary.satisfaction().latestComments())
                .extracting(ReportSummary.RatedComment::comment)
                .containsExactly("Slow", "Great help");

        ReportSummary secondDayOnly =
                Tx.call(() -> reports.summary(new ReportPeriod(firstDay.plusDays(1), firstDay.plusDays(1))));
        assertThat(secondDayOnly.conversations()).isEqualTo(1);
        assertThat(secondDayOnly.firstResponse())
                .isEqualTo(new ReportSummary.Times(Optional.of(Duration.ofMinutes(5)), 1, 0));
        assertThat(secondDayOnly.satisfaction().percentGood()).contains(100);
    }
}
