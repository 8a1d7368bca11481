package dev.parley.server;

import dev.parley.application.settings.port.in.ChatBehaviourQuery;
import dev.parley.application.settings.port.out.PublishSettingsChangedPort;
import dev.parley.application.sms.port.out.PublishSmsNewsPort;
import dev.parley.application.ticket.port.out.PublishTicketNewsPort;
import dev.parley.application.ticket.port.out.TicketNews;
import dev.parley.domain.conversation.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Tells the inbox, after the commit, that an SMS ticket's delivery states or opt-out changed: as news of its ticket,
 * which the inbox reads anew (no message is new, so no sequence number is given); and that the SMS settings changed, as
 * the news of a settings section.
 */
@ApplicationScoped
public class SmsNewsBridge implements PublishSmsNewsPort {

    private PublishTicketNewsPort tickets;
    private PublishSettingsChangedPort settings;
    private ChatBehaviourQuery behaviour;

    @Inject
    public SmsNewsBridge(
            PublishTicketNewsPort tickets, PublishSettingsChangedPort settings, ChatBehaviourQuery behaviour) {
        this.tickets = tickets;
        this.settings = settings;
        this.behaviour = behaviour;
    }

    /** For CDI proxies only. */
    protected SmsNewsBridge() {}

    @Override
    public void smsChanged(ConversationId conversation) {
        tickets.publish(new TicketNews(conversation, 0));
    }

    @Override
    public void settingsChanged() {
        settings.settingsChanged(
                "sms", behaviour.chatBehaviourFor(Optional.empty()).waitingThreshold());
    }
}
