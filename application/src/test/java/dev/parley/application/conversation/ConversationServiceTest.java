package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.MessageView;
import dev.parley.application.conversation.port.in.ReplyAsAgentCommand;
import dev.parley.application.conversation.port.in.SendVisitorMessageCommand;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.conversation.port.out.MessagePosted;
import dev.parley.application.limits.Admissions;
import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.ClientMessageIdReusedException;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationClosedException;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationNotFoundException;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.settings.AvailabilitySettings;
import dev.parley.domain.settings.AwayMessage;
import dev.parley.domain.settings.BusinessHours;
import dev.parley.domain.settings.TimeRange;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.VisitorId;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A visitor's messages and the agents' replies: numbering, retries, limits, the welcome and the away message. */
class ConversationServiceTest extends ConversationFixture {

    @Test
    void the_first_message_starts_a_conversation_with_the_welcome_message_and_is_published_as_the_visitors() {
        MessageReceipt receipt = service.send(visitorSays("c-1", "Do you ship to Poland?"));

        assertThat(receipt.seq()).isEqualTo(2);
        List<MessageView> thread = history.messagesAfter(receipt.conversation(), 0, 50);
        assertThat(thread).extracting(MessageView::author).containsExactly(AuthorKind.SYSTEM, AuthorKind.VISITOR);
        assertThat(thread)
                .extracting(view -> view.text().orElseThrow())
                .containsExactly("How can we help you today?", "Do you ship to Poland?");
        assertThat(activity.all()).containsExactly(MessagePosted.byVisitor(receipt.conversation(), 2, visitor, NOW));
        assertThat(published).containsExactly(new ConversationNews(receipt.conversation(), 2));
    }

    @Test
    void later_messages_go_to_the_open_conversation() {
        MessageReceipt first = service.send(visitorSays("c-1", "Hello"));
        MessageReceipt second = service.send(visitorSays("c-2", "Anyone there?"));

        assertThat(second.conversation()).isEqualTo(first.conversation());
        assertThat(second.seq()).isEqualTo(3);
        assertThat(activity.all())
                .containsExactly(
                        MessagePosted.byVisitor(first.conversation(), 2, visitor, NOW),
                        MessagePosted.byVisitor(first.conversation(), 3, visitor, NOW));
        assertThat(conversations.conversations()).hasSize(1);
    }

    @Test
    void a_retry_with_the_same_id_and_text_returns_the_same_receipt_and_stores_nothing() {
        MessageReceipt first = service.send(visitorSays("c-1", "Hello"));
        published.clear();
        activity.clear();

        MessageReceipt retried = service.send(visitorSays("c-1", "Hello"));

        assertThat(retried).isEqualTo(first);
        assertThat(conversations.all()).hasSize(2);
        assertThat(published).isEmpty();
        assertThat(activity.all()).isEmpty();
    }

    @Test
    void the_same_id_with_another_text_is_refused_and_changes_nothing() {
        service.send(visitorSays("c-1", "Hello"));
        published.clear();

        assertThatThrownBy(() -> service.send(visitorSays("c-1", "Something else")))
                .isInstanceOf(ClientMessageIdReusedException.class);
        assertThat(conversations.all())
                .extracting(m -> m.text().orElseThrow().value())
                .containsExactly("How can we help you today?", "Hello");
        assertThat(published).isEmpty();
    }

    @Test
    void another_visitors_conversation_answers_like_a_missing_one_and_changes_nothing() {
        MessageReceipt theirs = service.send(visitorSays("c-1", "Mine"));
        VisitorId intruder = VisitorId.random();

        assertThatThrownBy(() -> service.send(new SendVisitorMessageCommand(
                        intruder,
                        "203.0.113.7",
                        Optional.of(theirs.conversation()),
                        new ClientMessageId("x-1"),
                        new MessageText("Let me in"))))
                .isInstanceOf(ConversationNotFoundException.class);
        assertThatThrownBy(() -> history.visitorConversation(intruder, Optional.of(theirs.conversation())))
                .isInstanceOf(ConversationNotFoundException.class);
        assertThat(conversations.all()).hasSize(2);
        assertThat(conversations.conversations()).hasSize(1);
    }

    @Test
    void a_closed_conversation_takes_no_more_messages_from_anyone() {
        MessageReceipt first = service.send(visitorSays("c-1", "Hello"));
        Conversation closed = conversations.findForUpdate(first.conversation()).orElseThrow();
        closed.close(dev.parley.domain.conversation.ConversationEvent.ENDED_BY_VISITOR, NOW);
        conversations.update(closed);

        assertThatThrownBy(() -> service.send(new SendVisitorMessageCommand(
                        visitor,
                        "203.0.113.7",
                        Optional.of(first.conversation()),
                        new ClientMessageId("c-2"),
                        new MessageText("Again"))))
                .isInstanceOf(ConversationClosedException.class);
        assertThatThrownBy(() -> replies.reply(new ReplyAsAgentCommand(
                        ada, first.conversation(), new ClientMessageId("a-1"), new MessageText("Hi"))))
                .isInstanceOf(ConversationClosedException.class);
        assertThat(conversations.all()).hasSize(2);
    }

