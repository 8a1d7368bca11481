package dev.parley.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/**
 * The single row of the store's settings, as a whole: only what every section shares, its id, so that a settings
 * change or a macro addition can lock it. Each settings section maps its own columns of this row in its own entity
 * ({@link ChatSettingsJpaEntity}, {@link DesignSettingsJpaEntity}, ...), and its lists in tables of their own.
 */
@Entity(name = "StoreSettings")
@Table(name = "store_settings")
class StoreSettingsJpaEntity {

    /** There is one store per installation, so one row, with id 1. */
    static final int THE_STORE = 1;

    @Id
    @Column(name = "id")
    int id;

    /**
     * The store's row as the given section's entity, locked as asked.
     *
     * @throws IllegalStateException when the row is missing, because the database migrations did not run
     */
    static <T> T row(EntityManager em, Class<T> section, LockModeType lock) {
        T row = em.find(section, THE_STORE, lock);
        if (row == null) {
            throw new IllegalStateException("The store's settings row is missing; the database migrations did not run");
        }
        return row;
    }
}
