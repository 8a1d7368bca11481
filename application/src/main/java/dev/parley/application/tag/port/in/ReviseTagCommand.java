package dev.parley.application.tag.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.tag.TagColour;
import dev.parley.domain.tag.TagId;
import dev.parley.domain.tag.TagName;
import java.util.Objects;

/**
 * An admin renames or recolours a tag (both are given; an unchanged one is given as it was).
 *
 * @param actor the agent who asks; must be an active admin
 * @param tag the tag
 * @param name its new name
 * @param colour its new colour
 */
public record ReviseTagCommand(AgentId actor, TagId tag, TagName name, TagColour colour) {

    public ReviseTagCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
    }
}
