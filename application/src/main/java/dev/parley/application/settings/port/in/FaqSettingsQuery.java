package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.FaqSettings;

/** Driven by the REST adapter when an admin opens the FAQ settings. */
public interface FaqSettingsQuery {

    /** The settings section's name, as the REST API and the settings news name it. */
    String SECTION = "faqs";

    /** All FAQs, published or not, in the store's order. */
    FaqSettings faqSettings();
}
