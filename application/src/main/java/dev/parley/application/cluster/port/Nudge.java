package dev.parley.application.cluster.port;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.note.NoteId;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one node tells the others once a change has committed: which thing changed, by its ids, never what it now
 * holds. The receiving node reads the thing from the database, so a nudge that is lost, late or repeated costs a
 * read and nothing else, except for typing, which lives a few seconds and is never stored. The team's values travel as
 * the words it names them by, so that this context holds no other context's types but ids.
 */
public sealed interface Nudge {

    /**
     * The conversation has messages, receipts or a ticket state up to {@code lastSeq} to pull.
     *
     * @param trace the trace of the change that made the news, as a W3C {@code traceparent}, or empty when it was not
     *     traced: the node that delivers the news carries that trace on, so one trace shows both nodes
     */
    record ConversationNews(ConversationId conversation, long lastSeq, String trace) implements Nudge {
        public ConversationNews {
            Objects.requireNonNull(conversation, "conversation");
            Objects.requireNonNull(trace, "trace");
        }

        /** News of a change that was not traced. */
        public ConversationNews(ConversationId conversation, long lastSeq) {
            this(conversation, lastSeq, "");
        }
    }

    /** The profile of a visitor changed. */
    record ProfileNews(ProfileId profile, VisitorId visitor) implements Nudge {
        public ProfileNews {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(visitor, "visitor");
        }
    }

    /** A section of the settings changed; inboxes get the waiting threshold after the change. */
    record SettingsNews(String section, long waitingThresholdSeconds) implements Nudge {
        public SettingsNews {
            Objects.requireNonNull(section, "section");
        }
    }

    /** The macros changed. */
    record MacrosNews() implements Nudge {}

    /** The tag list changed. */
    record TagsNews() implements Nudge {}

    /** An internal note was added. */
    record NoteNews(NoteId note) implements Nudge {
        public NoteNews {
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * Sessions of an agent ended (all of theirs when they were removed from the team).
     *
     * @param sessions the hex hashes of the sessions' tokens (none needed when the agent was removed)
     * @param reason why, as the team names it ({@code SIGNED_OUT}, {@code REMOVED}, ...)
     */
    record SessionsEnded(AgentId agent, Set<String> sessions, String reason) implements Nudge {
        public SessionsEnded {
            Objects.requireNonNull(agent, "agent");
            sessions = Set.copyOf(sessions);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A session goes on under a new token: the hex hashes of its old and new tokens. */
    record SessionRotated(String from, String to) implements Nudge {
        public SessionRotated {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * An agent's presence changed on the node that sends it, by that node's own inboxes of theirs.
     *
     * @param node the node whose inboxes it counts: its name and start ({@code instance}), or empty when a node of the
     *     previous version sent it
     * @param presence as the team names it: {@code ONLINE}, {@code AWAY} or {@code OFFLINE}
     * @param anyoneOnlineHere whether anyone is online on that node after the change
     */
    record PresenceNews(String node, AgentId agent, String presence, boolean anyoneOnlineHere) implements Nudge {
        public PresenceNews {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(agent, "agent");
            Objects.requireNonNull(presence, "presence");
        }
    }

    /** An agent chose a status (available or away): a node holding an inbox of theirs reads it. */
    record StatusNews(AgentId agent) implements Nudge {
        public StatusNews {
            Objects.requireNonNull(agent, "agent");
        }
    }

    /**
     * Whether anyone of the team is online on the node that sends it, counting that node's own inboxes only, and which
     * agents are present there (online or away); said on every change and again every few seconds. The word holds while
     * anything at all is heard from that node; a node from which nothing is heard for a few seconds is taken for gone.
     * A node with many agents present names them over several of these.
     *
     * @param present agents present on that node, by their presence as the team names it ({@code ONLINE} or
     *     {@code AWAY})
     */
    record TeamNews(String node, boolean anyoneOnline, Map<AgentId, String> present) implements Nudge {
        public TeamNews {
            Objects.requireNonNull(node, "node");
            present = Map.copyOf(present);
        }
    }

    /**
     * The node that sends it is stopping, after its last nudges: the others forget it at once instead of taking it
     * for gone once it stops talking, and need not read everything afresh for news it might have taken with it.
     */
    record NodeLeaving(String node) implements Nudge {
        public NodeLeaving {
            Objects.requireNonNull(node, "node");
        }
    }

    /**
     * Someone is typing in a conversation: the visitor, an agent (by name) or the AI agent.
     *
     * @param author {@code visitor}, {@code agent} or {@code bot}, as the typing frame names it
     * @param authorName the name shown, if any
     * @param fromVisitor whether the visitor is the one typing
     */
    record Typing(ConversationId conversation, String author, String authorName, boolean fromVisitor) implements Nudge {
        public Typing {
            Objects.requireNonNull(conversation, "conversation");
            Objects.requireNonNull(author, "author");
        }
    }
}
