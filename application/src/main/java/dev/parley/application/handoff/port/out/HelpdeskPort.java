package dev.parley.application.handoff.port.out;

import dev.parley.domain.handoff.HandoffPacket;
import java.util.Optional;

/** Talks to the store's external helpdesk over its REST API; driven by the handoff worker, outside any transaction. */
public interface HelpdeskPort {

    /**
     * Makes the ticket, once: the packet's handoff key makes a repeated call find the first ticket instead of making
     * a second.
     *
     * @throws HelpdeskCallFailedException when the helpdesk could not be reached, refused or asked to wait
     */
    ExternalTicket createTicket(HelpdeskCredentials credentials, HandoffPacket packet);

    /** Signs in and reads something harmless; creates nothing. */
    CheckOutcome check(HelpdeskCredentials credentials);

    /**
     * A ticket at the helpdesk.
     *
     * @param id its id there
     * @param url where an agent opens it, when known
     */
    record ExternalTicket(String id, Optional<String> url) {}

    /**
     * What a check found.
     *
     * @param outcome {@code connected}, {@code unauthorized}, {@code not_found}, {@code rate_limited}, {@code
     *     unreachable} or {@code failed}
     * @param status the helpdesk's HTTP status, when it answered
     */
    record CheckOutcome(String outcome, Optional<Integer> status) {}
}
