package dev.parley.application.audit;

import dev.parley.application.audit.port.in.AuditLogQuery;
import dev.parley.application.audit.port.in.AuditPage;
import dev.parley.application.audit.port.out.LoadAuditEntriesPort;
import dev.parley.domain.audit.AuditEntry;
import dev.parley.domain.audit.AuditEntryId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Shows the audit log, newest first, a page at a time. Only admins reach it: the REST adapter lets no one else through
 * (the audit context reads no team member, so that the team, which records into the log, never depends on it back).
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
public class AuditService implements AuditLogQuery {

    private LoadAuditEntriesPort entries;

    @Inject
    public AuditService(LoadAuditEntriesPort entries) {
        this.entries = entries;
    }

    /** For CDI proxies only. */
    protected AuditService() {}

    @Override
    public AuditPage page(Optional<AuditEntryId> before, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidValueException("invalid_parameter", "The limit is 1 to " + MAX_PAGE + ".");
        }
        // One more than asked for tells whether an older page follows.
        List<AuditEntry> found = entries.newest(before, limit + 1)
                .orElseThrow(() -> new InvalidValueException(
                        "invalid_parameter", "The cursor 'before' is the nextCursor of an earlier page."));
        if (found.size() <= limit) {
            return new AuditPage(found, Optional.empty());
        }
        List<AuditEntry> page = found.subList(0, limit);
        return new AuditPage(page, Optional.of(page.get(limit - 1).id()));
    }
}
