package dev.parley.application.settings.port.in;

/** Driven by the REST adapter when a storefront's widget starts and asks how to look and behave. */
public interface WidgetConfigQuery {

    /** What the public widget needs to know now; nothing an admin keeps to themselves. */
    WidgetConfig widgetConfig();
}
