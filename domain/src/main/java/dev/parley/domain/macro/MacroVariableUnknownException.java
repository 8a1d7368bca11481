package dev.parley.domain.macro;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A macro's body names a variable Parley does not know. */
public class MacroVariableUnknownException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    private final String variable;

    public MacroVariableUnknownException(String variable) {
        super(
                "macro_variable_unknown",
                "{{" + variable + "}} is not a variable Parley knows; a macro may use "
                        + Arrays.stream(MacroVariable.values())
                                .map(MacroVariable::placeholder)
                                .collect(Collectors.joining(", "))
                        + ".");
        this.variable = variable;
    }

    /** The unknown name, as written between the braces. */
    public String variable() {
        return variable;
    }
}
