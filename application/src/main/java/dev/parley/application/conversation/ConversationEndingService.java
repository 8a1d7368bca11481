package dev.parley.application.conversation;

import dev.parley.application.conversation.port.in.CloseConversationUseCase;
import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.EndConversationCommand;
import dev.parley.application.conversation.port.in.EndConversationUseCase;
import dev.parley.application.conversation.port.out.AppendMessagePort;
import dev.parley.application.conversation.port.out.ConversationEnded;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.PublishConversationActivityPort;
import dev.parley.application.conversation.port.out.PublishConversationNewsPort;
import dev.parley.application.conversation.port.out.SaveConversationPort;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Ends conversations for good: when their visitor ends the chat, or when an agent closes their ticket. Either way the
 * closing notice is the conversation's last message and who follows conversations is told that it ended.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class ConversationEndingService implements EndConversationUseCase, CloseConversationUseCase {

    private LoadConversationPort conversations;
    private SaveConversationPort savedConversations;
    private AppendMessagePort appendedMessages;
    private PublishConversationActivityPort activity;
    private PublishConversationNewsPort news;
    private Clock clock;

    @Inject
    public ConversationEndingService(
            LoadConversationPort conversations,
            SaveConversationPort savedConversations,
            AppendMessagePort appendedMessages,
            PublishConversationActivityPort activity,
            PublishConversationNewsPort news,
            Clock clock) {
        this.conversations = conversations;
        this.savedConversations = savedConversations;
        this.appendedMessages = appendedMessages;
        this.activity = activity;
        this.news = news;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected ConversationEndingService() {}

    @Override
    public ConversationView end(EndConversationCommand command) {
        Conversation conversation = Posting.ownedForUpdate(conversations, command.visitor(), command.conversation());
        close(conversation, ConversationEvent.ENDED_BY_VISITOR);
        news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
        return Posting.view(conversation);
    }

    @Override
    public ConversationView closeForTicket(ConversationId id) {
        Conversation conversation = Posting.forUpdate(conversations, id);
        if (conversation.isOpen()) {
            close(conversation, ConversationEvent.CLOSED_BY_AGENT);
        }
        return Posting.view(conversation);
    }

    private void close(Conversation conversation, ConversationEvent why) {
        Instant now = clock.instant();
        appendedMessages.append(conversation.close(why, now));
        savedConversations.update(conversation);
        activity.publish(new ConversationEnded(conversation.id(), now));
    }
}
