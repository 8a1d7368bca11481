package dev.parley.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.macro.port.in.MacroView;
import dev.parley.application.macro.port.in.RenderedMacro;
import dev.parley.domain.macro.MacroId;
import dev.parley.domain.macro.MacroVariable;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MacroJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final MacroId ID = MacroId.of("0b7d0000-0000-4000-8000-000000000001");

    @Test
    void a_macro_names_its_variables_and_its_time_to_the_millisecond() throws Exception {
        JsonObject json = write(MacroResponse.of(new MacroView(
                ID,
                "Greeting",
                "Hi {{visitor.firstName}}",
                List.of(MacroVariable.VISITOR_FIRST_NAME),
                Instant.parse("2026-11-30T09:00:00.123456Z"))));

        assertThat(json)
                .isEqualTo(Json.createObjectBuilder()
                        .add("body", "Hi {{visitor.firstName}}")
                        .add("id", ID.toString())
                        .add("title", "Greeting")
                        .add("updatedAt", "2026-11-30T09:00:00.123Z")
                        .add("variables", Json.createArrayBuilder().add("visitor.firstName"))
                        .build());
    }

    @Test
    void a_rendered_macro_is_id_title_and_text() throws Exception {
        JsonObject json = write(RenderedMacroResponse.of(new RenderedMacro(ID, "Greeting", "Hi there")));

        assertThat(json.keySet()).containsExactlyInAnyOrder("id", "title", "text");
        assertThat(json.getString("text")).isEqualTo("Hi there");
    }

    @Test
    void a_variable_says_how_to_write_it_and_what_it_falls_back_to() throws Exception {
        JsonObject json = write(MacroVariableResponse.of(MacroVariable.VISITOR_FIRST_NAME, "there"));

        assertThat(json.getString("name")).isEqualTo("visitor.firstName");
        assertThat(json.getString("placeholder")).isEqualTo("{{visitor.firstName}}");
        assertThat(json.getString("fallback")).isEqualTo("there");
        assertThat(json.getString("description")).isNotBlank();
    }

    private static JsonObject write(Object value) {
        return Json.createReader(new StringReader(JSONB.toJson(value))).readObject();
    }
}
