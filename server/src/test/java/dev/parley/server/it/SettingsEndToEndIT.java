package dev.parley.server.it;

import static dev.parley.server.it.EndToEndScripts.run;

import org.junit.jupiter.api.Test;

/**
 * The admins' settings screens in a real browser, through {@code widget/e2e/settings.e2e.mjs}: each screen, its
 * inline refusals, and its live effect on a visitor's open widget.
 */
class SettingsEndToEndIT {

    @Test
    void an_admin_changes_the_settings_on_their_screens_and_an_open_widget_follows_without_a_reload() throws Exception {
        run("e2e/settings.e2e.mjs");
    }
}
