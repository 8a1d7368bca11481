package dev.parley.adapters.persistence;

import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;

/**
 * Makes a number's row in a transaction of its own, so that the first two requests of a new number (a provider's retry
 * beside the first one) both find a row to lock: the second insert waits for the first and fails on the key, and its
 * caller then locks the row the first one made.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = DomainException.class)
class SmsContactRows {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    /** Stores the number's row unless it exists; fails when another transaction stored it meanwhile. */
    public void insertIfAbsent(String phone, LocalDateTime at) {
        if (em.find(SmsContactJpaEntity.class, phone) != null) {
            return;
        }
        SmsContactJpaEntity row = new SmsContactJpaEntity();
        row.phone = phone;
        row.optedOut = false;
        row.changedAt = at;
        em.persist(row);
        em.flush();
    }
}
