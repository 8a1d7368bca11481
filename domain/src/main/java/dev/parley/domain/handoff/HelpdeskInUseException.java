package dev.parley.domain.handoff;

import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.Helpdesk;

/** A helpdesk the AI agent hands conversations to cannot be disconnected. */
public class HelpdeskInUseException extends DomainException {

    private static final long serialVersionUID = 1L;

    public HelpdeskInUseException(Helpdesk helpdesk) {
        super(
                "helpdesk_in_use",
                "The AI agent hands conversations off to " + helpdesk.displayName()
                        + ": choose another handoff target first.");
    }
}
