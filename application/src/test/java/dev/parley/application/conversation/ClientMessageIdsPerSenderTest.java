package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.MessageView;
import dev.parley.application.conversation.port.in.ReplyAsAgentCommand;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.ClientMessageIdReusedException;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.shared.AgentId;
import org.junit.jupiter.api.Test;

/** A client message id is unique per sender: the visitor's and each agent's ids never answer for one another. */
class ClientMessageIdsPerSenderTest extends ConversationFixture {

    private final AgentId bob = AgentId.random();

    private ReplyAsAgentCommand reply(AgentId agent, ConversationId conversation, String id, String text) {
        return new ReplyAsAgentCommand(agent, conversation, new ClientMessageId(id), new MessageText(text));
    }

    @Test
    void an_agent_reusing_the_visitors_id_with_the_same_text_is_stored_and_acknowledged_as_the_agents_own() {
        MessageReceipt question = service.send(visitorSays("same-id", "Hello"));

        MessageReceipt answer = replies.reply(reply(ada, question.conversation(), "same-id", "Hello"));

        assertThat(answer.seq()).isEqualTo(question.seq() + 1);
        assertThat(answer).isNotEqualTo(question);
        assertThat(history.messagesAfter(question.conversation(), question.seq(), 50))
                .singleElement()
                .satisfies(stored -> {
                    assertThat(stored.author()).isEqualTo(AuthorKind.AGENT);
                    assertThat(stored.text()).contains("Hello");
                    assertThat(stored.clientMessageId()).contains("same-id");
                });
        assertThat(published).last().isEqualTo(new ConversationNews(question.conversation(), answer.seq()));
    }

    @Test
    void an_agent_reusing_the_visitors_id_with_another_text_is_not_refused_as_a_reuse() {
        MessageReceipt question = service.send(visitorSays("same-id", "Hello"));

        MessageReceipt answer = replies.reply(reply(ada, question.conversation(), "same-id", "Hi, I am Ada"));

        assertThat(answer.seq()).isEqualTo(question.seq() + 1);
    }

    @Test
    void two_agents_may_use_the_same_id_in_one_conversation() {
        MessageReceipt question = service.send(visitorSays("c-1", "Hello"));

        MessageReceipt fromAda = replies.reply(reply(ada, question.conversation(), "a-1", "From Ada"));
        MessageReceipt fromBob = replies.reply(reply(bob, question.conversation(), "a-1", "From Bob"));

        assertThat(fromBob.seq()).isEqualTo(fromAda.seq() + 1);
        assertThat(history.messagesAfter(question.conversation(), question.seq(), 50))
                .extracting(view -> view.text().orElseThrow())
                .containsExactly("From Ada", "From Bob");
    }

    @Test
    void a_true_retry_by_the_same_agent_gets_the_same_ack_and_stores_nothing() {
        MessageReceipt question = service.send(visitorSays("same-id", "Hello"));
        MessageReceipt answer = replies.reply(reply(ada, question.conversation(), "same-id", "Hello"));
        int stored = conversations.all().size();
        published.clear();
        activity.clear();

        MessageReceipt retried = replies.reply(reply(ada, question.conversation(), "same-id", "Hello"));

        assertThat(retried).isEqualTo(answer);
        assertThat(conversations.all()).hasSize(stored);
        assertThat(published).isEmpty();
        assertThat(activity.all()).isEmpty();
    }

    @Test
    void the_same_agent_reusing_its_own_id_for_another_text_is_refused_and_stores_nothing() {
        MessageReceipt question = service.send(visitorSays("c-1", "Hello"));
        replies.reply(reply(ada, question.conversation(), "a-1", "First"));
        int stored = conversations.all().size();

        assertThatThrownBy(() -> replies.reply(reply(ada, question.conversation(), "a-1", "Second")))
                .isInstanceOf(ClientMessageIdReusedException.class);
        assertThat(conversations.all()).hasSize(stored);
    }

    @Test
    void a_visitor_reusing_an_agents_id_is_stored_as_the_visitors_own() {
        MessageReceipt question = service.send(visitorSays("c-1", "Hello"));
        MessageReceipt answer = replies.reply(reply(ada, question.conversation(), "a-1", "Hi"));

        MessageReceipt again = service.send(visitorSays("a-1", "Hi"));

        assertThat(again.seq()).isEqualTo(answer.seq() + 1);
        assertThat(history.messagesAfter(question.conversation(), answer.seq(), 50))
                .extracting(MessageView::author)
                .containsExactly(AuthorKind.VISITOR);
    }
}
