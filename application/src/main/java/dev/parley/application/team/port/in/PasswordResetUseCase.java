package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;

/**
 * Agents who forgot their password get a way back in: a link emailed to their address that sets a new password once,
 * within its lifetime. An admin may send a member such a link too.
 */
public interface PasswordResetUseCase {

    /**
     * Emails a link to the agent with {@code email}, if there is one on the team; the answer is the same either way, so
     * that nobody learns who has an account.
     *
     * @throws NoMailServerException when no mail server is configured
     * @throws dev.parley.domain.shared.RateLimitedException when {@code clientAddress} or the address asked for too
     *     many links lately
     */
    void requestReset(String email, String clientAddress);

    /**
     * An admin emails {@code member} a link; the member's password stays as it is until they use it.
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when {@code admin} is no admin
     * @throws dev.parley.domain.team.AgentNotFoundException when {@code member} is not on the team
     * @throws NoMailServerException when no mail server is configured
     */
    void sendReset(AgentId admin, AgentId member);

    /**
     * Sets the password of the link's agent, ends every session of theirs, and sets aside every other link of theirs.
     *
     * @throws dev.parley.domain.team.PasswordResetLinkInvalidException when the link is unknown, used, set aside or
     *     expired
     */
    void reset(String secret, String newPassword);
}
