package dev.parley.adapters.websocket;

import dev.parley.adapters.websocket.protocol.ServerFrames;
import dev.parley.adapters.wire.MessageJson;
import dev.parley.adapters.wire.SystemNotices;
import dev.parley.adapters.wire.TicketJson;
import dev.parley.application.conversation.port.in.ConversationHistoryQuery;
import dev.parley.application.conversation.port.in.MessageView;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.ticket.port.in.InboxQuery;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells this node's connections of a conversation's news with one read per piece of news, however many connections
 * there are: the messages after the sequence number the followers have reached, the read receipts and the ticket as
 * the watching agents see it are read once, turned into frames once per kind of reader, and handed to each
 * connection from memory. A connection that neither follows the conversation nor watches the inbox costs nothing; one
 * that is closed is not asked.
 *
 * <p>The shared read is only a shortcut: each connection still takes, in its own order, the messages after the last
 * one it was sent, and when the shared page does not reach back that far (it fell behind, or was just told to start
 * again from 0) it reads what it lacks from the database itself. So nothing is skipped or doubled whichever way the
 * reads and the connections' queues interleave.
 *
 * <p>The news of one conversation is handled one at a time and in order: news that arrives while the conversation's
 * news is being read is merged into one more read, which runs after it. The watching inboxes' tickets are read by one
 * task at a time, many conversations together under load, each conversation read again when news came while it was
 * read: the tickets an inbox is sent therefore never go back to an older state.
 */
final class NewsFanOut {

    private static final Logger LOG = Logger.getLogger(NewsFanOut.class.getName());

    private final Executor pool;
    private final ConversationHistoryQuery history;
    private final InboxQuery inbox;
    private final FollowerIndex connections;
    private final Map<ConversationId, Pending> pending = new ConcurrentHashMap<>();
    /** The conversations whose tickets the watching inboxes are to be sent, in the order their news came. */
    private final Set<ConversationId> ticketsDue = new LinkedHashSet<>();
    /** Whether a task is sending the tickets due (guarded by {@link #ticketsDue}). */
    private boolean sendingTickets;

    /** The most conversations whose tickets are read together. */
    static final int TICKETS_PER_READ = 50;

    /** The news of a conversation not yet read: up to which sequence number, and how many arrived since it was taken. */
    private record Pending(long upTo, long arrivals) {}

    NewsFanOut(Executor pool, ConversationHistoryQuery history, InboxQuery inbox, FollowerIndex connections) {
        this.pool = pool;
        this.history = history;
        this.inbox = inbox;
        this.connections = connections;
    }

    /** Handles the news on the pool, after the news of the same conversation before it. */
    void publish(ConversationNews news) {
        boolean[] first = {false};
        pending.compute(news.conversation(), (id, waiting) -> {
            first[0] = waiting == null;
            return waiting == null
                    ? new Pending(news.lastSeq(), 0)
                    : new Pending(Math.max(waiting.upTo(), news.lastSeq()), waiting.arrivals() + 1);
        });
        if (!first[0]) {
            return;
        }
        try {
            pool.execute(() -> drain(news.conversation()));
        } catch (RejectedExecutionException stopping) {
            // The pool is going away with the application, and every connection with it.
            pending.remove(news.conversation());
            LOG.log(Level.FINE, "event=websocket_news_refused conversation=" + news.conversation(), stopping);
        }
    }

