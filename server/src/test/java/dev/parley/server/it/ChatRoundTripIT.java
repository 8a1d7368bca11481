package dev.parley.server.it;

import static dev.parley.server.it.Frames.aboutConversation;
import static dev.parley.server.it.Frames.absentOrNull;
import static dev.parley.server.it.Frames.newClientMessageId;
import static dev.parley.server.it.Frames.seq;
import static dev.parley.server.it.Frames.seqs;
import static dev.parley.server.it.Frames.texts;
import static dev.parley.server.it.Frames.uniqueText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import dev.parley.server.it.ParleyClient.StartedConversation;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A visitor and an agent chat over the two WebSockets: live delivery both ways, retries that store nothing twice,
 * and clients that come back and get exactly what they missed, in order.
 */
class ChatRoundTripIT {

    @Test
    void a_visitor_and_an_agent_chat_live_both_ways() {
        AgentSession agent = ParleyClient.signInAsAdmin();
        try (FrameSocket inbox = agent.openInbox();
                FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello());
            JsonObject ready = visitor.next("ready");
            assertThat(ready.getString("token")).matches("[A-Za-z0-9_-]{43}");
            assertThat(ready.getString("visitorId")).isNotBlank();
            assertThat(absentOrNull(ready, "conversation"))
                    .as("a new visitor has no conversation: %s", ready)
                    .isTrue();

            String question = uniqueText("Do you ship to Kraków?");
            String questionId = newClientMessageId();
            visitor.send(Frames.send(questionId, question));
            JsonObject ack = visitor.next("ack");
            assertThat(ack.getString("clientMessageId")).isEqualTo(questionId);
            assertThat(seq(ack)).isEqualTo(2);
            String conversation = ack.getString("conversationId");
            List<JsonObject> visitorThread = visitor.nextMessages(2);
            assertThat(seqs(visitorThread)).containsExactly(1L, 2L);
            assertThat(visitorThread)
                    .allSatisfy(message ->
                            assertThat(message.getString("conversationId")).isEqualTo(conversation));
            assertThat(visitorThread.get(0).getString("author")).isEqualTo("system");
            assertThat(visitorThread.get(0).getString("text")).isNotBlank();
            assertThat(visitorThread.get(1).getString("author")).isEqualTo("visitor");
            assertThat(visitorThread.get(1).getString("clientMessageId")).isEqualTo(questionId);
            assertThat(visitorThread.get(1).getString("text")).isEqualTo(question);

            JsonObject newTicket =
                    inbox.next("ticket", aboutConversation(conversation)).getJsonObject("ticket");
            assertThat(newTicket.getString("status")).isEqualTo("open");
            assertThat(absentOrNull(newTicket, "visitorName"))
                    .as("an unnamed visitor has no name")
                    .isTrue();
            assertThat(newTicket.getString("visitorCode")).matches("[0-9A-F]{4}");
            assertThat(newTicket.getJsonObject("lastMessage").getString("text")).isEqualTo(question);
            assertThat(newTicket.getJsonObject("lastMessage").getString("author"))
                    .isEqualTo("visitor");
            assertThat(absentOrNull(newTicket.getJsonObject("lastMessage"), "authorId"))
                    .isTrue();
            assertThat(newTicket.getJsonNumber("lastSeq").longValue()).isEqualTo(2);
            assertThat(absentOrNull(newTicket, "assigneeId"))
                    .as("a new ticket is unassigned: %s", newTicket)
                    .isTrue();

            inbox.send(Frames.open(conversation, 0));
            List<JsonObject> agentThread = List.of(
                    inbox.next("message", aboutConversation(conversation)),
                    inbox.next("message", aboutConversation(conversation)));
            assertThat(seqs(agentThread)).containsExactly(1L, 2L);
            assertThat(texts(agentThread)).containsExactly(visitorThread.get(0).getString("text"), question);

            String reply = uniqueText("Yes, in 2–3 working days.");
            String replyId = newClientMessageId();
            inbox.send(Frames.send(replyId, reply, conversation));
            JsonObject replyAck = inbox.next("ack");
            assertThat(replyAck.getString("clientMessageId")).isEqualTo(replyId);
            assertThat(replyAck.getString("conversationId")).isEqualTo(conversation);
            assertThat(seq(replyAck)).isEqualTo(3);

            JsonObject delivered = visitor.next("message");
            assertThat(seq(delivered)).isEqualTo(3);
            assertThat(delivered.getString("author")).isEqualTo("agent");
            assertThat(delivered.getString("authorName")).isEqualTo(agent.name());
            assertThat(delivered.getString("text")).isEqualTo(reply);
            assertThat(delivered.getString("clientMessageId")).isEqualTo(replyId);

            JsonObject echoed = inbox.next("message", aboutConversation(conversation));
            assertThat(seq(echoed)).isEqualTo(3);
            assertThat(echoed.getString("text")).isEqualTo(reply);

            JsonObject assigned = inbox.next(
                            "ticket",
                            aboutConversation(conversation)
                                    .and(frame -> agent.id()
                                            .equals(frame.getJsonObject("ticket")
                                                    .getString("assigneeId", null))))
                    .getJsonObject("ticket");
            assertThat(assigned.getString("assigneeName", null)).isEqualTo(agent.name());
            assertThat(assigned.getJsonNumber("lastSeq").longValue()).isEqualTo(3);
            assertThat(assigned.getJsonObject("lastMessage").getString("author"))
                    .isEqualTo("agent");
            assertThat(assigned.getJsonObject("lastMessage").getString("authorId"))
                    .as("the last message names the agent who wrote it")
                    .isEqualTo(agent.id());
        }
    }

    @Test
    void a_retried_send_gets_the_same_ack_and_stores_nothing_new() {
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello());
            String token = visitor.next("ready").getString("token");
            String text = uniqueText("Is the green tent still in stock?");
            String clientMessageId = newClientMessageId();
            visitor.send(Frames.send(clientMessageId, text));
            JsonObject first = visitor.next("ack");
            assertThat(seqs(visitor.nextMessages(2))).containsExactly(1L, 2L);

            visitor.send(Frames.send(clientMessageId, text));
            JsonObject again = visitor.next("ack");

            assertThat(again).isEqualTo(first);
            assertThat(seq(again)).isEqualTo(2);
            visitor.noFrameWithin(FrameSocket.QUIET, "message", frame -> true);

            List<JsonObject> thread = ParleyClient.threadAsVisitor(token, first.getString("conversationId"));
            assertThat(seqs(thread)).containsExactly(1L, 2L);
            assertThat(thread.get(1).getString("text")).isEqualTo(text);
            assertThat(thread.get(1).getString("clientMessageId")).isEqualTo(clientMessageId);
        }
    }

    @Test
    void a_retried_send_on_a_new_connection_gets_the_same_ack() {
        String text = uniqueText("Do you take returns?");
        String clientMessageId = newClientMessageId();
        StartedConversation started = ParleyClient.startConversation(clientMessageId, text);

        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello(started.token(), started.conversationId(), 2));
            visitor.next("ready");
            visitor.send(Frames.send(clientMessageId, text));
            JsonObject again = visitor.next("ack");

            assertThat(again.getString("conversationId")).isEqualTo(started.conversationId());
            assertThat(seq(again)).isEqualTo(2);
            visitor.noFrameWithin(FrameSocket.QUIET, "message", frame -> true);
        }
        assertThat(seqs(ParleyClient.threadAsVisitor(started.token(), started.conversationId())))
                .containsExactly(1L, 2L);
    }

    @Test
    void reusing_a_client_message_id_for_another_text_is_refused_and_changes_nothing() {
        String clientMessageId = newClientMessageId();
        StartedConversation started = ParleyClient.startConversation(clientMessageId, uniqueText("Hello there"));
        List<JsonObject> before = ParleyClient.threadAsVisitor(started.token(), started.conversationId());

        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello(started.token(), started.conversationId(), 2));
            visitor.next("ready");
            visitor.send(Frames.send(clientMessageId, uniqueText("Something else entirely")));
            JsonObject error = visitor.next("error");

            assertThat(error.getString("code")).isEqualTo("client_message_id_reused");
            assertThat(error.getString("clientMessageId")).isEqualTo(clientMessageId);
            visitor.noFrameWithin(FrameSocket.QUIET, Set.of("message", "ack"));
        }
        assertThat(ParleyClient.threadAsVisitor(started.token(), started.conversationId()))
                .isEqualTo(before);
        assertThat(seqs(before)).containsExactly(1L, 2L);
    }

    @Test
    void a_returning_visitor_gets_exactly_the_messages_after_the_one_they_hold() {
        StartedConversation started =
                ParleyClient.startConversation(newClientMessageId(), uniqueText("When does the sale end?"));
        AgentSession agent = ParleyClient.signInAsAdmin();
        String firstReply = uniqueText("On Sunday.");
        String secondReply = uniqueText("At midnight, to be exact.");
        try (FrameSocket inbox = agent.openInbox()) {
            inbox.send(Frames.send(newClientMessageId(), firstReply, started.conversationId()));
            assertThat(seq(inbox.next("ack"))).isEqualTo(3);
            inbox.send(Frames.send(newClientMessageId(), secondReply, started.conversationId()));
            assertThat(seq(inbox.next("ack"))).isEqualTo(4);
        }

        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello(started.token(), started.conversationId(), 2));
            JsonObject ready = visitor.next("ready");
            assertThat(absentOrNull(ready, "token"))
                    .as("a known visitor keeps their token: %s", ready)
                    .isTrue();
            JsonObject conversation = ready.getJsonObject("conversation");
            assertThat(conversation.getString("id")).isEqualTo(started.conversationId());
            assertThat(conversation.getString("status")).isEqualTo("open");
            assertThat(conversation.getJsonNumber("lastSeq").longValue()).isEqualTo(4);

            List<JsonObject> missed = visitor.nextMessages(2);
            assertThat(seqs(missed)).containsExactly(3L, 4L);
            assertThat(texts(missed)).containsExactly(firstReply, secondReply);
            assertThat(missed).allSatisfy(message -> {
                assertThat(message.getString("author")).isEqualTo("agent");
                assertThat(message.getString("authorName")).isEqualTo(agent.name());
            });
            visitor.noFrameWithin(FrameSocket.QUIET, "message", frame -> true);

            String more = uniqueText("Thanks!");
            visitor.send(Frames.send(newClientMessageId(), more));
            assertThat(seq(visitor.next("ack"))).isEqualTo(5);
            JsonObject live = visitor.next("message");
            assertThat(seq(live)).isEqualTo(5);
            assertThat(live.getString("text")).isEqualTo(more);
        }

        List<JsonObject> thread = ParleyClient.threadAsVisitor(started.token(), started.conversationId());
        assertThat(seqs(thread)).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void a_returning_agent_gets_the_messages_they_missed_in_order() {
        StartedConversation started =
                ParleyClient.startConversation(newClientMessageId(), uniqueText("My parcel has not arrived."));
        String conversation = started.conversationId();
        AgentSession agent = ParleyClient.signInAsAdmin();
        try (FrameSocket inbox = agent.openInbox()) {
            inbox.send(Frames.open(conversation, 0));
            assertThat(seq(inbox.next("message", aboutConversation(conversation))))
                    .isEqualTo(1);
            assertThat(seq(inbox.next("message", aboutConversation(conversation))))
                    .isEqualTo(2);
        }

        String third = uniqueText("The order number is 1234.");
        String fourth = uniqueText("It was sent last Monday.");
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello(started.token(), conversation, 2));
            visitor.next("ready");
            visitor.send(Frames.send(newClientMessageId(), third));
            assertThat(seq(visitor.next("ack"))).isEqualTo(3);
            visitor.send(Frames.send(newClientMessageId(), fourth));
            assertThat(seq(visitor.next("ack"))).isEqualTo(4);
        }

        try (FrameSocket inbox = agent.openInbox()) {
            inbox.send(Frames.open(conversation, 2));
            List<JsonObject> missed = List.of(
                    inbox.next("message", aboutConversation(conversation)),
                    inbox.next("message", aboutConversation(conversation)));

            assertThat(seqs(missed)).containsExactly(3L, 4L);
            assertThat(texts(missed)).containsExactly(third, fourth);
            assertThat(missed)
                    .allSatisfy(
                            message -> assertThat(message.getString("author")).isEqualTo("visitor"));
            inbox.noFrameWithin(FrameSocket.QUIET, "message", aboutConversation(conversation));
        }
    }

    @Test
    void an_image_goes_from_the_visitor_to_the_agent_and_back() {
        AgentSession agent = ParleyClient.signInAsAdmin();
        try (FrameSocket inbox = agent.openInbox();
                FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello());
            String token = visitor.next("ready").getString("token");
            String photoId = UploadApi.uploadPng(UploadApi.Caller.visitor(token));
            String photoMessageId = newClientMessageId();
            JsonObject photoFrame = UploadApi.sendImage(photoMessageId, null, photoId, null);
            visitor.send(photoFrame);
            JsonObject ack = visitor.next("ack");
            String conversation = ack.getString("conversationId");
            JsonObject sent = visitor.nextMessages(2).get(1);
            assertThat(absentOrNull(sent, "text"))
                    .as("an image alone has no text: %s", sent)
                    .isTrue();
            assertImage(sent, photoId);

            JsonObject ticket =
                    inbox.next("ticket", aboutConversation(conversation)).getJsonObject("ticket");
            assertThat(ticket.getJsonObject("lastMessage").getString("text")).isEqualTo("[image]");
            inbox.send(Frames.open(conversation, 1));
            JsonObject received = inbox.next("message", aboutConversation(conversation));
            assertThat(seq(received)).isEqualTo(2);
            assertImage(received, photoId);
            assertThat(UploadApi.download(UploadApi.Caller.agent(agent), photoId)
                            .body())
                    .isEqualTo(UploadApi.PNG);

            visitor.send(photoFrame);
            assertThat(seq(visitor.next("ack")))
                    .as("a retry is answered with the first receipt")
                    .isEqualTo(2);
            visitor.send(UploadApi.sendImage(
                    photoMessageId, null, UploadApi.uploadPng(UploadApi.Caller.visitor(token)), null));
            assertThat(visitor.next("error").getString("code")).isEqualTo("client_message_id_reused");

            String answerId = UploadApi.uploadPng(UploadApi.Caller.agent(agent));
            String caption = uniqueText("This one?");
            inbox.send(UploadApi.sendImage(newClientMessageId(), caption, answerId, conversation));
            assertThat(seq(inbox.next("ack"))).isEqualTo(3);

            JsonObject answer = visitor.next("message");
            assertThat(seq(answer)).isEqualTo(3);
            assertThat(answer.getString("author")).isEqualTo("agent");
            assertThat(answer.getString("text")).isEqualTo(caption);
            assertImage(answer, answerId);
            assertThat(UploadApi.download(UploadApi.Caller.visitor(token), answerId)
                            .body())
                    .isEqualTo(UploadApi.PNG);

            JsonObject page = ParleyClient.json(ParleyClient.getAsVisitor(
                            "/api/v1/visitor/conversations/" + conversation + "/messages?afterSeq=1", token)
                    .body());
            List<JsonObject> messages = page.getJsonArray("messages").getValuesAs(JsonObject.class);
            assertThat(seqs(messages)).containsExactly(2L, 3L);
            assertImage(messages.get(0), photoId);
            assertImage(messages.get(1), answerId);
            JsonObject detail = ParleyClient.json(
                    ParleyClient.get("/api/v1/tickets/" + ticket.getString("id"), Optional.of(agent.cookie()))
                            .body());
            assertImage(detail.getJsonArray("messages").getJsonObject(1), photoId);
        }
    }

    private static void assertImage(JsonObject message, String uploadId) {
        JsonObject image = message.getJsonObject("image");
        assertThat(image).as("the message shows an image: %s", message).isNotNull();
        assertThat(image.getString("id")).isEqualTo(uploadId);
        assertThat(image.getString("contentType")).isEqualTo("image/png");
        assertThat(image.getString("url")).isEqualTo("/api/v1/uploads/" + uploadId);
    }
}
