package dev.parley.application.notification.port.out;

import dev.parley.domain.notification.AdminAlert;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The outbox of the admins' alerts. */
public interface AdminAlertsPort {

    void create(AdminAlert alert);

    void update(AdminAlert alert);

    /** The alert, its row locked until the transaction ends. */
    Optional<AdminAlert> findForUpdate(UUID id);

    /** The pending alerts due at {@code now}, oldest first. */
    List<AdminAlert> due(Instant now, int limit);
}
