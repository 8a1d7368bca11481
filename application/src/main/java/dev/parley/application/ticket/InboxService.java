package dev.parley.application.ticket;

import dev.parley.application.ticket.port.in.InboxQuery;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.application.ticket.port.out.TicketSummariesPort;
import dev.parley.domain.conversation.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Lists tickets for the inbox. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InboxService implements InboxQuery {

    private TicketSummariesPort summaries;

    @Inject
    public InboxService(TicketSummariesPort summaries) {
        this.summaries = summaries;
    }

    /** For CDI proxies only. */
    protected InboxService() {
    }

    @Override
    public List<TicketSummary> latest(int limit) {
        return summaries.latest(Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    @Override
    public Optional<TicketSummary> ofConversation(ConversationId conversation) {
        return summaries.ofConversation(conversation);
    }
}
