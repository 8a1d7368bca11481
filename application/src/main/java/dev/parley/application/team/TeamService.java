package dev.parley.application.team;

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
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.EmailAddress;
import dev.parley.domain.team.Role;
import dev.parley.domain.team.SignInFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** Signs agents in and keeps the team. */
@ApplicationScoped
@Transactional
public class TeamService implements SignInUseCase, AgentQuery, CreateFirstAdminUseCase {

    private LoadAgentPort agents;
    private SaveAgentPort savedAgents;
    private PasswordHashingPort passwords;
    private Clock clock;
    private SignInThrottle throttle;
    private String unknownAgentHash;

    @Inject
    public TeamService(LoadAgentPort agents, SaveAgentPort savedAgents, PasswordHashingPort passwords, Clock clock,
            SignInPolicy policy) {
        this.agents = agents;
        this.savedAgents = savedAgents;
        this.passwords = passwords;
        this.clock = clock;
        this.throttle = new SignInThrottle(policy);
    }

    /** For CDI proxies only. */
    protected TeamService() {
    }

    @Override
    public AgentView signIn(SignInCommand command) {
        String attempt = command.email().strip().toLowerCase(Locale.ROOT) + " from " + command.client();
        throttle.check(attempt, clock.instant());
        Optional<Agent> agent;
        try {
            agent = agents.findByEmail(new EmailAddress(command.email()));
        } catch (InvalidValueException notAnEmail) {
            agent = Optional.empty();
        }
        // An unknown address costs as much time as a wrong password, so timing does not tell which accounts exist.
        String hash = agent.map(Agent::passwordHash).orElseGet(this::unknownAgentHash);
        boolean matches = passwords.matches(command.password(), hash);
        if (agent.isEmpty() || !matches) {
            throttle.failed(attempt, clock.instant());
            throw new SignInFailedException();
        }
        throttle.succeeded(attempt);
        return view(agent.get());
    }

    @Override
    public Optional<AgentView> find(AgentId id) {
        return agents.findById(id).map(TeamService::view);
    }

    @Override
    public boolean createIfTeamIsEmpty(CreateFirstAdminCommand command) {
        if (agents.count() > 0) {
            return false;
        }
        savedAgents.create(Agent.create(AgentId.random(), command.email(), command.name(), Role.ADMIN,
                passwords.hash(command.password()), clock.instant()));
        return true;
    }

    private synchronized String unknownAgentHash() {
        if (unknownAgentHash == null) {
            unknownAgentHash = passwords.hash("no agent has this password " + AgentId.random());
        }
        return unknownAgentHash;
    }

    private static AgentView view(Agent agent) {
        return new AgentView(agent.id(), agent.email().value(), agent.displayName(), agent.role());
    }
}
