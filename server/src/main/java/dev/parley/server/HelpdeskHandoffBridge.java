package dev.parley.server;

import dev.parley.application.conversation.port.out.HelpdeskHandoffPort;
import dev.parley.application.handoff.port.in.HelpdeskQuery;
import dev.parley.application.handoff.port.in.QueueHandoffUseCase;
import dev.parley.application.profile.port.in.GiveEmailCommand;
import dev.parley.application.profile.port.in.GiveEmailUseCase;
import dev.parley.application.profile.port.in.ReplyAddressQuery;
import dev.parley.application.settings.port.out.ConnectedHelpdesksPort;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.Helpdesk;
import dev.parley.domain.shared.VisitorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Lets the conversation and the settings reach the handoff and the profile, which follow them: the helpdesk's
 * connection, the visitor's address and the queued handoff. Here, where Parley is wired, because the contexts may
 * not lean on each other both ways.
 */
@ApplicationScoped
public class HelpdeskHandoffBridge implements HelpdeskHandoffPort, ConnectedHelpdesksPort {

    private HelpdeskQuery helpdesks;
    private ReplyAddressQuery addresses;
    private GiveEmailUseCase contacts;
    private QueueHandoffUseCase queue;

    @Inject
    public HelpdeskHandoffBridge(
            HelpdeskQuery helpdesks,
            ReplyAddressQuery addresses,
            GiveEmailUseCase contacts,
            QueueHandoffUseCase queue) {
        this.helpdesks = helpdesks;
        this.addresses = addresses;
        this.contacts = contacts;
        this.queue = queue;
    }

    /** For CDI proxies only. */
    protected HelpdeskHandoffBridge() {}

    @Override
    public boolean connected(Helpdesk helpdesk) {
        return helpdesks.connected(helpdesk);
    }

    @Override
    public Optional<String> knownEmail(VisitorId visitor) {
        return addresses.replyAddressOf(visitor).map(ReplyAddressQuery.ReplyAddress::email);
    }

    @Override
    public String keepEmail(VisitorId visitor, String clientAddress, String email) {
        return contacts.giveEmail(new GiveEmailCommand(visitor, clientAddress, email))
                .visitorEmail()
                .orElseThrow(() -> new IllegalStateException("A given address is kept"));
    }

    @Override
    public void queue(
            ConversationId conversation,
            VisitorId visitor,
            Helpdesk helpdesk,
            String email,
            HandoffReason reason,
            Optional<String> language) {
        queue.queue(conversation, visitor, helpdesk, email, reason, language);
    }
}
