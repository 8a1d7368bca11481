package dev.parley.application.tag.port.in;

/**
 * How many tags the store may keep ({@code PARLEY_TAGS_MAX}, default {@value #DEFAULT_MAX}).
 *
 * @param maxTags at least 1
 */
public record TagPolicy(int maxTags) {

    /** The limit unless configured otherwise. */
    public static final int DEFAULT_MAX = 200;

    public TagPolicy {
        if (maxTags < 1) {
            throw new IllegalArgumentException("A store may keep at least one tag");
        }
    }
}
