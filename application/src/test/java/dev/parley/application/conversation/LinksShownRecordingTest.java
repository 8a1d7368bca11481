package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.EndConversationCommand;
import dev.parley.application.conversation.port.in.GoLiveCommand;
import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.SendVisitorMessageCommand;
import dev.parley.application.limits.Admissions;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.ConversationClosedException;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ImageNotFoundException;
import dev.parley.domain.conversation.LinksShown;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.shared.RateLimitedException;
import dev.parley.domain.shared.VisitorId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A conversation records, once, that the widget showed the visitor the store's privacy-policy and terms links. */
class LinksShownRecordingTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final URI PRIVACY = URI.create("https://shop.example.com/privacy");
    private static final URI TERMS = URI.create("https://shop.example.com/terms");

    private final InMemoryConversations conversations = new InMemoryConversations();
    private final MovableClock clock = new MovableClock(NOW);
    private BehaviourSettings store =
            BehaviourSettings.defaults().withPrivacyPolicyUrl(PRIVACY).withTermsUrl(TERMS);
    private final ConversationService service = new ConversationService(
            conversations,
            conversations,
            conversations,
            conversations,
            new RecordedActivity(),
            language -> SettingsFakes.view(store),
            SettingsFakes.ALWAYS_OPEN,
            news -> {},
            clock,
            Admissions.counting(clock),
            WritingLimits.of(1_000, 1_000, 2, 1_000),
            new InMemoryUploads(conversations),
            MessageTextPolicy.storable());
    private final ConversationEndingService endings = new ConversationEndingService(
            conversations, conversations, conversations, new RecordedActivity(), news -> {}, clock);
    private final VisitorId visitor = VisitorId.random();

    @Test
    void the_first_message_records_when_and_which_links_the_store_had() {
        MessageReceipt sent = service.send(says("c-1", "Hello", true));

        assertThat(linksShown(sent.conversation()))
                .contains(new LinksShown(NOW, Optional.of(PRIVACY), Optional.of(TERMS)));
    }

    @Test
    void a_message_without_the_flag_records_nothing() {
        MessageReceipt sent = service.send(says("c-1", "Hello", false));

        assertThat(linksShown(sent.conversation())).isEmpty();
    }

    @Test
    void only_the_links_the_store_has_are_recorded_and_none_when_it_has_none() {
        store = BehaviourSettings.defaults().withTermsUrl(TERMS);
        MessageReceipt sent = service.send(says("c-1", "Hello", true));
        assertThat(linksShown(sent.conversation())).contains(new LinksShown(NOW, Optional.empty(), Optional.of(TERMS)));

        store = BehaviourSettings.defaults();
        VisitorId other = VisitorId.random();
        MessageReceipt unlinked = service.send(new SendVisitorMessageCommand(
                other,
                "203.0.113.7",
                Optional.empty(),
                new ClientMessageId("c-1"),
                Optional.of(new MessageText("Hi")),
                Optional.empty(),
                true));
        assertThat(linksShown(unlinked.conversation())).isEmpty();
    }

    @Test
    void the_first_record_is_never_overwritten_by_later_messages_or_changed_links() {
        MessageReceipt first = service.send(says("c-1", "Hello", true));
        clock.advance(Duration.ofMinutes(5));
        store = store.withPrivacyPolicyUrl(URI.create("https://shop.example.com/privacy-2027"));

        service.send(says("c-2", "Still there?", true));
        service.goLive(new GoLiveCommand(visitor, first.conversation(), true));

        assertThat(linksShown(first.conversation()))
                .contains(new LinksShown(NOW, Optional.of(PRIVACY), Optional.of(TERMS)));
    }

    @Test
    void a_retried_message_changes_nothing() {
        MessageReceipt first = service.send(says("c-1", "Hello", false));

        MessageReceipt retried = service.send(says("c-1", "Hello", true));

        assertThat(retried).isEqualTo(first);
        assertThat(linksShown(first.conversation())).isEmpty();
    }

    @Test
    void a_refused_message_records_nothing() {
        ConversationView browsing = service.browse(visitor, "203.0.113.7");

        assertThatThrownBy(() -> service.send(new SendVisitorMessageCommand(
                        visitor,
                        "203.0.113.7",
                        Optional.of(browsing.id()),
                        new ClientMessageId("c-1"),
                        Optional.empty(),
                        Optional.of(UploadId.random()),
                        true)))
                .isInstanceOf(ImageNotFoundException.class);
        service.send(says("c-2", "one", false));
        service.send(says("c-3", "two", false));
        assertThatThrownBy(() -> service.send(says("c-4", "three, over the limit", true)))
                .isInstanceOf(RateLimitedException.class);

        assertThat(linksShown(browsing.id())).isEmpty();
    }

    @Test
    void asking_for_a_person_records_the_links_and_a_later_message_keeps_them() {
        ConversationView browsing = service.browse(visitor, "203.0.113.7");

        ConversationView live = service.goLive(new GoLiveCommand(visitor, browsing.id(), true));
        clock.advance(Duration.ofMinutes(1));
        service.send(says("c-1", "Hello", true));

        LinksShown expected = new LinksShown(NOW, Optional.of(PRIVACY), Optional.of(TERMS));
        assertThat(live.linksShown()).contains(expected);
        assertThat(linksShown(browsing.id())).contains(expected);
    }

    @Test
    void asking_for_a_person_in_a_live_conversation_still_records_a_first_showing() {
        ConversationView browsing = service.browse(visitor, "203.0.113.7");
        service.goLive(new GoLiveCommand(visitor, browsing.id()));
        clock.advance(Duration.ofMinutes(1));

        service.goLive(new GoLiveCommand(visitor, browsing.id(), true));

        assertThat(linksShown(browsing.id()))
                .hasValueSatisfying(shown -> assertThat(shown.at()).isEqualTo(NOW.plus(Duration.ofMinutes(1))));
    }

    @Test
    void a_closed_conversation_records_nothing() {
        ConversationView browsing = service.browse(visitor, "203.0.113.7");
        service.goLive(new GoLiveCommand(visitor, browsing.id()));
        endings.end(new EndConversationCommand(visitor, browsing.id()));

        assertThatThrownBy(() -> service.goLive(new GoLiveCommand(visitor, browsing.id(), true)))
                .isInstanceOf(ConversationClosedException.class);
        assertThat(linksShown(browsing.id())).isEmpty();
    }

    private Optional<LinksShown> linksShown(ConversationId conversation) {
        return new ConversationHistoryService(conversations, conversations, new NoAgents()::displayNames)
                .conversation(conversation)
                .linksShown();
    }

    private SendVisitorMessageCommand says(String clientMessageId, String text, boolean linksShown) {
        return new SendVisitorMessageCommand(
                visitor,
                "203.0.113.7",
                Optional.empty(),
                new ClientMessageId(clientMessageId),
                Optional.of(new MessageText(text)),
                Optional.empty(),
                linksShown);
    }
}
