package dev.parley.server.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.profile.port.out.StoreUsersPort;
import dev.parley.application.visitor.port.out.LoadVisitorPort;
import dev.parley.application.visitor.port.out.SaveVisitorPort;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.visitor.TokenHash;
import dev.parley.domain.visitor.Visitor;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Visitors as the database keeps them: found by the hash of their token, by the store's id, given new tokens. */
@OnArquillianServer
class VisitorPersistenceIT {

    @Inject
    LoadVisitorPort visitors;

    @Inject
    SaveVisitorPort saved;

    @Inject
    StoreUsersPort storeUsers;

    @Test
    void a_visitor_is_found_by_the_hash_of_their_token_until_it_is_replaced() {
        TokenHash first = Fixtures.tokenHash();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Visitor visitor = Visitor.anonymous(VisitorId.random(), first, now);
        Tx.run(() -> saved.create(visitor));

        Visitor found = Tx.call(() -> visitors.findByTokenHash(first)).orElseThrow();
        assertThat(found.id()).isEqualTo(visitor.id());
        assertThat(found.createdAt()).isEqualTo(now);
        assertThat(found.isIdentified()).isFalse();

        TokenHash second = Fixtures.tokenHash();
        Tx.run(() -> saved.replaceToken(visitor.withToken(second)));
        assertThat(Tx.call(() -> visitors.findByTokenHash(first)))
                .as("the old token")
                .isEmpty();
        assertThat(Tx.call(() -> visitors.findByTokenHash(second)))
                .map(Visitor::id)
                .contains(visitor.id());
    }

    @Test
    void a_store_user_is_found_by_the_stores_id() {
        String externalId = Fixtures.unique("customer");
        Visitor customer = Visitor.identified(VisitorId.random(), externalId, Fixtures.tokenHash(), Instant.now());
        Tx.run(() -> storeUsers.createStoreUser(customer));

        assertThat(Tx.call(() -> visitors.findByExternalId(externalId)))
                .map(Visitor::id)
                .contains(customer.id());
        assertThat(Tx.call(() -> storeUsers.findStoreUser(externalId)))
                .map(Visitor::id)
                .contains(customer.id());
        assertThat(Tx.call(() -> storeUsers.findVisitor(customer.id())))
                .map(Visitor::externalId)
                .contains(java.util.Optional.of(externalId));
        assertThat(Tx.call(() -> visitors.findByExternalId(Fixtures.unique("nobody"))))
                .isEmpty();
    }
}
