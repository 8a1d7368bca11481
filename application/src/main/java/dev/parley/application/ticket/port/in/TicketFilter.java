package dev.parley.application.ticket.port.in;

import dev.parley.domain.conversation.Channel;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.tag.TagId;
import dev.parley.domain.ticket.TicketStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * Which tickets an inbox list shows.
 *
 * @param status only tickets with this status as of now (a snooze that has passed counts as open)
 * @param assignee everybody's, the viewer's own, or nobody's
 * @param channel only tickets of this channel
 * @param unreadOnly only tickets unread for the viewer
 * @param text only tickets whose conversation's messages, or whose visitor's name, email, phone or store user id,
 *     contain this text (case-insensitive); at least {@link #MIN_TEXT} characters
 * @param tag only tickets that carry this tag
 */
public record TicketFilter(
        Optional<TicketStatus> status,
        Assignee assignee,
        Optional<Channel> channel,
        boolean unreadOnly,
        Optional<String> text,
        Optional<TagId> tag) {

    /** The longest search text, in characters. */
    public static final int MAX_TEXT = 200;

    /**
     * The shortest search text, in characters (code points): a substring index finds three characters in a row, and
     * a shorter text would have to read every message.
     */
    public static final int MIN_TEXT = 3;

    /** Whose tickets. */
    public enum Assignee {
        ALL,
        MINE,
        UNASSIGNED
    }

    public TicketFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tag, "tag");
        text = text.map(String::strip).filter(t -> !t.isEmpty());
        if (text.isPresent() && text.get().length() > MAX_TEXT) {
            throw new InvalidValueException("search_too_long", "Search for at most " + MAX_TEXT + " characters.");
        }
        if (text.isPresent() && text.get().codePointCount(0, text.get().length()) < MIN_TEXT) {
            throw new InvalidValueException("search_too_short", "Search for at least " + MIN_TEXT + " characters.");
        }
    }

    /** Tickets whatever their tags. */
    public TicketFilter(
            Optional<TicketStatus> status,
            Assignee assignee,
            Optional<Channel> channel,
            boolean unreadOnly,
            Optional<String> text) {
        this(status, assignee, channel, unreadOnly, text, Optional.empty());
    }

    /** Every ticket. */
    public static TicketFilter everything() {
        return new TicketFilter(Optional.empty(), Assignee.ALL, Optional.empty(), false, Optional.empty());
    }
}
