package dev.parley.domain.visitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.shared.VisitorId;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VisitorTokenTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void issues_distinct_tokens_of_256_bits() {
        VisitorToken one = VisitorToken.issue(random);
        VisitorToken two = VisitorToken.issue(random);

        assertThat(one).isNotEqualTo(two);
        assertThat(one.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void hashes_the_same_token_alike_and_different_tokens_differently() {
        VisitorToken token = VisitorToken.issue(random);

        assertThat(token.hash()).isEqualTo(new VisitorToken(token.value()).hash());
        assertThat(token.hash()).isNotEqualTo(VisitorToken.issue(random).hash());
        assertThat(token.hash().value()).doesNotContain(token.value());
    }

    @Test
    void never_prints_the_secret() {
        VisitorToken token = VisitorToken.issue(random);

        assertThat(token.toString()).doesNotContain(token.value());
    }

    @Test
    void an_anonymous_visitor_has_a_short_code_from_the_id() {
        Visitor visitor = Visitor.anonymous(
                VisitorId.of("5f2a0c1d-0000-4000-8000-000000000000"),
                VisitorToken.issue(random).hash(),
                Instant.EPOCH);

        assertThat(visitor.id().code()).isEqualTo("5F2A");
    }
}
