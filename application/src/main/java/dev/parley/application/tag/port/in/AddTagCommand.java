package dev.parley.application.tag.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.tag.TagColour;
import dev.parley.domain.tag.TagName;
import java.util.Objects;

/**
 * An admin adds a tag.
 *
 * @param actor the agent who asks; must be an active admin
 * @param name its name
 * @param colour its colour
 */
public record AddTagCommand(AgentId actor, TagName name, TagColour colour) {

    public AddTagCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
    }
}
