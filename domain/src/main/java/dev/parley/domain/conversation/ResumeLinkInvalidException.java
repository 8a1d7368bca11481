package dev.parley.domain.conversation;

import dev.parley.domain.shared.DomainException;

/** A link back into a conversation that opens nothing: unknown, or run out. Both say the same, on purpose. */
public class ResumeLinkInvalidException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ResumeLinkInvalidException() {
        super(
                "resume_link_invalid",
                "This link no longer opens the conversation. Start a new chat from the store's page.");
    }
}
