package dev.parley.application.handoff.port.in;

import dev.parley.domain.handoff.HandoffId;
import java.util.List;

/** Driven by the handoff worker: which handoffs are due, and one attempt at each. */
public interface DeliverHandoffsUseCase {

    /** The handoffs due now, oldest first, at most {@code limit}. */
    List<HandoffId> due(int limit);

    /**
     * One attempt: claims the handoff, asks the helpdesk for the ticket (outside any transaction), and records the
     * outcome; after the last failed attempt the conversation falls back to a ticket in Parley's inbox. Does nothing
     * when the handoff is not due (any more).
     */
    void attempt(HandoffId id);
}
