package dev.parley.domain.shared;

import java.util.Locale;

/**
 * An external helpdesk the store's AI agent may hand a conversation to: it gets a ticket there, answered by email.
 * Shared by the settings, which choose it, the conversation, which hands off, and the handoff, which delivers.
 */
public enum Helpdesk {
    /** Zendesk Support: a ticket through the Tickets API, signed in with OAuth client credentials. */
    ZENDESK("Zendesk"),
    /** Gorgias: a ticket with the customer's first message, signed in with HTTP Basic and a private app's key. */
    GORGIAS("Gorgias");

    private final String displayName;

    Helpdesk(String displayName) {
        this.displayName = displayName;
    }

    /** How people call it: {@code Zendesk}, {@code Gorgias}. */
    public String displayName() {
        return displayName;
    }

    /** Its name on the wire and in paths: {@code zendesk}, {@code gorgias}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
