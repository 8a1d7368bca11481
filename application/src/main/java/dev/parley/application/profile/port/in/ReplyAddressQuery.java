package dev.parley.application.profile.port.in;

import dev.parley.domain.shared.VisitorId;
import java.util.Objects;
import java.util.Optional;

/** Where and in which language Parley writes to a visitor; driven by the emails that carry replies to visitors. */
@FunctionalInterface
public interface ReplyAddressQuery {

    /** The visitor's address (the store's for them, else the one they gave), if Parley has one. */
    Optional<ReplyAddress> replyAddressOf(VisitorId visitor);

    /**
     * An address to write to.
     *
     * @param email the address; never logged
     * @param locale the first language the visitor's widget reported, if any
     */
    record ReplyAddress(String email, Optional<String> locale) {

        public ReplyAddress {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(locale, "locale");
        }

        /** Never prints the address. */
        @Override
        public String toString() {
            return "ReplyAddress[locale=" + locale.orElse("none") + "]";
        }
    }
}
