package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.ResumeLink;
import java.util.Optional;

/** Keeps the links that take visitors from an email back into their conversation; only tokens' hashes are kept. */
public interface ResumeLinkPort {

    void save(ResumeLink link);

    /** The link whose token has this SHA-256, expired or not. */
    Optional<ResumeLink> findByTokenHash(String tokenHash);
}
