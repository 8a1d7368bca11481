package dev.parley.adapters.rest;

import dev.parley.application.macro.port.in.RenderedMacro;

/**
 * A macro rendered for one ticket and the calling agent: what the composer inserts.
 *
 * @param id the macro's id
 * @param title its title
 * @param text plain text with every variable replaced; show it as text, never as markup
 */
public record RenderedMacroResponse(String id, String title, String text) {

    static RenderedMacroResponse of(RenderedMacro macro) {
        return new RenderedMacroResponse(macro.id().toString(), macro.title(), macro.text());
    }
}
