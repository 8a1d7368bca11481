package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.EndConversationCommand;
import dev.parley.application.conversation.port.in.GoLiveCommand;
import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.MessageView;
import dev.parley.application.conversation.port.in.ReplyAsAgentCommand;
import dev.parley.application.conversation.port.in.VisitorSeenCommand;
import dev.parley.application.conversation.port.out.ConversationEnded;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.conversation.port.out.MessagePosted;
import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.ConversationClosedException;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationNotFoundException;
import dev.parley.domain.conversation.ConversationStage;
import dev.parley.domain.conversation.ConversationStatus;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.shared.VisitorId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A conversation's life around its messages: browsing, going live, read receipts and the visitor ending it. */
class ConversationLifecycleTest extends ConversationFixture {

    @Test
    void the_visitor_ending_the_chat_closes_it_for_good_and_says_so() {
        MessageReceipt first = service.send(visitorSays("c-1", "Hello"));
        published.clear();

        ConversationView ended = endings.end(new EndConversationCommand(visitor, first.conversation()));

        assertThat(ended.status()).isEqualTo(ConversationStatus.CLOSED);
        assertThat(ended.lastSeq()).isEqualTo(3);
        assertThat(history.messagesAfter(first.conversation(), 2, 10))
                .singleElement()
                .satisfies(notice -> {
                    assertThat(notice.author()).isEqualTo(AuthorKind.SYSTEM);
                    assertThat(notice.event()).contains(ConversationEvent.ENDED_BY_VISITOR);
                });
        assertThat(activity.all()).last().isEqualTo(new ConversationEnded(first.conversation(), NOW));
        assertThat(published).containsExactly(new ConversationNews(first.conversation(), 3));
        assertThatThrownBy(() -> endings.end(new EndConversationCommand(visitor, first.conversation())))
                .isInstanceOf(ConversationClosedException.class);
    }

    @Test
    void how_far_conversations_have_gone_is_read_for_those_that_exist() {
        MessageReceipt first = service.send(visitorSays("c-1", "Hello"));
        service.send(visitorSays("c-2", "Anyone there?"));
        ConversationId unknown = ConversationId.random();

        assertThat(history.lastSeqs(List.of(first.conversation(), unknown)))
                .containsOnly(Map.entry(first.conversation(), 3L));
        assertThat(history.lastSeqs(List.of())).isEmpty();
    }

    @Test
    void only_its_visitor_may_end_a_conversation() {
        MessageReceipt first = service.send(visitorSays("c-1", "Hello"));

        assertThatThrownBy(() -> endings.end(new EndConversationCommand(VisitorId.random(), first.conversation())))
                .isInstanceOf(ConversationNotFoundException.class);
        assertThat(history.visitorConversation(visitor, Optional.empty()))
                .hasValueSatisfying(view -> assertThat(view.status()).isEqualTo(ConversationStatus.OPEN));
    }

    @Test
    void after_the_end_a_new_message_starts_a_new_conversation() {
        MessageReceipt first = service.send(visitorSays("c-1", "Hello"));
        endings.end(new EndConversationCommand(visitor, first.conversation()));

        MessageReceipt again = service.send(visitorSays("c-2", "Me again"));

        assertThat(again.conversation()).isNotEqualTo(first.conversation());
        assertThat(again.seq()).isEqualTo(2);
        assertThat(activity.all()).last().isEqualTo(MessagePosted.byVisitor(again.conversation(), 2, visitor, NOW));
    }

    @Test
    void read_receipts_move_forward_and_are_published() {
        MessageReceipt first = service.send(visitorSays("c-1", "Hello"));
        replies.reply(
                new ReplyAsAgentCommand(ada, first.conversation(), new ClientMessageId("a-1"), new MessageText("Hi")));
        published.clear();

        ConversationView seen = receipts.seen(new VisitorSeenCommand(visitor, first.conversation(), 3));
        ConversationView again = receipts.seen(new VisitorSeenCommand(visitor, first.conversation(), 1));

        assertThat(seen.visitorSeenSeq()).isEqualTo(3);
        assertThat(seen.agentSeenSeq()).isEqualTo(3);
        assertThat(again.visitorSeenSeq()).isEqualTo(3);
        assertThat(published).containsExactly(new ConversationNews(first.conversation(), 3));
        assertThatThrownBy(() -> receipts.seen(new VisitorSeenCommand(VisitorId.random(), first.conversation(), 3)))
                .isInstanceOf(ConversationNotFoundException.class);
    }

    @Test
    void browsing_creates_no_message_and_no_ticket_and_asking_again_gives_the_same_conversation() {
        ConversationView browsing = service.browse(visitor, "203.0.113.7");
        ConversationView again = service.browse(visitor, "203.0.113.7");

        assertThat(browsing.stage()).isEqualTo(ConversationStage.BROWSING);
        assertThat(again.id()).isEqualTo(browsing.id());
        assertThat(conversations.all()).isEmpty();
        assertThat(activity.all()).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void asking_for_a_person_posts_the_welcome_once_and_only_the_first_message_is_published() {
        ConversationView browsing = service.browse(visitor, "203.0.113.7");

        ConversationView live = service.goLive(new GoLiveCommand(visitor, browsing.id()));
        service.goLive(new GoLiveCommand(visitor, browsing.id()));

        assertThat(live.stage()).isEqualTo(ConversationStage.LIVE);
        assertThat(history.messagesAfter(browsing.id(), 0, 10))
                .extracting(MessageView::author)
                .containsExactly(AuthorKind.SYSTEM);
        assertThat(activity.all()).isEmpty();

        MessageReceipt first = service.send(visitorSays("c-1", "Hello"));
        assertThat(first.conversation()).isEqualTo(browsing.id());
        assertThat(first.seq()).isEqualTo(2);
        assertThat(activity.all()).containsExactly(MessagePosted.byVisitor(browsing.id(), 2, visitor, NOW));
    }

    @Test
    void writing_while_browsing_goes_live_with_the_welcome_first() {
        ConversationView browsing = service.browse(visitor, "203.0.113.7");

        MessageReceipt first = service.send(visitorSays("c-1", "Hello"));

        assertThat(first.conversation()).isEqualTo(browsing.id());
        assertThat(history.messagesAfter(browsing.id(), 0, 10))
                .extracting(MessageView::author)
                .containsExactly(AuthorKind.SYSTEM, AuthorKind.VISITOR);
        assertThatThrownBy(() -> service.goLive(new GoLiveCommand(VisitorId.random(), browsing.id())))
                .isInstanceOf(ConversationNotFoundException.class);
    }
}
