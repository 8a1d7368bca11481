package dev.parley.domain.conversation;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import java.util.Objects;

/**
 * Who uploaded an image, or who asks for one: a visitor or an agent.
 *
 * @param kind a visitor or an agent
 * @param id that visitor's or agent's id, in text form
 */
public record UploadOwner(Kind kind, String id) {

    /** The two kinds of people who upload images. */
    public enum Kind {
        VISITOR,
        AGENT
    }

    public UploadOwner {
        Objects.requireNonNull(kind, "owner kind");
        Objects.requireNonNull(id, "owner id");
    }

    public static UploadOwner visitor(VisitorId visitor) {
        return new UploadOwner(Kind.VISITOR, visitor.toString());
    }

    public static UploadOwner agent(AgentId agent) {
        return new UploadOwner(Kind.AGENT, agent.toString());
    }

    public boolean isAgent() {
        return kind == Kind.AGENT;
    }
}
