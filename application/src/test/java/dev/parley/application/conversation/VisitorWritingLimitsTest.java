package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.EndConversationCommand;
import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.SendVisitorMessageCommand;
import dev.parley.application.limits.Admissions;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.shared.RateLimitedException;
import dev.parley.domain.shared.VisitorId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The limits on what visitors write, each at its edge: the last use that passes, the first refused (with when to try
 * again, nothing stored), and the allowance coming back as the window passes. Messages: 3 a minute per visitor, 5 a
 * minute per address; conversations: 2 an hour per visitor, 3 an hour per address.
 */
class VisitorWritingLimitsTest {

    private static final String ADDRESS = "203.0.113.7";
    private static final String OTHER_ADDRESS = "198.51.100.20";

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
            Admissions.counting(clock),
            WritingLimits.of(2, 3, 3, 5),
            new InMemoryUploads(conversations),
            MessageTextPolicy.storable());
    private final ConversationEndingService endings = new ConversationEndingService(
            conversations, conversations, conversations, new RecordedActivity(), news -> {}, clock);
    private final VisitorId visitor = VisitorId.random();
    private final AtomicInteger ids = new AtomicInteger();

    @Test
    void a_visitor_may_send_up_to_the_limit_and_the_next_message_is_refused_and_not_stored() {
        sendMany(visitor, ADDRESS, 3);
        clock.advance(Duration.ofSeconds(10));

        assertThatThrownBy(() -> service.send(says(visitor, ADDRESS, "c-over", "one too many")))
                .isInstanceOf(RateLimitedException.class)
                .hasFieldOrPropertyWithValue("code", "rate_limited")
                .hasFieldOrPropertyWithValue("limit", "messages_per_visitor")
                // One message comes back every 20 seconds; 10 have passed.
                .satisfies(refused -> assertThat(((RateLimitedException) refused).retryAfter())
                        .isEqualTo(Duration.ofSeconds(10)));
        assertThat(visitorMessages()).isEqualTo(3);
        assertThat(texts()).doesNotContain("one too many");
    }

    @Test
    void the_visitor_may_write_again_once_the_window_gave_one_back() {
        sendMany(visitor, ADDRESS, 3);
        clock.advance(Duration.ofSeconds(19));
        assertThatThrownBy(() -> service.send(says(visitor, ADDRESS, "c-early", "too early")))
                .isInstanceOf(RateLimitedException.class);

        clock.advance(Duration.ofSeconds(1));
        service.send(says(visitor, ADDRESS, "c-later", "later"));

        assertThat(visitorMessages()).isEqualTo(4);
        assertThatThrownBy(() -> service.send(says(visitor, ADDRESS, "c-again", "one more")))
                .isInstanceOf(RateLimitedException.class);
    }

    @Test
    void a_retry_of_a_stored_message_is_acknowledged_at_the_limit_and_never_counted() {
        MessageReceipt first = service.send(says(visitor, ADDRESS, "c-1", "message 1"));
        service.send(says(visitor, ADDRESS, "c-2", "message 2"));
        service.send(says(visitor, ADDRESS, "c-3", "message 3"));

        for (int i = 0; i < 5; i++) {
            assertThat(service.send(says(visitor, ADDRESS, "c-1", "message 1"))).isEqualTo(first);
        }

        assertThat(visitorMessages()).isEqualTo(3);
        // The retries took nothing from the address either: two more visitors' messages still fit in its 5.
        VisitorId other = VisitorId.random();
        sendMany(other, ADDRESS, 2);
        assertThat(visitorMessages()).isEqualTo(5);
    }

    @Test
    void visitors_of_one_address_share_its_message_limit_and_other_addresses_do_not() {
        VisitorId second = VisitorId.random();
        sendMany(visitor, ADDRESS, 3);
        sendMany(second, ADDRESS, 2);

        assertThatThrownBy(() -> service.send(says(second, ADDRESS, "c-over", "sixth from the address")))
                .isInstanceOf(RateLimitedException.class)
                .hasFieldOrPropertyWithValue("limit", "messages_per_address");
        assertThat(visitorMessages()).isEqualTo(5);

        service.send(says(VisitorId.random(), OTHER_ADDRESS, "c-elsewhere", "from another address"));
        assertThat(visitorMessages()).isEqualTo(6);

        // The address gets one message back every 12 seconds.
        clock.advance(Duration.ofSeconds(12));
        service.send(says(VisitorId.random(), ADDRESS, "c-back", "the address may write again"));
        assertThat(visitorMessages()).isEqualTo(7);
    }

    @Test
    void a_visitor_may_start_up_to_the_limit_of_conversations_and_the_next_is_refused_and_not_stored() {
        startAndEnd(visitor, ADDRESS);
        startAndEnd(visitor, ADDRESS);

        assertThatThrownBy(() -> service.send(says(visitor, ADDRESS, "c-third", "a third conversation")))
                .isInstanceOf(RateLimitedException.class)
                .hasFieldOrPropertyWithValue("limit", "conversations_per_visitor");
        assertThatThrownBy(() -> service.browse(visitor, ADDRESS))
                .isInstanceOf(RateLimitedException.class)
                .hasFieldOrPropertyWithValue("limit", "conversations_per_visitor");

        assertThat(conversations.conversations()).hasSize(2);
        assertThat(texts()).doesNotContain("a third conversation");

        // One conversation comes back every 30 minutes.
        clock.advance(Duration.ofMinutes(30));
        ConversationView third = service.browse(visitor, ADDRESS);
        assertThat(conversations.conversations())
                .hasSize(3)
                .extracting(c -> c.id())
                .contains(third.id());
    }

    @Test
    void writing_into_the_open_conversation_starts_nothing_and_is_not_counted_as_a_conversation() {
        ConversationView browsing = service.browse(visitor, ADDRESS);
        service.send(says(visitor, ADDRESS, "c-1", "into the open one"));
        service.send(says(visitor, ADDRESS, "c-2", "still the same"));

        assertThat(conversations.conversations())
                .singleElement()
                .satisfies(c -> assertThat(c.id()).isEqualTo(browsing.id()));
        endings.end(new EndConversationCommand(visitor, browsing.id()));
        service.send(says(visitor, ADDRESS, "c-3", "a new conversation"));
        assertThat(conversations.conversations()).hasSize(2);
    }

    @Test
    void visitors_of_one_address_share_its_conversation_limit() {
        startAndEnd(VisitorId.random(), ADDRESS);
        startAndEnd(VisitorId.random(), ADDRESS);
        startAndEnd(VisitorId.random(), ADDRESS);
        VisitorId fourth = VisitorId.random();

        assertThatThrownBy(() -> service.send(says(fourth, ADDRESS, "c-1", "a fourth visitor")))
                .isInstanceOf(RateLimitedException.class)
                .hasFieldOrPropertyWithValue("limit", "conversations_per_address");
        assertThat(conversations.conversations()).hasSize(3);
        assertThat(texts()).doesNotContain("a fourth visitor");

        service.send(says(fourth, OTHER_ADDRESS, "c-2", "from another address"));
        assertThat(conversations.conversations()).hasSize(4);

        // The address gets one conversation back every 20 minutes.
        clock.advance(Duration.ofMinutes(20));
        service.send(says(VisitorId.random(), ADDRESS, "c-3", "the address may start again"));
        assertThat(conversations.conversations()).hasSize(5);
    }

    /** Starts a conversation with a message and ends it, so that the visitor's next message starts another. */
    private void startAndEnd(VisitorId who, String address) {
        MessageReceipt receipt = service.send(says(who, address, "auto-" + ids.incrementAndGet(), "hello"));
        endings.end(new EndConversationCommand(who, receipt.conversation()));
        // Messages are not what these tests count: let the message allowance refill.
        clock.advance(Duration.ofMinutes(1));
    }

    private void sendMany(VisitorId who, String address, int count) {
        for (int i = 0; i < count; i++) {
            service.send(says(who, address, "auto-" + ids.incrementAndGet(), "message " + i));
        }
    }

    private long visitorMessages() {
        return conversations.all().stream()
                .filter(message -> message.clientMessageId().isPresent())
                .count();
    }

    private List<String> texts() {
        return conversations.all().stream()
                .flatMap(message -> message.text().stream())
                .map(MessageText::value)
                .toList();
    }

    private static SendVisitorMessageCommand says(VisitorId who, String address, String clientMessageId, String text) {
        return new SendVisitorMessageCommand(
                who, address, Optional.empty(), new ClientMessageId(clientMessageId), new MessageText(text));
    }
}
