package dev.parley.server;

import dev.parley.application.conversation.port.out.ConversationEnded;
import dev.parley.application.conversation.port.out.MessagePosted;
import dev.parley.application.conversation.port.out.PublishConversationActivityPort;
import dev.parley.application.notification.port.in.ScheduleVisitorReplyEmailUseCase;
import dev.parley.application.ticket.port.in.FollowConversationsUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Hands what happens in conversations to the helpdesk, in the same transaction: the one link between the two
 * contexts, made here so that neither knows the other. A visitor's message keeps (or opens) the ticket, an agent's
 * reply assigns it and marks it read for them (and may have to reach a visitor who left by email), and the end of a conversation closes its ticket.
 */
@ApplicationScoped
public class ConversationActivityRelay implements PublishConversationActivityPort {

    private FollowConversationsUseCase tickets;
    private ScheduleVisitorReplyEmailUseCase visitorEmails;

    @Inject
    public ConversationActivityRelay(
            FollowConversationsUseCase tickets, ScheduleVisitorReplyEmailUseCase visitorEmails) {
        this.tickets = tickets;
        this.visitorEmails = visitorEmails;
    }

    /** For CDI proxies only. */
    protected ConversationActivityRelay() {}

    @Override
    public void publish(MessagePosted posted) {
        if (posted.agent().isPresent()) {
            tickets.agentReplied(posted.conversation(), posted.agent().get(), posted.seq(), posted.at());
            visitorEmails.agentReplied(posted.conversation(), posted.at());
        } else {
            tickets.visitorWrote(posted.conversation(), posted.visitor(), posted.at());
        }
    }

    @Override
    public void publish(ConversationEnded ended) {
        tickets.conversationEnded(ended.conversation(), ended.at());
    }
}
