package dev.parley.adapters.websocket;

import dev.parley.adapters.websocket.protocol.ClientFrame;
import dev.parley.adapters.websocket.protocol.ClientFrames;
import dev.parley.adapters.websocket.protocol.FrameRefusedException;
import dev.parley.adapters.websocket.protocol.ServerFrames;
import dev.parley.adapters.wire.TicketJson;
import dev.parley.application.conversation.port.in.ConversationHistoryQuery;
import dev.parley.application.conversation.port.in.HistoryEpochQuery;
import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.ReplyAsAgentCommand;
import dev.parley.application.conversation.port.in.ReplyAsAgentUseCase;
import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.application.settings.port.in.ChatBehaviourQuery;
import dev.parley.application.team.port.in.AgentQuery;
import dev.parley.application.team.port.in.AgentSessionQuery;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.application.team.port.in.SessionCheck;
import dev.parley.application.ticket.port.in.InboxQuery;
import dev.parley.application.ticket.port.in.MarkTicketReadUseCase;
import dev.parley.application.ticket.port.in.TicketCommand;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationStatus;
import dev.parley.domain.conversation.HistoryEpoch;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.conversation.Resumption;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.RateLimitedException;
import dev.parley.domain.team.SessionToken;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The agent's end of the inbox ({@code /ws/agent}, see {@code docs/protocol.md}): a live list of tickets, the threads
 * the agent opens, and their replies. Driving. Only a signed-in agent gets this far (see {@link AgentHandshakeFilter}).
 */
// A CDI bean, so that the container injects it; one instance per connection.
@Dependent
@ServerEndpoint(value = "/ws/agent", configurator = AgentHandshake.class)
public class AgentInboxEndpoint {

    /** How many tickets the first {@code inbox} frame holds. */
    static final int INBOX_SNAPSHOT = 50;

    private static final Logger LOG = Logger.getLogger(AgentInboxEndpoint.class.getName());
    private static final Set<String> ACCEPTED = Set.of("hello", "open", "close", "send", "typing", "seen", "ping");

    @Inject
    ConnectionRegistry registry;

    @Inject
    Traces traces;

    @Inject
    WebSocketLimits limits;

    @Inject
    AgentQuery agents;

    @Inject
    AgentSessionQuery sessions;

    @Inject
    InboxQuery inbox;

    @Inject
    ChatBehaviourQuery settings;

    @Inject
    ConversationHistoryQuery history;

    @Inject
    ReplyAsAgentUseCase replies;

    @Inject
    MarkTicketReadUseCase reading;

    @Inject
    HistoryEpochQuery epochs;

    @Inject
    AdmitUseCase admission;

    private Connection connection;
    private AgentId agent;
    private String agentName;
    private boolean ready;

    @OnOpen
    public void open(Session session, EndpointConfig config) {
        session.setMaxTextMessageBufferSize(limits.maxFrameBytes());
        // Parley closes silent connections itself, with 4010; the container's timeout only backs that up.
        session.setMaxIdleTimeout(limits.idleTimeoutMillis() * 2);
        connection = registry.open(session, Connection.Side.AGENT, ClientAddresses.known(config));
        if (!connection.live()) {
            return;
        }
        // Checked again, not taken from the handshake filter: the session may have ended in between.
        if (config.getUserProperties().get(AgentHandshake.SESSION_TOKEN_PROPERTY) instanceof SessionToken token
                && sessions.check(token) instanceof SessionCheck.SignedIn signedIn) {
            if (!registry.admit(
                    connection,
                    ConnectionCaps.Kind.AGENT_SESSION,
                    signedIn.session().value())) {
                return;
            }
            agent = signedIn.agent().id();
            connection.owner().belongsTo(signedIn.session(), agent);
        } else {
            connection.close(CloseCodes.NOT_SIGNED_IN);
        }
    }

