package dev.parley.adapters.persistence;

import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.application.team.port.out.LoadTeamPort;
import dev.parley.application.team.port.out.SaveAgentPort;
import dev.parley.application.team.port.out.UpdateAgentPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.AgentNotFoundException;
import dev.parley.domain.team.AgentStatus;
import dev.parley.domain.team.EmailAddress;
import dev.parley.domain.team.EmailTakenException;
import dev.parley.domain.team.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Stores team members through JPA (a driven adapter). */
@ApplicationScoped
class AgentPersistenceAdapter implements LoadAgentPort, SaveAgentPort, LoadTeamPort, UpdateAgentPort {

    /** The SQL state class of integrity constraint violations, the same on H2 and PostgreSQL. */
    private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<Agent> findById(AgentId id) {
        return Optional.ofNullable(em.find(AgentJpaEntity.class, id.toString())).map(AgentJpaEntity::toDomain);
    }

    @Override
    public Optional<Agent> findByEmail(EmailAddress email) {
        return em.createQuery("SELECT a FROM Agent a WHERE a.email = :email", AgentJpaEntity.class)
                .setParameter("email", email.value())
                .getResultStream()
                .findFirst()
                .map(AgentJpaEntity::toDomain);
    }

    @Override
    public Map<AgentId, String> displayNames(Collection<AgentId> ids) {
        if (ids.isEmpty()) {
            // No query: PostgreSQL refuses an empty IN list (a transcript of a chat no agent answered asks for none).
            return Map.of();
        }
        return em.createQuery("SELECT a FROM Agent a WHERE a.id IN :ids", AgentJpaEntity.class)
                .setParameter("ids", ids.stream().map(AgentId::toString).toList())
                .getResultStream()
                .collect(Collectors.toMap(agent -> AgentId.of(agent.id), agent -> agent.displayName));
    }

    /** One query for up to {@link IdLists#MOST} agents. */
    @Override
    public Map<AgentId, AgentStatus> statuses(Collection<AgentId> ids) {
        Map<AgentId, AgentStatus> found = new HashMap<>();
        for (List<String> named : IdLists.of(ids)) {
            em.createQuery("SELECT a.id, a.status FROM Agent a WHERE a.id IN :ids", Object[].class)
                    .setParameter("ids", named)
                    .getResultStream()
                    .forEach(row -> found.put(AgentId.of((String) row[0]), AgentStatus.valueOf((String) row[1])));
        }
        return found;
    }

    /**
     * Locks the store's one settings row first, the same on H2 and PostgreSQL (as adding knowledge does), so that two
     * nodes starting at once with an empty team count and add the first admin one after the other.
     */
    @Override
    public long countForAdding() {
        StoreSettingsJpaEntity.row(em, StoreSettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE);
        return em.createQuery("SELECT COUNT(a) FROM Agent a", Long.class).getSingleResult();
    }

    @Override
    public List<Agent> loadTeam() {
        return em.createQuery("SELECT a FROM Agent a", AgentJpaEntity.class)
                .getResultStream()
                .map(AgentJpaEntity::toDomain)
                .toList();
    }

    @Override
    public List<AgentId> lockActiveAdmins() {
        return em.createQuery(
                        "SELECT a FROM Agent a WHERE a.role = :role AND a.deactivated = FALSE", AgentJpaEntity.class)
                .setParameter("role", Role.ADMIN.name())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .map(agent -> AgentId.of(agent.id))
                .toList();
    }

    @Override
    public void create(Agent agent) {
        em.persist(AgentJpaEntity.from(agent));
        try {
            // Flushed here so that an address taken by a simultaneous addition is told as such, not as a failure.
            em.flush();
        } catch (PersistenceException failed) {
            if (violatesAConstraint(failed)) {
                throw new EmailTakenException(agent.email());
            }
            throw failed;
        }
    }

    @Override
    public void update(Agent agent) {
        AgentJpaEntity entity = em.find(AgentJpaEntity.class, agent.id().toString());
        if (entity == null) {
            throw new AgentNotFoundException(agent.id());
        }
        entity.copyStateOf(agent);
    }

    private static boolean violatesAConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_VIOLATION)) {
                return true;
            }
        }
        return false;
    }
}
