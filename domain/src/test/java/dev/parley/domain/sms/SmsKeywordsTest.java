package dev.parley.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.sms.SmsKeywords.Keyword;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmsKeywordsTest {

    private final SmsKeywords defaults = SmsKeywords.defaults();

    @Test
    void stop_opts_out_whatever_its_case_spaces_or_final_punctuation() {
        for (String body : List.of("STOP", "stop", "stop.", " Stop! ", "STOP!!", "Stop. ", "\tstop\n")) {
            assertThat(defaults.classify(body)).as("[%s]", body).isEqualTo(Keyword.OPT_OUT);
        }
    }

    @Test
    void the_polish_keywords_work_too() {
        assertThat(defaults.classify("Rezygnuję")).isEqualTo(Keyword.OPT_OUT);
        assertThat(defaults.classify("rezygnuje")).isEqualTo(Keyword.OPT_OUT);
        assertThat(defaults.classify("Wypisz!")).isEqualTo(Keyword.OPT_OUT);
        assertThat(defaults.classify("Nie."))
                .as("'no' answers a question; it opts nobody out")
                .isEqualTo(Keyword.NONE);
        assertThat(defaults.classify("tak")).isEqualTo(Keyword.OPT_IN);
    }

    @Test
    void a_keyword_is_checked_as_it_is_stored_upper_case() {
        // "ß" becomes "SS": a keyword that grows past the limit when upper-cased is refused when typed, never stored.
        String growing = "ß".repeat(11);
        assertThatThrownBy(() -> new SmsKeywords(List.of(growing), List.of("START")))
                .isInstanceOf(dev.parley.domain.shared.InvalidValueException.class);
    }

    @Test
    void start_opts_back_in() {
        assertThat(defaults.classify("START")).isEqualTo(Keyword.OPT_IN);
        assertThat(defaults.classify(" start. ")).isEqualTo(Keyword.OPT_IN);
        assertThat(defaults.classify("unstop")).isEqualTo(Keyword.OPT_IN);
    }

    @Test
    void only_a_whole_message_of_one_keyword_counts() {
        for (String body : List.of("stop please", "please stop", "STOP?", "stopped", "st op", "", "   ", "nie wiem")) {
            assertThat(defaults.classify(body)).as("[%s]", body).isEqualTo(Keyword.NONE);
        }
        assertThat(defaults.classify(null)).isEqualTo(Keyword.NONE);
    }

    @Test
    void a_store_may_choose_its_own_words_with_polish_letters() {
        SmsKeywords own = new SmsKeywords(List.of("rezygnuję", " koniec "), List.of("wracam"));

        assertThat(own.optOut()).containsExactly("REZYGNUJĘ", "KONIEC");
        assertThat(own.classify("Rezygnuję!")).isEqualTo(Keyword.OPT_OUT);
        assertThat(own.classify("WRACAM")).isEqualTo(Keyword.OPT_IN);
        assertThat(own.classify("STOP")).isEqualTo(Keyword.NONE);
    }

    @Test
    void a_word_cannot_both_opt_out_and_opt_in() {
        assertThatThrownBy(() -> new SmsKeywords(List.of("STOP", "END"), List.of("start", "end")))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("invalid_sms_keywords");
                    assertThat(refused.getMessage()).contains("END");
                });
    }

    @Test
    void a_keyword_is_one_short_word_and_there_are_not_too_many() {
        for (List<String> words : List.of(
                List.of("two words"),
                List.of(""),
                List.of("stop!"),
                List.of("x".repeat(SmsKeywords.MAX_LENGTH + 1)),
                Collections.nCopies(SmsKeywords.MAX_KEYWORDS + 1, "STOP"))) {
            assertThatThrownBy(() -> new SmsKeywords(words, List.of("START")))
                    .as(words.toString())
                    .isInstanceOfSatisfying(
                            InvalidValueException.class,
                            refused -> assertThat(refused.code()).isEqualTo("invalid_sms_keywords"));
        }
    }
}
