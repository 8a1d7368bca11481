package dev.parley.application.audit.port.out;

import dev.parley.domain.audit.AuditEntry;

/**
 * Adds an entry to the audit log. Driven by the use cases that change the settings, the team or the macros, inside
 * their transaction: the entry is committed with the change, or not at all.
 */
public interface RecordAuditEntryPort {

    void record(AuditEntry entry);
}