    @Test
    void an_agent_reply_is_numbered_next_and_published_as_the_agents() {
        MessageReceipt question = service.send(visitorSays("c-1", "Hello"));

        MessageReceipt answer = replies.reply(new ReplyAsAgentCommand(
                ada, question.conversation(), new ClientMessageId("a-1"), new MessageText("Hi, I am Ada")));

        assertThat(answer.seq()).isEqualTo(3);
        assertThat(activity.all())
                .last()
                .isEqualTo(MessagePosted.byAgent(question.conversation(), 3, visitor, ada, NOW));
        assertThat(history.messagesAfter(question.conversation(), 2, 50))
                .singleElement()
                .satisfies(reply -> {
                    assertThat(reply.author()).isEqualTo(AuthorKind.AGENT);
                    assertThat(reply.authorName()).contains("Ada");
                    assertThat(reply.clientMessageId()).contains("a-1");
                });
    }

    @Test
    void an_agent_reply_to_an_unknown_conversation_is_refused() {
        assertThatThrownBy(() -> replies.reply(new ReplyAsAgentCommand(
                        ada, ConversationId.random(), new ClientMessageId("a-1"), new MessageText("Hi"))))
                .isInstanceOf(ConversationNotFoundException.class);
        assertThat(published).isEmpty();
        assertThat(activity.all()).isEmpty();
    }

    @Test
    void history_after_a_sequence_number_is_what_the_client_lacks_in_order() {
        MessageReceipt first = service.send(visitorSays("c-1", "one"));
        service.send(visitorSays("c-2", "two"));
        service.send(visitorSays("c-3", "three"));

        assertThat(history.messagesAfter(first.conversation(), 2, 50))
                .extracting(MessageView::seq)
                .containsExactly(3L, 4L);
        assertThat(history.messagesAfter(first.conversation(), 0, 2))
                .extracting(MessageView::seq)
                .containsExactly(1L, 2L);
        assertThat(history.visitorConversation(visitor, Optional.empty()))
                .hasValueSatisfying(view -> assertThat(view.lastSeq()).isEqualTo(4));
    }

    @Test
    void a_configured_text_limit_accepts_exactly_the_limit_and_refuses_one_more_from_either_side() {
        ConversationService strict = new ConversationService(
                conversations,
                conversations,
                conversations,
                conversations,
                activity,
                SettingsFakes.DEFAULT_BEHAVIOUR,
                SettingsFakes.ALWAYS_OPEN,
                published::add,
                Clock.fixed(NOW, ZoneOffset.UTC),
                Admissions.unlimited(),
                WritingLimits.generous(),
                new InMemoryUploads(conversations),
                new MessageTextPolicy(10));

        MessageReceipt atTheLimit = strict.send(visitorSays("c-1", "x".repeat(10)));
        assertThatThrownBy(() -> strict.send(visitorSays("c-2", "x".repeat(11))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 10")
                .extracting("code")
                .isEqualTo("message_too_long");
        assertThatThrownBy(() -> replies(new MessageTextPolicy(10))
                        .reply(new ReplyAsAgentCommand(
                                ada,
                                atTheLimit.conversation(),
                                new ClientMessageId("a-1"),
                                new MessageText("y".repeat(11)))))
                .extracting("code")
                .isEqualTo("message_too_long");

        assertThat(conversations.all()).extracting(message -> message.seq()).containsExactly(1L, 2L);
    }

    @Test
    void the_text_limit_cannot_exceed_what_parley_stores() {
        assertThatThrownBy(() -> new MessageTextPolicy(4_001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MessageTextPolicy(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MessageTextPolicy.storable().maxLength()).isEqualTo(4_000);
    }

    @Test
    void outside_business_hours_the_away_message_answers_once_until_an_agent_writes() {
        // NOW is a Wednesday; the store opens on Mondays only.
        AvailabilitySettings closedToday = AvailabilitySettings.defaults()
                .withBusinessHours(BusinessHours.weekly(
                        ZoneOffset.UTC,
                        Map.of(
                                java.time.DayOfWeek.MONDAY,
                                List.of(new TimeRange(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0))))))
                .withAwayMessage(new AwayMessage("We are away until Monday."));
        ConversationService away = new ConversationService(
                conversations,
                conversations,
                conversations,
                conversations,
                activity,
                SettingsFakes.DEFAULT_BEHAVIOUR,
                SettingsFakes.availability(closedToday),
                published::add,
                Clock.fixed(NOW, ZoneOffset.UTC),
                Admissions.unlimited(),
                WritingLimits.generous(),
                new InMemoryUploads(conversations),
                MessageTextPolicy.storable());

        MessageReceipt first = away.send(visitorSays("c-1", "Hello?"));
        away.send(visitorSays("c-2", "Anyone?"));

        assertThat(history.messagesAfter(first.conversation(), 0, 10))
                .extracting(view -> view.text().orElse(""))
                .containsExactly("Hi! How can we help you today?", "Hello?", "We are away until Monday.", "Anyone?");
        assertThat(history.messagesAfter(first.conversation(), 2, 1))
                .singleElement()
                .satisfies(reply -> assertThat(reply.event()).contains(ConversationEvent.AWAY_REPLY));

        replies.reply(new ReplyAsAgentCommand(
                ada, first.conversation(), new ClientMessageId("a-1"), new MessageText("I'm here after all")));
        away.send(visitorSays("c-3", "Great"));
        assertThat(history.messagesAfter(first.conversation(), 5, 10))
                .extracting(view -> view.text().orElse(""))
                .containsExactly("Great", "We are away until Monday.");
    }
}
