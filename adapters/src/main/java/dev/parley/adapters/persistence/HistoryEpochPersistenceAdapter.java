package dev.parley.adapters.persistence;

import dev.parley.application.conversation.port.out.LoadHistoryEpochPort;
import dev.parley.domain.conversation.HistoryEpoch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reads the history's epoch from its one row, made when the database was set up (migration V17); a driven adapter.
 * Read with SQL, past any JPA cache, so that an operator's rotation counts at once.
 */
@ApplicationScoped
class HistoryEpochPersistenceAdapter implements LoadHistoryEpochPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public HistoryEpoch current() {
        Object epoch = em.createNativeQuery("SELECT epoch FROM history_epoch WHERE id = 1")
                .getSingleResult();
        return new HistoryEpoch(String.valueOf(epoch).trim());
    }
}
