package dev.parley.application.team;

import dev.parley.application.team.port.in.AdminChangeAudit;
import dev.parley.application.team.port.in.AgentLocalesQuery;
import dev.parley.application.team.port.in.AuditActor;
import dev.parley.application.team.port.in.ChangeAccountLocaleUseCase;
import dev.parley.application.team.port.in.ChangePasswordCommand;
import dev.parley.application.team.port.in.ChangePasswordUseCase;
import dev.parley.application.team.port.in.SignInPolicy;
import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.application.team.port.out.PasswordHashingPort;
import dev.parley.application.team.port.out.UpdateAgentPort;
import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.team.AccountLocale;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.AgentNotFoundException;
import dev.parley.domain.team.EmailAddress;
import dev.parley.domain.team.WrongPasswordException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What an agent changes in their own account: their password (recorded in the audit log with it) and the language
 * Parley writes to them in.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class AccountService implements ChangePasswordUseCase, ChangeAccountLocaleUseCase, AgentLocalesQuery {

    private LoadAgentPort agents;
    private PasswordHashingPort passwords;
    private Clock clock;
    private SignInThrottle passwordChangeThrottle;
    private UpdateAgentPort updatedAgents;
    private AdminChangeAudit audit;

    @Inject
    public AccountService(
            LoadAgentPort agents,
            PasswordHashingPort passwords,
            Clock clock,
            SignInPolicy policy,
            UpdateAgentPort updatedAgents,
            AdminChangeAudit audit) {
        this.agents = agents;
        this.passwords = passwords;
        this.clock = clock;
        this.passwordChangeThrottle = new SignInThrottle(policy);
        this.updatedAgents = updatedAgents;
        this.audit = audit;
    }

    /** For CDI proxies only. */
    protected AccountService() {}

    @Override
    public void changePassword(AgentId agentId, ChangePasswordCommand command) {
        Agent agent = activeAgent(agentId);
        String attempt = agentId.toString();
        passwordChangeThrottle.check(attempt, clock.instant());
        if (!passwords.matches(command.currentPassword(), agent.passwordHash())) {
            passwordChangeThrottle.failed(attempt, clock.instant());
            throw new WrongPasswordException();
        }
        passwordChangeThrottle.succeeded(attempt);
        agent.changePasswordHash(passwords.hash(command.newPassword()));
        updatedAgents.update(agent);
        audit.record(
                AuditActor.of(agent.id(), agent.displayName()),
                AuditAction.TEAM_PASSWORD_CHANGED,
                TeamService.about(agent));
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
