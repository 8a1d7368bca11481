package dev.parley.application.settings.port.in;

import dev.parley.domain.shared.AgentId;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin turns the chat or its onsite widget on or off; an empty field stays as it is. Turning the chat on turns
 * the onsite widget on too, unless the command also says otherwise.
 *
 * @param actor the admin
 * @param chatEnabled the online chat on or off
 * @param onsiteWidgetEnabled the onsite widget on or off
 */
public record UpdateChatSettingsCommand(
        AgentId actor, Optional<Boolean> chatEnabled, Optional<Boolean> onsiteWidgetEnabled) {

    public UpdateChatSettingsCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(chatEnabled, "chat enabled");
        Objects.requireNonNull(onsiteWidgetEnabled, "onsite widget enabled");
    }
}
