package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.conversation.port.in.GoLiveCommand;
import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.SendVisitorMessageCommand;
import dev.parley.application.limits.Admissions;
import dev.parley.application.settings.InMemorySettings;
import dev.parley.application.settings.port.in.UpdateAvailabilitySettingsCommand;
import dev.parley.application.settings.port.in.UpdateBehaviourSettingsCommand;
import dev.parley.application.team.InMemoryTeam;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.settings.BusinessHours;
import dev.parley.domain.settings.TimeRange;
import dev.parley.domain.settings.Translations;
import dev.parley.domain.settings.WelcomeMessage;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.Language;
import dev.parley.domain.shared.VisitorId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The welcome and away messages a visitor reads are in their language when the store wrote them in it. */
class VisitorLanguageTest {

    private static final AgentId ADMIN = AgentId.random();

    // A Wednesday; the store below opens on Mondays only.
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final InMemoryConversations conversations = new InMemoryConversations();
    private final InMemorySettings settings =
            new InMemorySettings(InMemoryTeam.withAdmin(ADMIN, "Ada"), new InMemoryAuditLog(), clock);
    private final ConversationService service = new ConversationService(
            conversations,
            conversations,
            conversations,
            conversations,
            new RecordedActivity(),
            settings.behaviourService,
            settings.availabilityService,
            news -> {},
            clock,
            Admissions.unlimited(),
            WritingLimits.generous(),
            new InMemoryUploads(conversations),
            MessageTextPolicy.storable());

    @Test
    void a_polish_visitor_is_welcomed_and_answered_in_polish_by_a_new_store() {
        closeUntilMonday();

        List<String> thread = textsAfterFirstMessage(Optional.of("pl-PL"));

        assertThat(thread)
                .containsExactly(
                        "Dzień dobry! W czym możemy pomóc?",
                        "Hello?",
                        "Dziękujemy za wiadomość! Jesteśmy teraz poza biurem i odpowiemy, gdy tylko wrócimy.");
    }

    @Test
    void a_visitor_in_a_language_the_store_did_not_write_in_reads_the_stores_own_texts() {
        closeUntilMonday();

        assertThat(textsAfterFirstMessage(Optional.of("de-DE")))
                .containsExactly(
                        "Hi! How can we help you today?",
                        "Hello?",
                        "Thanks for your message! We're away right now and will reply as soon as we're back.");
        assertThat(textsAfterFirstMessage(Optional.empty())).first().isEqualTo("Hi! How can we help you today?");
    }

    @Test
    void a_polish_store_greets_english_visitors_in_english_when_it_wrote_english_texts() {
        settings.behaviourService.update(new UpdateBehaviourSettingsCommand(
                ADMIN,
                Optional.of(new WelcomeMessage("Witamy w sklepie!")),
                Optional.empty(),
                Optional.empty(),
                Optional.of(Language.POLISH),
                Optional.of(new Translations<>(Map.of(Language.ENGLISH, new WelcomeMessage("Welcome to the shop!"))))));

        assertThat(textsAfterFirstMessage(Optional.of("en-GB"))).first().isEqualTo("Welcome to the shop!");
        assertThat(textsAfterFirstMessage(Optional.of("pl"))).first().isEqualTo("Witamy w sklepie!");
        assertThat(textsAfterFirstMessage(Optional.of("fr"))).first().isEqualTo("Witamy w sklepie!");
    }

    @Test
    void asking_for_a_person_welcomes_in_the_visitors_language() {
        VisitorId visitor = VisitorId.random();
        var browsing = service.browse(visitor, "203.0.113.7");

        service.goLive(new GoLiveCommand(visitor, browsing.id(), false, Optional.of("pl")));

        assertThat(conversations.all())
                .filteredOn(message -> message.conversationId().equals(browsing.id()))
                .extracting(message -> message.text().map(MessageText::value).orElse(""))
                .containsExactly("Dzień dobry! W czym możemy pomóc?");
    }

    private void closeUntilMonday() {
        settings.availabilityService.update(new UpdateAvailabilitySettingsCommand(
                ADMIN,
                Optional.of(BusinessHours.weekly(
                        ZoneOffset.UTC,
                        Map.of(DayOfWeek.MONDAY, List.of(new TimeRange(LocalTime.of(9, 0), LocalTime.of(17, 0)))))),
                Optional.empty()));
    }

    private List<String> textsAfterFirstMessage(Optional<String> language) {
        VisitorId visitor = VisitorId.random();
        MessageReceipt sent = service.send(new SendVisitorMessageCommand(
                visitor,
                "203.0.113.7",
                Optional.empty(),
                new ClientMessageId("c-1"),
                Optional.of(new MessageText("Hello?")),
                Optional.empty(),
                false,
                language));
        return conversations.all().stream()
                .filter(message -> message.conversationId().equals(sent.conversation()))
                .map(Message::text)
                .map(text -> text.map(MessageText::value).orElse(""))
                .toList();
    }
}
