package dev.parley.adapters.websocket.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapters.wire.MessageJson;
import dev.parley.adapters.wire.SystemNotices;
import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.MessageView;
import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ImageRef;
import dev.parley.domain.conversation.ImageType;
import dev.parley.domain.conversation.UploadId;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServerFramesTest {

    private final ConversationId conversation =
            new ConversationId(UUID.fromString("6f1c0000-0000-4000-8000-000000000001"));

    @Test
    void the_macros_frame_is_its_type_alone() {
        assertThat(ServerFrames.toJson(new ServerFrames.MacrosChanged())).isEqualTo("{\"type\":\"macros\"}");
    }

    @Test
    void the_widget_settings_frame_is_its_type_alone_and_the_inbox_one_carries_the_waiting_threshold() {
        assertThat(ServerFrames.toJson(ServerFrames.SettingsChanged.forWidget()))
                .isEqualTo("{\"type\":\"settings\"}");
        assertThat(ServerFrames.toJson(ServerFrames.SettingsChanged.forInbox(240)))
                .isEqualTo("{\"type\":\"settings\",\"waitingThresholdSeconds\":240}");
    }

    @Test
    void writes_a_message_frame_with_its_type_and_plain_text() {
        JsonObject json = read(ServerFrames.toJson(MessageJson.frame(
                new MessageView(
                        conversation,
                        3,
                        Optional.of("c-1"),
                        AuthorKind.AGENT,
                        Optional.of("Ada"),
                        Optional.of("<b>Hi</b>"),
                        Optional.empty(),
                        Instant.parse("2026-11-25T16:40:12.345Z"),
                        Optional.empty()),
                SystemNotices.Reader.AGENT,
                Locale.ENGLISH)));

        assertThat(json.getString("type")).isEqualTo("message");
        assertThat(json.getString("conversationId")).isEqualTo(conversation.toString());
        assertThat(json.getJsonNumber("seq").longValue()).isEqualTo(3);
        assertThat(json.getString("author")).isEqualTo("agent");
        assertThat(json.getString("authorName")).isEqualTo("Ada");
        assertThat(json.getString("text")).isEqualTo("<b>Hi</b>");
        assertThat(json.getString("sentAt")).isEqualTo("2026-11-25T16:40:12.345Z");
        assertThat(json.containsKey("image")).isFalse();
    }

    @Test
    void writes_a_message_frame_with_an_image_and_no_text() {
        UploadId upload = new UploadId(UUID.fromString("6f1c0000-0000-4000-8000-0000000000aa"));
        JsonObject json = read(ServerFrames.toJson(MessageJson.frame(
                new MessageView(
                        conversation,
                        4,
                        Optional.of("c-2"),
                        AuthorKind.VISITOR,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(new ImageRef(upload, ImageType.WEBP)),
                        Instant.parse("2026-11-25T16:40:12Z"),
                        Optional.empty()),
                SystemNotices.Reader.AGENT,
                Locale.ENGLISH)));

        assertThat(json.containsKey("text")).isFalse();
        assertThat(json.containsKey("authorName"))
                .as("clients name the visitor themselves")
                .isFalse();
        JsonObject image = json.getJsonObject("image");
        assertThat(image.getString("id")).isEqualTo(upload.toString());
        assertThat(image.getString("contentType")).isEqualTo("image/webp");
        assertThat(image.getString("url")).isEqualTo("/api/v1/uploads/" + upload);
    }

    @Test
    void writes_an_ack_and_leaves_absent_fields_out() {
        JsonObject ack = read(ServerFrames.toJson(
                ServerFrames.Ack.of(new MessageReceipt(conversation, 7, new ClientMessageId("c-9")))));
        JsonObject error =
                read(ServerFrames.toJson(new ServerFrames.ErrorFrame("empty_message", "Say something.", null)));

        assertThat(ack.getString("type")).isEqualTo("ack");
        assertThat(ack.getString("clientMessageId")).isEqualTo("c-9");
        assertThat(ack.getJsonNumber("seq").longValue()).isEqualTo(7);
        assertThat(error.getString("type")).isEqualTo("error");
        assertThat(error.getString("code")).isEqualTo("empty_message");
        assertThat(error.containsKey("clientMessageId")).isFalse();
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
