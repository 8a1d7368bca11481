package dev.parley.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.VisitorId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final Conversation conversation =
            Conversation.start(ConversationId.random(), VisitorId.random(), Channel.CHAT, NOW);
    private final ImageRef image = new ImageRef(UploadId.random(), ImageType.PNG);

    @Test
    void posts_an_image_without_text() {
        Message sent = conversation.post(
                Author.visitor(), Optional.of(new ClientMessageId("a")), Optional.empty(), Optional.of(image), NOW);

        assertThat(sent.image()).contains(image);
        assertThat(sent.text()).isEmpty();
        assertThat(sent.seq()).isEqualTo(1);
        assertThat(sent.preview(140)).isEqualTo("[image]");
    }

    @Test
    void posts_an_image_with_text() {
        Message sent = conversation.post(
                Author.visitor(), Optional.empty(), Optional.of(new MessageText("Look")), Optional.of(image), NOW);

        assertThat(sent.image()).contains(image);
        assertThat(sent.preview(140)).isEqualTo("Look");
    }

    @Test
    void refuses_a_message_with_neither_text_nor_image_and_gives_no_number() {
        assertThatThrownBy(() ->
                        conversation.post(Author.visitor(), Optional.empty(), Optional.empty(), Optional.empty(), NOW))
                .isInstanceOf(InvalidValueException.class)
                .extracting(failure -> ((InvalidValueException) failure).code())
                .isEqualTo("empty_message");
        assertThat(conversation.lastSeq()).isZero();
    }

    @Test
    void a_retry_must_repeat_the_text_and_the_image() {
        Message sent = conversation.post(
                Author.visitor(),
                Optional.of(new ClientMessageId("c-1")),
                Optional.of(new MessageText("Look")),
                Optional.of(image),
                NOW);

        assertThat(sent.confirmRetryOf(Optional.of(new MessageText("Look")), Optional.of(image.upload())))
                .isSameAs(sent);
        assertThatThrownBy(() -> sent.confirmRetryOf(Optional.of(new MessageText("Look")), Optional.empty()))
                .isInstanceOf(ClientMessageIdReusedException.class);
        assertThatThrownBy(
                        () -> sent.confirmRetryOf(Optional.of(new MessageText("Look")), Optional.of(UploadId.random())))
                .isInstanceOf(ClientMessageIdReusedException.class);
        assertThatThrownBy(() -> sent.confirmRetryOf(Optional.empty(), Optional.of(image.upload())))
                .isInstanceOf(ClientMessageIdReusedException.class);
    }

    @Test
    void a_closed_conversation_takes_no_image() {
        conversation.close(ConversationEvent.ENDED_BY_VISITOR, NOW);

        assertThatThrownBy(() -> conversation.post(
                        Author.visitor(), Optional.empty(), Optional.empty(), Optional.of(image), NOW))
                .isInstanceOf(ConversationClosedException.class);
    }
}
