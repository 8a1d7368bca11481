package dev.parley.application.conversation;

import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.RecordAgentSeenUseCase;
import dev.parley.application.conversation.port.in.RecordVisitorSeenUseCase;
import dev.parley.application.conversation.port.in.VisitorSeenCommand;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.PublishConversationNewsPort;
import dev.parley.application.conversation.port.out.SaveConversationPort;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Moves the read receipts forward: what the visitor has seen, and what the team has seen. */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class ReadReceiptService implements RecordVisitorSeenUseCase, RecordAgentSeenUseCase {

    private LoadConversationPort conversations;
    private SaveConversationPort savedConversations;
    private PublishConversationNewsPort news;

    @Inject
    public ReadReceiptService(
            LoadConversationPort conversations,
            SaveConversationPort savedConversations,
            PublishConversationNewsPort news) {
        this.conversations = conversations;
        this.savedConversations = savedConversations;
        this.news = news;
    }

    /** For CDI proxies only. */
    protected ReadReceiptService() {}

    @Override
    public ConversationView seen(VisitorSeenCommand command) {
        Conversation conversation = Posting.ownedForUpdate(conversations, command.visitor(), command.conversation());
        if (conversation.visitorSaw(command.seq())) {
            savedConversations.update(conversation);
            news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
        }
        return Posting.view(conversation);
    }

    @Override
    public ConversationView agentSawAll(ConversationId id) {
        Conversation conversation = Posting.forUpdate(conversations, id);
        if (conversation.agentSaw(conversation.lastSeq())) {
            savedConversations.update(conversation);
        }
        return Posting.view(conversation);
    }
}
