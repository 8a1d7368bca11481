package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.VisitorId;
import java.util.Objects;

/** A visitor comes back into their conversation with the link of a reply email; driven by the visitor's WebSocket. */
@FunctionalInterface
public interface ResumeConversationUseCase {

    /**
     * The visitor and the conversation the link's token opens now.
     *
     * @throws dev.parley.domain.conversation.ResumeLinkInvalidException for a token Parley does not know, or one that
     *     ran out
     */
    Resumed resume(String token);

    /**
     * Whom the link speaks for, and where.
     *
     * @param visitor the visitor the link was made for
     * @param conversation their conversation
     */
    record Resumed(VisitorId visitor, ConversationId conversation) {

        public Resumed {
            Objects.requireNonNull(visitor, "visitor");
            Objects.requireNonNull(conversation, "conversation");
        }
    }
}
