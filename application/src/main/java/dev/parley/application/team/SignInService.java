package dev.parley.application.team;

import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.application.team.port.in.AdminAddressQuery;
import dev.parley.application.team.port.in.AdminCheck;
import dev.parley.application.team.port.in.AgentNamesQuery;
import dev.parley.application.team.port.in.AgentQuery;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.application.team.port.in.CreateFirstAdminCommand;
import dev.parley.application.team.port.in.CreateFirstAdminUseCase;
import dev.parley.application.team.port.in.SignInCommand;
import dev.parley.application.team.port.in.SignInPolicy;
import dev.parley.application.team.port.in.SignInUseCase;
import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.application.team.port.out.PasswordHashingPort;
import dev.parley.application.team.port.out.SaveAgentPort;
import dev.parley.application.team.port.out.SignInLockoutPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.team.AdminsOnlyException;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.EmailAddress;
import dev.parley.domain.team.Role;
import dev.parley.domain.team.SignInFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Signs agents in and tells who they are: the signed-in agent behind a session, the names agents are shown by, and
 * the first admin of a new installation.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class SignInService
        implements SignInUseCase, AgentQuery, AgentNamesQuery, AdminAddressQuery, AdminCheck, CreateFirstAdminUseCase {

    private LoadAgentPort agents;
    private SaveAgentPort savedAgents;
    private PasswordHashingPort passwords;
    private Clock clock;
    private SignInGuard guard;
    private String unknownAgentHash;

    @Inject
    public SignInService(
            LoadAgentPort agents,
            SaveAgentPort savedAgents,
            PasswordHashingPort passwords,
            Clock clock,
            SignInPolicy policy,
            AdmitUseCase limits,
            SignInLockoutPort lockouts) {
        this.agents = agents;
        this.savedAgents = savedAgents;
        this.passwords = passwords;
        this.clock = clock;
        this.guard = new SignInGuard(limits, lockouts, policy, clock);
    }

    /** For CDI proxies only. */
    protected SignInService() {}

    @Override
    public AgentView signIn(SignInCommand command) {
        SignInGuard.Counted account = guard.email(command.email().strip().toLowerCase(Locale.ROOT));
        List<SignInGuard.Counted> keys = List.of(account, guard.address(command.client()));
        guard.check(keys);
        Optional<Agent> agent;
        try {
            agent = agents.findByEmail(new EmailAddress(command.email())).filter(Agent::isActive);
        } catch (InvalidValueException notAnEmail) {
            agent = Optional.empty();
        }
        // An unknown address costs as much time as a wrong password, so timing does not tell which accounts exist.
        String hash = agent.map(Agent::passwordHash).orElseGet(this::unknownAgentHash);
        boolean matches = passwords.matches(command.password(), hash);
        if (agent.isEmpty() || !matches) {
            guard.failed(keys);
            throw new SignInFailedException();
        }
        guard.succeeded(account);
        return view(agent.get());
    }

    /** Finds an active agent only, so that a removed agent's open sessions stop working at once. */
    @Override
    public Optional<AgentView> find(AgentId id) {
        return agents.findById(id).filter(Agent::isActive).map(SignInService::view);
    }

    @Override
    public void requireAdmin(AgentId actor) {
        agents.findById(actor).orElseThrow(AdminsOnlyException::new).requireAdmin();
    }

    @Override
    public AdminAddress adminAddress(AgentId admin) {
        Agent agent = agents.findById(admin).orElseThrow(AdminsOnlyException::new);
        agent.requireAdmin();
        return new AdminAddress(agent.email().value(), agent.locale().toLocale());
    }

    @Override
    public boolean createIfTeamIsEmpty(CreateFirstAdminCommand command) {
        // Counted under the lock agents are added under: of two nodes starting at once, one makes the first admin.
        if (agents.countForAdding() > 0) {
            return false;
        }
        savedAgents.create(Agent.create(
                AgentId.random(),
                command.email(),
                command.name(),
                Role.ADMIN,
                passwords.hash(command.password()),
                clock.instant()));
        return true;
    }

    /** A plain read: joins the caller's transaction, and starts none (it runs for every page of messages sent). */
    @Override
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
    public Map<AgentId, String> displayNames(Collection<AgentId> ids) {
        return agents.displayNames(ids);
    }

    private synchronized String unknownAgentHash() {
        if (unknownAgentHash == null) {
            unknownAgentHash = passwords.hash("no agent has this password " + AgentId.random());
        }
        return unknownAgentHash;
    }

    private static AgentView view(Agent agent) {
        return new AgentView(agent.id(), agent.email().value(), agent.displayName(), agent.role(), agent.locale());
    }
}