    @OnMessage
    public void receive(String text, Session session) {
        if (!registry.accepting() || !connection.live()) {
            return;
        }
        connection.heard();
        if (FrameSizeGuard.tooBig(text, limits.maxFrameBytes())) {
            FrameSizeGuard.close(session, limits.maxFrameBytes());
            return;
        }
        FrameHandling.handle(connection, Optional.empty(), () -> {
            ClientFrame frame = ClientFrames.parse(text, ACCEPTED);
            if (frame instanceof ClientFrame.Ping) {
                admission.admit(limits.pings(), connection.id());
                connection.send(new ServerFrames.Pong());
            } else if (frame instanceof ClientFrame.Hello) {
                hello();
            } else if (!ready) {
                throw new FrameRefusedException("not_ready", "Say hello first.");
            } else if (frame instanceof ClientFrame.Open open) {
                ConversationId conversation = ConversationId.parse(open.conversationId());
                Resumption resumption = epochs.resume(
                        history.conversation(conversation),
                        open.afterSeq(),
                        open.epoch().map(HistoryEpoch::new));
                connection.send(new ServerFrames.Opened(
                        conversation.toString(), resumption.epoch().value(), resumption.reset()));
                connection.follow(conversation, resumption.afterSeq());
                markRead(conversation);
            } else if (frame instanceof ClientFrame.Close close) {
                connection.unfollow(ConversationId.parse(close.conversationId()));
            } else if (frame instanceof ClientFrame.Send send) {
                FrameHandling.handle(
                        connection,
                        Optional.of(send.clientMessageId()),
                        () -> traces.frame("agent send", () -> send(send)));
            } else if (frame instanceof ClientFrame.Seen seen) {
                markRead(ConversationId.parse(seen.conversationId()));
            } else if (frame instanceof ClientFrame.Typing typing) {
                if (!admitTyping()) {
                    return;
                }
                ConversationId conversation = ConversationId.parse(typing.conversationId()
                        .orElseThrow(() -> new FrameRefusedException(
                                "malformed_frame", "The field 'conversationId' is missing.")));
                if (history.conversation(conversation).status() == ConversationStatus.OPEN) {
                    registry.typing(
                            connection,
                            conversation,
                            new ServerFrames.Typing(conversation.toString(), "agent", agentName),
                            false);
                }
            }
        });
    }

    /** Typing is a hint that comes again within seconds: over the limit it is dropped, without an answer. */
    private boolean admitTyping() {
        try {
            admission.admit(limits.typing(), connection.id());
            return true;
        } catch (RateLimitedException overTheLimit) {
            return false;
        }
    }

    private void hello() {
        if (ready) {
            throw new FrameRefusedException("already_ready", "This connection has said hello already.");
        }
        AgentView me = agents.find(agent)
                .orElseThrow(() ->
                        new FrameRefusedException("not_signed_in", "This agent no longer exists; sign in again."));
        ready = true;
        agentName = me.name();
        // Watch first, then take the snapshot in the connection's order: no change can fall between the two.
        connection.watchInbox(agent);
        registry.inboxOpened(connection, agent);
        connection.sendWhenDue(() -> snapshot(me));
        // News may be missed (another node's, while this node could not hear them): the snapshot is sent afresh.
        connection.resyncWith(() -> connection.sendWhenDue(() -> snapshot(me)));
    }

    private ServerFrames.Inbox snapshot(AgentView me) {
        return new ServerFrames.Inbox(
                ServerFrames.Agent.of(me),
                inbox.latest(agent, INBOX_SNAPSHOT).stream().map(TicketJson::of).toList(),
                settings.chatBehaviour().waitingThreshold().toSeconds());
    }

    private void markRead(ConversationId conversation) {
        inbox.ofConversation(conversation, agent)
                .ifPresent(ticket -> reading.markRead(new TicketCommand(agent, ticket.id())));
    }

    private void send(ClientFrame.Send send) {
        MessageReceipt receipt = replies.reply(new ReplyAsAgentCommand(
                agent,
                ConversationId.parse(send.conversationId()
                        .orElseThrow(() -> new FrameRefusedException(
                                "malformed_frame", "The field 'conversationId' is missing."))),
                new ClientMessageId(send.clientMessageId()),
                send.text().map(MessageText::new),
                send.imageId().map(VisitorChatEndpoint::imageId)));
        Traces.stored(receipt.conversation(), receipt.seq());
        connection.send(ServerFrames.Ack.of(receipt));
    }

    @OnClose
    public void close(Session session) {
        registry.closed(connection);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        LOG.log(Level.FINE, "event=agent_socket_error session=" + session.getId(), failure);
    }
}