    private void drain(ConversationId conversation) {
        Pending taken = pending.get(conversation);
        while (taken != null) {
            try {
                deliver(conversation, taken.upTo());
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "event=websocket_news_failed conversation=" + conversation, failed);
            }
            Pending done = taken;
            // Nothing new arrived: the conversation is done with. Otherwise the merged news is read next.
            taken = pending.compute(conversation, (id, now) -> done.equals(now) ? null : now);
        }
    }

    /** Reads the conversation's news once and hands it to every connection that wants it. */
    void deliver(ConversationId conversation, long upTo) {
        List<Connection> followers = new ArrayList<>();
        long from = Long.MAX_VALUE;
        for (Connection connection : connections.of(conversation)) {
            Long have = connection.live() ? connection.deliveredIn(conversation) : null;
            if (have != null) {
                followers.add(connection);
                // Only the followers one page can bring up to date set where the shared page starts.
                if (have < upTo && upTo - have <= Connection.PAGE) {
                    from = Math.min(from, have);
                }
            }
        }
        boolean watched = connections.anyWatching();
        if (!followers.isEmpty()) {
            SharedPage page = from == Long.MAX_VALUE
                    ? null
                    : new SharedPage(from, history.messagesAfter(conversation, from, Connection.PAGE));
            String receipt = ServerFrames.toJson(ServerFrames.Receipt.of(history.conversation(conversation)));
            // Each follower takes what it lacks in its own turn: from the page when it starts early enough.
            for (Connection follower : followers) {
                follower.catchUp(conversation, upTo, page, receipt);
            }
        }
        if (watched) {
            ticketsDue(conversation);
        }
    }

    /**
     * Sends the watching inboxes the conversation's ticket, after the messages its news queued for them. The tickets
     * are read by one task at a time, as many conversations together as are due (up to {@link #TICKETS_PER_READ}): under
     * load, the inboxes' tickets cost a few queries for many pieces of news instead of a few for each.
     */
    private void ticketsDue(ConversationId conversation) {
        synchronized (ticketsDue) {
            ticketsDue.add(conversation);
            if (sendingTickets) {
                return;
            }
            sendingTickets = true;
        }
        try {
            pool.execute(this::sendTickets);
        } catch (RejectedExecutionException refused) {
            // The pool is going away with the application: nobody is left to send them to.
            synchronized (ticketsDue) {
                ticketsDue.clear();
                sendingTickets = false;
            }
            LOG.log(Level.FINE, "event=websocket_tickets_refused conversation=" + conversation, refused);
        } catch (RuntimeException failed) {
            // Whatever else kept the task from starting, what is due stays due: the next news sends it all.
            synchronized (ticketsDue) {
                sendingTickets = false;
            }
            LOG.log(Level.WARNING, "event=websocket_tickets_not_started conversation=" + conversation, failed);
        }
    }

    private void sendTickets() {
        boolean finished = false;
        try {
            while (true) {
                List<ConversationId> batch = new ArrayList<>();
                synchronized (ticketsDue) {
                    Iterator<ConversationId> due = ticketsDue.iterator();
                    while (due.hasNext() && batch.size() < TICKETS_PER_READ) {
                        batch.add(due.next());
                        due.remove();
                    }
                    if (batch.isEmpty()) {
                        sendingTickets = false;
                        finished = true;
                        return;
                    }
                }
                try {
                    sendTicketsOf(batch);
                } catch (RuntimeException failed) {
                    LOG.log(Level.WARNING, "event=websocket_tickets_failed conversations=" + batch.size(), failed);
                }
            }
        } finally {
            if (!finished) {
                // Whatever stopped this task, the next news starts another: the inboxes are never left without one.
                synchronized (ticketsDue) {
                    sendingTickets = false;
                }
            }
        }
    }

    /** Reads the conversations' tickets once for every watching inbox, and sends each inbox its own. */
    private void sendTicketsOf(List<ConversationId> conversations) {
        List<Connection> watchers = new ArrayList<>();
        Set<AgentId> viewers = new HashSet<>();
        for (Connection connection : connections.watchers()) {
            if (connection.live() && connection.inboxViewer() != null) {
                watchers.add(connection);
                viewers.add(connection.inboxViewer());
            }
        }
        if (watchers.isEmpty()) {
            return;
        }
        Map<ConversationId, Map<AgentId, TicketSummary>> tickets = inbox.ofConversations(conversations, viewers);
        Map<TicketSummary, String> frames = new HashMap<>();
        for (ConversationId conversation : conversations) {
            Map<AgentId, TicketSummary> seen = tickets.getOrDefault(conversation, Map.of());
            for (Connection watcher : watchers) {
                TicketSummary ticket = seen.get(watcher.inboxViewer());
                if (ticket != null) {
                    // A ticket frame is the ticket's latest state: it takes the place of an older one still waiting.
                    watcher.sendLatest(
                            "ticket:" + conversation,
                            frames.computeIfAbsent(
                                    ticket,
                                    same -> ServerFrames.toJson(new ServerFrames.TicketChanged(TicketJson.of(same)))));
                }
            }
        }
    }

    /**
     * The messages of a conversation after a sequence number, as one read found them, and their frames, made once
     * per kind of reader and language.
     */
    static final class SharedPage {

        private final long after;
        private final List<MessageView> messages;
        private final Map<Reader, List<String>> frames = new ConcurrentHashMap<>();

        private record Reader(SystemNotices.Reader side, Locale language) {}

        SharedPage(long after, List<MessageView> messages) {
            this.after = after;
            this.messages = messages;
        }

        /** The sequence number the page starts after: it holds every message after it, up to a page of them. */
        long after() {
            return after;
        }

        List<MessageView> messages() {
            return messages;
        }

        /** The frames of the page's messages, in order, as this reader is shown them. */
        List<String> frames(SystemNotices.Reader side, Locale language) {
            return frames.computeIfAbsent(
                    new Reader(side, language),
                    reader -> messages.stream()
                            .map(message ->
                                    ServerFrames.toJson(MessageJson.frame(message, reader.side(), reader.language())))
                            .toList());
        }
    }
}
