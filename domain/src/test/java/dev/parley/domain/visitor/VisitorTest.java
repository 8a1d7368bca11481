package dev.parley.domain.visitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.shared.VisitorId;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VisitorTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final SecureRandom random = new SecureRandom();

    @Test
    void an_anonymous_visitor_has_no_external_id() {
        Visitor visitor =
                Visitor.anonymous(VisitorId.random(), VisitorToken.issue(random).hash(), NOW);

        assertThat(visitor.isIdentified()).isFalse();
        assertThat(visitor.externalId()).isEmpty();
    }

    @Test
    void a_new_token_keeps_who_the_visitor_is() {
        Visitor visitor = Visitor.identified(
                VisitorId.random(), "user-42", VisitorToken.issue(random).hash(), NOW);
        TokenHash next = VisitorToken.issue(random).hash();

        Visitor reissued = visitor.withToken(next);

        assertThat(reissued.id()).isEqualTo(visitor.id());
        assertThat(reissued.externalId()).contains("user-42");
        assertThat(reissued.createdAt()).isEqualTo(NOW);
        assertThat(reissued.tokenHash()).isEqualTo(next).isNotEqualTo(visitor.tokenHash());
    }
}
