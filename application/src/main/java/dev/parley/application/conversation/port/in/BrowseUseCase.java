package dev.parley.application.conversation.port.in;

import dev.parley.domain.shared.VisitorId;

/** Driven by the visitor's transports when the widget opens on the store's FAQs. */
public interface BrowseUseCase {

    /**
     * The visitor's open conversation, or a new one in which they only browse the FAQs: no message, no ticket, nobody
     * on the team disturbed. Asking twice gives the same conversation.
     *
     * @param clientAddress the address the visitor's request came from, which per-address limits count
     * @throws dev.parley.domain.shared.RateLimitedException when a new conversation is over the visitor's or the
     *     address's limit ({@link VisitorWritingLimits}); nothing is stored
     */
    ConversationView browse(VisitorId visitor, String clientAddress);
}
