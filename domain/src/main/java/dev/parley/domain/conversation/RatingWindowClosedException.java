package dev.parley.domain.conversation;

import dev.parley.domain.shared.DomainException;
import java.time.Duration;

/** A visitor rated (or changed the rating of) a conversation that ended longer ago than the rating window. */
public class RatingWindowClosedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public RatingWindowClosedException(ConversationId id, Duration window) {
        super(
                "rating_window_closed",
                "Conversation " + id + " ended more than " + window.toHours()
                        + " hours ago; its rating can no longer be given or changed.");
    }
}
