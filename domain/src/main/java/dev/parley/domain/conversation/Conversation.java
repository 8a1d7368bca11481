package dev.parley.domain.conversation;

import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.VisitorId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A conversation between one visitor and the store on one channel.
 *
 * <p>It starts when the visitor writes for the first time and is open until the visitor ends it or an agent closes
 * its ticket. Every message posted to it gets the next sequence number, so the conversation knows only the last
 * number it gave; the messages themselves are stored one by one. <b>Closed is final</b>: once closed, nothing is
 * posted to it and it is never opened again; further help is a new conversation. A visitor has at most one open
 * conversation per channel.
 */
public final class Conversation {

    /**
     * How long after a conversation ended its visitor may rate it, or change their rating: the last rating given
     * within this window counts.
     */
    public static final Duration RATING_WINDOW = Duration.ofHours(24);

    private final ConversationId id;
    private final VisitorId visitor;
    private final Channel channel;
    private final Instant startedAt;
    private ConversationStatus status;
    private long lastSeq;
    private Instant closedAt;
    private long visitorSeenSeq;
    private long agentSeenSeq;
    private boolean live;
    private boolean awayReplied;
    private LinksShown linksShown;
    private AssistantState assistant;

    private Conversation(StoredConversation stored) {
        this.id = Objects.requireNonNull(stored.id(), "id");
        this.visitor = Objects.requireNonNull(stored.visitor(), "visitor");
        this.channel = Objects.requireNonNull(stored.channel(), "channel");
        this.startedAt = Objects.requireNonNull(stored.startedAt(), "started at");
        this.status = Objects.requireNonNull(stored.status(), "status");
        this.lastSeq = stored.lastSeq();
        this.closedAt = stored.closedAt();
        this.visitorSeenSeq = stored.visitorSeenSeq();
        this.agentSeenSeq = stored.agentSeenSeq();
        this.live = stored.live();
        if (visitorSeenSeq < 0 || agentSeenSeq < 0 || visitorSeenSeq > lastSeq || agentSeenSeq > lastSeq) {
            throw new IllegalArgumentException("What was seen lies between 0 and the last sequence number");
        }
        if (lastSeq < 0) {
            throw new IllegalArgumentException("A conversation's last sequence number cannot be negative");
        }
        if ((status == ConversationStatus.CLOSED) != (closedAt != null)) {
            throw new IllegalArgumentException("A conversation has a closing time exactly when it is closed");
        }
        this.awayReplied = stored.awayReplied();
        this.linksShown =
                Objects.requireNonNull(stored.linksShown(), "links shown").orElse(null);
        this.assistant = Objects.requireNonNull(stored.assistant(), "assistant");
        if (live && assistant.answering()) {
            throw new IllegalArgumentException("The AI agent does not answer a live conversation");
        }
    }

    /** Starts a new, empty conversation for a visitor. */
    public static Conversation start(ConversationId id, VisitorId visitor, Channel channel, Instant now) {
        return fresh(id, visitor, channel, now, true);
    }

    /**
     * Opens a conversation in which the visitor only browses the store's answers for now: it holds no message and
     * no ticket until the visitor asks for a person or writes.
     */
    public static Conversation browse(ConversationId id, VisitorId visitor, Channel channel, Instant now) {
        return fresh(id, visitor, channel, now, false);
    }

    private static Conversation fresh(
            ConversationId id, VisitorId visitor, Channel channel, Instant now, boolean live) {
        return new Conversation(new StoredConversation(
                id,
                visitor,
                channel,
                now,
                ConversationStatus.OPEN,
                0,
                null,
                0,
                0,
                live,
                false,
                Optional.empty(),
                AssistantState.NONE));
    }

    /** Rebuilds a conversation from what was stored; for persistence adapters only. */
    public static Conversation reconstitute(StoredConversation stored) {
        return new Conversation(stored);
    }

    /**
     * The store's AI agent takes a conversation the visitor only browsed: it answers the visitor's questions until it
     * hands the conversation to a person. Only a browsing conversation can be taken; taking one the agent already
     * answers does nothing.
     *
     * @return whether this made the AI agent answer it
     * @throws ConversationClosedException when the conversation is closed
     */
    public boolean assist() {
        requireOpen();
        if (live || assistant.answering()) {
            return false;
        }
        if (assistant.handoff().isPresent()) {
            throw new IllegalStateException("A conversation the AI agent handed off is not taken back");
        }
        assistant = new AssistantState(true, 0, 0, Optional.empty());
        return true;
    }

