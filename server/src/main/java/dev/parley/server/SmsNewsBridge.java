package dev.parley.server;

import dev.parley.application.sms.port.out.PublishSmsNewsPort;
import dev.parley.application.ticket.port.out.PublishTicketNewsPort;
import dev.parley.application.ticket.port.out.TicketNews;
import dev.parley.domain.conversation.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells the inbox, after the commit, that an SMS ticket's delivery states or opt-out changed: as news of its ticket,
 * which the inbox reads anew. No message is new, so no sequence number is given.
 */
@ApplicationScoped
public class SmsNewsBridge implements PublishSmsNewsPort {

    private PublishTicketNewsPort tickets;

    @Inject
    public SmsNewsBridge(PublishTicketNewsPort tickets) {
        this.tickets = tickets;
    }

    /** For CDI proxies only. */
    protected SmsNewsBridge() {}

    @Override
    public void smsChanged(ConversationId conversation) {
        tickets.publish(new TicketNews(conversation, 0));
    }
}
