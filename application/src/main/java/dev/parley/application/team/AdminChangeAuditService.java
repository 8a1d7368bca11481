package dev.parley.application.team;

import dev.parley.application.audit.port.out.RecordAuditEntryPort;
import dev.parley.application.team.port.in.AdminChangeAudit;
import dev.parley.application.team.port.in.AuditActor;
import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.audit.AuditEntry;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.team.AdminsOnlyException;
import dev.parley.domain.team.Agent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;

/** Checks admins and writes their changes to the audit log, inside the transaction of the use case that asks. */
@ApplicationScoped
@Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
public class AdminChangeAuditService implements AdminChangeAudit {

    private LoadAgentPort agents;
    private RecordAuditEntryPort audit;
    private Clock clock;

    @Inject
    public AdminChangeAuditService(LoadAgentPort agents, RecordAuditEntryPort audit, Clock clock) {
        this.agents = agents;
        this.audit = audit;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected AdminChangeAuditService() {}

    @Override
    public AuditActor requireAdmin(AgentId actor) {
        Agent admin = agents.findById(actor).orElseThrow(AdminsOnlyException::new);
        admin.requireAdmin();
        return new AuditActor(admin.id(), admin.displayName());
    }

    @Override
    public void record(AuditActor actor, AuditAction action, Map<String, Object> summary) {
        audit.record(AuditEntry.record(clock.instant(), actor.id(), actor.name(), action, summary));
    }
}
