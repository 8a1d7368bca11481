package dev.parley.adapters.rest;

import dev.parley.application.settings.port.in.DesignSettingsQuery;
import dev.parley.application.settings.port.in.UpdateDesignSettingsCommand;
import dev.parley.application.settings.port.in.UpdateDesignSettingsUseCase;
import dev.parley.domain.settings.DesignSettings;
import dev.parley.domain.shared.AgentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The design section, {@code /api/v1/settings/design}. */
@ApplicationScoped
public class DesignSettingsEndpoint implements SettingsSectionEndpoint {

    /**
     * The section's body.
     *
     * @param appearance the chat's own design; refused with {@code appearance_locked_by_customer_hub} while the
     *     customer hub is active, unless it is the current design (the hub changes first, so switching it off in the
     *     same body unlocks the design)
     * @param appearanceLocked read-only: whether the customer hub is active, so that the chat's own design is set aside
     * @param customerHub the customer hub's state and design
     * @param effectiveAppearance read-only: the design the launcher shows
     */
    public record Body(
            SettingsJson.Design appearance,
            Boolean appearanceLocked,
            SettingsJson.Hub customerHub,
            SettingsJson.Design effectiveAppearance) {

        static Body of(DesignSettings settings) {
            return new Body(
                    SettingsJson.Design.of(settings.chatAppearance()),
                    settings.isChatAppearanceLocked(),
                    SettingsJson.Hub.of(settings.customerHub()),
                    SettingsJson.Design.of(settings.effectiveAppearance()));
        }
    }

    private DesignSettingsQuery settings;
    private UpdateDesignSettingsUseCase updating;

    @Inject
    public DesignSettingsEndpoint(DesignSettingsQuery settings, UpdateDesignSettingsUseCase updating) {
        this.settings = settings;
        this.updating = updating;
    }

    /** For CDI proxies only. */
    protected DesignSettingsEndpoint() {}

    @Override
    public String section() {
        return DesignSettingsQuery.SECTION;
    }

    @Override
    public Set<String> fields() {
        return Set.of("appearance", "appearanceLocked", "customerHub", "effectiveAppearance");
    }

    @Override
    public Object read() {
        return Body.of(settings.designSettings());
    }

    @Override
    public Object update(AgentId actor, JsonObject json) {
        Body body = StrictJsonb.jsonb().fromJson(json.toString(), Body.class);
        UpdateDesignSettingsCommand command = new UpdateDesignSettingsCommand(
                actor,
                Optional.ofNullable(body.appearance()).map(design -> design.toDomain("appearance")),
                Optional.ofNullable(body.customerHub()).map(SettingsJson.Hub::toDomain));
        return Body.of(SettingsFields.change(
                Map.of("appearance_locked_by_customer_hub", "appearance"), () -> updating.update(command)));
    }
}
