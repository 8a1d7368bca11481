package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.SendVisitorMessageCommand;
import dev.parley.application.conversation.port.in.VisitorMessageRatePolicy;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.conversation.TooManyMessagesException;
import dev.parley.domain.shared.VisitorId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VisitorMessageRateTest {

    private final InMemoryConversations conversations = new InMemoryConversations();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final ConversationService service = new ConversationService(
            conversations,
            conversations,
            conversations,
            conversations,
            new RecordedActivity(),
            SettingsFakes.DEFAULT_BEHAVIOUR,
            SettingsFakes.ALWAYS_OPEN,
            news -> {},
            clock,
            VisitorMessageRatePolicy.perMinute(3),
            new InMemoryUploads(conversations),
            MessageTextPolicy.storable());
    private final VisitorId visitor = VisitorId.random();

    @Test
    void messages_up_to_the_limit_within_a_minute_are_stored() {
        sendMany(visitor, 3);

        assertThat(visitorMessages()).isEqualTo(3);
    }

    @Test
    void the_message_past_the_limit_is_refused_and_not_stored() {
        sendMany(visitor, 3);
        clock.advance(Duration.ofSeconds(59));

        assertThatThrownBy(() -> service.send(says(visitor, "c-4", "one too many")))
                .isInstanceOf(TooManyMessagesException.class)
                .hasFieldOrPropertyWithValue("code", "rate_limited")
                .satisfies(refused -> assertThat(((TooManyMessagesException) refused).retryAfter())
                        .isEqualTo(Duration.ofSeconds(1)));
        assertThat(visitorMessages()).isEqualTo(3);
    }

    @Test
    void a_retry_of_a_stored_message_is_acknowledged_even_at_the_limit() {
        MessageReceipt first = service.send(says(visitor, "c-1", "message 1"));
        service.send(says(visitor, "c-2", "message 2"));
        service.send(says(visitor, "c-3", "message 3"));

        MessageReceipt retry = service.send(says(visitor, "c-1", "message 1"));

        assertThat(retry).isEqualTo(first);
        assertThat(visitorMessages()).isEqualTo(3);
    }

    @Test
    void the_window_slides_so_that_a_visitor_may_write_again_after_a_minute() {
        sendMany(visitor, 3);
        clock.advance(Duration.ofMinutes(1));

        service.send(says(visitor, "c-later", "later"));

        assertThat(visitorMessages()).isEqualTo(4);
    }

    @Test
    void each_visitor_has_their_own_limit() {
        sendMany(visitor, 3);
        VisitorId other = VisitorId.random();

        service.send(says(other, "c-other", "hello"));

        assertThat(conversations.all().stream()
                        .filter(m -> m.clientMessageId().isPresent())
                        .count())
                .isEqualTo(4);
    }

    @Test
    void a_refused_message_does_not_count() {
        sendMany(visitor, 3);
        assertThatThrownBy(() -> service.send(says(visitor, "c-x", "refused")))
                .isInstanceOf(TooManyMessagesException.class);
        clock.advance(Duration.ofMinutes(1));

        sendMany(visitor, 3);

        assertThat(visitorMessages()).isEqualTo(6);
    }

    private void sendMany(VisitorId who, int count) {
        for (int i = 0; i < count; i++) {
            service.send(says(who, "c-" + clock.instant().toEpochMilli() + "-" + i, "message " + i));
        }
    }

    private long visitorMessages() {
        return conversations.all().stream()
                .filter(message -> message.clientMessageId().isPresent())
                .count();
    }

    private static SendVisitorMessageCommand says(VisitorId who, String clientMessageId, String text) {
        return new SendVisitorMessageCommand(
                who, Optional.empty(), new ClientMessageId(clientMessageId), new MessageText(text));
    }
}
