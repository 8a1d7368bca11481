package dev.parley.application.team;

import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.application.team.port.in.AdminChangeAudit;
import dev.parley.application.team.port.in.AgentLocalesQuery;
import dev.parley.application.team.port.in.AuditActor;
import dev.parley.application.team.port.in.ChangeAccountLocaleUseCase;
import dev.parley.application.team.port.in.ChangePasswordCommand;
import dev.parley.application.team.port.in.ChangePasswordUseCase;
import dev.parley.application.team.port.in.IssuedSession;
import dev.parley.application.team.port.in.SignInPolicy;
import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.application.team.port.out.PasswordHashingPort;
import dev.parley.application.team.port.out.SignInLockoutPort;
import dev.parley.application.team.port.out.UpdateAgentPort;
import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.team.AccountLocale;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.AgentNotFoundException;
import dev.parley.domain.team.EmailAddress;
import dev.parley.domain.team.SessionEnd;
import dev.parley.domain.team.SessionToken;
import dev.parley.domain.team.WrongPasswordException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an agent changes in their own account: their password (recorded in the audit log with it; their other sessions
 * end and the current one is rotated) and the language Parley writes to them in.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class AccountService implements ChangePasswordUseCase, ChangeAccountLocaleUseCase, AgentLocalesQuery {

    private LoadAgentPort agents;
    private PasswordHashingPort passwords;
    private SignInGuard guard;
    private UpdateAgentPort updatedAgents;
    private AdminChangeAudit audit;
    private AgentSessionService sessions;

    @Inject
    public AccountService(
            LoadAgentPort agents,
            PasswordHashingPort passwords,
            Clock clock,
            SignInPolicy policy,
            UpdateAgentPort updatedAgents,
            AdminChangeAudit audit,
            AgentSessionService sessions,
            AdmitUseCase limits,
            SignInLockoutPort lockouts) {
        this.agents = agents;
        this.passwords = passwords;
        this.guard = new SignInGuard(limits, lockouts, policy, clock);
        this.updatedAgents = updatedAgents;
        this.audit = audit;
        this.sessions = sessions;
    }

    /** For CDI proxies only. */
    protected AccountService() {}

    @Override
    public Optional<IssuedSession> changePassword(
            AgentId agentId, SessionToken session, ChangePasswordCommand command) {
        Agent agent = activeAgent(agentId);
        // A wrong current password is a guess at the account's password: it counts like a failed sign-in.
        List<SignInGuard.Counted> account = List.of(guard.email(agent.email().value()));
        guard.check(account);
        if (!passwords.matches(command.currentPassword(), agent.passwordHash())) {
            guard.failed(account);
            throw new WrongPasswordException();
        }
        guard.succeeded(account.get(0));
        agent.changePasswordHash(passwords.hash(command.newPassword()));
        updatedAgents.update(agent);
        audit.record(
                AuditActor.of(agent.id(), agent.displayName()),
                AuditAction.TEAM_PASSWORD_CHANGED,
                TeamService.about(agent));
        return sessions.endOthersAndRotate(agent.id(), Optional.of(session), SessionEnd.PASSWORD_CHANGED);
    }

    @Override
    public AccountLocale changeLocale(AgentId agentId, AccountLocale locale) {
        Agent agent = activeAgent(agentId);
        agent.changeLocale(locale);
        updatedAgents.update(agent);
        return agent.locale();
    }

    @Override
    public Map<String, Locale> localesOf(Collection<String> addresses) {
        Map<String, Locale> locales = new LinkedHashMap<>();
        for (String address : addresses) {
            agents.findByEmail(new EmailAddress(address))
                    .filter(Agent::isActive)
                    .ifPresent(agent -> locales.put(address, agent.locale().toLocale()));
        }
        return locales;
    }

    private Agent activeAgent(AgentId id) {
        return agents.findById(id).filter(Agent::isActive).orElseThrow(() -> new AgentNotFoundException(id));
    }
}
