package dev.parley.domain.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MacroBodyTest {

    private static final MacroValues ADA_ANSWERS_JANE =
            new MacroValues(Optional.of("Jane Q. Doe"), "Ada Lovelace", "there");
    private static final MacroValues ADA_ANSWERS_SOMEONE = new MacroValues(Optional.empty(), "Ada Lovelace", "there");

    @Test
    void renders_the_visitors_and_the_agents_names() {
        MacroBody body = new MacroBody(
                "Hi {{visitor.firstName}} ({{visitor.name}}), {{agent.firstName}} here." + " Regards, {{agent.name}}");

        assertThat(body.render(ADA_ANSWERS_JANE)).isEqualTo("Hi Jane (Jane Q. Doe), Ada here. Regards, Ada Lovelace");
    }

    @Test
    void an_unknown_visitor_name_renders_the_fallback_never_the_variable() {
        MacroBody body = new MacroBody("Hi {{visitor.firstName}}! Thanks, {{ visitor.name }}.");

        assertThat(body.render(ADA_ANSWERS_SOMEONE)).isEqualTo("Hi there! Thanks, there.");
        assertThat(body.render(new MacroValues(Optional.of("   "), "Ada", "there")))
                .isEqualTo("Hi there! Thanks, there.");
        assertThat(body.render(new MacroValues(Optional.empty(), "Ada", "")))
                .as("the words for an unknown name are the renderer's")
                .isEqualTo("Hi ! Thanks, .");
    }

    @Test
    void spaces_and_tabs_inside_the_braces_are_allowed() {
        assertThat(new MacroBody("{{  agent.name\t}}").render(ADA_ANSWERS_JANE)).isEqualTo("Ada Lovelace");
    }

    @Test
    void lists_the_variables_it_uses_once_each_in_order() {
        MacroBody body = new MacroBody("{{agent.name}} {{visitor.firstName}} {{agent.name}}");

        assertThat(body.variables()).containsExactly(MacroVariable.AGENT_NAME, MacroVariable.VISITOR_FIRST_NAME);
        assertThat(new MacroBody("No variables at all.").variables()).isEmpty();
    }

    @Test
    void refuses_an_unknown_variable_and_names_it() {
        assertThatThrownBy(() -> new MacroBody("Hello {{visitor.email}}"))
                .isInstanceOfSatisfying(MacroVariableUnknownException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("macro_variable_unknown");
                    assertThat(refused.variable()).isEqualTo("visitor.email");
                    assertThat(refused.getMessage())
                            .contains("{{visitor.email}}")
                            .contains("{{visitor.firstName}}");
                });
    }

    @Test
    void the_store_name_is_no_variable_because_the_settings_hold_none() {
        assertThatThrownBy(() -> new MacroBody("Welcome to {{store.name}}"))
                .isInstanceOf(MacroVariableUnknownException.class);
    }

    @Test
    void names_are_case_sensitive() {
        assertThatThrownBy(() -> new MacroBody("{{Visitor.FirstName}}"))
                .isInstanceOfSatisfying(
                        MacroVariableUnknownException.class,
                        refused -> assertThat(refused.variable()).isEqualTo("Visitor.FirstName"));
        assertThatThrownBy(() -> new MacroBody("{{name}}")).isInstanceOf(MacroVariableUnknownException.class);
        assertThatThrownBy(() -> new MacroBody("Use {{ and }} freely"))
                .isInstanceOf(MacroVariableUnknownException.class);
    }

    @Test
    void braces_that_are_no_variable_stay_plain_text() {
        String text = "Type {{ to open, }} to close: {{}}, {{ two words }}, {{#each items}}, {{ visitor.name,"
                + " {{1}}, {x}";
        MacroBody body = new MacroBody(text);

        assertThat(body.variables()).isEmpty();
        assertThat(body.render(ADA_ANSWERS_JANE)).isEqualTo(text);
    }

    @Test
    void extra_braces_around_a_variable_are_kept() {
        assertThat(new MacroBody("{{{agent.firstName}}}").render(ADA_ANSWERS_JANE))
                .isEqualTo("{Ada}");
    }

    @Test
    void values_are_inserted_as_they_are_never_escaped_and_never_rendered_again() {
        MacroValues tricky = new MacroValues(
                Optional.of("<script>alert(1)</script> {{agent.name}}"), "{{visitor.name}} & $1 \\", "there");
        MacroBody body = new MacroBody("{{visitor.name}} / {{agent.name}}");

        assertThat(body.render(tricky))
                .isEqualTo("<script>alert(1)</script> {{agent.name}} / {{visitor.name}} & $1 \\");
    }

    @Test
    void markup_in_the_body_is_plain_text_too() {
        assertThat(new MacroBody("<b>{{agent.firstName}}</b> &amp;").render(ADA_ANSWERS_JANE))
                .isEqualTo("<b>Ada</b> &amp;");
    }

    @Test
    void is_trimmed_and_1_to_4000_characters_long() {
        assertThat(new MacroBody("  Hello \n").value()).isEqualTo("Hello");
        assertThat(new MacroBody("x".repeat(4_000)).value()).hasSize(4_000);
        assertThatThrownBy(() -> new MacroBody(" \n\t "))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        refused -> assertThat(refused.code()).isEqualTo("invalid_macro_body"));
        assertThatThrownBy(() -> new MacroBody("x".repeat(4_001)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        refused -> assertThat(refused.code()).isEqualTo("macro_body_too_long"));
    }

    @Test
    void a_one_word_name_is_its_own_first_name() {
        assertThat(new MacroBody("{{agent.firstName}}/{{visitor.firstName}}")
                        .render(new MacroValues(Optional.of("Cher"), "Ada", "there")))
                .isEqualTo("Ada/Cher");
    }
}
