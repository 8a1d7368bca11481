package dev.parley.application.tag.port.in;

import dev.parley.domain.tag.Tag;
import dev.parley.domain.tag.TagId;
import java.time.Instant;
import java.util.Objects;

/**
 * A tag as the inbox shows it.
 *
 * @param id the tag
 * @param name its name
 * @param colour its colour's name, such as {@code blue}
 * @param updatedAt when it was added or last changed
 */
public record TagView(TagId id, String name, String colour, Instant updatedAt) {

    public TagView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(updatedAt, "updated at");
    }

    public static TagView of(Tag tag) {
        return new TagView(tag.id(), tag.name().value(), tag.colour().code(), tag.updatedAt());
    }
}
