package dev.parley.adapters.persistence;

import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.application.team.port.out.SaveAgentPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Stores team members through JPA (a driven adapter). */
@ApplicationScoped
class AgentPersistenceAdapter implements LoadAgentPort, SaveAgentPort {

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
                .getResultStream().findFirst().map(AgentJpaEntity::toDomain);
    }

    @Override
    public Map<AgentId, String> displayNames(Collection<AgentId> ids) {
        return em.createQuery("SELECT a FROM Agent a WHERE a.id IN :ids", AgentJpaEntity.class)
                .setParameter("ids", ids.stream().map(AgentId::toString).toList())
                .getResultStream()
                .collect(Collectors.toMap(agent -> AgentId.of(agent.id), agent -> agent.displayName));
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Agent a", Long.class).getSingleResult();
    }

    @Override
    public void create(Agent agent) {
        em.persist(AgentJpaEntity.from(agent));
    }
}
