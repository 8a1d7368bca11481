package dev.parley.domain.conversation;

import dev.parley.domain.shared.AgentId;
import java.util.Objects;
import java.util.Optional;

/**
 * The author of a message: the conversation's visitor, the system, or a named agent.
 *
 * @param kind who wrote it
 * @param agent the agent, present exactly when {@code kind} is {@link AuthorKind#AGENT}
 */
public record Author(AuthorKind kind, Optional<AgentId> agent) {

    private static final Author VISITOR = new Author(AuthorKind.VISITOR, Optional.empty());
    private static final Author SYSTEM = new Author(AuthorKind.SYSTEM, Optional.empty());
    private static final Author BOT = new Author(AuthorKind.BOT, Optional.empty());

    public Author {
        Objects.requireNonNull(kind, "author kind");
        Objects.requireNonNull(agent, "author agent");
        if ((kind == AuthorKind.AGENT) != agent.isPresent()) {
            throw new IllegalArgumentException("An agent author needs an agent id, and only an agent author has one");
        }
    }

    public static Author visitor() {
        return VISITOR;
    }

    public static Author system() {
        return SYSTEM;
    }

    /** The store's AI agent. */
    public static Author bot() {
        return BOT;
    }

    public static Author agent(AgentId agent) {
        return new Author(AuthorKind.AGENT, Optional.of(agent));
    }
}
