package dev.parley.application.view.port.in;

/**
 * How many views may be kept ({@code PARLEY_VIEWS_MAX}, default {@value #DEFAULT_MAX}): that many personal views per
 * agent, and that many shared views for the team.
 *
 * @param maxViews at least 1
 */
public record ViewPolicy(int maxViews) {

    /** The limit unless configured otherwise. */
    public static final int DEFAULT_MAX = 50;

    public ViewPolicy {
        if (maxViews < 1) {
            throw new IllegalArgumentException("At least one view may be kept");
        }
    }
}
