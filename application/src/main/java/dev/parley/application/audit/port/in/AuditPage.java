package dev.parley.application.audit.port.in;

import dev.parley.domain.audit.AuditEntry;
import dev.parley.domain.audit.AuditEntryId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the audit log, newest first.
 *
 * @param entries the entries of the page
 * @param next the cursor of the next (older) page; empty on the last page
 */
public record AuditPage(List<AuditEntry> entries, Optional<AuditEntryId> next) {

    public AuditPage {
        entries = List.copyOf(entries);
        Objects.requireNonNull(next, "next");
    }
}
