package dev.parley.domain.conversation;

import java.util.Objects;

/**
 * Where a client resumes a conversation it held.
 *
 * @param epoch the history's epoch now, which the client keeps for its next resumption
 * @param afterSeq the messages after this sequence number are sent to the client
 * @param reset whether the client's history is not the server's: it drops what it held of the conversation and
 *     takes the messages sent from the start ({@code afterSeq} is then 0)
 */
public record Resumption(HistoryEpoch epoch, long afterSeq, boolean reset) {

    public Resumption {
        Objects.requireNonNull(epoch, "epoch");
        if (afterSeq < 0 || (reset && afterSeq != 0)) {
            throw new IllegalArgumentException("A resumption starts at 0 or later, and a reset at 0");
        }
    }
}