    /**
     * The AI agent answers the visitor with a text and what it cites, in the conversation's next message.
     *
     * @param unsure whether the agent is not sure of this answer (it offered choices); such answers in a row are counted
     * @throws ConversationClosedException when the conversation is closed
     * @throws IllegalStateException when the AI agent does not answer this conversation (any more)
     */
    public Message answerAsAssistant(MessageText text, List<Citation> citations, boolean unsure, Instant now) {
        requireOpen();
        requireAssisted();
        List<Citation> cited = Citation.checked(citations);
        assistant = new AssistantState(
                true, assistant.answered() + 1, unsure ? assistant.unsure() + 1 : 0, Optional.empty());
        return assistantMessage(text, cited, now);
    }

    /**
     * The AI agent answers a greeting, thanks or a goodbye in kind: a message of its own that answers no question, so
     * it counts neither toward the turn limit nor for or against the unsure answers in a row.
     *
     * @throws ConversationClosedException when the conversation is closed
     * @throws IllegalStateException when the AI agent does not answer this conversation (any more)
     */
    public Message replyInKindAsAssistant(MessageText text, Instant now) {
        requireOpen();
        requireAssisted();
        return assistantMessage(text, List.of(), now);
    }

    private Message assistantMessage(MessageText text, List<Citation> cited, Instant now) {
        lastSeq++;
        return new Message(
                id,
                lastSeq,
                Optional.empty(),
                Author.bot(),
                Optional.of(text),
                Optional.empty(),
                now,
                Optional.empty(),
                cited);
    }

    /**
     * The AI agent hands the conversation to the team: a notice records why, the conversation goes live with the
     * welcome message, and the AI agent never answers it again.
     *
     * @return the notice and the welcome message, in order
     * @throws ConversationClosedException when the conversation is closed
     * @throws IllegalStateException when the AI agent does not answer this conversation (any more)
     */
    public List<Message> handOff(HandoffReason reason, MessageText welcome, Instant now) {
        Message notice = recordHandoff(reason, now);
        live = true;
        Message welcomed = post(Author.system(), Optional.empty(), welcome, now);
        return List.of(notice, welcomed);
    }

    /**
     * The AI agent hands the conversation off by giving the visitor the store's message (such as "Write to
     * help@shop.example"), after which the conversation ends.
     *
     * @return the notice, the store's message and the closing notice, in order
     * @throws ConversationClosedException when the conversation is closed
     * @throws IllegalStateException when the AI agent does not answer this conversation (any more)
     */
    public List<Message> handOffWithMessage(HandoffReason reason, MessageText message, Instant now) {
        Message notice = recordHandoff(reason, now);
        lastSeq++;
        Message told = systemNotice(Optional.of(message), Optional.empty(), now);
        Message closing = close(ConversationEvent.ENDED_AFTER_HANDOFF, now);
        return List.of(notice, told, closing);
    }

    /**
     * The AI agent hands the conversation to the store's external helpdesk, which answers by email, and Parley knows
     * no address for the visitor: it asks for one. Until the visitor gives it ({@link #handOffToHelpdesk}) or chooses
     * to chat here instead ({@link #handOff}), nobody answers and the visitor's messages are refused.
     *
     * @return the request for the address
     * @throws ConversationClosedException when the conversation is closed
     * @throws IllegalStateException when the AI agent does not answer this conversation (any more)
     */
    public Message askEmailForHandoff(HandoffReason reason, Instant now) {
        Objects.requireNonNull(reason, "reason");
        requireOpen();
        requireAssisted();
        assistant = new AssistantState(
                false, assistant.answered(), assistant.unsure(), Optional.empty(), Optional.of(reason));
        lastSeq++;
        return systemNotice(Optional.empty(), Optional.of(ConversationEvent.HANDOFF_EMAIL_ASKED), now);
    }

    /** Whether the conversation waits for the visitor's address before it goes to the store's helpdesk. */
    public boolean waitsForHandoffEmail() {
        return isOpen() && assistant.emailAskedFor().isPresent();
    }

    /**
     * The AI agent hands the conversation to the store's external helpdesk, which will reply to the visitor at
     * {@code email}: a notice records why, the visitor is told where the reply goes, and the conversation ends.
     *
     * @param reason why; when the conversation waited for the address, the reason it was asked for stands
     * @return the notice, the message that tells the visitor and the closing notice, in order
     * @throws ConversationClosedException when the conversation is closed
     * @throws IllegalStateException when the AI agent neither answers this conversation nor waits for an address
     */
    public List<Message> handOffToHelpdesk(HandoffReason reason, String email, Instant now) {
        Objects.requireNonNull(email, "email");
        Message notice = recordHandoff(assistant.emailAskedFor().orElse(reason), now);
        lastSeq++;
        Message told = systemNotice(
                Optional.of(new MessageText(email)), Optional.of(ConversationEvent.PASSED_TO_HELPDESK), now);
        Message closing = close(ConversationEvent.ENDED_AFTER_HANDOFF, now);
        return List.of(notice, told, closing);
    }

