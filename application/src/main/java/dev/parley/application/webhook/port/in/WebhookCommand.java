package dev.parley.application.webhook.port.in;

import dev.parley.domain.shared.AgentId;
import java.util.List;
import java.util.Objects;

/**
 * What an admin asks of an endpoint, as written: the use case checks it.
 *
 * @param admin who asks
 * @param url where events go
 * @param description what it is for, optional
 * @param types the event types' names, such as {@code message.created}
 * @param enabled whether it receives events
 */
public record WebhookCommand(AgentId admin, String url, String description, List<String> types, boolean enabled) {

    public WebhookCommand {
        Objects.requireNonNull(admin, "admin");
        types = types == null ? List.of() : List.copyOf(types);
    }
}
