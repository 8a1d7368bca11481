package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.HistoryEpoch;

/** Reads the history's epoch, which the database holds; driven by the history epoch query. */
public interface LoadHistoryEpochPort {

    /** The epoch the database holds now (an operator may have rotated it since the last call). */
    HistoryEpoch current();
}
