package dev.parley.domain.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MacroTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void a_revision_replaces_title_and_body_and_keeps_the_creation_time() {
        Macro macro = Macro.write(MacroId.random(), new MacroTitle("Greeting"), new MacroBody("Hi!"), MONDAY);

        macro.revise(
                new MacroTitle("Warm greeting"), new MacroBody("Hi {{visitor.firstName}}!"), MONDAY.plusSeconds(60));

        assertThat(macro.title().value()).isEqualTo("Warm greeting");
        assertThat(macro.variables()).containsExactly(MacroVariable.VISITOR_FIRST_NAME);
        assertThat(macro.render(new MacroValues(Optional.empty(), "Ada", "there")))
                .isEqualTo("Hi there!");
        assertThat(macro.createdAt()).isEqualTo(MONDAY);
        assertThat(macro.updatedAt()).isEqualTo(MONDAY.plusSeconds(60));
    }

    @Test
    void a_title_is_trimmed_and_1_to_100_characters_long() {
        assertThat(new MacroTitle("  Refund policy ").value()).isEqualTo("Refund policy");
        assertThat(new MacroTitle("t".repeat(100)).value()).hasSize(100);
        assertThatThrownBy(() -> new MacroTitle("   "))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        refused -> assertThat(refused.code()).isEqualTo("invalid_macro_title"));
        assertThatThrownBy(() -> new MacroTitle("t".repeat(101))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_store_keeps_at_most_its_limit() {
        assertThatNoException().isThrownBy(() -> Macro.requireRoomBeside(499, 500));
        assertThatThrownBy(() -> Macro.requireRoomBeside(500, 500))
                .isInstanceOfSatisfying(TooManyMacrosException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("too_many_macros");
                    assertThat(refused.getMessage()).contains("500");
                });
    }

    @Test
    void every_variable_has_a_name_and_a_description_and_only_the_visitors_may_be_unknown() {
        for (MacroVariable variable : MacroVariable.values()) {
            assertThat(MacroVariable.byToken(variable.token())).contains(variable);
            assertThat(variable.placeholder()).isEqualTo("{{" + variable.token() + "}}");
            assertThat(variable.description()).isNotBlank();
            assertThat(variable.namesTheVisitor()).isEqualTo(variable.token().startsWith("visitor."));
        }
    }
}
