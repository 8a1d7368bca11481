package dev.parley.adapters.wire;

import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.domain.shared.AgentId;
import java.util.List;
import java.util.Locale;

/**
 * A ticket as the inbox lists it ({@code docs/schemas/ticket.schema.json}): in the REST API's ticket answers and in
 * the {@code inbox} and {@code ticket} frames alike.
 *
 * @param id the ticket
 * @param conversationId its conversation
 * @param status {@code open}, {@code snoozed} or {@code closed}, as of now
 * @param channel {@code chat} or {@code sms}
 * @param visitorName who asked, when the store named them; absent otherwise
 * @param visitorCode the short code that tells an unnamed visitor apart, such as {@code 5F2A}
 * @param assigneeId the agent in charge, absent when nobody is
 * @param assigneeName that agent's name
 * @param lastSeq the sequence number of the conversation's last message
 * @param lastMessage a preview of the last message a person wrote (the visitor or an agent), never Parley's own
 * @param createdAt when the ticket was opened
 * @param lastActivityAt when anything last happened on it
 * @param snoozedUntil when a snoozed ticket comes back
 * @param waitingSince since when the visitor has been waiting for an agent
 * @param unread whether the calling agent has not seen its latest activity
 * @param rating the visitor's rating of the conversation once it ended; absent until they give one
 * @param tags the tags the ticket carries, in the order they were put on; empty when none
 */
public record TicketJson(
        String id,
        String conversationId,
        String status,
        String channel,
        String visitorName,
        String visitorCode,
        String assigneeId,
        String assigneeName,
        long lastSeq,
        LastMessage lastMessage,
        String createdAt,
        String lastActivityAt,
        String snoozedUntil,
        String waitingSince,
        boolean unread,
        Rating rating,
        List<Tag> tags) {

    /**
     * A tag on the ticket.
     *
     * @param id the tag
     * @param name its name, as the tag list has it now
     * @param colour its colour's name, such as {@code blue}
     */
    public record Tag(String id, String name, String colour) {}

    /** A ticket that carries no tags. */
    public TicketJson(
            String id,
            String conversationId,
            String status,
            String channel,
            String visitorName,
            String visitorCode,
            String assigneeId,
            String assigneeName,
            long lastSeq,
            LastMessage lastMessage,
            String createdAt,
            String lastActivityAt,
            String snoozedUntil,
            String waitingSince,
            boolean unread,
            Rating rating) {
        this(
                id,
                conversationId,
                status,
                channel,
                visitorName,
                visitorCode,
                assigneeId,
                assigneeName,
                lastSeq,
                lastMessage,
                createdAt,
                lastActivityAt,
                snoozedUntil,
                waitingSince,
                unread,
                rating,
                List.of());
    }

    /**
     * The visitor's rating.
     *
     * @param score {@code good} or {@code bad}
     * @param comment what they added; absent when nothing
     * @param ratedAt when they gave it (or last changed it)
     */
    public record Rating(String score, String comment, String ratedAt) {}

    /**
     * A preview of a message.
     *
     * @param author {@code visitor}, {@code agent}, {@code system} or {@code bot}
     * @param authorId the agent who wrote it, for an agent's message
     * @param text the first characters; a closing notice in the team's words
     * @param sentAt when it was committed
     */
    public record LastMessage(String author, String authorId, String text, String sentAt) {}

    public static TicketJson of(TicketSummary summary) {
        return new TicketJson(
                summary.id().toString(),
                summary.conversation().toString(),
                Wire.lower(summary.status()),
                Wire.lower(summary.channel()),
                summary.visitorName().orElse(null),
                summary.visitorCode(),
                summary.assignee().map(AgentId::toString).orElse(null),
                summary.assigneeName().orElse(null),
                summary.lastSeq(),
                summary.lastMessage()
                        .map(last -> new LastMessage(
                                Wire.lower(last.author()),
                                last.agent().map(AgentId::toString).orElse(null),
                                SystemNotices.text(last.event(), SystemNotices.Reader.AGENT, Locale.ENGLISH)
                                        .orElse(last.preview()),
                                last.sentAt().toString()))
                        .orElse(null),
                summary.createdAt().toString(),
                summary.lastActivityAt().toString(),
                summary.snoozedUntil().map(Object::toString).orElse(null),
                summary.waitingSince().map(Object::toString).orElse(null),
                summary.unread(),
                summary.rating()
                        .map(rating -> new Rating(
                                rating.good() ? "good" : "bad",
                                rating.comment().orElse(null),
                                rating.ratedAt().toString()))
                        .orElse(null),
                summary.tags().stream()
                        .map(tag -> new Tag(tag.id().toString(), tag.name(), tag.colour()))
                        .toList());
    }
}
