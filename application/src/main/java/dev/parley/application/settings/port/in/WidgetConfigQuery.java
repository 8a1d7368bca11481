package dev.parley.application.settings.port.in;

import java.util.Optional;

/** Driven by the REST adapter when a storefront's widget starts and asks how to look and behave. */
public interface WidgetConfigQuery {

    /**
     * What the public widget needs to know now, with the store's texts in the language of {@code languageTag} (the
     * visitor's, a BCP 47 tag such as {@code pl-PL}) where the store wrote them in it; nothing an admin keeps to
     * themselves.
     */
    WidgetConfig widgetConfig(Optional<String> languageTag);

    /** What the public widget needs to know now, with the store's texts in its own language. */
    default WidgetConfig widgetConfig() {
        return widgetConfig(Optional.empty());
    }
}
