package dev.parley.application.audit.port.in;

import dev.parley.domain.audit.AuditEntryId;
import java.util.Optional;

/** Driven by the REST adapter when an admin reads the audit log; the adapter lets admins only through. */
public interface AuditLogQuery {

    /** The most entries a page holds. */
    int MAX_PAGE = 100;

    /**
     * A page of the audit log, newest first, after the entry {@code before} when given.
     *
     * @param limit 1 to {@value #MAX_PAGE}
     * @throws dev.parley.domain.shared.InvalidValueException when {@code before} names no entry or the limit is out of
     *     range ({@code invalid_parameter})
     */
    AuditPage page(Optional<AuditEntryId> before, int limit);
}
