package dev.parley.application.audit;

import dev.parley.application.audit.port.out.LoadAuditEntriesPort;
import dev.parley.application.audit.port.out.RecordAuditEntryPort;
import dev.parley.domain.audit.AuditEntry;
import dev.parley.domain.audit.AuditEntryId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The audit log in memory, as the persistence adapter keeps it: newest first by time, then by id. */
public final class InMemoryAuditLog implements RecordAuditEntryPort, LoadAuditEntriesPort {

    private static final Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::at)
            .thenComparing(entry -> entry.id().value())
            .reversed();

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public Optional<List<AuditEntry>> newest(Optional<AuditEntryId> before, int limit) {
        List<AuditEntry> sorted = entries.stream().sorted(NEWEST_FIRST).toList();
        int from = 0;
        if (before.isPresent()) {
            Optional<AuditEntry> cursor = entries.stream()
                    .filter(entry -> entry.id().equals(before.get()))
                    .findFirst();
            if (cursor.isEmpty()) {
                return Optional.empty();
            }
            from = sorted.indexOf(cursor.get()) + 1;
        }
        return Optional.of(sorted.stream().skip(from).limit(limit).toList());
    }

    /** Every entry, in the order recorded. */
    public List<AuditEntry> entries() {
        return entries;
    }
}
