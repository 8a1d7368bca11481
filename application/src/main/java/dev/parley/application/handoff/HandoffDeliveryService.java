package dev.parley.application.handoff;

import dev.parley.application.handoff.HandoffOutbox.HandoffAttempt;
import dev.parley.application.handoff.port.in.DeliverHandoffsUseCase;
import dev.parley.application.handoff.port.out.HelpdeskCallFailedException;
import dev.parley.application.handoff.port.out.HelpdeskPort;
import dev.parley.application.handoff.port.out.HelpdeskPort.ExternalTicket;
import dev.parley.domain.handoff.HandoffId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Delivers handoffs to external helpdesks: claims one (a transaction), calls the helpdesk (none, so that no database
 * row stays locked while a helpdesk is slow), records the outcome (a transaction).
 */
@ApplicationScoped
public class HandoffDeliveryService implements DeliverHandoffsUseCase {

    private HandoffOutbox outbox;
    private HelpdeskPort helpdesk;

    @Inject
    public HandoffDeliveryService(HandoffOutbox outbox, HelpdeskPort helpdesk) {
        this.outbox = outbox;
        this.helpdesk = helpdesk;
    }

    /** For CDI proxies only. */
    protected HandoffDeliveryService() {}

    @Override
    public List<HandoffId> due(int limit) {
        return outbox.due(limit);
    }

    @Override
    public void attempt(HandoffId id) {
        Optional<HandoffAttempt> claimed = outbox.claim(id);
        if (claimed.isEmpty()) {
            return;
        }
        HandoffAttempt attempt = claimed.get();
        ExternalTicket ticket;
        try {
            ticket = helpdesk.createTicket(attempt.credentials(), attempt.packet());
        } catch (HelpdeskCallFailedException failed) {
            outbox.failed(attempt, failed.retryable(), failed.retryAfter(), failed.getMessage());
            return;
        } catch (RuntimeException unexpected) {
            // An answer of a shape Parley did not expect: counted as a failed attempt, so that the handoff is tried
            // again and, at worst, falls back to the inbox, never left waiting.
            outbox.failed(
                    attempt,
                    true,
                    Optional.empty(),
                    "unexpected " + unexpected.getClass().getSimpleName());
            return;
        }
        outbox.delivered(attempt, ticket.id(), ticket.url());
    }
}
