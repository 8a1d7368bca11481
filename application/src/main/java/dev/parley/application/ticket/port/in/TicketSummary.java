package dev.parley.application.ticket.port.in;

import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.tag.TagId;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of the inbox: a ticket with what an agent needs to pick it.
 *
 * @param id the ticket
 * @param conversation its conversation
 * @param status open, snoozed or closed
 * @param visitorName who asked, when the store named them
 * @param visitorCode the short code that tells an unnamed visitor apart, such as {@code 5F2A}
 * @param assignee the agent in charge, if any
 * @param assigneeName that agent's name
 * @param lastSeq the sequence number of the conversation's last message
 * @param lastMessage the last message a person wrote (the visitor or an agent), if any: automatic replies and
 *     notices are never previewed
 * @param createdAt when the ticket was opened
 * @param lastActivityAt when anything last happened on it
 * @param channel how the visitor reached the store
 * @param snoozedUntil when a snoozed ticket comes back
 * @param waitingSince since when the visitor has been waiting for an agent
 * @param unread whether the viewing agent has not seen its latest activity (or marked it unread)
 * @param rating how the visitor rated the conversation once it ended, if they did
 * @param tags the tags the ticket carries, in the order they were put on
 */
public record TicketSummary(
        TicketId id,
        ConversationId conversation,
        TicketStatus status,
        Optional<String> visitorName,
        String visitorCode,
        Optional<AgentId> assignee,
        Optional<String> assigneeName,
        long lastSeq,
        Optional<LastMessage> lastMessage,
        Instant createdAt,
        Instant lastActivityAt,
        Channel channel,
        Optional<Instant> snoozedUntil,
        Optional<Instant> waitingSince,
        boolean unread,
        Optional<Rating> rating,
        List<Tag> tags) {

    /** The longest preview of the last message, in characters. */
    public static final int PREVIEW_LENGTH = 140;

    public TicketSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(visitorName, "visitor name");
        Objects.requireNonNull(visitorCode, "visitor code");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(assigneeName, "assignee name");
        Objects.requireNonNull(lastMessage, "last message");
        Objects.requireNonNull(createdAt, "created at");
        Objects.requireNonNull(lastActivityAt, "last activity at");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(snoozedUntil, "snoozed until");
        Objects.requireNonNull(waitingSince, "waiting since");
        Objects.requireNonNull(rating, "rating");
        tags = List.copyOf(tags);
    }

    /** A row of a ticket that carries no tags. */
    public TicketSummary(
            TicketId id,
            ConversationId conversation,
            TicketStatus status,
            Optional<String> visitorName,
            String visitorCode,
            Optional<AgentId> assignee,
            Optional<String> assigneeName,
            long lastSeq,
            Optional<LastMessage> lastMessage,
            Instant createdAt,
            Instant lastActivityAt,
            Channel channel,
            Optional<Instant> snoozedUntil,
            Optional<Instant> waitingSince,
            boolean unread,
            Optional<Rating> rating) {
        this(
                id,
                conversation,
                status,
                visitorName,
                visitorCode,
                assignee,
                assigneeName,
                lastSeq,
                lastMessage,
                createdAt,
                lastActivityAt,
                channel,
                snoozedUntil,
                waitingSince,
                unread,
                rating,
                List.of());
    }

    /** A row of a ticket whose conversation has no rating. */
    public TicketSummary(
            TicketId id,
            ConversationId conversation,
            TicketStatus status,
            Optional<String> visitorName,
            String visitorCode,
            Optional<AgentId> assignee,
            Optional<String> assigneeName,
            long lastSeq,
            Optional<LastMessage> lastMessage,
            Instant createdAt,
            Instant lastActivityAt,
            Channel channel,
            Optional<Instant> snoozedUntil,
            Optional<Instant> waitingSince,
            boolean unread) {
        this(
                id,
                conversation,
                status,
                visitorName,
                visitorCode,
                assignee,
                assigneeName,
                lastSeq,
                lastMessage,
                createdAt,
                lastActivityAt,
                channel,
                snoozedUntil,
                waitingSince,
                unread,
                Optional.empty(),
                List.of());
    }

    /**
     * A tag on the ticket, as the tag list has it now.
     *
     * @param id the tag
     * @param name its name
     * @param colour its colour's name, such as {@code blue}
     */
    public record Tag(TagId id, String name, String colour) {

        public Tag {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(colour, "colour");
        }
    }

    /**
     * The visitor's rating of the conversation.
     *
     * @param good whether they found it good (else bad)
     * @param comment what they added, if anything
     * @param ratedAt when they gave it
     */
    public record Rating(boolean good, Optional<String> comment, Instant ratedAt) {

        public Rating {
            Objects.requireNonNull(comment, "comment");
            Objects.requireNonNull(ratedAt, "rated at");
        }
    }

    /**
     * The preview of a conversation's last message.
     *
     * @param author who wrote it
     * @param agent the agent who wrote it, for an agent's message
     * @param preview its first characters; empty for a notice that records an event only
     * @param sentAt when it was committed
     * @param event what a system message records, for whoever shows it to word
     */
    public record LastMessage(
            AuthorKind author,
            Optional<AgentId> agent,
            String preview,
            Instant sentAt,
            Optional<ConversationEvent> event) {

        public LastMessage {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(agent, "agent");
            Objects.requireNonNull(preview, "preview");
            Objects.requireNonNull(sentAt, "sent at");
        }
    }
}
