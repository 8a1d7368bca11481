package dev.parley.domain.shared;

/** The store's external helpdesk was named (as the AI agent's handoff target, or to be tested) but is not connected. */
public class HelpdeskNotConnectedException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    public HelpdeskNotConnectedException(Helpdesk helpdesk) {
        super(
                "helpdesk_not_connected",
                helpdesk.displayName() + " is not connected: connect it in the handoff settings first.");
    }
}
