package dev.parley.application.visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.limits.Admissions;
import dev.parley.application.profile.InMemoryProfiles;
import dev.parley.application.settings.port.in.VisitorIdentityQuery;
import dev.parley.application.visitor.port.in.IdentifyVisitorCommand;
import dev.parley.application.visitor.port.in.StartVisitorSessionCommand;
import dev.parley.application.visitor.port.in.VisitorIdentity;
import dev.parley.application.visitor.port.in.VisitorSessionLimits;
import dev.parley.domain.profile.FirstVisit;
import dev.parley.domain.settings.IdentityVerification;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.visitor.IdentityRejectedException;
import dev.parley.domain.visitor.Visitor;
import dev.parley.domain.visitor.VisitorToken;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class VisitorServiceTest {

    private static final String SECRET = "s3cret-s3cret-s3cret-s3cret-s3cret-42";

    private final InMemoryVisitors visitors = new InMemoryVisitors();
    private IdentityVerification settings = IdentityVerification.none();
    private final VisitorIdentityQuery identity = new VisitorIdentityQuery() {
        @Override
        public boolean identityEnforced() {
            return settings.enforced();
        }

        @Override
        public boolean verifies(String userId, String userHash, Instant at) {
            return settings.verify(userId, userHash, at);
        }
    };
    private final InMemoryProfiles profiles = new InMemoryProfiles();
    private final VisitorService service = new VisitorService(
            visitors,
            visitors,
            identity,
            profiles,
            profiles,
            Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC),
            Admissions.unlimited(),
            new VisitorSessionLimits(RateLimit.perHour("visitor_sessions_per_address", 1)));

    @Test
    void a_visitor_without_a_token_gets_one_and_only_its_hash_is_kept() {
        VisitorIdentity identity = service.identify(Optional.empty(), "203.0.113.7");

        VisitorToken token = identity.issuedToken().orElseThrow();
        assertThat(visitors.all).singleElement().satisfies(visitor -> {
            assertThat(visitor.id()).isEqualTo(identity.visitor());
            assertThat(visitor.tokenHash()).isEqualTo(token.hash());
            assertThat(visitor.tokenHash().value()).doesNotContain(token.value());
            assertThat(visitor.isIdentified()).isFalse();
        });
    }

    @Test
    void every_new_visitor_gets_a_profile_and_the_first_locale_and_page_are_kept() {
        VisitorToken token = service.identify(new IdentifyVisitorCommand(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        new FirstVisit(Optional.of("pl-PL"), Optional.of("https://shop.example.com/a")),
                        "203.0.113.7"))
                .issuedToken()
                .orElseThrow();
        service.identify(new IdentifyVisitorCommand(
                Optional.of(token),
                Optional.empty(),
                Optional.empty(),
                new FirstVisit(Optional.of("en"), Optional.of("https://shop.example.com/b")),
                "203.0.113.7"));

        assertThat(profiles.stored.values()).singleElement().satisfies(profile -> {
            assertThat(profile.visitor()).isEqualTo(visitors.all.get(0).id());
            assertThat(profile.locale()).contains("pl-PL");
            assertThat(profile.firstPage()).contains("https://shop.example.com/a");
        });
    }

    @Test
    void a_refused_identity_records_no_first_visit() {
        withSecret(false);

        assertThatThrownBy(() -> service.identify(new IdentifyVisitorCommand(
                        Optional.empty(),
                        Optional.of("u-1"),
                        Optional.of(sign("u-2")),
                        new FirstVisit(Optional.of("pl"), Optional.empty()),
                        "203.0.113.7")))
                .isInstanceOf(IdentityRejectedException.class);
        assertThat(profiles.stored).isEmpty();
        assertThat(visitors.all).isEmpty();
    }

    @Test
    void a_visitor_with_their_token_is_recognised_and_gets_no_new_token() {
        VisitorToken token =
                service.identify(Optional.empty(), "203.0.113.7").issuedToken().orElseThrow();

        VisitorIdentity again = service.identify(Optional.of(new VisitorToken(token.value())), "203.0.113.7");

        assertThat(again.visitor()).isEqualTo(visitors.all.get(0).id());
        assertThat(again.issuedToken()).isEmpty();
        assertThat(visitors.all).hasSize(1);
    }

    @Test
    void an_unknown_token_is_a_new_visitor_and_never_somebody_else() {
        VisitorIdentity first = service.identify(Optional.empty(), "203.0.113.7");

        VisitorIdentity stranger = service.identify(Optional.of(new VisitorToken("made-up")), "203.0.113.7");

        assertThat(stranger.visitor()).isNotEqualTo(first.visitor());
        assertThat(stranger.issuedToken()).isPresent();
    }

    @Test
    void a_signed_user_id_is_the_store_user_on_every_device() {
        withSecret(false);

        VisitorIdentity laptop = service.identify(claim(Optional.empty(), "user-42", sign("user-42")));
        VisitorIdentity phone = service.identify(claim(Optional.empty(), "user-42", sign("user-42")));

        assertThat(phone.visitor()).isEqualTo(laptop.visitor());
        assertThat(laptop.issuedToken()).isEmpty();
        assertThat(visitors.all)
                .singleElement()
                .satisfies(visitor -> assertThat(visitor.externalId()).contains("user-42"));
    }

    @Test
    void a_signature_in_upper_case_hex_verifies_too() {
        withSecret(true);

        VisitorIdentity identity = service.identify(
                claim(Optional.empty(), "user-42", sign("user-42").toUpperCase(Locale.ROOT)));

        assertThat(visitors.findByExternalId("user-42")).map(Visitor::id).contains(identity.visitor());
    }

    @Test
    void a_signed_user_id_wins_over_an_anonymous_token_and_does_not_merge_it() {
        withSecret(false);
        VisitorIdentity anonymous = service.identify(Optional.empty(), "203.0.113.7");

        VisitorIdentity identified = service.identify(claim(anonymous.issuedToken(), "user-42", sign("user-42")));

        assertThat(identified.visitor()).isNotEqualTo(anonymous.visitor());
        assertThat(visitors.all).hasSize(2);
    }

    @Test
    void a_wrong_signature_is_refused_and_creates_nobody_whether_enforced_or_not() {
        for (boolean enforced : new boolean[] {false, true}) {
            withSecret(enforced);

            assertThatThrownBy(() -> service.identify(claim(Optional.empty(), "user-42", sign("user-43"))))
                    .isInstanceOf(IdentityRejectedException.class)
                    .hasFieldOrPropertyWithValue("code", "identity_rejected");
            assertThatThrownBy(() -> service.identify(claim(Optional.empty(), "user-42", "not-hex")))
                    .isInstanceOf(IdentityRejectedException.class);
        }
        assertThat(visitors.all).isEmpty();
    }

    @Test
    void a_wrong_signature_never_falls_back_to_the_token_held() {
        withSecret(false);
        VisitorToken token =
                service.identify(Optional.empty(), "203.0.113.7").issuedToken().orElseThrow();

        assertThatThrownBy(() -> service.identify(claim(Optional.of(token), "user-42", sign("someone-else"))))
                .isInstanceOf(IdentityRejectedException.class);
        assertThat(visitors.all).hasSize(1);
    }

    @Test
    void a_user_id_without_a_signature_is_refused_while_enforced() {
        withSecret(true);

        assertThatThrownBy(() -> service.identify(new IdentifyVisitorCommand(
                        Optional.empty(), Optional.of("user-42"), Optional.empty(), "203.0.113.7")))
                .isInstanceOf(IdentityRejectedException.class);
        assertThat(visitors.all).isEmpty();
    }

    @Test
    void a_user_id_without_a_signature_is_ignored_while_not_enforced() {
        withSecret(false);

        VisitorIdentity identity = service.identify(
                new IdentifyVisitorCommand(Optional.empty(), Optional.of("user-42"), Optional.empty(), "203.0.113.7"));

        assertThat(identity.issuedToken()).isPresent();
        assertThat(visitors.all)
                .singleElement()
                .satisfies(visitor -> assertThat(visitor.isIdentified()).isFalse());
    }

    @Test
    void anonymous_visitors_are_welcome_while_enforced() {
        withSecret(true);

        assertThat(service.identify(Optional.empty(), "203.0.113.7").issuedToken())
                .isPresent();
    }

    @Test
    void without_a_secret_no_signature_verifies() {
        assertThatThrownBy(() -> service.identify(claim(Optional.empty(), "user-42", sign("user-42"))))
                .isInstanceOf(IdentityRejectedException.class);
        assertThat(visitors.all).isEmpty();
    }

    @Test
    void a_signature_without_a_user_id_is_refused() {
        withSecret(false);

        assertThatThrownBy(() -> service.identify(new IdentifyVisitorCommand(
                        Optional.empty(), Optional.empty(), Optional.of(sign("user-42")), "203.0.113.7")))
                .isInstanceOf(IdentityRejectedException.class);
    }

    @Test
    void a_blank_or_overlong_user_id_is_refused_as_an_identity() {
        withSecret(false);
        String overlong = "u".repeat(IdentityVerification.MAX_USER_ID_LENGTH + 1);

        assertThatThrownBy(() -> service.identify(claim(Optional.empty(), " ", sign(" "))))
                .isInstanceOf(IdentityRejectedException.class);
        assertThatThrownBy(() -> service.identify(claim(Optional.empty(), overlong, sign(overlong))))
                .isInstanceOf(IdentityRejectedException.class);
        assertThat(visitors.all).isEmpty();
    }

    @Test
    void a_session_without_identity_is_a_new_anonymous_visitor_with_a_token() {
        VisitorIdentity session =
                service.startSession(new StartVisitorSessionCommand(Optional.empty(), Optional.empty(), "203.0.113.7"));

        assertThat(service.visitorHolding(session.issuedToken().orElseThrow())).contains(session.visitor());
    }

    @Test
    void a_session_of_a_store_user_issues_a_new_token_which_replaces_the_previous_one() {
        withSecret(true);
        VisitorIdentity connected = service.identify(claim(Optional.empty(), "user-42", sign("user-42")));
        StartVisitorSessionCommand signed =
                new StartVisitorSessionCommand(Optional.of("user-42"), Optional.of(sign("user-42")), "203.0.113.7");

        VisitorIdentity first = service.startSession(signed);
        VisitorIdentity second = service.startSession(signed);

        assertThat(first.visitor()).isEqualTo(connected.visitor());
        assertThat(second.visitor()).isEqualTo(connected.visitor());
        assertThat(service.visitorHolding(first.issuedToken().orElseThrow())).isEmpty();
        assertThat(service.visitorHolding(second.issuedToken().orElseThrow())).contains(connected.visitor());
        assertThat(visitors.all).hasSize(1);
    }

    @Test
    void a_session_with_a_forged_identity_is_refused() {
        withSecret(false);

        assertThatThrownBy(() -> service.startSession(new StartVisitorSessionCommand(
                        Optional.of("user-42"), Optional.of(sign("user-1")), "203.0.113.7")))
                .isInstanceOf(IdentityRejectedException.class);
        assertThat(visitors.all).isEmpty();
    }

    @Test
    void an_unknown_token_holds_nobody() {
        assertThat(service.visitorHolding(new VisitorToken("made-up"))).isEmpty();
    }

    private void withSecret(boolean enforced) {
        settings = IdentityVerification.none().withSecret(SECRET).withEnforced(enforced);
    }

    private static IdentifyVisitorCommand claim(Optional<VisitorToken> token, String userId, String userHash) {
        return new IdentifyVisitorCommand(token, Optional.of(userId), Optional.of(userHash), "203.0.113.7");
    }

    private static String sign(String userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(userId.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
