package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Parley in real browsers, through the widget's end-to-end scripts: {@code widget/e2e/slice.e2e.mjs} has a visitor
 * on the demo store chat with an agent in the inbox, restarts the server, and checks that both see the whole
 * conversation afterwards; {@code widget/e2e/closing.e2e.mjs} has the agent close the ticket and the visitor see
 * the chat ended, for good; {@code widget/e2e/faq.e2e.mjs} publishes FAQs and checks the widget shows them first.
 */
class SliceEndToEndIT {

    private static final long TIMEOUT_MINUTES = 5;

    @Test
    void a_visitor_and_an_agent_chat_in_browsers_and_the_conversation_survives_a_restart() throws Exception {
        String serverCommand = required("parley.it.serverCommand",
                "the command that stops and starts the Liberty server, so that the restart is tested");
        String serverName = required("parley.it.serverName", "the Liberty server to restart");
        Path widgetDir = Path.of(required("parley.it.widgetDir", "the widget module, which holds the e2e script"));
        Path screenshots = Path.of(required("parley.it.screenshots", "where the script saves its screenshots"))
                .toAbsolutePath();
        String restart = "\"" + serverCommand + "\" stop " + serverName + " && \"" + serverCommand + "\" start "
                + serverName;
        String log = run("e2e/slice.e2e.mjs", widgetDir, screenshots, restart);

        assertThat(log).as("the restart steps ran").doesNotContain("PARLEY_RESTART_COMMAND not set");
    }

    @Test
    void an_agent_closing_the_ticket_ends_the_visitors_chat_in_the_browser() throws Exception {
        Path widgetDir = Path.of(required("parley.it.widgetDir", "the widget module, which holds the e2e script"));
        Path screenshots = Path.of(required("parley.it.screenshots", "where the script saves its screenshots"))
                .toAbsolutePath();

        run("e2e/closing.e2e.mjs", widgetDir, screenshots, null);
    }

    @Test
    void the_widget_shows_published_faqs_first_and_goes_live_on_request() throws Exception {
        Path widgetDir = Path.of(required("parley.it.widgetDir", "the widget module, which holds the e2e script"));
        Path screenshots = Path.of(required("parley.it.screenshots", "where the script saves its screenshots"))
                .toAbsolutePath();

        run("e2e/faq.e2e.mjs", widgetDir, screenshots, null);
    }

    /** Runs one script with node, and fails with its output unless it ends well within the time allowed. */
    private static String run(String script, Path widgetDir, Path screenshots, String restartCommand)
            throws IOException, InterruptedException {
        Files.createDirectories(screenshots);
        Path log = screenshots.getParent().resolve(Path.of(script).getFileName() + ".log");
        ProcessBuilder node = new ProcessBuilder("node", script)
                .directory(widgetDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = node.environment();
        environment.put("PARLEY_BASE_URL", ParleyClient.baseUrl());
        environment.put("PARLEY_ADMIN_EMAIL", ParleyClient.adminEmail());
        environment.put("PARLEY_ADMIN_PASSWORD", ParleyClient.adminPassword());
        environment.put("PARLEY_E2E_SCREENSHOTS", screenshots.toString());
        if (restartCommand != null) {
            environment.put("PARLEY_RESTART_COMMAND", restartCommand);
        }

        Process process = node.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("The end-to-end script did not finish within %d minutes. Its output (%s):%n%s", TIMEOUT_MINUTES, log,
                    read(log));
        }

        assertThat(process.exitValue())
                .as("exit code of `node %s` in %s; its output (%s):%n%s", script, widgetDir, log, read(log))
                .isZero();
        return read(log);
    }

    /** A system property the test cannot do without: missing, the test fails, so that it is never skipped. */
    private static String required(String name, String what) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            fail("The system property '%s' (%s) is not set. Run this test through `./mvnw -pl server verify`, "
                    + "which sets it.", name, what);
        }
        return value;
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
    }
}
