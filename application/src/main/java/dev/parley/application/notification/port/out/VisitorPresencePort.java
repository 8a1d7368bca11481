package dev.parley.application.notification.port.out;

import dev.parley.domain.shared.VisitorId;

/** Whether a visitor has the chat open now; driven by the reply emails, which are for visitors who left. */
@FunctionalInterface
public interface VisitorPresencePort {

    /** Whether the visitor has a chat connection open on this node. */
    boolean connected(VisitorId visitor);
}
