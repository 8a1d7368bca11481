package dev.parley.application.conversation;

import dev.parley.application.conversation.port.in.AssistedConversation;
import dev.parley.application.conversation.port.in.AssistedConversationsQuery;
import dev.parley.application.conversation.port.in.ConversationHistoryQuery;
import dev.parley.application.conversation.port.in.MessageView;
import dev.parley.application.conversation.port.out.FindAssistedConversationsPort;
import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.LoadMessagesPort;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationNotFoundException;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The conversations the store's AI agent resolved on its own, for the inbox's "AI" view. */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class AssistedConversationsService implements AssistedConversationsQuery {

    /** How much of the first question a list shows. */
    static final int PREVIEW_LENGTH = 140;

    private FindAssistedConversationsPort assisted;
    private LoadConversationPort conversations;
    private LoadMessagesPort messages;
    private ConversationHistoryQuery history;

    @Inject
    public AssistedConversationsService(
            FindAssistedConversationsPort assisted,
            LoadConversationPort conversations,
            LoadMessagesPort messages,
            ConversationHistoryQuery history) {
        this.assisted = assisted;
        this.conversations = conversations;
        this.messages = messages;
        this.history = history;
    }

    /** For CDI proxies only. */
    protected AssistedConversationsService() {}

    @Override
    public List<AssistedConversation> resolvedByAssistant(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidValueException(
                    "invalid_parameter", "The limit is a whole number from 1 to " + MAX_PAGE + ".");
        }
        return assisted.resolvedByAssistant(limit).stream().map(this::summary).toList();
    }

    @Override
    public List<MessageView> thread(ConversationId id) {
        boolean readable = conversations
                .find(id)
                .filter(AssistedConversationsService::resolvedOnItsOwn)
                .isPresent();
        if (!readable) {
            throw new ConversationNotFoundException(id);
        }
        return history.messagesAfter(id, 0, ConversationHistoryQuery.MAX_PAGE);
    }

    private AssistedConversation summary(Conversation conversation) {
        String first = messages.after(conversation.id(), 0, 1).stream()
                .map(message -> message.preview(PREVIEW_LENGTH))
                .findFirst()
                .orElse("");
        return new AssistedConversation(
                conversation.id(),
                conversation.startedAt(),
                conversation.isOpen(),
                conversation.assistant().answered(),
                first,
                conversation.lastSeq());
    }

    private static boolean resolvedOnItsOwn(Conversation conversation) {
        return conversation.assistant().answered() > 0
                && conversation.assistant().handoff().isEmpty();
    }
}
