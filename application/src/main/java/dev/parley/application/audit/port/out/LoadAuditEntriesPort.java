package dev.parley.application.audit.port.out;

import dev.parley.domain.audit.AuditEntry;
import dev.parley.domain.audit.AuditEntryId;
import java.util.List;
import java.util.Optional;

/** Reads the audit log, newest first; driven by the audit query. */
public interface LoadAuditEntriesPort {

    /**
     * At most {@code limit} entries, newest first (the latest {@code at}, then the greatest id), starting after the
     * entry {@code before} when given.
     *
     * @return empty when {@code before} names no entry
     */
    Optional<List<AuditEntry>> newest(Optional<AuditEntryId> before, int limit);
}
