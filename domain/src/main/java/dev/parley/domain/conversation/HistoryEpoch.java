package dev.parley.domain.conversation;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The history's epoch: a random value made when the database is set up, and made again when an operator says that
 * the history may have gone back (a backup restored, a database swapped). Sequence numbers count within one epoch
 * only, like Centrifugo's stream epoch: a client that resumes with another epoch, or with a sequence number the
 * conversation has not reached, holds a history the server no longer has, and reloads the conversation from its
 * start instead of skipping what it thinks it has. 1 to 64 characters from {@code [A-Za-z0-9_-]}.
 */
public record HistoryEpoch(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public HistoryEpoch {
        Objects.requireNonNull(value, "history epoch");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("malformed_frame", "An epoch is 1 to 64 letters, digits, '-' or '_'.");
        }
    }

    /**
     * Where a client resumes a conversation whose last sequence number is {@code lastSeq}, when it holds the
     * messages up to {@code heldSeq} as of {@code heldEpoch} (absent: a client that does not say, which is trusted
     * as far as its sequence number goes).
     *
     * @return from {@code heldSeq} on, or from the start with {@link Resumption#reset()} when the client's history
     *     is not this one
     */
    public Resumption resume(long heldSeq, Optional<HistoryEpoch> heldEpoch, long lastSeq) {
        if (heldSeq < 0 || lastSeq < 0) {
            throw new IllegalArgumentException("Sequence numbers are 0 or more");
        }
        boolean otherEpoch = heldEpoch.filter(held -> !held.equals(this)).isPresent();
        boolean beyondHistory = heldSeq > lastSeq;
        return otherEpoch || beyondHistory ? new Resumption(this, 0, true) : new Resumption(this, heldSeq, false);
    }
}
