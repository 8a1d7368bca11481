package dev.parley.adapters.websocket.protocol;

import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.MessageView;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.domain.conversation.ImageRef;
import dev.parley.domain.shared.AgentId;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The frames the server sends, as records that JSON-B writes; see {@code docs/protocol.md}. */
public final class ServerFrames {

    private static final Jsonb JSON = JsonbBuilder.create();

    private ServerFrames() {
    }

    /** Writes a frame as JSON text. Absent (null) fields are left out. */
    public static String toJson(Object frame) {
        return JSON.toJson(frame);
    }

    public record Ready(String type, String visitorId, String token, ConversationState conversation) {
        public Ready(String visitorId, String token, ConversationState conversation) {
            this("ready", visitorId, token, conversation);
        }
    }

    public record ConversationState(String id, String status, String stage, long lastSeq) {
        public static ConversationState of(ConversationView view) {
            return new ConversationState(view.id().toString(), lower(view.status()), lower(view.stage()),
                    view.lastSeq());
        }
    }

    public record Message(String type, String conversationId, long seq, String clientMessageId, String author,
            String authorName, String text, Image image, String sentAt, String event) {
        public static Message of(MessageView view) {
            return of(view, Optional.empty());
        }

        /** The frame of a message whose event its reader is shown in {@code notice}'s words, when it has some. */
        public static Message of(MessageView view, Optional<String> notice) {
            return new Message("message", view.conversation().toString(), view.seq(),
                    view.clientMessageId().orElse(null), lower(view.author()), view.authorName().orElse(null),
                    notice.or(view::text).orElse(null), view.image().map(Image::of).orElse(null),
                    view.sentAt().toString(), view.event().map(ServerFrames::lower).orElse(null));
        }
    }

    /** The image a message shows; {@code url} serves its bytes to the conversation's participants. */
    public record Image(String id, String contentType, String url) {
        public static Image of(ImageRef image) {
            return new Image(image.upload().toString(), image.type().mediaType(),
                    "/api/v1/uploads/" + image.upload());
        }
    }

    public record Receipt(String type, String conversationId, long visitorSeenSeq, long agentSeenSeq) {
        public static Receipt of(ConversationView view) {
            return new Receipt("receipt", view.id().toString(), view.visitorSeenSeq(), view.agentSeenSeq());
        }
    }

    public record ConversationChanged(String type, ConversationState conversation) {
        public ConversationChanged(ConversationState conversation) {
            this("conversation", conversation);
        }
    }

    public record Typing(String type, String conversationId, String author, String authorName) {
        public Typing(String conversationId, String author, String authorName) {
            this("typing", conversationId, author, authorName);
        }
    }

    public record Ack(String type, String clientMessageId, String conversationId, long seq) {
        public static Ack of(MessageReceipt receipt) {
            return new Ack("ack", receipt.clientMessageId().value(), receipt.conversation().toString(), receipt.seq());
        }
    }

    public record ErrorFrame(String type, String code, String message, String clientMessageId) {
        public ErrorFrame(String code, String message, String clientMessageId) {
            this("error", code, message, clientMessageId);
        }
    }

    /** The macros changed: the inbox fetches them again ({@code GET /api/v1/macros} or a ticket's macros). */
    public record MacrosChanged(String type) {
        public MacrosChanged() {
            this("macros");
        }
    }

    /**
     * The store's settings changed. A widget gets it bare and fetches {@code GET /api/v1/widget/config} again; an
     * inbox gets the new waiting threshold with it.
     */
    public record SettingsChanged(String type, Long waitingThresholdSeconds) {
        public static SettingsChanged forWidget() {
            return new SettingsChanged("settings", null);
        }

        public static SettingsChanged forInbox(long waitingThresholdSeconds) {
            return new SettingsChanged("settings", waitingThresholdSeconds);
        }
    }

    public record Pong(String type) {
        public Pong() {
            this("pong");
        }
    }

    public record Agent(String id, String email, String name, String role) {
        public static Agent of(AgentView view) {
            return new Agent(view.id().toString(), view.email(), view.name(), lower(view.role()));
        }
    }

    /**
     * The first frame of an agent's connection.
     *
     * @param waitingThresholdSeconds a visitor waiting longer than this for an agent is highlighted (store setting)
     */
    public record Inbox(String type, Agent agent, List<Ticket> tickets, long waitingThresholdSeconds) {
        public Inbox(Agent agent, List<Ticket> tickets, long waitingThresholdSeconds) {
            this("inbox", agent, tickets, waitingThresholdSeconds);
        }
    }

    /** A visitor's profile changed (new details or a new event); inboxes showing it fetch it again. */
    public record ProfileChanged(String type, String profileId, String visitorId) {
        public ProfileChanged(String profileId, String visitorId) {
            this("profile", profileId, visitorId);
        }
    }

    public record TicketChanged(String type, Ticket ticket) {
        public TicketChanged(Ticket ticket) {
            this("ticket", ticket);
        }
    }

    public record LastMessage(String author, String authorId, String text, String sentAt) {
    }

    public record Ticket(String id, String conversationId, String status, String channel, String visitorName,
            String visitorCode, String assigneeId, String assigneeName, long lastSeq, LastMessage lastMessage,
            String createdAt, String lastActivityAt, String snoozedUntil, String waitingSince, boolean unread) {
        public static Ticket of(TicketSummary summary) {
            return new Ticket(summary.id().toString(), summary.conversation().toString(), lower(summary.status()),
                    lower(summary.channel()), summary.visitorName().orElse(null), summary.visitorCode(),
                    summary.assignee().map(AgentId::toString).orElse(null), summary.assigneeName().orElse(null),
                    summary.lastSeq(),
                    summary.lastMessage().map(last -> new LastMessage(lower(last.author()),
                            last.agent().map(AgentId::toString).orElse(null),
                            SystemNotices.text(last.event(), SystemNotices.Reader.AGENT, Locale.ENGLISH)
                                    .orElse(last.preview()),
                            last.sentAt().toString())).orElse(null),
                    summary.createdAt().toString(), summary.lastActivityAt().toString(),
                    summary.snoozedUntil().map(Object::toString).orElse(null),
                    summary.waitingSince().map(Object::toString).orElse(null), summary.unread());
        }
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
