package dev.parley.server.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.SendVisitorMessageCommand;
import dev.parley.application.conversation.port.in.SendVisitorMessageUseCase;
import dev.parley.application.conversation.port.out.AppendMessagePort;
import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.LoadMessagesPort;
import dev.parley.application.conversation.port.out.SaveConversationPort;
import dev.parley.domain.conversation.AssistantState;
import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.Citation;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationStage;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.team.Role;
import dev.parley.domain.visitor.Visitor;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Conversations and messages in the database: the one open conversation, the visitor's row lock, message reads. */
@OnArquillianServer
class ConversationPersistenceIT {

    @Inject
    Fixtures fixtures;

    @Inject
    LoadConversationPort loaded;

    @Inject
    SaveConversationPort saved;

    @Inject
    LoadMessagesPort messages;

    @Inject
    AppendMessagePort appended;

    @Inject
    SendVisitorMessageUseCase send;

    @Test
    void a_visitor_has_at_most_one_open_conversation_per_channel() {
        Visitor visitor = fixtures.visitor();
        Instant now = Instant.now();
        Conversation first = Conversation.start(ConversationId.random(), visitor.id(), Channel.CHAT, now);
        Tx.run(() -> saved.create(first));

        Conversation second = Conversation.start(ConversationId.random(), visitor.id(), Channel.CHAT, now);
        assertThatThrownBy(() -> Tx.run(() -> saved.create(second)))
                .as("a second open chat")
                .isNotNull();
        assertThat(Tx.call(() -> loaded.find(second.id()))).isEmpty();

        Conversation sms = Conversation.start(ConversationId.random(), visitor.id(), Channel.SMS, now);
        Tx.run(() -> saved.create(sms));
        assertThat(Tx.call(() -> loaded.findOpenForUpdate(visitor.id(), Channel.CHAT))
                        .map(Conversation::id))
                .contains(first.id());
        assertThat(Tx.call(() -> loaded.findOpenForUpdate(visitor.id(), Channel.SMS))
                        .map(Conversation::id))
                .contains(sms.id());
    }

    @Test
    void once_the_open_conversation_is_closed_another_may_open() {
        Visitor visitor = fixtures.visitor();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Conversation first = Conversation.start(ConversationId.random(), visitor.id(), Channel.CHAT, now);
        Tx.run(() -> saved.create(first));
        Tx.run(() -> {
            Conversation open =
                    loaded.findOpenForUpdate(visitor.id(), Channel.CHAT).orElseThrow();
            appended.append(open.close(ConversationEvent.ENDED_BY_VISITOR, now));
            saved.update(open);
        });
        assertThat(Tx.call(() -> loaded.findOpenForUpdate(visitor.id(), Channel.CHAT)))
                .isEmpty();

        Conversation next = Conversation.start(ConversationId.random(), visitor.id(), Channel.CHAT, now);
        Tx.run(() -> saved.create(next));
        assertThat(Tx.call(() -> loaded.findOpenForUpdate(visitor.id(), Channel.CHAT))
                        .map(Conversation::id))
                .contains(next.id());
        assertThat(Tx.call(() -> loaded.find(first.id())).orElseThrow().closedAt())
                .contains(now);
    }

    @Test
    void two_first_messages_at_once_start_one_conversation() {
        Visitor visitor = fixtures.visitor();
        CountDownLatch ready = new CountDownLatch(2);
        List<Future<MessageReceipt>> sending = IntStream.range(0, 2)
                .mapToObj(i -> Tx.elsewhere(() -> {
                    ready.countDown();
                    ready.await(Tx.PATIENCE_SECONDS, TimeUnit.SECONDS);
                    return send.send(new SendVisitorMessageCommand(
                            visitor.id(),
                            "203.0.113.7",
                            Optional.empty(),
                            new ClientMessageId(Fixtures.unique("first")),
                            new MessageText("Hello " + i)));
                }))
                .toList();

        List<ConversationId> started = sending.stream()
                .map(Tx::await)
                .map(MessageReceipt::conversation)
                .toList();

        assertThat(started).hasSize(2).containsOnly(started.get(0));
        assertThat(Tx.call(() -> loaded.findOpenForUpdate(visitor.id(), Channel.CHAT))
                        .map(Conversation::id))
                .contains(started.get(0));
    }

