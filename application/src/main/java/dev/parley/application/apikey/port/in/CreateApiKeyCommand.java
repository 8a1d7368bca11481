package dev.parley.application.apikey.port.in;

import dev.parley.domain.apikey.ApiKeyName;
import dev.parley.domain.shared.AgentId;
import java.util.Objects;

/**
 * An admin creates an API key.
 *
 * @param admin who creates it
 * @param name what they call it
 */
public record CreateApiKeyCommand(AgentId admin, ApiKeyName name) {

    public CreateApiKeyCommand {
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(name, "name");
    }
}
