package dev.parley.adapters.websocket.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientFramesTest {

    private static final Set<String> VISITOR = Set.of("hello", "send", "ping");

    @Test
    void reads_a_send_frame_and_ignores_what_the_client_may_not_decide() {
        ClientFrame frame = ClientFrames.parse(
                "{\"type\":\"send\",\"clientMessageId\":\"c-1\",\"text\":\"Hi\","
                        + "\"seq\":99,\"author\":\"agent\",\"sentAt\":\"1999-01-01T00:00:00Z\"}",
                VISITOR);

        assertThat(frame)
                .isEqualTo(new ClientFrame.Send("c-1", Optional.of("Hi"), Optional.empty(), Optional.empty(), false));
    }

    @Test
    void reads_a_rate_frame_and_refuses_a_score_other_than_good_or_bad() {
        assertThat(ClientFrames.parse(
                        "{\"type\":\"rate\",\"conversationId\":\"k\",\"score\":\"bad\",\"comment\":\"Slow\"}",
                        Set.of("rate")))
                .isEqualTo(new ClientFrame.Rate("k", "bad", Optional.of("Slow")));
        assertThat(ClientFrames.parse(
                        "{\"type\":\"rate\",\"conversationId\":\"k\",\"score\":\"good\"}", Set.of("rate")))
                .isEqualTo(new ClientFrame.Rate("k", "good", Optional.empty()));
        for (String bad : new String[] {
            "{\"type\":\"rate\",\"conversationId\":\"k\",\"score\":\"meh\"}",
            "{\"type\":\"rate\",\"conversationId\":\"k\"}",
            "{\"type\":\"rate\",\"score\":\"good\"}",
            "{\"type\":\"rate\",\"conversationId\":\"k\",\"score\":\"good\",\"comment\":5}"
        }) {
            assertThatThrownBy(() -> ClientFrames.parse(bad, Set.of("rate")))
                    .isInstanceOf(FrameRefusedException.class)
                    .hasFieldOrPropertyWithValue("code", "malformed_frame");
        }
    }

    @Test
    void reads_a_send_frame_with_an_image_and_with_or_without_text() {
        assertThat(ClientFrames.parse("{\"type\":\"send\",\"clientMessageId\":\"c-1\",\"imageId\":\"i-1\"}", VISITOR))
                .isEqualTo(new ClientFrame.Send("c-1", Optional.empty(), Optional.of("i-1"), Optional.empty(), false));
        assertThat(ClientFrames.parse(
                        "{\"type\":\"send\",\"clientMessageId\":\"c-1\",\"imageId\":\"i-1\","
                                + "\"text\":\"Look\",\"conversationId\":\"k\"}",
                        VISITOR))
                .isEqualTo(
                        new ClientFrame.Send("c-1", Optional.of("Look"), Optional.of("i-1"), Optional.of("k"), false));
    }

    @Test
    void refuses_a_send_frame_with_neither_text_nor_image_or_a_wrongly_typed_image() {
        assertCode("{\"type\":\"send\",\"clientMessageId\":\"c-1\"}", "malformed_frame");
        assertCode("{\"type\":\"send\",\"clientMessageId\":\"c-1\",\"imageId\":7}", "malformed_frame");
        assertCode("{\"type\":\"send\",\"clientMessageId\":\"c-1\",\"imageId\":{\"id\":\"x\"}}", "malformed_frame");
    }

    @Test
    void reads_whether_the_store_links_were_shown_before_a_send_or_live_frame() {
        Set<String> accepted = Set.of("send", "live");
        assertThat(ClientFrames.parse(
                        "{\"type\":\"send\",\"clientMessageId\":\"c-1\",\"text\":\"Hi\"," + "\"linksShown\":true}",
                        accepted))
                .isEqualTo(new ClientFrame.Send("c-1", Optional.of("Hi"), Optional.empty(), Optional.empty(), true));
        assertThat(ClientFrames.parse(
                        "{\"type\":\"send\",\"clientMessageId\":\"c-1\",\"text\":\"Hi\"," + "\"linksShown\":null}",
                        accepted))
                .isEqualTo(new ClientFrame.Send("c-1", Optional.of("Hi"), Optional.empty(), Optional.empty(), false));
        assertThat(ClientFrames.parse("{\"type\":\"live\",\"conversationId\":\"k\",\"linksShown\":true}", accepted))
                .isEqualTo(new ClientFrame.Live("k", true));
        assertThat(ClientFrames.parse("{\"type\":\"live\",\"conversationId\":\"k\",\"linksShown\":false}", accepted))
                .isEqualTo(new ClientFrame.Live("k", false));
        assertThat(ClientFrames.parse("{\"type\":\"live\",\"conversationId\":\"k\"}", accepted))
                .isEqualTo(new ClientFrame.Live("k", false));
    }

    @Test
    void refuses_links_shown_that_is_not_a_boolean() {
        Set<String> accepted = Set.of("send", "live");
        for (String wrong : new String[] {"\"true\"", "1", "{}", "[true]"}) {
            assertThatThrownBy(() -> ClientFrames.parse(
                            "{\"type\":\"send\",\"clientMessageId\":\"c-1\"," + "\"text\":\"Hi\",\"linksShown\":"
                                    + wrong + "}",
                            accepted))
                    .isInstanceOf(FrameRefusedException.class)
                    .extracting("code")
                    .isEqualTo("malformed_frame");
            assertThatThrownBy(() -> ClientFrames.parse(
                            "{\"type\":\"live\",\"conversationId\":\"k\"," + "\"linksShown\":" + wrong + "}", accepted))
                    .isInstanceOf(FrameRefusedException.class)
                    .extracting("code")
                    .isEqualTo("malformed_frame");
        }
    }

    @Test
    void reads_a_hello_with_and_without_what_the_client_holds() {
        assertThat(ClientFrames.parse("{\"type\":\"hello\"}", VISITOR))
                .isEqualTo(new ClientFrame.Hello(Optional.empty(), Optional.empty(), 0));
        assertThat(ClientFrames.parse(
                        "{\"type\":\"hello\",\"token\":\"t\",\"conversationId\":\"c\",\"afterSeq\":7}", VISITOR))
                .isEqualTo(new ClientFrame.Hello(Optional.of("t"), Optional.of("c"), 7));
    }

    @Test
    void reads_the_history_epoch_a_hello_or_an_open_says_and_refuses_one_that_is_not_a_string() {
        assertThat(ClientFrames.parse(
                        "{\"type\":\"hello\",\"conversationId\":\"c\",\"afterSeq\":7,\"epoch\":\"e-1\"}", VISITOR))
                .isEqualTo(new ClientFrame.Hello(
                        Optional.empty(),
                        Optional.of("c"),
                        7,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("e-1"),
                        Optional.empty()));
        assertThat(ClientFrames.parse(
                        "{\"type\":\"open\",\"conversationId\":\"c\",\"afterSeq\":3,\"epoch\":\"e-1\"}",
                        Set.of("open")))
                .isEqualTo(new ClientFrame.Open("c", 3, Optional.of("e-1")));
        assertThat(ClientFrames.parse("{\"type\":\"open\",\"conversationId\":\"c\"}", Set.of("open")))
                .isEqualTo(new ClientFrame.Open("c", 0, Optional.empty()));
        assertCode("{\"type\":\"hello\",\"epoch\":7}", "malformed_frame");
    }

    @Test
    void refuses_what_is_not_json_or_not_an_object() {
        assertCode("not json at all", "malformed_frame");
        assertCode("[1,2]", "malformed_frame");
        assertCode("\"hello\"", "malformed_frame");
        assertCode("", "malformed_frame");
    }

    @Test
    void refuses_a_missing_or_wrongly_typed_field() {
        assertCode("{\"text\":\"no type\"}", "malformed_frame");
        assertCode("{\"type\":3}", "malformed_frame");
        assertCode("{\"type\":\"send\",\"text\":\"no id\"}", "malformed_frame");
        assertCode("{\"type\":\"send\",\"clientMessageId\":\"c\",\"text\":42}", "malformed_frame");
        assertCode("{\"type\":\"hello\",\"afterSeq\":-1}", "malformed_frame");
        assertCode("{\"type\":\"hello\",\"afterSeq\":1.5}", "malformed_frame");
        assertCode("{\"type\":\"hello\",\"afterSeq\":\"3\"}", "malformed_frame");
    }

    @Test
    void refuses_types_the_endpoint_does_not_know() {
        assertCode("{\"type\":\"delete_everything\"}", "unknown_type");
        assertCode("{\"type\":\"open\",\"conversationId\":\"c\"}", "unknown_type");
    }

    @Test
    void refuses_a_frame_nested_deeper_than_the_bound_before_parsing_it() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertCode(deep, "malformed_frame");
        assertCode("{\"type\":\"ping\",\"x\":" + deep + "}", "malformed_frame");
        String atTheBound = "[".repeat(ClientFrames.MAX_DEPTH - 1) + "]".repeat(ClientFrames.MAX_DEPTH - 1);
        assertThat(ClientFrames.parse("{\"type\":\"ping\",\"x\":" + atTheBound + "}", VISITOR))
                .isEqualTo(new ClientFrame.Ping());
        String overTheBound = "[".repeat(ClientFrames.MAX_DEPTH) + "]".repeat(ClientFrames.MAX_DEPTH);
        assertCode("{\"type\":\"ping\",\"x\":" + overTheBound + "}", "malformed_frame");
    }

    @Test
    void brackets_inside_strings_do_not_count_as_nesting() {
        String text = "[{\\\"".repeat(10_000);
        assertThat(ClientFrames.parse(
                        "{\"type\":\"send\",\"clientMessageId\":\"c-1\",\"text\":\"" + text + "\"}", VISITOR))
                .isEqualTo(new ClientFrame.Send(
                        "c-1", Optional.of("[{\"".repeat(10_000)), Optional.empty(), Optional.empty(), false));
    }

    @Test
    void refuses_a_frame_over_the_size_bound() {
        String text = "a".repeat(ClientFrames.MAX_CHARS);
        assertCode("{\"type\":\"send\",\"clientMessageId\":\"c-1\",\"text\":\"" + text + "\"}", "malformed_frame");
    }

    private static void assertCode(String text, String code) {
        assertThatThrownBy(() -> ClientFrames.parse(text, VISITOR))
                .isInstanceOf(FrameRefusedException.class)
                .extracting("code")
                .isEqualTo(code);
    }
}
