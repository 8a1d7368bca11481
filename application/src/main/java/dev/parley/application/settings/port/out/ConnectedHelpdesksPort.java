package dev.parley.application.settings.port.out;

import dev.parley.domain.shared.Helpdesk;

/**
 * Whether the store connected an external helpdesk, so that the AI agent may hand off to it. Implemented where Parley
 * is wired, over the handoff's driving port (the handoff follows the settings, not the other way round).
 */
@FunctionalInterface
public interface ConnectedHelpdesksPort {

    boolean connected(Helpdesk helpdesk);
}
