package dev.parley.server.it;

import static dev.parley.server.it.EndToEndScripts.required;
import static dev.parley.server.it.EndToEndScripts.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Parley in real browsers, through the widget's end-to-end scripts: {@code widget/e2e/slice.e2e.mjs} has a visitor
 * on the demo store chat with an agent in the inbox, restarts the server, and checks that both see the whole
 * conversation afterwards; {@code widget/e2e/closing.e2e.mjs} has the agent close the ticket and the visitor see
 * the chat ended, for good; {@code widget/e2e/faq.e2e.mjs} publishes FAQs and checks the widget shows them first.
 */
class SliceEndToEndIT {

    @Test
    void a_visitor_and_an_agent_chat_in_browsers_and_the_conversation_survives_a_restart() throws Exception {
        String serverCommand = required(
                "parley.it.serverCommand",
                "the command that stops and starts the Liberty server, so that the restart is tested");
        String serverName = required("parley.it.serverName", "the Liberty server to restart");
        String restart =
                "\"" + serverCommand + "\" stop " + serverName + " && \"" + serverCommand + "\" start " + serverName;
        String log = run("e2e/slice.e2e.mjs", restart);

        assertThat(log).as("the restart steps ran").doesNotContain("PARLEY_RESTART_COMMAND not set");
    }

    @Test
    void an_agent_closing_the_ticket_ends_the_visitors_chat_in_the_browser() throws Exception {
        run("e2e/closing.e2e.mjs");
    }

    @Test
    void the_widget_shows_published_faqs_first_and_goes_live_on_request() throws Exception {
        run("e2e/faq.e2e.mjs");
    }
}
