package dev.parley.adapters.persistence;

import dev.parley.application.apikey.port.out.LoadApiKeysPort;
import dev.parley.application.apikey.port.out.SaveApiKeyPort;
import dev.parley.domain.apikey.ApiKey;
import dev.parley.domain.apikey.ApiKeyHash;
import dev.parley.domain.apikey.ApiKeyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stores API keys through JPA (a driven adapter). */
@ApplicationScoped
class ApiKeyPersistenceAdapter implements LoadApiKeysPort, SaveApiKeyPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<ApiKey> findByHash(ApiKeyHash hash) {
        return em.createQuery("SELECT k FROM ApiKey k WHERE k.secretHash = :hash", ApiKeyJpaEntity.class)
                .setParameter("hash", hash.value())
                .getResultStream()
                .findFirst()
                .map(ApiKeyJpaEntity::toDomain);
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return Optional.ofNullable(em.find(ApiKeyJpaEntity.class, id.toString()))
                .map(ApiKeyJpaEntity::toDomain);
    }

    @Override
    public List<ApiKey> all() {
        return em.createQuery("SELECT k FROM ApiKey k ORDER BY k.createdAt DESC, k.id DESC", ApiKeyJpaEntity.class)
                .getResultStream()
                .map(ApiKeyJpaEntity::toDomain)
                .toList();
    }

    @Override
    public void create(ApiKey key) {
        em.persist(ApiKeyJpaEntity.from(key));
    }

    @Override
    public void update(ApiKey key) {
        ApiKeyJpaEntity stored = em.find(ApiKeyJpaEntity.class, key.id().toString());
        if (stored == null) {
            throw new IllegalStateException("No API key " + key.id() + " to update");
        }
        stored.copyStateOf(key);
    }
}
