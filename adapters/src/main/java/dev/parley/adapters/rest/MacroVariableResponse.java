package dev.parley.adapters.rest;

import dev.parley.domain.macro.MacroVariable;

/**
 * A variable a macro may use, for the settings screen.
 *
 * @param name its name, e.g. {@code visitor.firstName}
 * @param placeholder how a body writes it, e.g. <code>{{visitor.firstName}}</code>
 * @param description what it stands for, in English
 * @param fallback what it renders when its value is unknown, in the inbox's language ({@code ""} for the agent's
 *     names, which are always known)
 */
public record MacroVariableResponse(String name, String placeholder, String description, String fallback) {

    static MacroVariableResponse of(MacroVariable variable, String fallback) {
        return new MacroVariableResponse(variable.token(), variable.placeholder(), variable.description(), fallback);
    }
}
