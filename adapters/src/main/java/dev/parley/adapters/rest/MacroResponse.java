package dev.parley.adapters.rest;

import dev.parley.application.macro.port.in.MacroView;
import dev.parley.domain.macro.MacroVariable;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A macro as the settings screen shows it, unrendered.
 *
 * @param id the macro's id
 * @param title its title
 * @param body its text, variables as written
 * @param variables the names of the variables it uses ({@code visitor.firstName}, ...), each once, in order
 * @param updatedAt when it was added or last revised, ISO-8601 in UTC to the millisecond
 */
public record MacroResponse(String id, String title, String body, List<String> variables, String updatedAt) {

    static MacroResponse of(MacroView view) {
        return new MacroResponse(
                view.id().toString(),
                view.title(),
                view.body(),
                view.variables().stream().map(MacroVariable::token).toList(),
                view.updatedAt().truncatedTo(ChronoUnit.MILLIS).toString());
    }
}
