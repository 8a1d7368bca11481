package dev.parley.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsSegmentsTest {

    @Test
    void a_gsm_text_takes_160_characters_in_one_segment() {
        assertThat(SmsSegments.of("a".repeat(160))).isEqualTo(new SmsSegments(160, 1, false));
        assertThat(SmsSegments.of("a".repeat(161))).isEqualTo(new SmsSegments(161, 2, false));
        assertThat(SmsSegments.of("")).isEqualTo(new SmsSegments(0, 1, false));
    }

    @Test
    void a_longer_gsm_text_takes_153_characters_in_each_segment() {
        assertThat(SmsSegments.of("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(307)).segments()).isEqualTo(3);
        assertThat(SmsSegments.of("a".repeat(459)).segments()).isEqualTo(3);
        assertThat(SmsSegments.of("a".repeat(460)).segments()).isEqualTo(4);
    }

    @Test
    void characters_of_the_extension_table_count_twice() {
        assertThat(SmsSegments.of("€")).isEqualTo(new SmsSegments(2, 1, false));
        assertThat(SmsSegments.of("[x]{y}^~|\\")).isEqualTo(new SmsSegments(18, 1, false));
        assertThat(SmsSegments.of("€".repeat(80))).isEqualTo(new SmsSegments(160, 1, false));
        assertThat(SmsSegments.of("€".repeat(80) + "a")).isEqualTo(new SmsSegments(161, 2, false));
        assertThat(SmsSegments.of("a".repeat(159) + "€")).isEqualTo(new SmsSegments(161, 2, false));
    }

    @Test
    void the_gsm_alphabets_own_accents_and_greek_letters_stay_gsm() {
        assertThat(SmsSegments.of("Café à Zürich, ΔΩ £5 @ 10:00\n").unicode()).isFalse();
    }

    @Test
    void one_polish_letter_sends_the_whole_text_as_ucs2_with_70_characters_in_one_segment() {
        assertThat(SmsSegments.of("Dziękujemy")).isEqualTo(new SmsSegments(10, 1, true));
        assertThat(SmsSegments.of("ą".repeat(70))).isEqualTo(new SmsSegments(70, 1, true));
        assertThat(SmsSegments.of("ą" + "a".repeat(70))).isEqualTo(new SmsSegments(71, 2, true));
    }

    @Test
    void a_longer_ucs2_text_takes_67_characters_in_each_segment() {
        assertThat(SmsSegments.of("ż".repeat(134)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("ż".repeat(135)).segments()).isEqualTo(3);
        assertThat(SmsSegments.of("ż".repeat(201)).segments()).isEqualTo(3);
    }

    @Test
    void an_emoji_is_ucs2_and_counts_as_its_two_utf16_units() {
        assertThat(SmsSegments.of("Thanks 😀")).isEqualTo(new SmsSegments(9, 1, true));
        assertThat(SmsSegments.of("😀".repeat(35))).isEqualTo(new SmsSegments(70, 1, true));
        assertThat(SmsSegments.of("😀".repeat(36))).isEqualTo(new SmsSegments(72, 2, true));
    }
}
