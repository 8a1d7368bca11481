package dev.parley.application.visitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.visitor.port.in.VisitorIdentity;
import dev.parley.application.visitor.port.out.LoadVisitorPort;
import dev.parley.domain.visitor.Visitor;
import dev.parley.domain.visitor.VisitorToken;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VisitorServiceTest {

    private final List<Visitor> visitors = new ArrayList<>();
    private final LoadVisitorPort load = hash -> visitors.stream().filter(v -> v.tokenHash().equals(hash)).findFirst();
    private final VisitorService service = new VisitorService(load, visitors::add,
            Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void a_visitor_without_a_token_gets_one_and_only_its_hash_is_kept() {
        VisitorIdentity identity = service.identify(Optional.empty());

        VisitorToken token = identity.issuedToken().orElseThrow();
        assertThat(visitors).singleElement().satisfies(visitor -> {
            assertThat(visitor.id()).isEqualTo(identity.visitor());
            assertThat(visitor.tokenHash()).isEqualTo(token.hash());
            assertThat(visitor.tokenHash().value()).doesNotContain(token.value());
        });
    }

    @Test
    void a_visitor_with_their_token_is_recognised_and_gets_no_new_token() {
        VisitorToken token = service.identify(Optional.empty()).issuedToken().orElseThrow();

        VisitorIdentity again = service.identify(Optional.of(new VisitorToken(token.value())));

        assertThat(again.visitor()).isEqualTo(visitors.get(0).id());
        assertThat(again.issuedToken()).isEmpty();
        assertThat(visitors).hasSize(1);
    }

    @Test
    void an_unknown_token_is_a_new_visitor_and_never_somebody_else() {
        VisitorIdentity first = service.identify(Optional.empty());

        VisitorIdentity stranger = service.identify(Optional.of(new VisitorToken("made-up")));

        assertThat(stranger.visitor()).isNotEqualTo(first.visitor());
        assertThat(stranger.issuedToken()).isPresent();
    }
}