    @Test
    void the_visitor_lock_makes_a_second_sender_wait_for_the_first_to_commit() throws Exception {
        Visitor visitor = fixtures.visitor();
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        Future<Long> first = Tx.elsewhere(() -> {
            loaded.lockVisitor(visitor.id());
            firstHoldsTheLock.countDown();
            secondStarted.await(Tx.PATIENCE_SECONDS, TimeUnit.SECONDS);
            // Hold the lock a while after the second asked for it; it commits right after.
            Thread.sleep(400);
            return System.nanoTime();
        });
        assertThat(firstHoldsTheLock.await(Tx.PATIENCE_SECONDS, TimeUnit.SECONDS))
                .isTrue();
        Future<Long> second = Tx.elsewhere(() -> {
            secondStarted.countDown();
            loaded.lockVisitor(visitor.id());
            return System.nanoTime();
        });

        long firstDone = Tx.await(first);
        long secondLocked = Tx.await(second);

        assertThat(secondLocked)
                .as("the second got the lock only after the first was done")
                .isGreaterThan(firstDone);
    }

    @Test
    void what_the_ai_agent_did_and_what_it_cited_are_read_back_as_a_restarted_server_reads_them() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Visitor visitor = fixtures.visitor();
        Conversation conversation = Conversation.browse(ConversationId.random(), visitor.id(), Channel.CHAT, now);
        Tx.run(() -> {
            saved.create(conversation);
            conversation.assist();
            appended.append(conversation.post(
                    Author.visitor(), Optional.empty(), new MessageText("How long is shipping?"), now));
            appended.append(conversation.answerAsAssistant(
                    new MessageText("2 working days."),
                    List.of(Citation.source("Shipping", Optional.of("https://shop.example/shipping"))),
                    false,
                    now));
            saved.update(conversation);
        });

        Conversation assisted = Tx.call(() -> loaded.find(conversation.id())).orElseThrow();
        assertThat(assisted.stage()).isEqualTo(ConversationStage.ASSISTED);
        assertThat(assisted.assistant()).isEqualTo(new AssistantState(true, 1, 0, Optional.empty()));
        assertThat(Tx.call(() -> messages.after(conversation.id(), 1, 1)))
                .singleElement()
                .satisfies(answer -> {
                    assertThat(answer.author()).isEqualTo(Author.bot());
                    assertThat(answer.citations())
                            .containsExactly(Citation.source("Shipping", Optional.of("https://shop.example/shipping")));
                });

        Tx.run(() -> {
            Conversation held = loaded.findForUpdate(conversation.id()).orElseThrow();
            held.handOff(HandoffReason.NO_ANSWER, new MessageText("Hi!"), now).forEach(appended::append);
            saved.update(held);
        });

