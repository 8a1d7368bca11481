package dev.parley.application.visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.MovableClock;
import dev.parley.application.limits.Admissions;
import dev.parley.application.profile.InMemoryProfiles;
import dev.parley.application.settings.port.in.VisitorIdentityQuery;
import dev.parley.application.visitor.port.in.IdentifyVisitorCommand;
import dev.parley.application.visitor.port.in.StartVisitorSessionCommand;
import dev.parley.application.visitor.port.in.VisitorIdentity;
import dev.parley.application.visitor.port.in.VisitorSessionLimits;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.shared.RateLimitedException;
import dev.parley.domain.visitor.VisitorToken;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * New anonymous visitors per client address (here 3 an hour), at the edge: the REST session and the token-less
 * {@code hello} draw on the same allowance; the refused one creates nobody; the allowance comes back as the hour
 * passes; known visitors and visitors the store signs for are never counted.
 */
class VisitorSessionLimitsTest {

    private static final String ADDRESS = "203.0.113.7";

    private final InMemoryVisitors visitors = new InMemoryVisitors();
    private final InMemoryProfiles profiles = new InMemoryProfiles();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private boolean signedIdentities;
    private final VisitorService service = new VisitorService(
            visitors,
            visitors,
            new VisitorIdentityQuery() {
                @Override
                public boolean identityEnforced() {
                    return false;
                }

                @Override
                public boolean verifies(String userId, String userHash, Instant at) {
                    return signedIdentities && userHash.equals("signed:" + userId);
                }
            },
            profiles,
            profiles,
            clock,
            Admissions.counting(clock),
            new VisitorSessionLimits(RateLimit.perHour("visitor_sessions_per_address", 3)));

    @Test
    void sessions_and_token_less_hellos_share_the_allowance_and_the_next_one_creates_nobody() {
        session(ADDRESS);
        service.identify(Optional.empty(), ADDRESS);
        service.identify(Optional.of(new VisitorToken("not-one-parley-issued")), ADDRESS);
        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> session(ADDRESS))
                .isInstanceOf(RateLimitedException.class)
                .hasFieldOrPropertyWithValue("code", "rate_limited")
                .hasFieldOrPropertyWithValue("limit", "visitor_sessions_per_address")
                // One new visitor comes back every 20 minutes; 5 have passed.
                .satisfies(refused -> assertThat(((RateLimitedException) refused).retryAfter())
                        .isEqualTo(Duration.ofMinutes(15)));
        assertThatThrownBy(() -> service.identify(Optional.empty(), ADDRESS)).isInstanceOf(RateLimitedException.class);

        assertThat(visitors.all).hasSize(3);
    }

    @Test
    void the_allowance_comes_back_as_the_window_passes() {
        for (int i = 0; i < 3; i++) {
            session(ADDRESS);
        }
        clock.advance(Duration.ofMinutes(19));
        assertThatThrownBy(() -> session(ADDRESS)).isInstanceOf(RateLimitedException.class);

        clock.advance(Duration.ofMinutes(1));
        session(ADDRESS);

        assertThat(visitors.all).hasSize(4);
        assertThatThrownBy(() -> session(ADDRESS)).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void other_addresses_have_their_own_allowance() {
        for (int i = 0; i < 3; i++) {
            session(ADDRESS);
        }

        session("198.51.100.20");

        assertThat(visitors.all).hasSize(4);
    }

    @Test
    void a_visitor_holding_a_known_token_is_never_counted() {
        VisitorToken held =
                service.identify(Optional.empty(), ADDRESS).issuedToken().orElseThrow();
        session(ADDRESS);
        session(ADDRESS);

        for (int i = 0; i < 10; i++) {
            assertThat(service.identify(Optional.of(held), ADDRESS).issuedToken())
                    .isEmpty();
        }

        assertThat(visitors.all).hasSize(3);
    }

    @Test
    void visitors_the_store_signs_for_are_not_counted_per_address() {
        signedIdentities = true;
        for (int i = 0; i < 3; i++) {
            session(ADDRESS);
        }

        for (int i = 0; i < 5; i++) {
            String user = "user-" + i;
            service.startSession(
                    new StartVisitorSessionCommand(Optional.of(user), Optional.of("signed:" + user), ADDRESS));
            service.identify(new IdentifyVisitorCommand(
                    Optional.empty(), Optional.of(user), Optional.of("signed:" + user), ADDRESS));
        }

        assertThat(visitors.all).hasSize(3 + 5);
    }

    private VisitorIdentity session(String address) {
        return service.startSession(new StartVisitorSessionCommand(Optional.empty(), Optional.empty(), address));
    }
}
