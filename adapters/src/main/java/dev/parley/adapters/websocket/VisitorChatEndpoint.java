package dev.parley.adapters.websocket;

import dev.parley.adapters.websocket.protocol.ClientFrame;
import dev.parley.adapters.websocket.protocol.ClientFrames;
import dev.parley.adapters.websocket.protocol.FrameRefusedException;
import dev.parley.adapters.websocket.protocol.ServerFrames;
import dev.parley.adapters.wire.ConversationJson;
import dev.parley.application.conversation.port.in.BrowseUseCase;
import dev.parley.application.conversation.port.in.ConversationHistoryQuery;
import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.EndConversationCommand;
import dev.parley.application.conversation.port.in.EndConversationUseCase;
import dev.parley.application.conversation.port.in.GoLiveCommand;
import dev.parley.application.conversation.port.in.GoLiveUseCase;
import dev.parley.application.conversation.port.in.HelpdeskHandoffUseCase;
import dev.parley.application.conversation.port.in.HistoryEpochQuery;
import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.RateConversationCommand;
import dev.parley.application.conversation.port.in.RateConversationUseCase;
import dev.parley.application.conversation.port.in.RecordVisitorSeenUseCase;
import dev.parley.application.conversation.port.in.ResumeConversationUseCase;
import dev.parley.application.conversation.port.in.SendVisitorMessageCommand;
import dev.parley.application.conversation.port.in.SendVisitorMessageUseCase;
import dev.parley.application.conversation.port.in.VisitorSeenCommand;
import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.application.profile.port.in.GiveEmailCommand;
import dev.parley.application.profile.port.in.GiveEmailUseCase;
import dev.parley.application.profile.port.in.VisitorContact;
import dev.parley.application.visitor.port.in.IdentifyVisitorCommand;
import dev.parley.application.visitor.port.in.IdentifyVisitorUseCase;
import dev.parley.application.visitor.port.in.VisitorIdentity;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationNotFoundException;
import dev.parley.domain.conversation.ConversationStatus;
import dev.parley.domain.conversation.HistoryEpoch;
import dev.parley.domain.conversation.ImageNotFoundException;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.conversation.RatingComment;
import dev.parley.domain.conversation.Resumption;
import dev.parley.domain.conversation.Satisfaction;
import dev.parley.domain.conversation.SatisfactionRating;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.conversation.UploadNotFoundException;
import dev.parley.domain.profile.FirstVisit;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.RateLimitedException;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.visitor.VisitorToken;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The visitor's end of the chat ({@code /ws/visitor}, see {@code docs/protocol.md}): identifies the visitor by their
 * token or by the store's signed user id, resends what they lack, and posts what they write. Driving. The container creates one instance per
 * connection, so the fields below are that connection's state.
 */
// A CDI bean, so that the container injects it; one instance per connection.
@Dependent
@ServerEndpoint(value = "/ws/visitor", configurator = VisitorHandshake.class)
public class VisitorChatEndpoint {

    private static final Logger LOG = Logger.getLogger(VisitorChatEndpoint.class.getName());
    private static final Set<String> ACCEPTED = Set.of(
            "hello", "send", "end", "rate", "contact", "handoff_email", "typing", "seen", "browse", "live", "ping");

    @Inject
    ConnectionRegistry registry;

    @Inject
    Traces traces;

    @Inject
    WebSocketLimits limits;

    @Inject
    IdentifyVisitorUseCase identify;

    @Inject
    SendVisitorMessageUseCase messages;

    @Inject
    ConversationHistoryQuery history;

    @Inject
    EndConversationUseCase endings;

    @Inject
    RateConversationUseCase ratings;

    @Inject
    GiveEmailUseCase contacts;

    @Inject
    HelpdeskHandoffUseCase helpdeskHandoffs;

    @Inject
    ResumeConversationUseCase resumes;

    @Inject
    RecordVisitorSeenUseCase receipts;

    @Inject
    BrowseUseCase browsing;

    @Inject
    GoLiveUseCase goingLive;

    @Inject
    HistoryEpochQuery epochs;

    @Inject
    AdmitUseCase admission;

    private Connection connection;
    private VisitorId visitor;
    private String clientAddress;
    /** The language the visitor's widget speaks, from its {@code hello}: the welcome and away messages are in it. */
    private Optional<String> language = Optional.empty();

