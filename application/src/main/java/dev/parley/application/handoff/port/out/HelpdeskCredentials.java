package dev.parley.application.handoff.port.out;

import dev.parley.domain.shared.Helpdesk;
import java.util.Objects;

/**
 * A connection with its secret opened, for the one call that needs it; never logged, never stored.
 *
 * @param account the subdomain or domain, checked
 * @param login the OAuth client id (Zendesk) or the API user's email (Gorgias)
 * @param secret the client secret or API key
 */
public record HelpdeskCredentials(Helpdesk helpdesk, String account, String login, String secret) {

    public HelpdeskCredentials {
        Objects.requireNonNull(helpdesk, "helpdesk");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "HelpdeskCredentials[" + helpdesk.code() + ", " + account + ", secret redacted]";
    }
}
