package dev.parley.domain.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TagTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    @Test
    void a_name_is_trimmed_and_one_to_forty_characters_on_one_line() {
        assertThat(new TagName("  VIP \u200B").value()).isEqualTo("VIP");
        assertThat(new TagName("x".repeat(40)).value()).hasSize(40);
        for (String wrong : new String[] {"", "   ", "x".repeat(41), "two\nlines", "tab\tbed"}) {
            assertThatThrownBy(() -> new TagName(wrong))
                    .isInstanceOf(InvalidValueException.class)
                    .extracting("code")
                    .isEqualTo("invalid_tag_name");
        }
    }

    @Test
    void names_are_the_same_whatever_their_case() {
        Tag tag = Tag.create(TagId.random(), new TagName("Refund"), TagColour.RED, NOW);

        assertThat(tag.isNamed(new TagName("REFUND"))).isTrue();
        assertThat(tag.isNamed(new TagName("Refunds"))).isFalse();
        assertThat(new TagName("Ünïcode").key()).isEqualTo("ünïcode");
    }

    @Test
    void colours_come_from_the_palette_by_their_lower_case_names() {
        assertThat(TagColour.of("teal")).isEqualTo(TagColour.TEAL);
        assertThat(TagColour.BLUE.code()).isEqualTo("blue");
        assertThatThrownBy(() -> TagColour.of("BLUE"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("grey, red, orange");
        assertThatThrownBy(() -> TagColour.of("#ff0000")).extracting("code").isEqualTo("invalid_tag_colour");
    }

    @Test
    void the_store_has_room_for_a_tag_below_its_limit_only() {
        Tag.requireRoomBeside(199, 200);
        assertThatThrownBy(() -> Tag.requireRoomBeside(200, 200))
                .isInstanceOf(TooManyTagsException.class)
                .hasMessageContaining("200");
    }

    @Test
    void revising_changes_name_colour_and_time_but_not_when_it_was_made() {
        Tag tag = Tag.create(TagId.random(), new TagName("Bug"), TagColour.ORANGE, NOW);
        Instant later = NOW.plusSeconds(60);

        tag.revise(new TagName("Bugs"), TagColour.RED, later);

        assertThat(tag.name().value()).isEqualTo("Bugs");
        assertThat(tag.colour()).isEqualTo(TagColour.RED);
        assertThat(tag.updatedAt()).isEqualTo(later);
        assertThat(tag.createdAt()).isEqualTo(NOW);
    }

    @Test
    void an_id_that_is_no_uuid_names_no_tag() {
        assertThatThrownBy(() -> TagId.of("nope")).isInstanceOf(TagNotFoundException.class);
    }
}
