package dev.parley.application.tag.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.tag.TagId;
import java.util.Objects;

/**
 * An admin deletes a tag, which takes it off every ticket.
 *
 * @param actor the agent who asks; must be an active admin
 * @param tag the tag
 */
public record DeleteTagCommand(AgentId actor, TagId tag) {

    public DeleteTagCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(tag, "tag");
    }
}
