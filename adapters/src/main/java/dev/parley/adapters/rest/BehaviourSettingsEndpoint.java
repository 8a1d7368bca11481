package dev.parley.adapters.rest;

import dev.parley.application.settings.port.in.BehaviourSettingsQuery;
import dev.parley.application.settings.port.in.UpdateBehaviourSettingsCommand;
import dev.parley.application.settings.port.in.UpdateBehaviourSettingsUseCase;
import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.settings.StoreName;
import dev.parley.domain.settings.WebPageUrl;
import dev.parley.domain.settings.WelcomeMessage;
import dev.parley.domain.shared.AgentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The behaviour section, {@code /api/v1/settings/behaviour}. */
@ApplicationScoped
public class BehaviourSettingsEndpoint implements SettingsSectionEndpoint {

    /**
     * The section's body.
     *
     * @param welcomeMessage what Parley says first, 1 to 1,000 characters
     * @param links the privacy policy and terms links; a link left {@code null} is removed
     * @param waitingThresholdSeconds how long a visitor may wait before the ticket is highlighted, 60 to 86,400
     * @param language the store's own language, {@code en} or {@code pl}: its texts are written in it, and visitors
     *     whose language Parley does not speak see the widget in it
     * @param welcomeMessageTranslations the welcome message in other languages, by language tag; a blank text removes
     *     a language's own
     * @param storeName the name the store speaks under in the widget, 1 to 60 characters; empty for none
     */
    public record Body(
            String welcomeMessage,
            SettingsJson.Links links,
            Long waitingThresholdSeconds,
            String language,
            Map<String, String> welcomeMessageTranslations,
            String storeName) {

        static Body of(BehaviourSettings settings) {
            return new Body(
                    settings.welcomeMessage().value(),
                    new SettingsJson.Links(
                            settings.privacyPolicyUrl().map(URI::toString).orElse(null),
                            settings.termsUrl().map(URI::toString).orElse(null)),
                    settings.waitingThreshold().toSeconds(),
                    settings.language().tag(),
                    SettingsJson.translationsOf(settings.welcomeTranslations(), WelcomeMessage::value),
                    settings.storeName().map(StoreName::value).orElse(""));
        }
    }

    private BehaviourSettingsQuery settings;
    private UpdateBehaviourSettingsUseCase updating;

    @Inject
    public BehaviourSettingsEndpoint(BehaviourSettingsQuery settings, UpdateBehaviourSettingsUseCase updating) {
        this.settings = settings;
        this.updating = updating;
    }

    /** For CDI proxies only. */
    protected BehaviourSettingsEndpoint() {}

    @Override
    public String section() {
        return BehaviourSettingsQuery.SECTION;
    }

    @Override
    public Set<String> fields() {
        return Set.of(
                "welcomeMessage",
                "links",
                "waitingThresholdSeconds",
                "language",
                "welcomeMessageTranslations",
                "storeName");
    }

    @Override
    public Object read() {
        return Body.of(settings.behaviourSettings());
    }

    @Override
    public Object update(AgentId actor, JsonObject json) {
        Body body = StrictJsonb.jsonb().fromJson(json.toString(), Body.class);
        UpdateBehaviourSettingsCommand command = new UpdateBehaviourSettingsCommand(
                actor,
                Optional.ofNullable(body.welcomeMessage())
                        .map(text -> SettingsFields.read("welcomeMessage", () -> new WelcomeMessage(text))),
                Optional.ofNullable(body.links())
                        .map(links -> new UpdateBehaviourSettingsCommand.Links(
                                url(links.privacyPolicyUrl(), "links.privacyPolicyUrl"),
                                url(links.termsUrl(), "links.termsUrl"))),
                Optional.ofNullable(body.waitingThresholdSeconds()).map(Duration::ofSeconds),
                Optional.ofNullable(body.language()).map(tag -> SettingsJson.language(tag, "language")),
                Optional.ofNullable(body.welcomeMessageTranslations())
                        .map(given ->
                                SettingsJson.translations(given, "welcomeMessageTranslations", WelcomeMessage::new)),
                // Left out: stays as it is; empty: the store has no name any more.
                body.storeName() == null ? Optional.empty() : Optional.of(storeName(body.storeName())));
        return Body.of(SettingsFields.change(
                Map.of(
                        "invalid_waiting_threshold",
                        "waitingThresholdSeconds",
                        "invalid_url",
                        "links",
                        "url_too_long",
                        "links"),
                () -> updating.update(command)));
    }

    private static Optional<StoreName> storeName(String name) {
        return name.isBlank()
                ? Optional.empty()
                : Optional.of(SettingsFields.read("storeName", () -> new StoreName(name)));
    }

    private static Optional<URI> url(String text, String field) {
        return Optional.ofNullable(text)
                .filter(given -> !given.isBlank())
                .map(given -> SettingsFields.read(field, () -> WebPageUrl.parse(given)));
    }
}
