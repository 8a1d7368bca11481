package dev.parley.adapters.rest;

import dev.parley.application.settings.port.in.WidgetConfig;
import dev.parley.domain.settings.Appearance;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.StoreName;
import jakarta.json.bind.annotation.JsonbNillable;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * What the storefront widget needs to know, from {@code GET /api/v1/widget/config}. Public: it holds nothing an admin
 * keeps to themselves. Links and the next opening are {@code null} when there are none.
 *
 * @param enabled whether the widget shows at all (the chat and the onsite widget are both on)
 * @param language the language the widget speaks to this visitor ({@code en} or {@code pl}): the one asked for when
 *     Parley speaks it, else the store's
 * @param appearance the launcher's design in effect: the customer hub's while the hub is active
 * @param welcomeMessage what Parley says first in a live conversation
 * @param faqs the published FAQs, in the store's order
 * @param privacyPolicyUrl the privacy policy link to show before the first message
 * @param termsUrl the terms link to show before the first message
 * @param openNow whether the store is within its business hours at this moment
 * @param teamOnline whether an agent is online at this moment (an inbox connected, not away)
 * @param nextOpeningAt when the store opens next, as an ISO-8601 instant, while it is closed
 * @param awayMessage what visitors are told outside business hours
 * @param limits what the widget checks before it sends a message or an upload
 * @param storeName the name the store speaks under; null for none (the widget says "Support")
 * @param assistant the store's AI agent
 */
@JsonbNillable
public record WidgetConfigResponse(
        boolean enabled,
        String language,
        WidgetDesign appearance,
        String welcomeMessage,
        List<WidgetFaq> faqs,
        String privacyPolicyUrl,
        String termsUrl,
        boolean openNow,
        boolean teamOnline,
        String nextOpeningAt,
        String awayMessage,
        LimitsResponse limits,
        String storeName,
        WidgetAssistant assistant) {

    /**
     * The store's AI agent, as the widget shows it.
     *
     * @param enabled whether it answers a visitor who writes first
     * @param greeting what it says first; absent for the widget's built-in greeting
     */
    public record WidgetAssistant(boolean enabled, String greeting) {}

    /**
     * The launcher's look, with its label in the visitor's language.
     *
     * @param colour a hex colour
     * @param icon the launcher's icon
     * @param position the bottom corner the launcher floats in
     * @param launcherLabel the text next to the launcher; empty for none
     */
    public record WidgetDesign(String colour, String icon, String position, String launcherLabel) {

        static WidgetDesign of(Appearance appearance) {
            return new WidgetDesign(
                    appearance.colour(),
                    SettingsJson.lower(appearance.icon()),
                    SettingsJson.lower(appearance.position()),
                    appearance.launcherLabel());
        }
    }

    /**
     * A published FAQ.
     *
     * @param id the FAQ's id
     * @param question the question
     * @param answer the answer
     */
    public record WidgetFaq(String id, String question, String answer) {

        static WidgetFaq of(Faq faq) {
            return new WidgetFaq(faq.id().toString(), faq.question(), faq.answer());
        }
    }

    static WidgetConfigResponse of(WidgetConfig config, LimitsResponse limits) {
        return new WidgetConfigResponse(
                config.available(),
                config.language().tag(),
                WidgetDesign.of(config.appearance()),
                config.welcomeMessage().value(),
                config.faqs().stream().map(WidgetFaq::of).toList(),
                config.privacyPolicyUrl().map(URI::toString).orElse(null),
                config.termsUrl().map(URI::toString).orElse(null),
                config.openNow(),
                config.teamOnline(),
                config.nextOpening().map(Instant::toString).orElse(null),
                config.awayMessage().value(),
                limits,
                config.storeName().map(StoreName::value).orElse(null),
                new WidgetAssistant(
                        config.assistantEnabled(), config.assistantGreeting().orElse(null)));
    }
}
