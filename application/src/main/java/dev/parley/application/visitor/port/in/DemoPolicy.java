package dev.parley.application.visitor.port.in;

/**
 * Whether this installation runs Parley's demo store ({@code PARLEY_DEMO_ENABLED}, off by default): only then does
 * Parley sign in a demo customer in the store's name.
 *
 * @param enabled whether demo mode is on
 */
public record DemoPolicy(boolean enabled) {

    /** A real installation: no demo customer. */
    public static DemoPolicy disabled() {
        return new DemoPolicy(false);
    }
}
