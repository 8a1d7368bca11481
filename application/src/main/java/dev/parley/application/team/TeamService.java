package dev.parley.application.team;

import dev.parley.application.team.port.in.AddTeamMemberCommand;
import dev.parley.application.team.port.in.AddTeamMemberUseCase;
import dev.parley.application.team.port.in.AdminChangeAudit;
import dev.parley.application.team.port.in.AuditActor;
import dev.parley.application.team.port.in.ChangeRoleCommand;
import dev.parley.application.team.port.in.ChangeRoleUseCase;
import dev.parley.application.team.port.in.ListTeamQuery;
import dev.parley.application.team.port.in.RemoveTeamMemberUseCase;
import dev.parley.application.team.port.in.RoleChanged;
import dev.parley.application.team.port.in.TeamMember;
import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.application.team.port.out.LoadTeamPort;
import dev.parley.application.team.port.out.PasswordHashingPort;
import dev.parley.application.team.port.out.SaveAgentPort;
import dev.parley.application.team.port.out.UpdateAgentPort;
import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.audit.AuditEntry;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.AgentNotFoundException;
import dev.parley.domain.team.EmailTakenException;
import dev.parley.domain.team.Role;
import dev.parley.domain.team.SessionEnd;
import dev.parley.domain.team.SessionToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the team: who is in it and with which role. Every change of the team is recorded in the audit log with it; a
 * removed member's sessions and live connections end as soon as the removal is committed, and a member whose role
 * changes signs in again (the admin who changes their own role goes on in a rotated session).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class TeamService implements ListTeamQuery, AddTeamMemberUseCase, ChangeRoleUseCase, RemoveTeamMemberUseCase {

    private static final Comparator<TeamMember> BY_NAME = Comparator.comparing(
                    TeamMember::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(TeamMember::email);

    private LoadAgentPort agents;
    private SaveAgentPort savedAgents;
    private PasswordHashingPort passwords;
    private Clock clock;
    private LoadTeamPort team;
    private UpdateAgentPort updatedAgents;
    private AgentSessionService sessions;
    private AdminChangeAudit audit;

    @Inject
    public TeamService(
            LoadAgentPort agents,
            SaveAgentPort savedAgents,
            PasswordHashingPort passwords,
            Clock clock,
            LoadTeamPort team,
            UpdateAgentPort updatedAgents,
            AgentSessionService sessions,
            AdminChangeAudit audit) {
        this.agents = agents;
        this.savedAgents = savedAgents;
        this.passwords = passwords;
        this.clock = clock;
        this.team = team;
        this.updatedAgents = updatedAgents;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** For CDI proxies only. */
    protected TeamService() {}

    @Override
    public List<TeamMember> listTeam(boolean includingDeactivated) {
        return team.loadTeam().stream()
                .filter(agent -> includingDeactivated || agent.isActive())
                .map(TeamService::member)
                .sorted(BY_NAME)
                .toList();
    }

    @Override
    public Optional<TeamMember> member(AgentId id) {
        return agents.findById(id).map(TeamService::member);
    }

    @Override
    public TeamMember addTeamMember(AgentId actor, AddTeamMemberCommand command) {
        AuditActor admin = audit.requireAdmin(actor);
        if (agents.findByEmail(command.email()).isPresent()) {
            throw new EmailTakenException(command.email());
        }
        Agent agent = Agent.create(
                AgentId.random(),
                command.email(),
                command.name(),
                command.role(),
                passwords.hash(command.password()),
                clock.instant());
        savedAgents.create(agent);
        Map<String, Object> summary = about(agent);
        summary.put("email", agent.email().value());
        summary.put("role", lower(agent.role()));
        audit.record(admin, AuditAction.TEAM_MEMBER_ADDED, summary);
        return member(agent);
    }

    @Override
    public RoleChanged changeRole(AgentId actor, SessionToken actorSession, ChangeRoleCommand command) {
        List<AgentId> activeAdmins = team.lockActiveAdmins();
        AuditActor admin = audit.requireAdmin(actor);
        Agent agent = activeAgent(command.member());
        Role before = agent.role();
        agent.changeRole(command.role(), activeAdmins.size());
        updatedAgents.update(agent);
        if (before != agent.role()) {
            Map<String, Object> summary = about(agent);
            summary.put("role", AuditEntry.change(lower(before), lower(agent.role())));
            audit.record(admin, AuditAction.TEAM_ROLE_CHANGED, summary);
            Optional<SessionToken> own = actor.equals(agent.id()) ? Optional.of(actorSession) : Optional.empty();
            return new RoleChanged(
                    member(agent), sessions.endOthersAndRotate(agent.id(), own, SessionEnd.ROLE_CHANGED));
        }
        return new RoleChanged(member(agent), Optional.empty());
    }

    @Override
    public void removeTeamMember(AgentId actor, AgentId member) {
        List<AgentId> activeAdmins = team.lockActiveAdmins();
        AuditActor admin = audit.requireAdmin(actor);
        Agent agent = activeAgent(member);
        agent.deactivate(actor, activeAdmins.size());
        updatedAgents.update(agent);
        Map<String, Object> summary = about(agent);
        summary.put("role", lower(agent.role()));
        audit.record(admin, AuditAction.TEAM_MEMBER_REMOVED, summary);
        sessions.endAll(member, SessionEnd.REMOVED);
    }

    /** What the audit log says about a member of the team: who they are. No password ever. */
    static Map<String, Object> about(Agent member) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("member", member.id().toString());
        summary.put("name", member.displayName());
        return summary;
    }

    private static String lower(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    private Agent activeAgent(AgentId id) {
        return agents.findById(id).filter(Agent::isActive).orElseThrow(() -> new AgentNotFoundException(id));
    }

    private static TeamMember member(Agent agent) {
        return new TeamMember(
                agent.id(),
                agent.email().value(),
                agent.displayName(),
                agent.role(),
                agent.createdAt(),
                agent.isDeactivated(),
                agent.status());
    }
}
