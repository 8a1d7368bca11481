package dev.parley.application.notification.port.out;

import dev.parley.domain.notification.AdminAlert;
import dev.parley.domain.notification.AdminAlertKind;
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

    /**
     * Whether an alert of this kind about this was raised since {@code since}, read under a lock held until the
     * transaction ends, so that alerts are raised one after the other: of two nodes raising the same alert at once,
     * the second sees the first's.
     */
    boolean raisedSinceForAdding(AdminAlertKind kind, String about, Instant since);

    /** The pending alerts due at {@code now}, oldest first. */
    List<AdminAlert> due(Instant now, int limit);
}
