package dev.parley.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryEpochTest {

    private final HistoryEpoch now = new HistoryEpoch("Zq3-epoch_1");

    @Test
    void accepts_up_to_64_letters_digits_dashes_and_underscores() {
        assertThat(new HistoryEpoch("a".repeat(64)).value()).hasSize(64);
        assertThat(new HistoryEpoch("0b6f1c2e-8d1a-4f63-9a55-1d2f3e4a5b6c").value())
                .hasSize(36);
    }

    @Test
    void refuses_empty_long_or_odd_epochs() {
        assertThatThrownBy(() -> new HistoryEpoch("")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new HistoryEpoch("a".repeat(65))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new HistoryEpoch("a b")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_client_of_this_epoch_resumes_after_what_it_holds() {
        assertThat(now.resume(4, Optional.of(new HistoryEpoch("Zq3-epoch_1")), 7))
                .isEqualTo(new Resumption(now, 4, false));
    }

    @Test
    void a_client_holding_exactly_the_last_message_resumes_there() {
        assertThat(now.resume(7, Optional.of(now), 7)).isEqualTo(new Resumption(now, 7, false));
    }

    @Test
    void a_client_holding_more_than_the_conversation_has_reloads_it_from_the_start() {
        assertThat(now.resume(8, Optional.of(now), 7)).isEqualTo(new Resumption(now, 0, true));
    }

    @Test
    void a_client_of_another_epoch_reloads_even_when_its_sequence_number_looks_right() {
        assertThat(now.resume(3, Optional.of(new HistoryEpoch("older")), 7)).isEqualTo(new Resumption(now, 0, true));
        assertThat(now.resume(0, Optional.of(new HistoryEpoch("older")), 0)).isEqualTo(new Resumption(now, 0, true));
    }

    @Test
    void a_client_that_names_no_epoch_is_judged_by_its_sequence_number_alone() {
        assertThat(now.resume(7, Optional.empty(), 7)).isEqualTo(new Resumption(now, 7, false));
        assertThat(now.resume(8, Optional.empty(), 7)).isEqualTo(new Resumption(now, 0, true));
    }

    @Test
    void a_reset_always_starts_from_the_beginning() {
        assertThatThrownBy(() -> new Resumption(now, 3, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
