package dev.parley.domain.handoff;

import dev.parley.domain.shared.Helpdesk;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.SealedSecret;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The store's account at an external helpdesk, as Parley signs in to it: for Zendesk the subdomain and an OAuth
 * client's id and secret (client credentials); for Gorgias the domain and the email and API key of a private app
 * (HTTP Basic). The secret is kept sealed, and never shown again.
 *
 * @param helpdesk which helpdesk
 * @param account the account's subdomain (Zendesk) or domain (Gorgias)
 * @param login the OAuth client's id (Zendesk) or the API user's email address (Gorgias)
 * @param secret the client secret or API key, sealed
 * @param updatedAt when an admin last changed it
 */
public record HelpdeskConnection(
        Helpdesk helpdesk, HelpdeskAccount account, String login, SealedSecret secret, Instant updatedAt) {

    /** The longest client id, user email or secret taken. */
    public static final int MAX_LOGIN = 200;

    /** The longest secret taken. */
    public static final int MAX_SECRET = 500;

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_.:-]{1," + MAX_LOGIN + "}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern SECRET = Pattern.compile("\\S{1," + MAX_SECRET + "}");

    public HelpdeskConnection {
        Objects.requireNonNull(helpdesk, "helpdesk");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(updatedAt, "updatedAt");
        login = checkedLogin(helpdesk, login);
    }

    /**
     * The client id or user email as typed, trimmed and checked.
     *
     * @throws InvalidValueException {@code invalid_client_id} or {@code invalid_email}
     */
    public static String checkedLogin(Helpdesk helpdesk, String typed) {
        String login = typed == null ? "" : typed.strip();
        if (helpdesk == Helpdesk.ZENDESK && !CLIENT_ID.matcher(login).matches()) {
            throw new InvalidValueException(
                    "invalid_client_id",
                    "The client id is the OAuth client's unique identifier: 1 to " + MAX_LOGIN
                            + " letters, digits, dots, hyphens or underscores.");
        }
        if (helpdesk == Helpdesk.GORGIAS
                && (login.length() > 254 || !EMAIL.matcher(login).matches())) {
            throw new InvalidValueException(
                    "invalid_email", "The email is the address of the Gorgias user the API key belongs to.");
        }
        return login;
    }

    /**
     * A secret as typed, trimmed and checked before it is sealed.
     *
     * @throws InvalidValueException {@code invalid_helpdesk_secret} when it is empty, longer than {@value
     *     #MAX_SECRET} characters or holds spaces
     */
    public static String checkedSecret(String typed) {
        String secret = typed == null ? "" : typed.strip();
        if (!SECRET.matcher(secret).matches()) {
            throw new InvalidValueException(
                    "invalid_helpdesk_secret",
                    "The secret is 1 to " + MAX_SECRET + " characters without spaces, as the helpdesk shows it.");
        }
        return secret;
    }

    /** What its sealed secret is sealed for, so that a copy in another row does not open. */
    public String secretContext() {
        return "handoff:" + helpdesk.code();
    }

    /** Never prints the secret, even sealed. */
    @Override
    public String toString() {
        return "HelpdeskConnection[" + helpdesk.code() + ", " + account.value() + "]";
    }
}