    /**
     * Passing the ended conversation to the store's helpdesk failed for good: a notice tells the team here that the
     * visitor waits for a reply at {@code email}. The only message a closed conversation takes.
     *
     * @return the notice
     * @throws IllegalStateException when the conversation is open or the AI agent never handed it off
     */
    public Message recordHelpdeskFallback(String email, Instant now) {
        Objects.requireNonNull(email, "email");
        if (isOpen() || assistant.handoff().isEmpty()) {
            throw new IllegalStateException("Only a conversation handed to a helpdesk falls back: " + id);
        }
        lastSeq++;
        return systemNotice(Optional.of(new MessageText(email)), Optional.of(ConversationEvent.HELPDESK_FALLBACK), now);
    }

    private Message recordHandoff(HandoffReason reason, Instant now) {
        Objects.requireNonNull(reason, "reason");
        requireOpen();
        if (assistant.emailAskedFor().isEmpty()) {
            requireAssisted();
        }
        assistant = new AssistantState(false, assistant.answered(), assistant.unsure(), Optional.of(reason));
        lastSeq++;
        return systemNotice(Optional.empty(), Optional.of(ConversationEvent.handoff(reason)), now);
    }

    /** A message of Parley's own at the sequence number just taken: its words, if any, and what it records. */
    private Message systemNotice(Optional<MessageText> text, Optional<ConversationEvent> event, Instant now) {
        return new Message(id, lastSeq, Optional.empty(), Author.system(), text, Optional.empty(), now, event);
    }

    private void requireAssisted() {
        if (!assistant.answering()) {
            throw new IllegalStateException("The AI agent does not answer conversation " + id);
        }
    }

    /** What the AI agent did in this conversation. */
    public AssistantState assistant() {
        return assistant;
    }

    /**
     * The visitor asked for a person (or wrote): the conversation goes live and Parley posts the welcome message.
     * Going live again does nothing.
     *
     * @return the welcome message, when this made the conversation live
     * @throws ConversationClosedException when the conversation is closed
     */
    public Optional<Message> goLive(MessageText welcome, Instant now) {
        requireOpen();
        if (live) {
            return Optional.empty();
        }
        if (assistant.answering()) {
            throw new IllegalStateException("A conversation the AI agent answers goes to the team by a handoff");
        }
        if (assistant.emailAskedFor().isPresent()) {
            throw new HandoffEmailPendingException();
        }
        live = true;
        return Optional.of(post(Author.system(), Optional.empty(), welcome, now));
    }

    /**
     * The visitor wrote while the team is away: Parley answers with the store's away message, once until an agent
     * writes again, so that a visitor who sends several messages gets one away reply, not one each.
     *
     * @return the away reply, when one is due
     */
    public Optional<Message> replyAway(MessageText awayMessage, Instant now) {
        requireOpen();
        if (awayReplied) {
            return Optional.empty();
        }
        awayReplied = true;
        lastSeq++;
        return Optional.of(systemNotice(Optional.of(awayMessage), Optional.of(ConversationEvent.AWAY_REPLY), now));
    }

    /** Whether Parley has answered with the away message since an agent last wrote. */
    public boolean awayReplied() {
        return awayReplied;
    }

    /**
     * Records that the widget showed the visitor the store's privacy-policy and terms links. Only the first time
     * counts: what the visitor saw before they first wrote is never overwritten by a later showing.
     *
     * @return whether this recorded it (false when the links were recorded before)
     * @throws ConversationClosedException when the conversation is closed
     */
    public boolean linksWereShown(LinksShown shown) {
        Objects.requireNonNull(shown, "links shown");
        requireOpen();
        if (linksShown != null) {
            return false;
        }
        linksShown = shown;
        return true;
    }

    /** The store's links as the visitor was first shown them, if they were. */
    public Optional<LinksShown> linksShown() {
        return Optional.ofNullable(linksShown);
    }

    /** Browsing, live or closed. */
    public ConversationStage stage() {
        if (!isOpen()) {
            return ConversationStage.CLOSED;
        }
        if (live) {
            return ConversationStage.LIVE;
        }
        if (assistant.emailAskedFor().isPresent()) {
            return ConversationStage.HANDOFF_EMAIL;
        }
        return assistant.answering() ? ConversationStage.ASSISTED : ConversationStage.BROWSING;
    }

