package dev.parley.adapters.rest;

import dev.parley.application.settings.port.in.AvailabilitySettingsQuery;
import dev.parley.application.settings.port.in.UpdateAvailabilitySettingsCommand;
import dev.parley.application.settings.port.in.UpdateAvailabilitySettingsUseCase;
import dev.parley.domain.settings.AvailabilitySettings;
import dev.parley.domain.settings.AwayMessage;
import dev.parley.domain.shared.AgentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The availability section, {@code /api/v1/settings/availability}. */
@ApplicationScoped
public class AvailabilitySettingsEndpoint implements SettingsSectionEndpoint {

    /**
     * The section's body.
     *
     * @param businessHours the time zone, always open or not, the weekly schedule (every day, empty when closed) and
     *     closed dates
     * @param awayMessage the answer outside business hours, 1 to 1,000 characters
     */
    public record Body(
            SettingsJson.Hours businessHours, String awayMessage, Map<String, String> awayMessageTranslations) {

        static Body of(AvailabilitySettings settings) {
            return new Body(
                    SettingsJson.Hours.of(settings.businessHours()),
                    settings.awayMessage().value(),
                    SettingsJson.translationsOf(settings.awayTranslations(), AwayMessage::value));
        }
    }

    private AvailabilitySettingsQuery settings;
    private UpdateAvailabilitySettingsUseCase updating;

    @Inject
    public AvailabilitySettingsEndpoint(
            AvailabilitySettingsQuery settings, UpdateAvailabilitySettingsUseCase updating) {
        this.settings = settings;
        this.updating = updating;
    }

    /** For CDI proxies only. */
    protected AvailabilitySettingsEndpoint() {}

    @Override
    public String section() {
        return AvailabilitySettingsQuery.SECTION;
    }

    @Override
    public Set<String> fields() {
        return Set.of("businessHours", "awayMessage", "awayMessageTranslations");
    }

    @Override
    public Object read() {
        return Body.of(settings.availabilitySettings());
    }

    @Override
    public Object update(AgentId actor, JsonObject json) {
        Body body = StrictJsonb.jsonb().fromJson(json.toString(), Body.class);
        return Body.of(updating.update(new UpdateAvailabilitySettingsCommand(
                actor,
                Optional.ofNullable(body.businessHours()).map(SettingsJson.Hours::toDomain),
                Optional.ofNullable(body.awayMessage())
                        .map(text -> SettingsFields.read("awayMessage", () -> new AwayMessage(text))),
                Optional.ofNullable(body.awayMessageTranslations())
                        .map(given -> SettingsJson.translations(given, "awayMessageTranslations", AwayMessage::new)))));
    }
}
