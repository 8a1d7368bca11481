package dev.parley.application.team.port.in;

/** Driven by the server's background worker. */
public interface PurgeAgentSessionsUseCase {

    /**
     * Deletes every expired session (ended ones included, once they would have expired) and closes the connections
     * they opened.
     *
     * @return how many sessions were deleted
     */
    int purgeExpired();
}
