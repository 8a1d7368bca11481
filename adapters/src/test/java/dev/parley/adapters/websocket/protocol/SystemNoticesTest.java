package dev.parley.adapters.websocket.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapters.wire.MessageJson;
import dev.parley.adapters.wire.SystemNotices;
import dev.parley.application.conversation.port.in.MessageView;
import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SystemNoticesTest {

    private static final Locale POLISH = Locale.forLanguageTag("pl-PL");

    @Test
    void a_closing_notice_is_worded_for_its_reader_in_their_language() {
        Optional<ConversationEvent> ended = Optional.of(ConversationEvent.ENDED_BY_VISITOR);

        assertThat(SystemNotices.text(ended, SystemNotices.Reader.VISITOR, Locale.ENGLISH))
                .contains("You ended the chat.");
        assertThat(SystemNotices.text(ended, SystemNotices.Reader.VISITOR, POLISH))
                .contains("Rozmowa zakończona przez Ciebie.");
        assertThat(SystemNotices.text(ended, SystemNotices.Reader.AGENT, Locale.ENGLISH))
                .contains("The visitor ended the chat.");
        assertThat(SystemNotices.text(
                        Optional.of(ConversationEvent.CLOSED_BY_AGENT), SystemNotices.Reader.VISITOR, Locale.GERMAN))
                .as("a language Parley does not speak reads English")
                .contains("Our team closed this conversation.");
    }

    @Test
    void an_away_reply_and_an_ordinary_message_keep_their_own_text() {
        assertThat(SystemNotices.text(Optional.of(ConversationEvent.AWAY_REPLY), SystemNotices.Reader.VISITOR, POLISH))
                .isEmpty();
        assertThat(SystemNotices.text(Optional.empty(), SystemNotices.Reader.AGENT, Locale.ENGLISH))
                .isEmpty();
    }

    @Test
    void the_message_frame_carries_the_event_and_the_words() {
        MessageView notice = new MessageView(
                ConversationId.random(),
                5,
                Optional.empty(),
                AuthorKind.SYSTEM,
                Optional.of("Parley"),
                Optional.empty(),
                Optional.empty(),
                Instant.parse("2026-11-25T16:40:12Z"),
                Optional.of(ConversationEvent.CLOSED_BY_AGENT));

        JsonObject json = Json.createReader(new StringReader(
                        ServerFrames.toJson(MessageJson.frame(notice, SystemNotices.Reader.VISITOR, POLISH))))
                .readObject();

        assertThat(json.getString("event")).isEqualTo("closed_by_agent");
        assertThat(json.getString("text")).isEqualTo("Nasz zespół zamknął tę rozmowę.");
    }
}
