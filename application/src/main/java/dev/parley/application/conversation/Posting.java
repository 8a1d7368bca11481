package dev.parley.application.conversation;

import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.LoadUploadPort;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationNotFoundException;
import dev.parley.domain.conversation.ImageNotFoundException;
import dev.parley.domain.conversation.ImageRef;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.conversation.Upload;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.VisitorId;
import java.util.Optional;
import java.util.function.Predicate;

/** The checks every post makes, whoever writes, and the shapes the conversation use cases answer with. */
final class Posting {

    private final LoadUploadPort uploads;
    private final MessageTextPolicy textPolicy;

    Posting(LoadUploadPort uploads, MessageTextPolicy textPolicy) {
        this.uploads = uploads;
        this.textPolicy = textPolicy;
    }

    /** The image of an upload the sender may show. */
    ImageRef image(UploadId id, Predicate<Upload> senderMayShow) {
        return uploads.find(id)
                .filter(senderMayShow)
                .map(Upload::ref)
                .orElseThrow(() -> new ImageNotFoundException(id));
    }

    void requireWithinLimit(Optional<MessageText> text) {
        text.filter(given -> given.value().length() > textPolicy.maxLength()).ifPresent(given -> {
            throw new InvalidValueException(
                    "message_too_long",
                    "A message can be at most " + textPolicy.maxLength() + " characters long; this one has "
                            + given.value().length() + ".");
        });
    }

    static Conversation ownedForUpdate(LoadConversationPort conversations, VisitorId visitor, ConversationId id) {
        // Another visitor's conversation answers exactly like one that does not exist.
        return conversations
                .findForUpdate(id)
                .filter(conversation -> conversation.belongsTo(visitor))
                .orElseThrow(() -> new ConversationNotFoundException(id));
    }

    static Conversation forUpdate(LoadConversationPort conversations, ConversationId id) {
        return conversations.findForUpdate(id).orElseThrow(() -> new ConversationNotFoundException(id));
    }

    static MessageReceipt receipt(Message message) {
        return new MessageReceipt(
                message.conversationId(),
                message.seq(),
                message.clientMessageId().orElseThrow());
    }

    static ConversationView view(Conversation conversation) {
        return new ConversationView(
                conversation.id(),
                conversation.status(),
                conversation.lastSeq(),
                conversation.visitorSeenSeq(),
                conversation.agentSeenSeq(),
                conversation.stage(),
                conversation.linksShown());
    }
}
