package dev.parley.adapters.rest;

import dev.parley.application.settings.port.in.ChatSettingsQuery;
import dev.parley.application.settings.port.in.UpdateChatSettingsCommand;
import dev.parley.application.settings.port.in.UpdateChatSettingsUseCase;
import dev.parley.domain.settings.ChatSettings;
import dev.parley.domain.shared.AgentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.Set;

/** The chat on/off section, {@code /api/v1/settings/chat}. */
@ApplicationScoped
public class ChatSettingsEndpoint implements SettingsSectionEndpoint {

    /**
     * The section's body.
     *
     * @param chatEnabled the online chat on or off; turning it on turns the onsite widget on too, unless
     *     {@code onsiteWidgetEnabled} in the same body says otherwise
     * @param onsiteWidgetEnabled the onsite widget on or off
     */
    public record Body(Boolean chatEnabled, Boolean onsiteWidgetEnabled) {

        static Body of(ChatSettings settings) {
            return new Body(settings.chatEnabled(), settings.onsiteWidgetEnabled());
        }
    }

    private ChatSettingsQuery settings;
    private UpdateChatSettingsUseCase updating;

    @Inject
    public ChatSettingsEndpoint(ChatSettingsQuery settings, UpdateChatSettingsUseCase updating) {
        this.settings = settings;
        this.updating = updating;
    }

    /** For CDI proxies only. */
    protected ChatSettingsEndpoint() {}

    @Override
    public String section() {
        return ChatSettingsQuery.SECTION;
    }

    @Override
    public Set<String> fields() {
        return Set.of("chatEnabled", "onsiteWidgetEnabled");
    }

    @Override
    public Object read() {
        return Body.of(settings.chatSettings());
    }

    @Override
    public Object update(AgentId actor, JsonObject json) {
        Body body = StrictJsonb.jsonb().fromJson(json.toString(), Body.class);
        return Body.of(updating.update(new UpdateChatSettingsCommand(
                actor, Optional.ofNullable(body.chatEnabled()), Optional.ofNullable(body.onsiteWidgetEnabled()))));
    }
}
