package dev.parley.domain.view;

import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.tag.TagId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The inbox filters a view keeps, in the words of the ticket list's query: a status ({@code open}, {@code snoozed},
 * {@code closed}, or every status when absent), whose tickets ({@code all}, {@code mine} — the viewing agent's —,
 * {@code unassigned}), a channel ({@code chat}, {@code sms}), a tag and a search text. A view's tag may since have been
 * deleted: the view then shows no tickets until it is changed.
 *
 * @param status the status, if one
 * @param assignee whose tickets
 * @param channel the channel, if one
 * @param tag the tag, if one
 * @param text the search text, if any: {@value #MIN_TEXT} to {@value #MAX_TEXT} characters, as the list searches
 */
public record ViewFilter(
        Optional<String> status,
        String assignee,
        Optional<String> channel,
        Optional<TagId> tag,
        Optional<String> text) {

    /** The longest search text. */
    public static final int MAX_TEXT = 200;

    /** The shortest search text. */
    public static final int MIN_TEXT = 3;

    private static final Set<String> STATUSES = Set.of("open", "snoozed", "closed");
    private static final Set<String> ASSIGNEES = Set.of("all", "mine", "unassigned");
    private static final Set<String> CHANNELS = Set.of("chat", "sms");

    /** @throws InvalidValueException with {@code invalid_view_filter} for a value the ticket list does not know */
    public ViewFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(text, "text");
        text = text.map(String::strip).filter(value -> !value.isEmpty());
        if (status.isPresent() && !STATUSES.contains(status.get())) {
            throw invalid("status is open, snoozed or closed, or absent for every status");
        }
        if (!ASSIGNEES.contains(assignee)) {
            throw invalid("assignee is all, mine or unassigned");
        }
        if (channel.isPresent() && !CHANNELS.contains(channel.get())) {
            throw invalid("channel is chat or sms, or absent for both");
        }
        if (text.isPresent()) {
            int length = text.get().codePointCount(0, text.get().length());
            if (length < MIN_TEXT || length > MAX_TEXT) {
                throw invalid("search text is " + MIN_TEXT + " to " + MAX_TEXT + " characters");
            }
        }
    }

    private static InvalidValueException invalid(String rule) {
        return new InvalidValueException("invalid_view_filter", "A view's " + rule + ".");
    }
}
