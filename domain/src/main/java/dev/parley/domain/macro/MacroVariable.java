package dev.parley.domain.macro;

import java.util.Arrays;
import java.util.Optional;

/**
 * A value a macro's body may name as {@code {{name}}}; the list is closed. When the visitor's name is unknown at render
 * time, the words whoever renders the macro gives for it stand in ({@link MacroValues}), so that a rendered macro never
 * shows a raw {@code {{...}}}; agents' names are always known.
 *
 * <p>The store's name is not among them: the settings hold no store name.
 */
public enum MacroVariable {
    VISITOR_FIRST_NAME(
            "visitor.firstName",
            "The visitor's first name (the first word of their name); \"there\" when Parley does not know it, so"
                    + " \"Hi {{visitor.firstName}}!\" reads \"Hi there!\".",
            true),
    VISITOR_NAME("visitor.name", "The visitor's full name; \"there\" when Parley does not know it.", true),
    AGENT_NAME("agent.name", "The name of the agent who inserts the macro, as the team list shows it.", false),
    AGENT_FIRST_NAME("agent.firstName", "The first word of the name of the agent who inserts the macro.", false);

    private final String token;
    private final String description;
    private final boolean visitorsName;

    MacroVariable(String token, String description, boolean visitorsName) {
        this.token = token;
        this.description = description;
        this.visitorsName = visitorsName;
    }

    /** The variable's name as a body writes it between the double braces, e.g. {@code visitor.firstName}. */
    public String token() {
        return token;
    }

    /** The variable as a body writes it, e.g. {@code {{visitor.firstName}}}. */
    public String placeholder() {
        return "{{" + token + "}}";
    }

    /** What it stands for, in English, for the settings screen. */
    public String description() {
        return description;
    }

    /** Whether it names the visitor, whose name Parley may not know (agents' names it always knows). */
    public boolean namesTheVisitor() {
        return visitorsName;
    }

    /** The variable with this exact name (names are case-sensitive). */
    public static Optional<MacroVariable> byToken(String token) {
        return Arrays.stream(values())
                .filter(variable -> variable.token.equals(token))
                .findFirst();
    }
}
