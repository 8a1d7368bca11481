package dev.parley.application.visitor;

import dev.parley.application.profile.port.out.StoreUsersPort;
import dev.parley.application.visitor.port.out.LoadVisitorPort;
import dev.parley.application.visitor.port.out.SaveVisitorPort;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.visitor.TokenHash;
import dev.parley.domain.visitor.Visitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Visitors in a list, for tests. */
public final class InMemoryVisitors implements LoadVisitorPort, SaveVisitorPort, StoreUsersPort {

    public final List<Visitor> all = new ArrayList<>();

    @Override
    public Optional<Visitor> findByTokenHash(TokenHash hash) {
        return all.stream().filter(visitor -> visitor.tokenHash().equals(hash)).findFirst();
    }

    @Override
    public Optional<Visitor> findByExternalId(String externalId) {
        return all.stream()
                .filter(visitor -> visitor.externalId().equals(Optional.of(externalId)))
                .findFirst();
    }

    @Override
    public Optional<Visitor> findById(VisitorId id) {
        return all.stream().filter(visitor -> visitor.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Visitor> findStoreUser(String externalId) {
        return findByExternalId(externalId);
    }

    @Override
    public Optional<Visitor> findVisitor(VisitorId id) {
        return findById(id);
    }

    @Override
    public void createStoreUser(Visitor visitor) {
        create(visitor);
    }

    @Override
    public void create(Visitor visitor) {
        if (visitor.externalId().flatMap(this::findByExternalId).isPresent()) {
            throw new IllegalStateException("external id taken");
        }
        all.add(visitor);
    }

    @Override
    public void replaceToken(Visitor visitor) {
        all.replaceAll(stored -> stored.id().equals(visitor.id()) ? visitor : stored);
    }
}
