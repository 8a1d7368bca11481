package dev.parley.application.sms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.profile.InMemoryProfiles;
import dev.parley.application.profile.SmsCustomerService;
import dev.parley.application.visitor.InMemoryVisitors;
import dev.parley.domain.profile.ContactDetails;
import dev.parley.domain.profile.Profile;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.shared.VisitorId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who is texting: the customer whose profile has the number however it was written, or a new one. */
class SmsCustomerServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final PhoneNumber ANNA = new PhoneNumber("+48600100200");

    private final InMemoryProfiles profiles = new InMemoryProfiles();
    private final InMemoryVisitors visitors = new InMemoryVisitors();
    private final SmsCustomerService service =
            new SmsCustomerService(profiles, profiles, visitors, Clock.fixed(NOW, ZoneOffset.UTC));

    private VisitorId profileWithPhone(String written, Instant updatedAt) {
        VisitorId visitor = VisitorId.random();
        Profile profile = Profile.blank(ProfileId.random(), visitor, updatedAt.minusSeconds(60));
        profile.update(
                new ContactDetails(Optional.of("Anna Nowak"), Optional.empty(), Optional.of(written), Optional.empty()),
                profile.properties(),
                updatedAt);
        profiles.create(profile);
        return visitor;
    }

    @Test
    void a_profile_with_the_number_written_as_people_write_it_is_the_customer() {
        VisitorId anna = profileWithPhone("+48 600-100-200", NOW.minusSeconds(3600));

        assertThat(service.customerWithPhone(ANNA)).isEqualTo(anna);
        assertThat(visitors.all).as("no new visitor").isEmpty();
        assertThat(profiles.stored).hasSize(1);
    }

    @Test
    void a_number_written_with_00_for_the_plus_is_the_same_number() {
        VisitorId anna = profileWithPhone("0048 (600) 100 200", NOW.minusSeconds(3600));

        assertThat(service.customerWithPhone(ANNA)).isEqualTo(anna);
    }

    @Test
    void of_several_profiles_with_the_number_the_most_recently_updated_is_the_customer() {
        profileWithPhone("+48600100200", NOW.minusSeconds(7200));
        VisitorId recent = profileWithPhone("+48 600 100 200", NOW.minusSeconds(60));

        assertThat(service.customerWithPhone(ANNA)).isEqualTo(recent);
    }

    @Test
    void a_number_nobody_has_gets_a_new_visitor_with_a_profile_holding_only_the_number() {
        profileWithPhone("+48 600 100 300", NOW.minusSeconds(3600));

        VisitorId customer = service.customerWithPhone(ANNA);

        assertThat(visitors.all).singleElement().satisfies(visitor -> {
            assertThat(visitor.id()).isEqualTo(customer);
            assertThat(visitor.isIdentified()).isFalse();
            assertThat(visitor.createdAt()).isEqualTo(NOW);
        });
        assertThat(profiles.findByVisitor(customer)).hasValueSatisfying(profile -> {
            assertThat(profile.contact())
                    .isEqualTo(new ContactDetails(
                            Optional.empty(), Optional.empty(), Optional.of("+48600100200"), Optional.empty()));
            assertThat(profile.updatedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void the_new_customer_is_found_by_the_number_the_next_time() {
        VisitorId first = service.customerWithPhone(ANNA);

        VisitorId again = service.customerWithPhone(PhoneNumber.parse("+48 600 100 200"));

        assertThat(again).isEqualTo(first);
        assertThat(visitors.all).hasSize(1);
        assertThat(profiles.stored).hasSize(1);
    }
}
