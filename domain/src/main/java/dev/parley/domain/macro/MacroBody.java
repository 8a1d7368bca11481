package dev.parley.domain.macro;

import dev.parley.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a macro: plain text of 1 to {@value #MAX_LENGTH} characters after trimming (the longest message), in
 * which {@code {{name}}} names a {@link MacroVariable}.
 *
 * <p>A <em>variable</em> is two opening braces, a dotted name such as {@code visitor.firstName} (letters, digits and
 * underscores, optionally padded with spaces or tabs) and two closing braces. Every variable must be one Parley
 * knows, or the body is refused. Anything else with braces, such as {@code {{}}}, {@code {{ two words }}} or {@code
 * {{#each}}}, is plain text and is rendered as written. Rendering replaces each variable with its value in one pass:
 * values are never searched for variables again, nothing is evaluated, and nothing is escaped (messages are plain
 * text, and clients show them as text).
 *
 * @param value the trimmed text
 */
public record MacroBody(String value) {

    /** The longest body, in characters: the longest message. */
    public static final int MAX_LENGTH = 4_000;

    private static final Pattern VARIABLE =
            Pattern.compile("\\{\\{[ \\t]*([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)[ \\t]*}}");

    /**
     * @throws InvalidValueException with {@code invalid_macro_body} when blank, {@code macro_body_too_long} when
     *     longer than {@value #MAX_LENGTH} characters
     * @throws MacroVariableUnknownException when a variable is not one Parley knows (the first such is named)
     */
    public MacroBody {
        Objects.requireNonNull(value, "macro body");
        value = value.strip();
        if (value.isEmpty()) {
            throw new InvalidValueException("invalid_macro_body", "A macro needs some text.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "macro_body_too_long",
                    "A macro can be at most " + MAX_LENGTH + " characters long; this one has " + value.length() + ".");
        }
        Matcher matcher = VARIABLE.matcher(value);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (MacroVariable.byToken(name).isEmpty()) {
                throw new MacroVariableUnknownException(name);
            }
        }
    }

    /** The variables the body uses, each once, in the order they first appear. */
    public List<MacroVariable> variables() {
        Set<MacroVariable> used = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(value);
        while (matcher.find()) {
            used.add(variableOf(matcher));
        }
        return new ArrayList<>(used);
    }

    /**
     * The body with every variable replaced by its value, or by its fallback when the value is unknown. The result may
     * be longer than the body (names are longer than their variables).
     */
    public String render(MacroValues values) {
        Objects.requireNonNull(values, "values");
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder text = new StringBuilder(value.length() + 64);
        int from = 0;
        while (matcher.find()) {
            MacroVariable variable = variableOf(matcher);
            text.append(value, from, matcher.start())
                    .append(values.valueOf(variable).orElse(values.fallbackFor(variable)));
            from = matcher.end();
        }
        return text.append(value, from, value.length()).toString();
    }

    private static MacroVariable variableOf(Matcher matcher) {
        // Every variable was checked when the body was made.
        return MacroVariable.byToken(matcher.group(1)).orElseThrow();
    }
}
