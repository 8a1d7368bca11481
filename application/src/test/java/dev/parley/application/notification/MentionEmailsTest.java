package dev.parley.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.conversation.MovableClock;
import dev.parley.application.note.port.in.MentionsQuery;
import dev.parley.application.note.port.in.NoteView;
import dev.parley.application.notification.port.in.NotificationPolicy;
import dev.parley.application.notification.port.out.LoadMentionNotificationPort;
import dev.parley.application.notification.port.out.SaveMentionNotificationPort;
import dev.parley.application.team.port.in.ListTeamQuery;
import dev.parley.application.team.port.in.TeamMember;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.note.NoteId;
import dev.parley.domain.notification.MentionNotification;
import dev.parley.domain.notification.NotificationStatus;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.RetrySchedule;
import dev.parley.domain.team.Role;
import dev.parley.domain.ticket.TicketId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionEmailsTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    private final MovableClock clock = new MovableClock(START);
    private final RecordingMailer mailer = new RecordingMailer();
    private final Rows rows = new Rows();
    private final Map<NoteId, NoteView> notes = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final List<TeamMember> team = new ArrayList<>();
    private final AgentId ada = member("Ada", "ada@shop.example", false);
    private final AgentId bogna = member("Bogna", "bogna@shop.example", false);
    private final AgentId gone = member("Gone", "gone@shop.example", true);
    private final NotificationPolicy policy = new NotificationPolicy(
            URI.create("https://chat.shop.example"),
            RetrySchedule.every(Duration.ofSeconds(30)),
            Duration.ofMinutes(5),
            20);

    private final MentionEmailOutbox outbox = new MentionEmailOutbox(
            rows,
            rows,
            mailer,
            new Mentions(),
            new Team(),
            addresses -> addresses.contains("bogna@shop.example")
                    ? Map.of("bogna@shop.example", Locale.forLanguageTag("pl"))
                    : Map.of(),
            policy,
            clock);
    private final MentionEmailDeliveryService worker = new MentionEmailDeliveryService(outbox, mailer);

    @Test
    void each_mentioned_agent_gets_one_email_in_their_language() {
        NoteId note = note("@Bogna please call the customer back");

        outbox.schedule(note, List.of(bogna), START);

        assertThat(worker.deliverDue()).isEqualTo(1);
        assertThat(mailer.mentions()).singleElement().satisfies(email -> {
            assertThat(email.recipient().address()).isEqualTo("bogna@shop.example");
            assertThat(email.recipient().locale().getLanguage()).isEqualTo("pl");
            assertThat(email.authorName()).isEqualTo("Ada");
            assertThat(email.noteText()).isEqualTo("@Bogna please call the customer back");
            assertThat(email.inboxUrl()).hasToString("https://chat.shop.example/inbox/");
        });
        clock.advance(Duration.ofHours(1));
        assertThat(worker.deliverDue()).as("sent once").isZero();
        assertThat(mailer.mentions()).hasSize(1);
    }

    @Test
    void without_a_mail_server_nothing_is_scheduled_nor_sent_later() {
        mailer.unconfigured();
        outbox.schedule(note("@Bogna hi"), List.of(bogna), START);

        assertThat(rows.all).isEmpty();
        assertThat(worker.deliverDue()).isZero();
        assertThat(mailer.mentions()).isEmpty();
    }

    @Test
    void a_mention_seen_before_the_email_or_of_a_removed_agent_is_dropped() {
        NoteId note = note("@Bogna @Gone look");
        outbox.schedule(note, List.of(bogna, gone), START);
        seen.add(note + "/" + bogna);

        assertThat(worker.deliverDue()).isZero();

        assertThat(mailer.mentions()).isEmpty();
        assertThat(rows.all).allSatisfy(row -> assertThat(row.status()).isEqualTo(NotificationStatus.DROPPED));
    }

    @Test
    void a_failed_email_is_tried_again_after_the_wait() {
        NoteId note = note("@Bogna hi");
        outbox.schedule(note, List.of(bogna), START);
        mailer.down(true);

        assertThat(worker.deliverDue()).isZero();
        assertThat(mailer.refused()).isEqualTo(1);
        mailer.down(false);
        assertThat(worker.deliverDue()).as("not before the wait").isZero();

        clock.advance(Duration.ofSeconds(30));
        assertThat(worker.deliverDue()).isEqualTo(1);
        assertThat(rows.all).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(NotificationStatus.SENT);
            assertThat(row.attempts()).isEqualTo(2);
        });
    }

    private NoteId note(String text) {
        NoteId id = NoteId.random();
        notes.put(
                id,
                new NoteView(
                        id,
                        TicketId.random(),
                        ConversationId.random(),
                        ada,
                        "Ada",
                        "n-1",
                        text,
                        START,
                        List.of(new NoteView.Mentioned(bogna, "Bogna"))));
        return id;
    }

    private AgentId member(String name, String email, boolean deactivated) {
        AgentId id = AgentId.random();
        team.add(new TeamMember(id, email, name, Role.AGENT, START, deactivated));
        return id;
    }

    private static final class Rows implements LoadMentionNotificationPort, SaveMentionNotificationPort {

        final List<MentionNotification> all = new ArrayList<>();

        @Override
        public List<MentionNotification> dueMentions(Instant now, int limit) {
            return all.stream()
                    .filter(n -> n.isDueAt(now))
                    .sorted(Comparator.comparing(MentionNotification::nextAttemptAt))
                    .limit(limit)
                    .toList();
        }

        @Override
        public Optional<MentionNotification> findForUpdate(NoteId note, AgentId agent) {
            return all.stream()
                    .filter(n -> n.note().equals(note) && n.agent().equals(agent))
                    .findFirst();
        }

        @Override
        public void create(MentionNotification notification) {
            all.add(notification);
        }

        @Override
        public void update(MentionNotification notification) {
            // Held by reference: the change is already in place.
        }
    }

    private final class Mentions implements MentionsQuery {

        @Override
        public List<NoteView> unseenMentions(AgentId agent) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<NoteView> note(NoteId note) {
            return Optional.ofNullable(notes.get(note));
        }

        @Override
        public boolean mentionSeen(NoteId note, AgentId agent) {
            return seen.contains(note + "/" + agent);
        }
    }

    private final class Team implements ListTeamQuery {

        @Override
        public List<TeamMember> listTeam(boolean includingDeactivated) {
            return team;
        }

        @Override
        public Optional<TeamMember> member(AgentId id) {
            return team.stream().filter(m -> m.id().equals(id)).findFirst();
        }
    }
}
