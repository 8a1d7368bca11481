package dev.parley.adapters.websocket.protocol;

import dev.parley.adapters.wire.ConversationJson;
import dev.parley.adapters.wire.NoteJson;
import dev.parley.adapters.wire.TicketJson;
import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.profile.port.in.VisitorContact;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.domain.conversation.RatingComment;
import dev.parley.domain.conversation.Satisfaction;
import dev.parley.domain.conversation.SatisfactionRating;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Locale;

/**
 * The frames the server sends, as records that JSON-B writes; see {@code docs/protocol.md} and their schemas under
 * {@code docs/schemas/frames/server/}. The {@code message} frame is {@link dev.parley.adapters.wire.MessageJson}, and
 * the ticket and conversation inside frames are the wire package's too.
 */
public final class ServerFrames {

    private static final Jsonb JSON = JsonbBuilder.create();

    private ServerFrames() {}

    /** Writes a frame as JSON text. Absent (null) fields are left out. */
    public static String toJson(Object frame) {
        return JSON.toJson(frame);
    }

    /**
     * The answer to a visitor's {@code hello}; {@code reset} is {@code true} (else left out) when the client's history
     * of the conversation is not the server's and the messages follow from the start.
     */
    public record Ready(
            String type,
            String visitorId,
            String token,
            ConversationJson conversation,
            String epoch,
            Boolean reset,
            Boolean emailKnown) {
        public Ready(String visitorId, String token, ConversationJson conversation, String epoch, boolean reset) {
            this(visitorId, token, conversation, epoch, reset, false);
        }

        public Ready(
                String visitorId,
                String token,
                ConversationJson conversation,
                String epoch,
                boolean reset,
                boolean emailKnown) {
            this(
                    "ready",
                    visitorId,
                    token,
                    conversation,
                    epoch,
                    reset ? Boolean.TRUE : null,
                    emailKnown ? Boolean.TRUE : null);
        }
    }

    /**
     * The answer to a visitor's {@code contact}: whether Parley can write to them now, with the address they gave
     * (shown back only to them), and whether the store set one of its own, which comes first.
     */
    public record Contact(String type, boolean emailKnown, String email, boolean storeEmail) {
        public static Contact of(VisitorContact contact) {
            return new Contact(
                    "contact", contact.emailKnown(), contact.visitorEmail().orElse(null), contact.storeEmail());
        }
    }

    /**
     * The answer to an agent's {@code open}, before the conversation's messages: the history epoch, and {@code reset}
     * {@code true} (else left out) when the inbox's history of it is not the server's and the messages follow from
     * the start.
     */
    public record Opened(String type, String conversationId, String epoch, Boolean reset) {
        public Opened(String conversationId, String epoch, boolean reset) {
            this("opened", conversationId, epoch, reset ? Boolean.TRUE : null);
        }
    }

    public record Receipt(String type, String conversationId, long visitorSeenSeq, long agentSeenSeq) {
        public static Receipt of(ConversationView view) {
            return new Receipt("receipt", view.id().toString(), view.visitorSeenSeq(), view.agentSeenSeq());
        }
    }

    public record ConversationChanged(String type, ConversationJson conversation) {
        public ConversationChanged(ConversationJson conversation) {
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
            return new Ack(
                    "ack",
                    receipt.clientMessageId().value(),
                    receipt.conversation().toString(),
                    receipt.seq());
        }
    }

    /** The rating that stands now, in answer to {@code rate}. */
    public record Rated(String type, String conversationId, String score, String comment, String ratedAt) {
        public static Rated of(SatisfactionRating rating) {
            return new Rated(
                    "rated",
                    rating.conversation().toString(),
                    rating.score() == Satisfaction.GOOD ? "good" : "bad",
                    rating.comment().map(RatingComment::value).orElse(null),
                    rating.ratedAt().toString());
        }
    }

    public record ErrorFrame(String type, String code, String message, String clientMessageId) {
        public ErrorFrame(String code, String message, String clientMessageId) {
            this("error", code, message, clientMessageId);
        }
    }

    /** The tag list changed: the inbox fetches it again ({@code GET /api/v1/tags}). */
    public record TagsChanged(String type) {
        public TagsChanged() {
            this("tags");
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

    /** An agent came online, went away or went offline; inboxes only. */
    public record PresenceChanged(String type, String agentId, String presence) {
        public PresenceChanged(String agentId, String presence) {
            this("presence", agentId, presence);
        }
    }

    /** Whether anyone of the team is online changed; widgets only. */
    public record TeamAvailability(String type, boolean teamOnline) {
        public TeamAvailability(boolean teamOnline) {
            this("availability", teamOnline);
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
    public record Inbox(String type, Agent agent, List<TicketJson> tickets, long waitingThresholdSeconds) {
        public Inbox(Agent agent, List<TicketJson> tickets, long waitingThresholdSeconds) {
            this("inbox", agent, tickets, waitingThresholdSeconds);
        }
    }

    /** A visitor's profile changed (new details or a new event); inboxes showing it fetch it again. */
    public record ProfileChanged(String type, String profileId, String visitorId) {
        public ProfileChanged(String profileId, String visitorId) {
            this("profile", profileId, visitorId);
        }
    }

    public record TicketChanged(String type, TicketJson ticket) {
        public TicketChanged(TicketJson ticket) {
            this("ticket", ticket);
        }
    }

    /** A new internal note on a ticket the inbox has open; agents only. */
    public record NoteAdded(String type, NoteJson note) {
        public NoteAdded(NoteJson note) {
            this("note", note);
        }
    }

    /** A new internal note mentions the agent of this inbox. */
    public record Mentioned(String type, NoteJson note) {
        public Mentioned(NoteJson note) {
            this("mention", note);
        }
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
