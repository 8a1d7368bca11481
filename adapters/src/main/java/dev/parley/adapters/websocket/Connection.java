package dev.parley.adapters.websocket;

import dev.parley.adapters.websocket.protocol.ServerFrames;
import dev.parley.adapters.wire.MessageJson;
import dev.parley.adapters.wire.SystemNotices;
import dev.parley.adapters.wire.TicketJson;
import dev.parley.application.conversation.port.in.ConversationHistoryQuery;
import dev.parley.application.conversation.port.in.MessageView;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.ticket.port.in.InboxQuery;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.SessionTokenHash;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One open WebSocket and what it has been sent. For each conversation it follows, it remembers the last sequence
 * number delivered; news only makes it pull the messages after that number from the database, so a missed or
 * repeated nudge never loses or doubles a message.
 */
final class Connection {

    private static final Logger LOG = Logger.getLogger(Connection.class.getName());

    /** Which endpoint a connection was opened on. */
    enum Side {
        /** {@code /ws/visitor} */
        VISITOR,
        /** {@code /ws/agent} */
        AGENT
    }

    private final Session session;
    private final Side side;
    private final SerialExecutor outbox;
    private final ConversationHistoryQuery history;
    private final InboxQuery inbox;
    private final Map<ConversationId, Long> delivered = new ConcurrentHashMap<>();
    private final Map<ConversationId, ServerFrames.Receipt> receipts = new ConcurrentHashMap<>();
    private volatile AgentId inboxViewer;
    private volatile SessionTokenHash agentSession;
    private volatile AgentId agent;
    private volatile Locale locale = Locale.ENGLISH;

    Connection(Session session, Side side, SerialExecutor outbox, ConversationHistoryQuery history, InboxQuery inbox) {
        this.session = session;
        this.side = side;
        this.outbox = outbox;
        this.history = history;
        this.inbox = inbox;
    }

    /** From now on, Parley's notices are worded in this language (a visitor's, from their {@code hello}). */
    void speaks(Locale language) {
        locale = language;
    }

    /** Queues a frame after everything queued before it. */
    void send(Object frame) {
        outbox.execute(() -> write(ServerFrames.toJson(frame)));
    }

    /**
     * Queues a frame that is computed only when its turn comes, such as a snapshot that news queued after it must
     * follow.
     */
    void sendWhenDue(Supplier<Object> frame) {
        outbox.execute(() -> write(ServerFrames.toJson(frame.get())));
    }

    /** Follows a conversation: sends every message after {@code afterSeq}, then live ones. */
    void follow(ConversationId conversation, long afterSeq) {
        delivered.put(conversation, afterSeq);
        outbox.execute(() -> pull(conversation, Long.MAX_VALUE));
        outbox.execute(() -> pushReceipt(conversation));
    }

    void unfollow(ConversationId conversation) {
        delivered.remove(conversation);
        receipts.remove(conversation);
    }

    boolean follows(ConversationId conversation) {
        return delivered.containsKey(conversation);
    }

    /** From now on, every ticket change is sent as a {@code ticket} frame, as the given agent sees it. */
    void watchInbox(AgentId viewer) {
        inboxViewer = viewer;
    }

    void onNews(ConversationNews news) {
        Long have = delivered.get(news.conversation());
        if (have != null && have < news.lastSeq()) {
            outbox.execute(() -> pull(news.conversation(), news.lastSeq()));
        }
        if (have != null) {
            outbox.execute(() -> pushReceipt(news.conversation()));
        }
        AgentId viewer = inboxViewer;
        if (viewer != null) {
            outbox.execute(() -> inbox.ofConversation(news.conversation(), viewer)
                    .ifPresent(ticket ->
                            write(ServerFrames.toJson(new ServerFrames.TicketChanged(TicketJson.of(ticket))))));
        }
    }

    /** Tells an inbox that the macros changed, so that it fetches them again; visitors are not told. */
    void onMacrosChanged() {
        if (inboxViewer != null) {
            send(new ServerFrames.MacrosChanged());
        }
    }

    /** Passes on a profile's news to a connection that watches the inbox. */
    void onProfileNews(ServerFrames.ProfileChanged frame) {
        if (inboxViewer != null) {
            send(frame);
        }
    }

    /**
     * Tells a widget that the settings changed, so that it fetches its configuration again, and an inbox the new
     * waiting threshold. Every open connection is told, ready or not: a client ignores what it has no use for yet.
     */
    void onSettingsChanged(long waitingThresholdSeconds) {
        send(
                side == Side.AGENT
                        ? ServerFrames.SettingsChanged.forInbox(waitingThresholdSeconds)
                        : ServerFrames.SettingsChanged.forWidget());
    }

    /** Passes on a typing indicator to a connection that follows the conversation or watches the whole inbox. */
    void onTyping(ConversationId conversation, ServerFrames.Typing frame, boolean fromVisitor) {
        if (follows(conversation) || (fromVisitor && inboxViewer != null)) {
            send(frame);
        }
    }

    void close(CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException alreadyGone) {
            LOG.log(Level.FINE, "event=websocket_close_failed", alreadyGone);
        }
    }

    /**
     * Ties this connection to the agent session that opened it and its agent: it closes when that session ends or the
     * agent is removed from the team, and follows the session when it is rotated.
     */
    void belongsTo(SessionTokenHash session, AgentId signedIn) {
        this.agentSession = session;
        this.agent = signedIn;
    }

    /** Moves the connection to its session's new token, if it belongs to the rotated session. */
    void sessionRotated(SessionTokenHash from, SessionTokenHash to) {
        if (from.equals(agentSession)) {
            agentSession = to;
        }
    }

    boolean isOf(AgentId candidate) {
        return candidate.equals(agent);
    }

    boolean belongsToSession(SessionTokenHash session) {
        return session.equals(agentSession);
    }

    boolean isOpen() {
        return session.isOpen();
    }

    private void pull(ConversationId conversation, long upTo) {
        Long have = delivered.get(conversation);
        while (have != null && have < upTo && session.isOpen()) {
            List<MessageView> page = history.messagesAfter(conversation, have, ConversationHistoryQuery.MAX_PAGE);
            for (MessageView message : page) {
                write(ServerFrames.toJson(MessageJson.frame(
                        message,
                        side == Side.VISITOR ? SystemNotices.Reader.VISITOR : SystemNotices.Reader.AGENT,
                        locale)));
                have = message.seq();
            }
            final long reached = have;
            delivered.computeIfPresent(conversation, (id, before) -> Math.max(before, reached));
            if (page.size() < ConversationHistoryQuery.MAX_PAGE) {
                return;
            }
        }
    }

    /** Sends the conversation's read receipts when they moved since this connection last heard of them. */
    private void pushReceipt(ConversationId conversation) {
        if (!delivered.containsKey(conversation) || !session.isOpen()) {
            return;
        }
        ServerFrames.Receipt receipt = ServerFrames.Receipt.of(history.conversation(conversation));
        if (!receipt.equals(receipts.put(conversation, receipt))) {
            write(ServerFrames.toJson(receipt));
        }
    }

    private void write(String json) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.getBasicRemote().sendText(json);
        } catch (IOException gone) {
            LOG.log(Level.FINE, "event=websocket_send_failed session=" + session.getId(), gone);
            close(new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "send failed"));
        }
    }
}
