package dev.parley.application.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.limits.Admissions;
import dev.parley.application.profile.port.in.ContactLimits;
import dev.parley.application.profile.port.in.GiveEmailCommand;
import dev.parley.application.profile.port.in.VisitorContact;
import dev.parley.domain.profile.ContactDetails;
import dev.parley.domain.profile.Profile;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.profile.ProfileProperties;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.shared.RateLimitedException;
import dev.parley.domain.shared.VisitorId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VisitorContactServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final VisitorId VISITOR = VisitorId.random();

    private final InMemoryProfiles profiles = new InMemoryProfiles();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final VisitorContactService service = new VisitorContactService(
            profiles,
            profiles,
            profiles,
            Admissions.counting(clock),
            new ContactLimits(
                    RateLimit.parse("contacts_per_visitor", "5/1h"), RateLimit.parse("contacts_per_address", "5/1h")),
            clock);

    @Test
    void the_address_a_visitor_gives_is_kept_on_their_profile_apart_from_the_store_s() {
        VisitorContact contact = service.giveEmail(new GiveEmailCommand(VISITOR, "10.0.0.1", "  anna@example.com "));

        assertThat(contact.emailKnown()).isTrue();
        assertThat(contact.storeEmail()).isFalse();
        assertThat(contact.visitorEmail()).contains("anna@example.com");
        Profile stored = profiles.findByVisitor(VISITOR).orElseThrow();
        assertThat(stored.visitorEmail()).contains("anna@example.com");
        assertThat(stored.contact().email()).isEmpty();
        assertThat(stored.replyAddress()).contains("anna@example.com");
        assertThat(profiles.published).hasSize(1);
        assertThat(service.contactOf(VISITOR).emailKnown()).isTrue();
    }

    @Test
    void the_same_address_again_tells_nobody() {
        service.giveEmail(new GiveEmailCommand(VISITOR, "10.0.0.1", "anna@example.com"));
        service.giveEmail(new GiveEmailCommand(VISITOR, "10.0.0.1", "anna@example.com"));

        assertThat(profiles.published).hasSize(1);
    }

    @Test
    void a_store_s_address_is_never_overwritten_and_comes_first() {
        Profile known = Profile.blank(ProfileId.random(), VISITOR, NOW);
        known.update(
                new ContactDetails(
                        Optional.empty(), Optional.of("ada@store.example"), Optional.empty(), Optional.empty()),
                ProfileProperties.none(),
                NOW);
        profiles.create(known);
        assertThat(service.contactOf(VISITOR).emailKnown()).isTrue();

        VisitorContact contact = service.giveEmail(new GiveEmailCommand(VISITOR, "10.0.0.1", "other@example.com"));

        assertThat(contact.storeEmail()).isTrue();
        Profile stored = profiles.findByVisitor(VISITOR).orElseThrow();
        assertThat(stored.contact().email()).contains("ada@store.example");
        assertThat(stored.replyAddress()).contains("ada@store.example");
        // The store's next update replaces its view, and leaves the visitor's address alone.
        stored.update(ContactDetails.none(), ProfileProperties.none(), NOW);
        assertThat(stored.replyAddress()).contains("other@example.com");
    }

    @Test
    void a_bad_address_is_refused_and_changes_nothing() {
        service.giveEmail(new GiveEmailCommand(VISITOR, "10.0.0.1", "anna@example.com"));

        for (String bad : new String[] {"anna.example.com", "   ", "a b@example.com", "x".repeat(250) + "@e.pl"}) {
            assertThatThrownBy(() -> service.giveEmail(new GiveEmailCommand(VISITOR, "10.0.0.2", bad)))
                    .isInstanceOf(InvalidValueException.class)
                    .extracting("code")
                    .isEqualTo("invalid_email");
        }
        assertThat(profiles.findByVisitor(VISITOR).orElseThrow().visitorEmail()).contains("anna@example.com");
        assertThat(profiles.published).hasSize(1);
    }

    @Test
    void a_visitor_over_the_limit_is_refused_and_nothing_is_stored() {
        for (int i = 0; i < 5; i++) {
            service.giveEmail(new GiveEmailCommand(VISITOR, "10.0.0.1", "anna" + i + "@example.com"));
        }

        assertThatThrownBy(() -> service.giveEmail(new GiveEmailCommand(VISITOR, "10.0.0.1", "late@example.com")))
                .isInstanceOf(RateLimitedException.class);
        assertThat(profiles.findByVisitor(VISITOR).orElseThrow().visitorEmail()).contains("anna4@example.com");
    }

    @Test
    void one_client_address_over_its_limit_is_refused_for_every_visitor_behind_it() {
        for (int i = 0; i < 5; i++) {
            service.giveEmail(new GiveEmailCommand(VisitorId.random(), "10.0.0.9", "v" + i + "@example.com"));
        }

        VisitorId sixth = VisitorId.random();
        assertThatThrownBy(() -> service.giveEmail(new GiveEmailCommand(sixth, "10.0.0.9", "v6@example.com")))
                .isInstanceOf(RateLimitedException.class);
        assertThat(profiles.findByVisitor(sixth)).isEmpty();
    }
}