    /**
     * The visitor has seen the messages up to {@code seq} (a read receipt). Receipts never go backwards and never
     * past the last message; a closed conversation still takes them, since they change nothing that was said.
     *
     * @return whether this moved the receipt forward
     */
    public boolean visitorSaw(long seq) {
        long seen = Math.min(Math.max(seq, 0), lastSeq);
        if (seen <= visitorSeenSeq) {
            return false;
        }
        visitorSeenSeq = seen;
        return true;
    }

    /**
     * An agent has seen the messages up to {@code seq}: the visitor's messages up to there show "Seen".
     *
     * @return whether this moved the receipt forward
     */
    public boolean agentSaw(long seq) {
        long seen = Math.min(Math.max(seq, 0), lastSeq);
        if (seen <= agentSeenSeq) {
            return false;
        }
        agentSeenSeq = seen;
        return true;
    }

    /**
     * Posts a message and gives it the next sequence number.
     *
     * @throws ConversationClosedException when the conversation is closed
     */
    public Message post(Author author, Optional<ClientMessageId> clientMessageId, MessageText text, Instant now) {
        return post(author, clientMessageId, Optional.of(text), Optional.empty(), now);
    }

    /**
     * Posts a message with a text, an image or both, and gives it the next sequence number.
     *
     * @throws ConversationClosedException when the conversation is closed
     * @throws dev.parley.domain.shared.InvalidValueException with {@code empty_message} when it has neither
     */
    public Message post(
            Author author,
            Optional<ClientMessageId> clientMessageId,
            Optional<MessageText> text,
            Optional<ImageRef> image,
            Instant now) {
        requireOpen();
        if (assistant.emailAskedFor().isPresent() && author.kind() != AuthorKind.SYSTEM) {
            throw new HandoffEmailPendingException();
        }
        boolean assisted = assistant.answering() && author.kind() == AuthorKind.VISITOR;
        if (!live && author.kind() != AuthorKind.SYSTEM && !assisted) {
            throw new IllegalStateException("A browsing conversation goes live before anyone writes in it");
        }
        if (author.kind() == AuthorKind.AGENT) {
            awayReplied = false;
        }
        Message.requireContent(text, image);
        lastSeq++;
        return new Message(id, lastSeq, clientMessageId, author, text, image, now, Optional.empty());
    }

    /**
     * Closes the conversation for good, recording why as its last message, so that every client learns of it in
     * sequence, however late it reconnects. The notice holds the event only: whoever shows it words it for its reader.
     *
     * @return the closing notice, the conversation's last message
     * @throws ConversationClosedException when it is already closed
     */
    public Message close(ConversationEvent why, Instant now) {
        requireOpen();
        Objects.requireNonNull(why, "why");
        if (why == ConversationEvent.AWAY_REPLY || why.isHandoff()) {
            throw new IllegalArgumentException("Neither an away reply nor a handoff closes a conversation");
        }
        lastSeq++;
        Message closing = systemNotice(Optional.empty(), Optional.of(why), now);
        status = ConversationStatus.CLOSED;
        closedAt = Objects.requireNonNull(now, "now");
        return closing;
    }

    /**
     * The visitor rates the conversation, which has ended. Giving the answer that stands again changes nothing (a retry
     * is harmless whenever it comes); another answer takes its place while the {@link #RATING_WINDOW} lasts.
     *
     * @param current the rating that stands, if any
     * @return the new rating, or empty when {@code current} says the same already
     * @throws ConversationOpenException when the conversation has not ended
     * @throws RatingWindowClosedException when it ended longer ago than the rating window
     */
    public Optional<SatisfactionRating> rate(
            Satisfaction score, Optional<RatingComment> comment, Optional<SatisfactionRating> current, Instant now) {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(now, "now");
        if (isOpen()) {
            throw new ConversationOpenException(id);
        }
        if (current.filter(standing -> standing.says(score, comment)).isPresent()) {
            return Optional.empty();
        }
        if (now.isAfter(closedAt.plus(RATING_WINDOW))) {
            throw new RatingWindowClosedException(id, RATING_WINDOW);
        }
        return Optional.of(new SatisfactionRating(id, score, comment, now));
    }

    /** Whether this conversation is the given visitor's own. */
    public boolean belongsTo(VisitorId candidate) {
        return visitor.equals(candidate);
    }

    public boolean isOpen() {
        return status == ConversationStatus.OPEN;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new ConversationClosedException(id);
        }
    }

    public ConversationId id() {
        return id;
    }

    public VisitorId visitor() {
        return visitor;
    }

    public Channel channel() {
        return channel;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public ConversationStatus status() {
        return status;
    }

    public long lastSeq() {
        return lastSeq;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    /** The last sequence number the visitor has seen. */
    public long visitorSeenSeq() {
        return visitorSeenSeq;
    }

    /** The last sequence number an agent has seen. */
    public long agentSeenSeq() {
        return agentSeenSeq;
    }
}
