package dev.parley.application.profile.port.in;

import dev.parley.domain.shared.VisitorId;

/** A visitor gives their email address in the widget; driven by the visitor's WebSocket. */
public interface GiveEmailUseCase {

    /**
     * Keeps the address on the visitor's profile, apart from the store's contact details, which it never changes.
     *
     * @throws dev.parley.domain.shared.InvalidValueException {@code invalid_email} for a bad address
     * @throws dev.parley.domain.shared.RateLimitedException over {@link ContactLimits}
     */
    VisitorContact giveEmail(GiveEmailCommand command);

    /** What the widget is told of the visitor's address when it says hello. */
    VisitorContact contactOf(VisitorId visitor);
}
