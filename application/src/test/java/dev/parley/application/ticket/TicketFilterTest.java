package dev.parley.application.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.ticket.port.in.TicketFilter;
import dev.parley.domain.shared.InvalidValueException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a list's search text may be: blank is no search, then 3 to 200 characters. */
class TicketFilterTest {

    private static TicketFilter searching(String text) {
        return new TicketFilter(
                Optional.empty(), TicketFilter.Assignee.ALL, Optional.empty(), false, Optional.of(text));
    }

    @Test
    void blank_text_is_no_search() {
        assertThat(searching("   ").text()).isEmpty();
    }

    @Test
    void text_is_stripped() {
        assertThat(searching("  żółć  ").text()).contains("żółć");
    }

    @Test
    void one_or_two_characters_are_refused() {
        assertThatThrownBy(() -> searching("a"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "search_too_short");
        assertThatThrownBy(() -> searching(" żó "))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "search_too_short");
    }

    @Test
    void three_characters_are_counted_as_people_see_them() {
        assertThat(searching("żół").text()).contains("żół");
        // One emoji is two chars in Java but one character: with two more it is three.
        assertThat(searching("\uD83D\uDE00ab").text()).isPresent();
        assertThatThrownBy(() -> searching("\uD83D\uDE00a")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void more_than_200_characters_are_refused() {
        assertThat(searching("x".repeat(200)).text()).isPresent();
        assertThatThrownBy(() -> searching("x".repeat(201)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "search_too_long");
    }
}
