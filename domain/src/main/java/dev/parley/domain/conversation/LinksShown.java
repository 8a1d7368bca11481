package dev.parley.domain.conversation;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The store's privacy-policy and terms links, as the widget showed them to the visitor before the conversation's
 * first message: when, and which addresses the store's settings held at that moment. At least one link was shown.
 *
 * @param at when the links were shown (the server's time of the frame that reported it)
 * @param privacyPolicyUrl the privacy policy shown, if the store had one
 * @param termsUrl the terms shown, if the store had them
 */
public record LinksShown(Instant at, Optional<URI> privacyPolicyUrl, Optional<URI> termsUrl) {

    public LinksShown {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(privacyPolicyUrl, "privacy policy link");
        Objects.requireNonNull(termsUrl, "terms link");
        if (privacyPolicyUrl.isEmpty() && termsUrl.isEmpty()) {
            throw new IllegalArgumentException("Links were shown only when there was at least one");
        }
    }

    /** The links a store had at a moment; empty when it had none, since then nothing was shown. */
    public static Optional<LinksShown> of(Instant at, Optional<URI> privacyPolicyUrl, Optional<URI> termsUrl) {
        if (privacyPolicyUrl.isEmpty() && termsUrl.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LinksShown(at, privacyPolicyUrl, termsUrl));
    }
}
