package dev.parley.application.conversation;

import dev.parley.application.conversation.port.out.HelpdeskHandoffPort;
import dev.parley.application.settings.port.in.AssistantBehaviour;
import dev.parley.domain.shared.Helpdesk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The way from the AI agent's handoff to the store's external helpdesk: whether one is chosen and connected. */
@ApplicationScoped
public class HelpdeskHandoffs {

    private HelpdeskHandoffPort port;

    @Inject
    public HelpdeskHandoffs(HelpdeskHandoffPort port) {
        this.port = port;
    }

    /** For CDI proxies only. */
    protected HelpdeskHandoffs() {}

    /** The helpdesk a handoff goes to now: the store's choice, while it is connected. */
    Optional<Helpdesk> target(AssistantBehaviour assistant) {
        return assistant.helpdesk().filter(port::connected);
    }

    /** The helpdesk's side: the visitor's address, and the queued delivery. */
    HelpdeskHandoffPort port() {
        return port;
    }
}
