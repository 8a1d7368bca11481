package dev.parley.application.macro.port.in;

/**
 * How many macros the store may keep ({@code PARLEY_MACROS_MAX}, default {@value #DEFAULT_MAX}).
 *
 * @param maxMacros at least 1
 */
public record MacroPolicy(int maxMacros) {

    /** The limit unless configured otherwise. */
    public static final int DEFAULT_MAX = 500;

    public MacroPolicy {
        if (maxMacros < 1) {
            throw new IllegalArgumentException("A store may keep at least one macro");
        }
    }
}
