package dev.parley.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.audit.port.in.AuditPage;
import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.audit.AuditEntry;
import dev.parley.domain.audit.AuditEntryId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditServiceTest {

    private static final AgentId ADMIN = AgentId.random();
    private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");

    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final AuditService service = new AuditService(log);

    @Test
    void admins_read_the_log_newest_first_a_page_at_a_time() {
        for (int i = 0; i < 5; i++) {
            log.record(AuditEntry.record(START.plusSeconds(i), ADMIN, "Ada", AuditAction.MACRO_ADDED, Map.of("n", i)));
        }
        List<Object> seen = new ArrayList<>();
        Optional<AuditEntryId> cursor = Optional.empty();
        do {
            AuditPage page = service.page(cursor, 2);
            page.entries().forEach(entry -> seen.add(entry.summary().get("n")));
            cursor = page.next();
        } while (cursor.isPresent());

        assertThat(seen).containsExactly(4, 3, 2, 1, 0);
    }

    @Test
    void bad_pages_are_refused() {
        assertThatThrownBy(() -> service.page(Optional.empty(), 101))
                .hasFieldOrPropertyWithValue("code", "invalid_parameter");
        assertThatThrownBy(() -> service.page(Optional.empty(), 0))
                .hasFieldOrPropertyWithValue("code", "invalid_parameter");
        assertThatThrownBy(() -> service.page(Optional.of(AuditEntryId.random()), 50))
                .isInstanceOf(InvalidValueException.class);
    }
}
