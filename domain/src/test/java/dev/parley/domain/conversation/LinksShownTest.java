package dev.parley.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.VisitorId;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinksShownTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Optional<URI> PRIVACY = Optional.of(URI.create("https://shop.example.com/privacy"));
    private static final Optional<URI> TERMS = Optional.of(URI.create("https://shop.example.com/terms"));

    private final Conversation conversation =
            Conversation.browse(ConversationId.random(), VisitorId.random(), Channel.CHAT, NOW);

    @Test
    void a_new_conversation_has_shown_no_links() {
        assertThat(conversation.linksShown()).isEmpty();
    }

    @Test
    void records_when_and_which_links_were_shown() {
        LinksShown shown = new LinksShown(NOW, PRIVACY, Optional.empty());

        assertThat(conversation.linksWereShown(shown)).isTrue();

        assertThat(conversation.linksShown()).contains(shown);
    }

    @Test
    void only_the_first_showing_counts_and_is_never_overwritten() {
        LinksShown first = new LinksShown(NOW, PRIVACY, TERMS);
        conversation.linksWereShown(first);

        boolean recorded = conversation.linksWereShown(new LinksShown(
                NOW.plusSeconds(60),
                Optional.of(URI.create("https://shop.example.com/new-privacy")),
                Optional.empty()));

        assertThat(recorded).isFalse();
        assertThat(conversation.linksShown()).contains(first);
    }

    @Test
    void a_closed_conversation_records_nothing() {
        conversation.goLive(new MessageText("Hi!"), NOW);
        conversation.close(ConversationEvent.ENDED_BY_VISITOR, NOW);

        assertThatThrownBy(() -> conversation.linksWereShown(new LinksShown(NOW, PRIVACY, TERMS)))
                .isInstanceOf(ConversationClosedException.class);
        assertThat(conversation.linksShown()).isEmpty();
    }

    @Test
    void a_store_without_links_showed_nothing() {
        assertThat(LinksShown.of(NOW, Optional.empty(), Optional.empty())).isEmpty();
        assertThat(LinksShown.of(NOW, Optional.empty(), TERMS)).contains(new LinksShown(NOW, Optional.empty(), TERMS));
        assertThatThrownBy(() -> new LinksShown(NOW, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_record_survives_reconstitution() {
        LinksShown shown = new LinksShown(NOW, PRIVACY, TERMS);

        Conversation stored = Conversation.reconstitute(new StoredConversation(
                conversation.id(),
                conversation.visitor(),
                Channel.CHAT,
                NOW,
                ConversationStatus.OPEN,
                0,
                null,
                0,
                0,
                true,
                false,
                Optional.of(shown),
                AssistantState.NONE));

        assertThat(stored.linksShown()).contains(shown);
        assertThat(stored.linksWereShown(new LinksShown(NOW.plusSeconds(1), PRIVACY, TERMS)))
                .isFalse();
    }
}