        Conversation handedOff = Tx.call(() -> loaded.find(conversation.id())).orElseThrow();
        assertThat(handedOff.stage()).isEqualTo(ConversationStage.LIVE);
        assertThat(handedOff.assistant().answering())
                .as("never again, after any restart")
                .isFalse();
        assertThat(handedOff.assistant().handoff()).contains(HandoffReason.NO_ANSWER);
        assertThat(handedOff.assist()).isFalse();
    }

    @Test
    void the_last_sequence_numbers_of_many_conversations_are_read_together_past_one_query_s_worth() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Conversation saying = fixtures.conversationSaying("one", now);
        Conversation longer = fixtures.conversationSaying("one", now);
        Tx.run(() -> {
            Conversation open = loaded.findForUpdate(longer.id()).orElseThrow();
            appended.append(open.post(Author.visitor(), Optional.empty(), new MessageText("two"), now));
            saved.update(open);
        });
        // More than one query names: the stored ones come after the first query's worth of unknown ids.
        List<ConversationId> asked = new ArrayList<>();
        IntStream.range(0, 600).forEach(i -> asked.add(ConversationId.random()));
        asked.add(saying.id());
        asked.add(longer.id());
        asked.add(longer.id());

        assertThat(Tx.call(() -> loaded.lastSeqs(asked)))
                .as("the unknown ones are left out")
                .containsOnly(Map.entry(saying.id(), 1L), Map.entry(longer.id(), 2L));
        assertThat(loaded.lastSeqs(List.of())).isEmpty();
    }

    @Test
    void messages_are_read_in_order_after_a_sequence_number_and_found_by_client_id() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Conversation conversation = fixtures.conversationSaying("one", now);
        ClientMessageId clientId = new ClientMessageId(Fixtures.unique("client"));
        Tx.run(() -> {
            Conversation open = loaded.findForUpdate(conversation.id()).orElseThrow();
            appended.append(open.post(Author.visitor(), Optional.of(clientId), new MessageText("two"), now));
            appended.append(open.post(Author.system(), Optional.empty(), new MessageText("three"), now));
            saved.update(open);
        });

        List<Message> all = Tx.call(() -> messages.after(conversation.id(), 0, 10));
        assertThat(all).extracting(Message::seq).containsExactly(1L, 2L, 3L);
        assertThat(all)
                .extracting(message -> message.text().orElseThrow().value())
                .containsExactly("one", "two", "three");
        assertThat(Tx.call(() -> messages.after(conversation.id(), 1, 1)))
                .extracting(Message::seq)
                .containsExactly(2L);
        assertThat(Tx.call(() -> loaded.find(conversation.id())).orElseThrow().lastSeq())
                .isEqualTo(3);

        assertThat(Tx.call(() -> messages.findSentByVisitor(conversation.visitor(), clientId)))
                .map(Message::seq)
                .contains(2L);
        Visitor another = fixtures.visitor();
        assertThat(Tx.call(() -> messages.findSentByVisitor(another.id(), clientId)))
                .as("another visitor's")
                .isEmpty();
    }

    @Test
    void client_message_ids_are_unique_per_sender_in_a_conversation() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Conversation conversation = fixtures.conversationSaying("one", now);
        AgentId ada = fixtures.agent(Role.AGENT);
        AgentId bob = fixtures.agent(Role.AGENT);
        ClientMessageId clientId = new ClientMessageId(Fixtures.unique("client"));
        Tx.run(() -> {
            Conversation open = loaded.findForUpdate(conversation.id()).orElseThrow();
            appended.append(open.post(Author.visitor(), Optional.of(clientId), new MessageText("visitor"), now));
            appended.append(open.post(Author.agent(ada), Optional.of(clientId), new MessageText("ada"), now));
            appended.append(open.post(Author.agent(bob), Optional.of(clientId), new MessageText("bob"), now));
            saved.update(open);
        });

        assertThat(Tx.call(() -> messages.findSentByAgent(conversation.id(), ada, clientId)))
                .map(message -> message.text().orElseThrow().value())
                .contains("ada");
        assertThat(Tx.call(() -> messages.findSentByAgent(conversation.id(), bob, clientId)))
                .map(message -> message.text().orElseThrow().value())
                .contains("bob");
        assertThat(Tx.call(() -> messages.findSentByVisitor(conversation.visitor(), clientId)))
                .map(message -> message.text().orElseThrow().value())
                .contains("visitor");
        assertThatThrownBy(() -> Tx.run(() -> {
                    Conversation open = loaded.findForUpdate(conversation.id()).orElseThrow();
                    appended.append(open.post(Author.agent(ada), Optional.of(clientId), new MessageText("again"), now));
                    saved.update(open);
                }))
                .as("the same sender's id twice breaks the unique constraint")
                .isInstanceOf(RuntimeException.class);
        assertThat(Tx.call(() -> messages.after(conversation.id(), 0, 10)))
                .as("nothing more was stored")
                .hasSize(4);
    }
}
