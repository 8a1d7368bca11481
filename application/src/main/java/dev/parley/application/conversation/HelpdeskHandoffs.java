package dev.parley.application.conversation;

import dev.parley.application.handoff.port.in.HelpdeskQuery;
import dev.parley.application.handoff.port.in.QueueHandoffUseCase;
import dev.parley.application.profile.port.in.ReplyAddressQuery;
import dev.parley.application.settings.port.in.AssistantBehaviour;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.Helpdesk;
import dev.parley.domain.shared.VisitorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The way from the AI agent's handoff to the store's external helpdesk: whether one is chosen and connected, the
 * address Parley knows for the visitor, and the queued handoff, each through its own context's driving port.
 */
@ApplicationScoped
public class HelpdeskHandoffs {

    private HelpdeskQuery helpdesks;
    private ReplyAddressQuery addresses;
    private QueueHandoffUseCase queue;

    @Inject
    public HelpdeskHandoffs(HelpdeskQuery helpdesks, ReplyAddressQuery addresses, QueueHandoffUseCase queue) {
        this.helpdesks = helpdesks;
        this.addresses = addresses;
        this.queue = queue;
    }

    /** For CDI proxies only. */
    protected HelpdeskHandoffs() {}

    /** The helpdesk a handoff goes to now: the store's choice, while it is connected. */
    Optional<Helpdesk> target(AssistantBehaviour assistant) {
        return assistant.helpdesk().filter(helpdesks::connected);
    }

    /** The address Parley has for the visitor: the store's (a signed-in visitor's) or the one they gave. */
    Optional<String> knownEmail(VisitorId visitor) {
        return addresses.replyAddressOf(visitor).map(ReplyAddressQuery.ReplyAddress::email);
    }

    void queue(
            ConversationId conversation,
            VisitorId visitor,
            Helpdesk helpdesk,
            String email,
            HandoffReason reason,
            Optional<String> language) {
        queue.queue(conversation, visitor, helpdesk, email, reason, language);
    }
}
