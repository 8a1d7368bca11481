package dev.parley.application.handoff.port.out;

import dev.parley.domain.handoff.HelpdeskConnection;
import dev.parley.domain.shared.Helpdesk;
import java.util.List;
import java.util.Optional;

/** Stores the store's helpdesk connections, their secrets sealed. */
public interface HelpdeskConnectionsPort {

    Optional<HelpdeskConnection> find(Helpdesk helpdesk);

    List<HelpdeskConnection> all();

    /** Stores it, in place of the helpdesk's earlier connection. */
    void save(HelpdeskConnection connection);

    /** Forgets the helpdesk's connection; returns whether there was one. */
    boolean delete(Helpdesk helpdesk);
}
