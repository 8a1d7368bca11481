package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Floods of anonymous visitors from one client address, refused at each limit's edge: the last request that passes,
 * the first one refused (429 with {@code Retry-After} over HTTP, a {@code rate_limited} error frame over the
 * WebSocket), nothing stored by the refused one, and the allowance coming back.
 *
 * <p>Each test floods from an address of its own ({@link ParleyClient#newClientAddress()}, named in
 * {@code X-Forwarded-For}, which the server trusts from loopback), so tests never share an allowance. The server
 * under test refills the per-address and per-conversation limits within seconds ({@code it-h2.env}: one use comes
 * back every 20 to 30 seconds), so that recovery is seen without waiting an hour; the burst that reaches a limit takes
 * far less than that. It keeps the default capacities, except 40 messages per address instead of 120.
 */
class AnonymousFloodIT {

    private static final String SESSION = "/api/v1/visitor/session";
    private static final int VISITOR_SESSIONS_PER_ADDRESS = 20;
    private static final int CONVERSATIONS_PER_VISITOR = 10;
    /** Reached by four visitors who each stay under their own limit of conversations. */
    private static final int CONVERSATIONS_PER_ADDRESS = 30;

    private static final int MESSAGES_PER_VISITOR = 20;
    private static final int MESSAGES_PER_ADDRESS = 40;
    private static final Pattern TRY_AGAIN = Pattern.compile("Try again in ([0-9]+) seconds");

    @Test
    void new_visitors_of_one_address_pass_up_to_the_limit_and_the_next_session_or_hello_creates_nobody()
            throws Exception {
        String address = ParleyClient.newClientAddress();
        for (int i = 0; i < VISITOR_SESSIONS_PER_ADDRESS / 2; i++) {
            assertThat(ParleyClient.postJsonFrom(address, SESSION, "").statusCode())
                    .isEqualTo(200);
        }
        for (int i = 0; i < VISITOR_SESSIONS_PER_ADDRESS / 2; i++) {
            try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty(), address)) {
                visitor.send(Frames.visitorHello());
                assertThat(visitor.next("ready").getString("token")).isNotBlank();
            }
        }
        long visitors = StoredRows.count("visitor");

        HttpResponse<String> refused = ParleyClient.postJsonFrom(address, SESSION, "");
        ParleyClient.assertProblem(refused, 429, "rate_limited");
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 20L);
        assertThat(ParleyClient.json(refused.body()).containsKey("token")).isFalse();
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty(), address)) {
            visitor.send(Frames.visitorHello());
            assertThat(visitor.next("error").getString("code")).isEqualTo("rate_limited");
            visitor.noFrameWithin(FrameSocket.QUIET, "ready", frame -> true);
        }
        assertThat(StoredRows.count("visitor")).isEqualTo(visitors);

        // Another address is not held back by this one's flood.
        assertThat(ParleyClient.postJsonFrom(ParleyClient.newClientAddress(), SESSION, "")
                        .statusCode())
                .isEqualTo(200);

        Thread.sleep(Duration.ofSeconds(retryAfter).plusMillis(500).toMillis());
        assertThat(ParleyClient.postJsonFrom(address, SESSION, "").statusCode()).isEqualTo(200);
        ParleyClient.assertProblem(ParleyClient.postJsonFrom(address, SESSION, ""), 429, "rate_limited");
    }

    @Test
    void visitors_of_one_address_start_up_to_the_limit_of_conversations_and_the_next_opens_no_ticket()
            throws Exception {
        String address = ParleyClient.newClientAddress();
        List<FrameSocket> visitors = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty(), address);
                visitors.add(visitor);
                visitor.send(Frames.visitorHello());
                visitor.next("ready");
            }
            // 8 + 8 + 8 + 6: every visitor stays under its own limit of 10; the address reaches its 30.
            int[] conversations = {8, 8, 8, CONVERSATIONS_PER_ADDRESS - 24};
            for (int v = 0; v < visitors.size(); v++) {
                for (int c = 0; c < conversations[v]; c++) {
                    startAndEnd(visitors.get(v));
                }
            }
            long tickets = StoredRows.count("ticket");
            long stored = StoredRows.count("conversation");

            FrameSocket last = visitors.get(3);
            String refusedId = Frames.newClientMessageId();
            last.send(Frames.send(refusedId, "conversation 31"));
            JsonObject refused = last.next("error");
            assertThat(refused.getString("code")).as("%s", refused).isEqualTo("rate_limited");
            assertThat(refused.getString("clientMessageId")).isEqualTo(refusedId);
            assertThat(StoredRows.count("ticket")).isEqualTo(tickets);
            assertThat(StoredRows.count("conversation")).isEqualTo(stored);

            waitAsTold(refused);
            last.send(Frames.send(refusedId, "conversation 31"));
            assertThat(last.next("ack", frame -> refusedId.equals(frame.getString("clientMessageId"))))
                    .isNotNull();
            assertThat(StoredRows.count("ticket")).isEqualTo(tickets + 1);
        } finally {
            visitors.forEach(FrameSocket::close);
        }
    }

    @Test
    void one_visitor_starts_up_to_the_limit_of_conversations_and_the_next_is_refused_until_one_comes_back()
            throws Exception {
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello());
            visitor.next("ready");
            for (int i = 0; i < CONVERSATIONS_PER_VISITOR; i++) {
                startAndEnd(visitor);
            }
            long stored = StoredRows.count("conversation");

            // Opening the FAQs would start a conversation too: refused the same way.
            visitor.send(Json.createObjectBuilder().add("type", "browse").build());
            assertThat(visitor.next("error").getString("code")).isEqualTo("rate_limited");
            String refusedId = Frames.newClientMessageId();
            visitor.send(Frames.send(refusedId, "one conversation too many"));
            JsonObject refused = visitor.next("error");
            assertThat(refused.getString("code")).isEqualTo("rate_limited");
            assertThat(refused.getString("clientMessageId")).isEqualTo(refusedId);
            assertThat(StoredRows.count("conversation")).isEqualTo(stored);

            waitAsTold(refused);
            visitor.send(Frames.send(refusedId, "one conversation too many"));
            visitor.next("ack", frame -> refusedId.equals(frame.getString("clientMessageId")));
            assertThat(StoredRows.count("conversation")).isEqualTo(stored + 1);
        }
    }

    @Test
    void visitors_of_one_address_send_up_to_the_limit_of_messages_and_the_next_is_not_stored() throws Exception {
        String address = ParleyClient.newClientAddress();
        List<FrameSocket> visitors = new ArrayList<>();
        try {
            for (int v = 0; v < MESSAGES_PER_ADDRESS / MESSAGES_PER_VISITOR + 1; v++) {
                FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty(), address);
                visitors.add(visitor);
                visitor.send(Frames.visitorHello());
                visitor.next("ready");
            }
            for (FrameSocket visitor : visitors.subList(0, visitors.size() - 1)) {
                for (int m = 0; m < MESSAGES_PER_VISITOR; m++) {
                    String id = Frames.newClientMessageId();
                    visitor.send(Frames.send(id, "message " + m));
                    visitor.next("ack", frame -> id.equals(frame.getString("clientMessageId")));
                }
            }
            long messages = StoredRows.count("message");
            long conversations = StoredRows.count("conversation");

            // A fresh visitor of the same address: under their own limit, over the address's.
            FrameSocket fresh = visitors.get(visitors.size() - 1);
            String refusedId = Frames.newClientMessageId();
            fresh.send(Frames.send(refusedId, "one message too many from the address"));
            JsonObject refused = fresh.next("error");
            assertThat(refused.getString("code")).as("%s", refused).isEqualTo("rate_limited");
            assertThat(refused.getString("clientMessageId")).isEqualTo(refusedId);
            assertThat(StoredRows.count("message")).isEqualTo(messages);
            assertThat(StoredRows.count("conversation")).isEqualTo(conversations);

            waitAsTold(refused);
            fresh.send(Frames.send(refusedId, "one message too many from the address"));
            fresh.next("ack", frame -> refusedId.equals(frame.getString("clientMessageId")));
        } finally {
            visitors.forEach(FrameSocket::close);
        }
    }

    /** Waits as long as a {@code rate_limited} error frame says, and half a second more. */
    private static void waitAsTold(JsonObject refused) throws InterruptedException {
        Matcher seconds = TRY_AGAIN.matcher(refused.getString("message"));
        assertThat(seconds.find())
                .as("the refusal says when to try again: %s", refused)
                .isTrue();
        long wait = Long.parseLong(seconds.group(1));
        assertThat(wait).isBetween(1L, 30L);
        Thread.sleep(wait * 1000 + 500);
    }

    /** Writes a message that starts a conversation (acknowledged), then ends that conversation. */
    private static void startAndEnd(FrameSocket visitor) {
        String id = Frames.newClientMessageId();
        visitor.send(Frames.send(id, "hello"));
        JsonObject ack = visitor.next("ack", frame -> id.equals(frame.getString("clientMessageId")));
        String conversation = ack.getString("conversationId");
        visitor.send(Json.createObjectBuilder()
                .add("type", "end")
                .add("conversationId", conversation)
                .build());
        visitor.next(
                "conversation",
                frame -> conversation.equals(frame.getJsonObject("conversation").getString("id")));
    }
}
