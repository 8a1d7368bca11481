package dev.parley.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/**
 * The revision of the store's knowledge, a column of the store's settings row: every stored change of an FAQ or a
 * knowledge article adds one to it in the change's transaction, so that the assistant learns whether the knowledge
 * changed by reading one number.
 */
@Entity(name = "KnowledgeRevision")
@Table(name = "store_settings")
class KnowledgeRevisionJpaEntity {

    @Id
    @Column(name = "id")
    int id;

    @Column(name = "knowledge_revision", nullable = false)
    long revision;

    /** Adds one to the revision, under the store's settings row's lock (held until the transaction ends). */
    static void advance(EntityManager em) {
        StoreSettingsJpaEntity.row(em, KnowledgeRevisionJpaEntity.class, LockModeType.PESSIMISTIC_WRITE).revision++;
    }

    /** The revision as last committed. */
    static long current(EntityManager em) {
        return StoreSettingsJpaEntity.row(em, KnowledgeRevisionJpaEntity.class, LockModeType.NONE).revision;
    }
}
