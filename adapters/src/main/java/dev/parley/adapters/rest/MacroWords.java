package dev.parley.adapters.rest;

import dev.parley.domain.macro.MacroVariable;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The words macros get for what Parley does not know, in the inbox's language (its browser's {@code Accept-Language}):
 * "there" in English, so that "Hi {{visitor.firstName}}!" reads "Hi there!"; nothing in Polish, which has no such
 * filler.
 */
final class MacroWords {

    private MacroWords() {}

    /** What stands for the visitor's name when Parley does not know it. */
    static String unknownVisitorName(HttpServletRequest request) {
        return "pl".equals(language(request).getLanguage()) ? "" : "there";
    }

    /** What the variable renders when its value is unknown. */
    static String fallback(MacroVariable variable, HttpServletRequest request) {
        return variable.namesTheVisitor() ? unknownVisitorName(request) : "";
    }

    private static Locale language(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale();
    }
}
