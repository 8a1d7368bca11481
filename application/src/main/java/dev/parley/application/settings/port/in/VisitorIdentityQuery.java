package dev.parley.application.settings.port.in;

import java.time.Instant;

/**
 * Identity verification of a storefront's logged-in visitors, for the visitor context that signs them in. Read from
 * memory in the steady state: the settings are read again only after they changed.
 */
public interface VisitorIdentityQuery {

    /** Whether a user id must come with a valid user hash. */
    boolean identityEnforced();

    /**
     * Whether the user hash is the store's signature of the user id, with the current secret or, during its grace
     * period, the one it replaced; never with no secret.
     *
     * @throws dev.parley.domain.shared.InvalidValueException when the user id is empty or too long
     */
    boolean verifies(String userId, String userHash, Instant at);
}
