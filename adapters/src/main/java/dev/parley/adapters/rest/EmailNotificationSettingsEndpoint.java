package dev.parley.adapters.rest;

import dev.parley.application.settings.port.in.EmailNotificationSettingsQuery;
import dev.parley.application.settings.port.in.UpdateEmailNotificationSettingsCommand;
import dev.parley.application.settings.port.in.UpdateEmailNotificationSettingsUseCase;
import dev.parley.domain.settings.EmailNotificationSettings;
import dev.parley.domain.shared.AgentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.Set;

/** The email notification section, {@code /api/v1/settings/email-notifications}. */
@ApplicationScoped
public class EmailNotificationSettingsEndpoint implements SettingsSectionEndpoint {

    /**
     * The section's body.
     *
     * @param emailNotifications whether, whom and after how long the team is emailed about new tickets
     */
    public record Body(SettingsJson.Notifications emailNotifications) {

        static Body of(EmailNotificationSettings settings) {
            return new Body(SettingsJson.Notifications.of(settings.emailNotifications()));
        }
    }

    private EmailNotificationSettingsQuery settings;
    private UpdateEmailNotificationSettingsUseCase updating;

    @Inject
    public EmailNotificationSettingsEndpoint(
            EmailNotificationSettingsQuery settings, UpdateEmailNotificationSettingsUseCase updating) {
        this.settings = settings;
        this.updating = updating;
    }

    /** For CDI proxies only. */
    protected EmailNotificationSettingsEndpoint() {}

    @Override
    public String section() {
        return EmailNotificationSettingsQuery.SECTION;
    }

    @Override
    public Set<String> fields() {
        return Set.of("emailNotifications");
    }

    @Override
    public Object read() {
        return Body.of(settings.emailNotificationSettings());
    }

    @Override
    public Object update(AgentId actor, JsonObject json) {
        Body body = StrictJsonb.jsonb().fromJson(json.toString(), Body.class);
        return Body.of(updating.update(new UpdateEmailNotificationSettingsCommand(
                actor, Optional.ofNullable(body.emailNotifications()).map(SettingsJson.Notifications::toDomain))));
    }
}
