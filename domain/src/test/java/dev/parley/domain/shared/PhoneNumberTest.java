package dev.parley.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void takes_numbers_as_people_write_them_and_keeps_the_digits() {
        for (String written : List.of(
                "+48600100200",
                "+48 600 100 200",
                "+48-600-100-200",
                "+48 (600) 100-200",
                "+48.600.100.200",
                "  +48 600 100 200  ",
                "0048 600 100 200",
                "0048600100200")) {
            assertThat(PhoneNumber.parse(written)).as(written).isEqualTo(new PhoneNumber("+48600100200"));
        }
        assertThat(PhoneNumber.parse("+1 (800) 555-1212").e164()).isEqualTo("+18005551212");
    }

    @Test
    void a_number_without_its_country_code_is_refused() {
        for (String written : List.of("600100200", "600 100 200", "0600100200", "(600) 100-200")) {
            assertThat(PhoneNumber.tryParse(written)).as(written).isEmpty();
            assertThatThrownBy(() -> PhoneNumber.parse(written))
                    .as(written)
                    .isInstanceOfSatisfying(
                            InvalidValueException.class,
                            refused -> assertThat(refused.code()).isEqualTo("invalid_phone"));
        }
    }

    @Test
    void letters_are_refused() {
        for (String written : List.of("+48 600 ABC 200", "+48600100200x", "+48 600-CALL-NOW", "tel:+48600100200")) {
            assertThat(PhoneNumber.tryParse(written)).as(written).isEmpty();
        }
    }

    @Test
    void at_most_fifteen_digits_at_least_seven_and_no_country_code_starting_with_zero() {
        assertThat(PhoneNumber.tryParse("+123456789012345"))
                .map(PhoneNumber::e164)
                .contains("+123456789012345");
        assertThat(PhoneNumber.tryParse("+1234567890123456")).isEmpty();
        assertThat(PhoneNumber.tryParse("0048 600 100 200 300 400")).isEmpty();
        assertThat(PhoneNumber.tryParse("+1234567")).isPresent();
        assertThat(PhoneNumber.tryParse("+123456")).isEmpty();
        assertThat(PhoneNumber.tryParse("+048600100200")).isEmpty();
        assertThat(PhoneNumber.tryParse("000048600100200")).isEmpty();
    }

    @Test
    void nothing_is_not_a_number() {
        assertThat(PhoneNumber.tryParse(null)).isEmpty();
        assertThat(PhoneNumber.tryParse("")).isEmpty();
        assertThat(PhoneNumber.tryParse("   ")).isEmpty();
        assertThat(PhoneNumber.tryParse("+")).isEmpty();
    }

    @Test
    void the_record_itself_holds_only_e164() {
        assertThatThrownBy(() -> new PhoneNumber("48600100200")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PhoneNumber("+48 600 100 200")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PhoneNumber(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_masked_number_shows_only_its_country_prefix_and_last_three_digits() {
        PhoneNumber number = PhoneNumber.parse("+48 600 100 200");

        assertThat(number.masked()).isEqualTo("+48…200").doesNotContain("600100");
        assertThat(number.toString()).isEqualTo("+48600100200");
    }
}
