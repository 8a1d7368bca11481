package dev.parley.adapters.rest;

/**
 * Whether the caller is signed in, for a page that opens and only wants to know: the inbox asks this rather than
 * {@code GET /api/v1/agent/session}, so that a signed-out visit is an ordinary answer instead of a refusal its browser
 * reports as an error.
 *
 * @param signedIn whether the request carried a live agent session
 * @param session the signed-in agent, as {@code GET /api/v1/agent/session} answers it; absent when signed out
 * @param code why the caller is signed out, as the problem of {@code GET /api/v1/agent/session} says it
 *     ({@code not_signed_in}, {@code account_removed}); absent when signed in
 * @param detail that reason in words; absent when signed in
 */
public record SessionProbeResponse(boolean signedIn, AgentResponse session, String code, String detail) {

    static SessionProbeResponse signedIn(AgentResponse session) {
        return new SessionProbeResponse(true, session, null, null);
    }

    /** Signed out, for the reason the refusal of {@code GET /api/v1/agent/session} gives. */
    static SessionProbeResponse signedOut(Problem why) {
        return new SessionProbeResponse(false, null, why.code(), why.detail());
    }
}
