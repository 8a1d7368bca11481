package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.port.in.VisitorWritingLimits;
import dev.parley.domain.shared.RateLimit;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LimitsConfigurationTest {

    private final LimitsConfiguration configuration = new LimitsConfiguration();

    @Test
    void the_defaults_read_as_documented() {
        VisitorWritingLimits limits =
                configuration.visitorWritingLimits("10/1h", "30/1h", Optional.empty(), Optional.empty(), "120/1m");

        assertThat(configuration.visitorSessionLimits("20/1h").newVisitorsPerAddress())
                .isEqualTo(new RateLimit("visitor_sessions_per_address", 20, Duration.ofHours(1)));
        assertThat(limits.conversationsPerVisitor())
                .isEqualTo(new RateLimit("conversations_per_visitor", 10, Duration.ofHours(1)));
        assertThat(limits.conversationsPerAddress())
                .isEqualTo(new RateLimit("conversations_per_address", 30, Duration.ofHours(1)));
        assertThat(limits.messagesPerVisitor())
                .isEqualTo(new RateLimit("messages_per_visitor", 20, Duration.ofMinutes(1)));
        assertThat(limits.messagesPerAddress())
                .isEqualTo(new RateLimit("messages_per_address", 120, Duration.ofMinutes(1)));
    }

    @Test
    void ratings_are_limited_per_visitor_and_per_address_as_configured() {
        assertThat(configuration.ratingLimits("10/1h", "100/1h").perVisitor())
                .isEqualTo(new RateLimit("ratings_per_visitor", 10, Duration.ofHours(1)));
        assertThat(configuration.ratingLimits("10/1h", "100/1h").perAddress())
                .isEqualTo(new RateLimit("ratings_per_address", 100, Duration.ofHours(1)));
        assertThat(configuration.ratingLimits("3/5m", "7/1d").perVisitor())
                .isEqualTo(new RateLimit("ratings_per_visitor", 3, Duration.ofMinutes(5)));
        assertThatThrownBy(() -> configuration.ratingLimits("often", "100/1h"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ratings_per_visitor");
    }

    @Test
    void email_addresses_given_by_visitors_are_limited_per_visitor_and_per_address_as_configured() {
        assertThat(configuration.contactLimits("10/1h", "100/1h").perVisitor())
                .isEqualTo(new RateLimit("contacts_per_visitor", 10, Duration.ofHours(1)));
        assertThat(configuration.contactLimits("10/1h", "100/1h").perAddress())
                .isEqualTo(new RateLimit("contacts_per_address", 100, Duration.ofHours(1)));
        assertThatThrownBy(() -> configuration.contactLimits("10/1h", "lots"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contacts_per_address");
    }

    @Test
    void the_older_messages_per_minute_still_sets_the_messages_per_visitor() {
        assertThat(LimitsConfiguration.messagesPerVisitor(Optional.empty(), Optional.of(5)))
                .isEqualTo(new RateLimit("messages_per_visitor", 5, Duration.ofMinutes(1)));
    }

    @Test
    void the_new_property_wins_over_the_older_one() {
        assertThat(LimitsConfiguration.messagesPerVisitor(Optional.of("40/2m"), Optional.of(5)))
                .isEqualTo(new RateLimit("messages_per_visitor", 40, Duration.ofMinutes(2)));
    }

    @Test
    void a_limit_that_does_not_read_as_one_stops_the_start() {
        assertThatThrownBy(() -> configuration.visitorSessionLimits("twenty an hour"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("visitor_sessions_per_address");
    }
}
