package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.PostCustomerSmsUseCase.SmsPosted;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.conversation.port.out.MessagePosted;
import dev.parley.application.settings.port.in.AssistantBehaviour;
import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationStage;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.VisitorId;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A customer's text messages: one open SMS conversation beside their chat, live at once with the AI agent off, the AI
 * agent's first with it on.
 */
class SmsConversationServiceTest {

    private static final java.time.Instant NOW = ConversationFixture.NOW;

    private final InMemoryConversations conversations = new InMemoryConversations();
    private final RecordedActivity activity = new RecordedActivity();
    private final List<ConversationNews> published = new ArrayList<>();
    private final List<Long> answersRequested = new ArrayList<>();
    private final VisitorId customer = VisitorId.random();
    private boolean aiOn;

    private SmsConversationService service(MessageTextPolicy textPolicy) {
        return new SmsConversationService(
                conversations,
                conversations,
                conversations,
                activity,
                published::add,
                (conversation, seq, language) -> answersRequested.add(seq),
                () -> new AssistantBehaviour(
                        aiOn, Optional.empty(), Optional.empty(), 8, Optional.empty(), Optional.empty()),
                new InMemoryUploads(conversations),
                textPolicy,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private final SmsConversationService service = service(MessageTextPolicy.storable());

    @Test
    void with_the_ai_agent_off_a_first_text_opens_a_live_sms_conversation_and_its_ticket() {
        SmsPosted posted = service.post(customer, "Where is order 1042?");

        assertThat(posted.started()).isTrue();
        assertThat(posted.seq()).isEqualTo(1);
        Conversation conversation = conversations.find(posted.conversation()).orElseThrow();
        assertThat(conversation.channel()).isEqualTo(Channel.SMS);
        assertThat(conversation.stage()).isEqualTo(ConversationStage.LIVE);
        assertThat(conversation.belongsTo(customer)).isTrue();
        assertThat(conversations.all()).singleElement().satisfies(message -> {
            assertThat(message.author().kind()).isEqualTo(AuthorKind.VISITOR);
            assertThat(message.text().orElseThrow().value()).isEqualTo("Where is order 1042?");
        });
        assertThat(activity.all()).containsExactly(MessagePosted.byVisitor(posted.conversation(), 1, customer, NOW));
        assertThat(published).containsExactly(new ConversationNews(posted.conversation(), 1));
        assertThat(answersRequested).isEmpty();
    }

    @Test
    void with_the_ai_agent_on_a_first_text_is_the_ai_agents_to_answer_and_opens_no_ticket() {
        aiOn = true;

        SmsPosted posted = service.post(customer, "How long is shipping?");

        assertThat(posted.started()).isTrue();
        assertThat(conversations.find(posted.conversation()).orElseThrow().stage())
                .isEqualTo(ConversationStage.ASSISTED);
        assertThat(answersRequested).containsExactly(1L);
        assertThat(activity.all()).as("no MessagePosted: the team is not told").isEmpty();
        assertThat(published).containsExactly(new ConversationNews(posted.conversation(), 1));
    }

    @Test
    void a_second_text_goes_to_the_same_open_conversation() {
        SmsPosted first = service.post(customer, "Hello");

        SmsPosted second = service.post(customer, "Anyone there?");

        assertThat(second.conversation()).isEqualTo(first.conversation());
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.started()).isFalse();
        assertThat(conversations.conversations()).hasSize(1);
        assertThat(activity.all())
                .containsExactly(
                        MessagePosted.byVisitor(first.conversation(), 1, customer, NOW),
                        MessagePosted.byVisitor(first.conversation(), 2, customer, NOW));
    }

    @Test
    void a_second_text_while_the_ai_agent_answers_is_its_next_question() {
        aiOn = true;
        SmsPosted first = service.post(customer, "How long is shipping?");

        SmsPosted second = service.post(customer, "And to Norway?");

        assertThat(second.conversation()).isEqualTo(first.conversation());
        assertThat(second.started()).isFalse();
        assertThat(answersRequested).containsExactly(1L, 2L);
        assertThat(activity.all()).isEmpty();
    }

    @Test
    void a_keyword_to_the_channel_is_kept_but_the_ai_agent_is_not_asked_to_answer_it() {
        aiOn = true;
        SmsPosted first = service.post(customer, "How long is shipping?");

        SmsPosted stop = service.post(customer, "STOP", false);

        assertThat(stop.conversation()).isEqualTo(first.conversation());
        assertThat(stop.seq()).isEqualTo(2);
        assertThat(answersRequested).containsExactly(1L);
    }

    @Test
    void a_conversation_already_live_stays_with_the_team_when_the_ai_agent_is_turned_on() {
        SmsPosted first = service.post(customer, "Hello");
        aiOn = true;

        SmsPosted second = service.post(customer, "Still there?");

        assertThat(second.conversation()).isEqualTo(first.conversation());
        assertThat(answersRequested).isEmpty();
        assertThat(activity.all()).hasSize(2);
    }

    @Test
    void an_open_chat_is_not_where_a_text_goes() {
        Conversation chat = Conversation.start(ConversationId.random(), customer, Channel.CHAT, NOW);
        conversations.create(chat);

        SmsPosted posted = service.post(customer, "Texting you instead");

        assertThat(posted.conversation()).isNotEqualTo(chat.id());
        assertThat(posted.started()).isTrue();
        assertThat(conversations.conversations())
                .extracting(Conversation::channel)
                .containsExactly(Channel.CHAT, Channel.SMS);
    }

    @Test
    void a_text_after_the_conversation_closed_starts_a_new_one() {
        SmsPosted first = service.post(customer, "Hello");
        Conversation closed = conversations.findForUpdate(first.conversation()).orElseThrow();
        closed.close(ConversationEvent.ENDED_BY_VISITOR, NOW);
        conversations.update(closed);

        SmsPosted next = service.post(customer, "Hello again");

        assertThat(next.started()).isTrue();
        assertThat(next.conversation()).isNotEqualTo(first.conversation());
        assertThat(next.seq()).isEqualTo(1);
    }

    @Test
    void a_text_longer_than_this_installation_takes_is_refused_and_stores_nothing() {
        SmsConversationService strict = service(new MessageTextPolicy(1000));

        assertThatThrownBy(() -> strict.post(customer, "a".repeat(1001)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "message_too_long");

        assertThat(conversations.conversations()).isEmpty();
        assertThat(conversations.all()).isEmpty();
        assertThat(activity.all()).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void each_customer_has_a_conversation_of_their_own() {
        VisitorId other = VisitorId.random();

        SmsPosted mine = service.post(customer, "Mine");
        SmsPosted theirs = service.post(other, "Theirs");

        assertThat(theirs.conversation()).isNotEqualTo(mine.conversation());
        assertThat(conversations.after(theirs.conversation(), 0, 10))
                .extracting(Message::seq)
                .containsExactly(1L);
    }
}
