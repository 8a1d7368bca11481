package dev.parley.adapters.websocket;

import dev.parley.adapters.websocket.protocol.ServerFrames;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import java.util.Set;

/**
 * Which of the node's events a connection is told of, and as which frame: the decisions the registry applies to each
 * connection an event may concern. Visitors hear of the settings and of typing in their conversation; inboxes hear of
 * everything their agent may see.
 */
final class EventFrames {

    private EventFrames() {}

    /** Tells an inbox that the tag list changed, so that it fetches it again; visitors are not told. */
    static void tagsChanged(Connection connection) {
        if (connection.inboxViewer() != null) {
            connection.send(new ServerFrames.TagsChanged());
        }
    }

    /** Tells an inbox that the macros changed, so that it fetches them again; visitors are not told. */
    static void macrosChanged(Connection connection) {
        if (connection.inboxViewer() != null) {
            connection.send(new ServerFrames.MacrosChanged());
        }
    }

    /**
     * Passes on a new internal note: as a {@code note} frame to an agent's connection that follows its conversation,
     * and as a {@code mention} frame to the connections of an agent it mentions. A visitor's connection is never told,
     * although it follows the same conversation.
     */
    static void note(
            Connection connection,
            ConversationId conversation,
            Set<AgentId> mentioned,
            ServerFrames.NoteAdded note,
            ServerFrames.Mentioned mention) {
        AgentId viewer = connection.inboxViewer();
        if (connection.side() != Connection.Side.AGENT || viewer == null) {
            return;
        }
        if (connection.follows(conversation)) {
            connection.send(note);
        }
        if (mentioned.contains(viewer)) {
            connection.send(mention);
        }
    }

    /** Passes on a profile's news to a connection that watches the inbox. */
    static void profileNews(Connection connection, ServerFrames.ProfileChanged frame) {
        if (connection.inboxViewer() != null) {
            connection.send(frame);
        }
    }

    /**
     * Tells a widget that the settings changed, so that it fetches its configuration again, and an inbox the new
     * waiting threshold. Every open connection is told, ready or not: a client ignores what it has no use for yet.
     */
    static void settingsChanged(Connection connection, long waitingThresholdSeconds) {
        connection.send(
                connection.side() == Connection.Side.AGENT
                        ? ServerFrames.SettingsChanged.forInbox(waitingThresholdSeconds)
                        : ServerFrames.SettingsChanged.forWidget());
    }

    /** Passes on a typing indicator to a connection that follows the conversation or watches the whole inbox. */
    static void typing(
            Connection connection, ConversationId conversation, ServerFrames.Typing frame, boolean fromVisitor) {
        if (connection.follows(conversation) || (fromVisitor && connection.inboxViewer() != null)) {
            connection.send(frame);
        }
    }
}