    /** The longest language tag read from a {@code hello}; a longer one is no language Parley speaks. */
    private static final int MAX_LANGUAGE_TAG_LENGTH = 35;

    @OnOpen
    public void open(Session session, EndpointConfig config) {
        clientAddress = ClientAddresses.of(config);
        session.setMaxTextMessageBufferSize(limits.maxFrameBytes());
        // Parley closes silent connections itself, with 4010; the container's timeout only backs that up.
        session.setMaxIdleTimeout(limits.idleTimeoutMillis() * 2);
        connection = registry.open(session, Connection.Side.VISITOR, ClientAddresses.known(config));
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
            } else if (frame instanceof ClientFrame.Hello hello) {
                hello(hello, VisitorHelloIdentity.of(text));
            } else if (visitor == null) {
                throw new FrameRefusedException("not_ready", "Say hello first.");
            } else if (frame instanceof ClientFrame.Send send) {
                FrameHandling.handle(
                        connection,
                        Optional.of(send.clientMessageId()),
                        () -> traces.frame("visitor send", () -> send(send)));
            } else if (frame instanceof ClientFrame.End end) {
                ConversationView ended =
                        endings.end(new EndConversationCommand(visitor, ConversationId.parse(end.conversationId())));
                connection.send(new ServerFrames.ConversationChanged(ConversationJson.of(ended)));
            } else if (frame instanceof ClientFrame.Rate rate) {
                SatisfactionRating rating = ratings.rate(new RateConversationCommand(
                        visitor,
                        clientAddress,
                        ConversationId.parse(rate.conversationId()),
                        rate.score().equals("good") ? Satisfaction.GOOD : Satisfaction.BAD,
                        RatingComment.ofOptional(rate.comment())));
                connection.send(ServerFrames.Rated.of(rating));
            } else if (frame instanceof ClientFrame.Contact contact) {
                VisitorContact given =
                        contacts.giveEmail(new GiveEmailCommand(visitor, clientAddress, contact.email()));
                connection.send(ServerFrames.Contact.of(given));
            } else if (frame instanceof ClientFrame.HandoffEmail given) {
                ConversationView handedOff = helpdeskHandoffs.giveHandoffEmail(
                        visitor, clientAddress, ConversationId.parse(given.conversationId()), given.email(), language);
                connection.send(new ServerFrames.ConversationChanged(ConversationJson.of(handedOff)));
            } else if (frame instanceof ClientFrame.Typing typing) {
                typing(typing);
            } else if (frame instanceof ClientFrame.Browse) {
                ConversationView opened = browsing.browse(visitor, clientAddress);
                connection.send(new ServerFrames.ConversationChanged(ConversationJson.of(opened)));
                if (!connection.follows(opened.id())) {
                    connection.follow(opened.id(), 0);
                }
            } else if (frame instanceof ClientFrame.Live live) {
                ConversationView now = goingLive.goLive(new GoLiveCommand(
                        visitor, ConversationId.parse(live.conversationId()), live.linksShown(), language));
                connection.send(new ServerFrames.ConversationChanged(ConversationJson.of(now)));
                if (!connection.follows(now.id())) {
                    connection.follow(now.id(), 0);
                }
            } else if (frame instanceof ClientFrame.Seen seen) {
                receipts.seen(new VisitorSeenCommand(visitor, ConversationId.parse(seen.conversationId()), seen.seq()));
            }
        });
    }

    private void hello(ClientFrame.Hello hello, VisitorHelloIdentity claimed) {
        if (visitor != null) {
            throw new FrameRefusedException("already_ready", "This connection has said hello already.");
        }
        FirstVisit visit = firstVisit(hello);
        Optional<HistoryEpoch> heldEpoch = hello.epoch().map(HistoryEpoch::new);
        // A reply email's link speaks for its visitor in its conversation; a refused link or identity throws here:
        // the connection stays not ready and nothing was created.
        Optional<ResumeConversationUseCase.Resumed> resumed = hello.resume().map(resumes::resume);
        VisitorIdentity identity = resumed.isPresent()
                ? new VisitorIdentity(resumed.get().visitor(), Optional.empty())
                : identify.identify(new IdentifyVisitorCommand(
                        hello.token().map(VisitorToken::new),
                        claimed.userId(),
                        claimed.userHash(),
                        visit,
                        clientAddress));
        if (!registry.admit(
                connection, ConnectionCaps.Kind.VISITOR, identity.visitor().toString())) {
            return;
        }
        visitor = identity.visitor();
        // The store's texts and Parley's notices come in the widget's language; an older widget says only the
        // browser's.
        language = hello.language()
                .filter(tag -> tag.length() <= MAX_LANGUAGE_TAG_LENGTH)
                .or(visit::locale)
                .or(() -> language);
        language.map(Locale::forLanguageTag).ifPresent(connection::speaks);
        Optional<ConversationId> named = resumed.map(ResumeConversationUseCase.Resumed::conversation)
                .or(() -> hello.conversationId().flatMap(VisitorChatEndpoint::parseQuietly));
        Optional<ConversationView> conversation;
        try {
            conversation = history.visitorConversation(visitor, named);
        } catch (ConversationNotFoundException notTheirs) {
            // The client holds a conversation that is not this visitor's: answer as if it had named none.
            named = Optional.empty();
            conversation = history.visitorConversation(visitor, Optional.empty());
        }
        // A client whose history of the conversation it named is not the server's (another epoch, or past the last
        // message) reloads it from 0; a client that named none holds nothing to judge.
        Resumption resumption = conversation.isPresent() && named.isPresent()
                ? epochs.resume(conversation.get(), hello.afterSeq(), heldEpoch)
                : new Resumption(epochs.epoch(), 0, false);
        connection.send(new ServerFrames.Ready(
                visitor.toString(),
                identity.issuedToken().map(VisitorToken::value).orElse(null),
                conversation.map(ConversationJson::of).orElse(null),
                resumption.epoch().value(),
                resumption.reset(),
                contacts.contactOf(visitor).emailKnown()));
        conversation.ifPresent(found -> connection.follow(found.id(), resumption.afterSeq()));
    }

    /** The locale and page a {@code hello} reports; a bad one refuses the whole frame, before anything changes. */
    private static FirstVisit firstVisit(ClientFrame.Hello hello) {
        try {
            return new FirstVisit(hello.locale(), hello.page());
        } catch (InvalidValueException bad) {
            throw new FrameRefusedException("malformed_frame", bad.getMessage());
        }
    }

    private void typing(ClientFrame.Typing typing) {
        try {
            admission.admit(limits.typing(), connection.id());
        } catch (RateLimitedException overTheLimit) {
            // Typing is a hint that comes again within seconds: over the limit it is dropped, without an answer.
            return;
        }
        Optional<ConversationView> conversation =
                history.visitorConversation(visitor, typing.conversationId().map(ConversationId::parse));
        conversation
                .filter(found -> found.status() == ConversationStatus.OPEN)
                .ifPresent(found -> registry.typing(
                        connection,
                        found.id(),
                        new ServerFrames.Typing(found.id().toString(), "visitor", null),
                        true));
    }

    private void send(ClientFrame.Send send) {
        MessageReceipt receipt = messages.send(new SendVisitorMessageCommand(
                visitor,
                clientAddress,
                send.conversationId().map(ConversationId::parse),
                new ClientMessageId(send.clientMessageId()),
                send.text().map(MessageText::new),
                send.imageId().map(VisitorChatEndpoint::imageId),
                send.linksShown(),
                language));
        Traces.stored(receipt.conversation(), receipt.seq());
        connection.send(ServerFrames.Ack.of(receipt));
        if (!connection.follows(receipt.conversation())) {
            connection.follow(receipt.conversation(), 0);
        }
    }

    @OnClose
    public void close(Session session) {
        registry.closed(connection);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        LOG.log(Level.FINE, "event=visitor_socket_error session=" + session.getId(), failure);
    }

    /** An image id that is not an id at all names no image of the visitor's. */
    static UploadId imageId(String id) {
        try {
            return UploadId.parse(id);
        } catch (UploadNotFoundException notAnId) {
            throw new ImageNotFoundException(id);
        }
    }

    private static Optional<ConversationId> parseQuietly(String id) {
        try {
            return Optional.of(ConversationId.parse(id));
        } catch (ConversationNotFoundException notAnId) {
            return Optional.empty();
        }
    }
}
