package dev.parley.server.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.audit.port.out.LoadAuditEntriesPort;
import dev.parley.application.audit.port.out.RecordAuditEntryPort;
import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.audit.AuditEntry;
import dev.parley.domain.audit.AuditEntryId;
import dev.parley.domain.shared.AgentId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The audit log as the database keeps it: newest first by time and then id, paged after a cursor entry. The entries
 * are dated far in the future, so that they are the newest in the database whatever else it holds.
 */
@OnArquillianServer
class AuditPersistenceIT {

    @Inject
    RecordAuditEntryPort recorded;

    @Inject
    LoadAuditEntriesPort log;

    @Test
    void pages_after_a_cursor_hold_every_entry_once_newest_first() {
        Instant base = Instant.now().plus(Duration.ofDays(365 * 500)).truncatedTo(ChronoUnit.MILLIS);
        AgentId actor = AgentId.random();
        List<AuditEntry> entries = new ArrayList<>();
        // Two entries share a time, so that only the id orders them.
        for (int seconds : new int[] {1, 2, 2, 3, 4}) {
            entries.add(AuditEntry.record(
                    base.plusSeconds(seconds),
                    actor,
                    "Ada",
                    AuditAction.SETTINGS_UPDATED,
                    Map.of("welcomeMessage", AuditEntry.change("Hi", "Hello " + seconds))));
        }
        Tx.run(() -> entries.forEach(recorded::record));
        List<AuditEntryId> expected = entries.stream()
                .sorted(Comparator.comparing(AuditEntry::at)
                        .thenComparing(entry -> entry.id().toString())
                        .reversed())
                .map(AuditEntry::id)
                .toList();

        List<AuditEntry> seen = new ArrayList<>();
        Optional<AuditEntryId> before = Optional.empty();
        while (seen.size() < expected.size()) {
            Optional<AuditEntryId> cursor = before;
            List<AuditEntry> page = Tx.call(() -> log.newest(cursor, 2)).orElseThrow();
            assertThat(page).hasSizeBetween(1, 2);
            seen.addAll(page);
            before = Optional.of(page.get(page.size() - 1).id());
        }

        assertThat(seen.subList(0, expected.size())).extracting(AuditEntry::id).containsExactlyElementsOf(expected);
        AuditEntry newest = seen.get(0);
        assertThat(newest.actor()).isEqualTo(actor);
        assertThat(newest.actorName()).isEqualTo("Ada");
        assertThat(newest.action()).isEqualTo(AuditAction.SETTINGS_UPDATED);
        assertThat(newest.at()).isEqualTo(base.plusSeconds(4));
        assertThat(newest.summary()).containsOnlyKeys("welcomeMessage");
    }

    @Test
    void a_cursor_that_names_no_entry_gives_no_page() {
        assertThat(Tx.call(() -> log.newest(Optional.of(AuditEntryId.random()), 10)))
                .isEmpty();
    }
}
