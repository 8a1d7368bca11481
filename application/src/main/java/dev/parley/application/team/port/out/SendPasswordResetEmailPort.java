package dev.parley.application.team.port.out;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Emails an agent the link that sets a new password. */
public interface SendPasswordResetEmailPort {

    /** Whether a mail server is configured to send with. */
    boolean canSend();

    /**
     * Sends the email now.
     *
     * @throws ResetEmailNotSentException when the mail server could not be reached or refused it
     */
    void send(PasswordResetEmail email);

    /**
     * The email to one agent.
     *
     * @param address where it goes
     * @param name the agent's name, to greet them
     * @param locale their account's language
     * @param link the link that sets the new password; a secret, never logged
     * @param expiresAt when the link stops working
     * @param sentBy the admin who sent it, when it was not the agent who asked
     */
    record PasswordResetEmail(
            String address, String name, Locale locale, URI link, Instant expiresAt, Optional<String> sentBy) {

        public PasswordResetEmail {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(locale, "locale");
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(expiresAt, "expiry");
            Objects.requireNonNull(sentBy, "sender");
        }

        @Override
        public String toString() {
            return "PasswordResetEmail[address=" + address + ", link=redacted]";
        }
    }
}
