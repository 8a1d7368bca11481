package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.SendVisitorMessageCommand;
import dev.parley.application.limits.Admissions;
import dev.parley.application.settings.InMemorySettings;
import dev.parley.application.settings.port.in.UpdateAvailabilitySettingsCommand;
import dev.parley.application.team.InMemoryTeam;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.settings.AwayMessage;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A visitor's message reads the settings it follows (welcome message, links, business hours, away message) from
 * memory: the store is read once, and again only after the news of a change.
 */
class VisitorMessageSettingsReadsTest {

    private static final AgentId ADMIN = AgentId.random();

    private final InMemoryConversations conversations = new InMemoryConversations();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
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
    private final VisitorId visitor = VisitorId.random();

    @Test
    void in_the_steady_state_a_visitors_message_reads_no_settings_from_the_store() {
        service.send(says("c-1", "Hello"));
        int warmedUp = settings.loads();

        for (int i = 2; i <= 50; i++) {
            service.send(says("c-" + i, "Message " + i));
        }

        assertThat(warmedUp).isEqualTo(2);
        assertThat(settings.loads()).isEqualTo(warmedUp);
    }

    @Test
    void after_a_change_the_changed_section_alone_is_read_again_once() {
        service.send(says("c-1", "Hello"));
        int warmedUp = settings.loads();

        settings.availabilityService.update(new UpdateAvailabilitySettingsCommand(
                ADMIN, Optional.empty(), Optional.of(new AwayMessage("Back soon."))));
        MessageReceipt second = service.send(says("c-2", "Still there?"));
        service.send(says("c-3", "Hello?"));

        // The change itself reads the section for update; the next message reads it once more, then memory again.
        assertThat(settings.availability.loads()).isEqualTo(3);
        assertThat(settings.behaviour.loads()).isEqualTo(1);
        assertThat(settings.loads()).isEqualTo(warmedUp + 2);
        assertThat(second.seq()).isPositive();
    }

    private SendVisitorMessageCommand says(String clientMessageId, String text) {
        return new SendVisitorMessageCommand(
                visitor, "203.0.113.7", Optional.empty(), new ClientMessageId(clientMessageId), new MessageText(text));
    }
}
