package dev.parley.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileEventTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00.123456789Z");
    private static final EventName PLACED_ORDER = new EventName("Placed Order");
    private static final EventProperties ORDER = new EventProperties("{\"currency\":\"EUR\",\"value\":129.9}");

    @Test
    void an_event_without_a_time_happened_when_it_was_recorded_to_the_millisecond() {
        ProfileEvent event = ProfileEvent.record(
                ProfileEventId.random(),
                ProfileId.random(),
                new StoreEventId("order-1"),
                PLACED_ORDER,
                Optional.empty(),
                ORDER,
                NOW);

        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00.123Z"));
        assertThat(event.recordedAt()).isEqualTo(event.occurredAt());
    }

    @Test
    void a_retry_with_the_same_content_is_the_same_event() {
        Instant at = Instant.parse("2026-11-20T08:00:00Z");
        ProfileEvent event = ProfileEvent.record(
                ProfileEventId.random(),
                ProfileId.random(),
                new StoreEventId("order-1"),
                PLACED_ORDER,
                Optional.of(at),
                ORDER,
                NOW);

        assertThat(event.isTheSameAs(PLACED_ORDER, Optional.of(at), ORDER)).isTrue();
        assertThat(event.isTheSameAs(PLACED_ORDER, Optional.empty(), ORDER)).isTrue();
    }

    @Test
    void different_content_under_the_same_id_is_another_event() {
        Instant at = Instant.parse("2026-11-20T08:00:00Z");
        ProfileEvent event = ProfileEvent.record(
                ProfileEventId.random(),
                ProfileId.random(),
                new StoreEventId("order-1"),
                PLACED_ORDER,
                Optional.of(at),
                ORDER,
                NOW);

        assertThat(event.isTheSameAs(new EventName("Refunded"), Optional.of(at), ORDER))
                .isFalse();
        assertThat(event.isTheSameAs(PLACED_ORDER, Optional.of(at.plusSeconds(1)), ORDER))
                .isFalse();
        assertThat(event.isTheSameAs(PLACED_ORDER, Optional.of(at), EventProperties.none()))
                .isFalse();
    }

    @Test
    void properties_are_limited_in_bytes() {
        ProfilePolicy policy = ProfilePolicy.defaults();
        String filler = "\"k\":\"" + "x".repeat(16 * 1024 - 9) + "\"";
        assertThat(new EventProperties("{" + filler + "}").within(policy).json())
                .hasSize(16 * 1024 - 1);
        assertThatThrownBy(() -> new EventProperties("{" + filler.replace("xx", "ąx") + "}").within(policy))
                .isInstanceOf(EventPropertiesTooLargeException.class)
                .hasFieldOrPropertyWithValue("code", "event_properties_too_large");
    }

    @Test
    void ids_and_names_are_checked() {
        assertThatThrownBy(() -> new StoreEventId("")).hasFieldOrPropertyWithValue("code", "invalid_event_id");
        assertThatThrownBy(() -> new StoreEventId("x".repeat(101)))
                .hasFieldOrPropertyWithValue("code", "invalid_event_id");
        assertThat(new StoreEventId("x".repeat(100)).value()).hasSize(100);
        assertThatThrownBy(() -> new EventName(" ")).hasFieldOrPropertyWithValue("code", "invalid_event_name");
        assertThatThrownBy(() -> new EventName("x".repeat(101)))
                .hasFieldOrPropertyWithValue("code", "invalid_event_name");
    }
}
