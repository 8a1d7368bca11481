package dev.parley.application.team.port.out;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.PasswordReset;
import dev.parley.domain.team.SessionTokenHash;
import java.time.Instant;
import java.util.Optional;

/** Where password reset links are kept (only their secrets' hashes). */
public interface PasswordResetPort {

    void save(PasswordReset reset);

    /** The link with this hash, locked until the transaction ends, so that it is used once. */
    Optional<PasswordReset> findForUpdate(SessionTokenHash id);

    /** Sets aside every unused link of {@code agent} at {@code now}: only the newest link, or none, works. */
    void setAsideAllOf(AgentId agent, Instant now);
}
