package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.HistoryEpoch;
import dev.parley.domain.conversation.Resumption;
import java.util.Optional;

/**
 * Driven by the transports when a client (re)connects: the history's epoch, and where a client resumes a conversation
 * it held (see {@link HistoryEpoch}).
 */
public interface HistoryEpochQuery {

    /** The history's epoch now. */
    HistoryEpoch epoch();

    /**
     * Where a client that holds a conversation's messages up to {@code heldSeq}, as of {@code heldEpoch} (absent when
     * it does not say), resumes it: after {@code heldSeq}, or from the start when its history is not the server's.
     */
    Resumption resume(ConversationView conversation, long heldSeq, Optional<HistoryEpoch> heldEpoch);
}
