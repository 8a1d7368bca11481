package dev.parley.server.it;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Runs the signature checks that {@code docs/webhooks.md} gives integrators, exactly as documented: the Java class
 * (compiled here from {@code docs/examples/webhooks/WebhookVerifier.java}) and the Node module ({@code
 * docs/examples/webhooks/verify-webhook.mjs}, run with node).
 */
final class WebhookExamples {

    private static Method javaVerify;

    private WebhookExamples() {}

    static Path examples() {
        Path widget = Path.of(EndToEndScripts.required("parley.it.widgetDir", "the widget module, beside docs"));
        return widget.toAbsolutePath().getParent().resolve("docs/examples/webhooks");
    }

    /** Whether the documented Java example accepts the request with this secret (tolerance 5 minutes). */
    static synchronized boolean javaVerifies(LoggedRequest request, String secret) throws Exception {
        if (javaVerify == null) {
            Path classes = Files.createTempDirectory("webhook-verifier");
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            int compiled = compiler.run(
                    null,
                    null,
                    null,
                    "-d",
                    classes.toString(),
                    examples().resolve("WebhookVerifier.java").toString());
            if (compiled != 0) {
                throw new AssertionError("The documented Java example does not compile");
            }
            URLClassLoader loader =
                    new URLClassLoader(new URL[] {classes.toUri().toURL()});
            javaVerify = loader.loadClass("WebhookVerifier")
                    .getMethod(
                            "verify",
                            String.class,
                            String.class,
                            String.class,
                            String.class,
                            byte[].class,
                            long.class,
                            long.class);
        }
        return (Boolean) javaVerify.invoke(
                null,
                secret,
                request.getHeader("webhook-id"),
                request.getHeader("webhook-timestamp"),
                request.getHeader("webhook-signature"),
                request.getBody(),
                300L,
                Instant.now().getEpochSecond());
    }

    /** Whether the documented Node example accepts the request with this secret (its default tolerance). */
    static boolean nodeVerifies(LoggedRequest request, String secret) throws IOException, InterruptedException {
        String script = "import { verifyWebhook } from "
                + quoted(examples().resolve("verify-webhook.mjs").toUri().toString())
                + ";\nconst env = process.env;\n"
                + "const ok = verifyWebhook(env.SECRET, { 'webhook-id': env.ID, 'webhook-timestamp': env.TIMESTAMP,"
                + " 'webhook-signature': env.SIGNATURE }, Buffer.from(env.BODY, 'base64'));\n"
                + "process.exit(ok ? 0 : 1);\n";
        ProcessBuilder node = new ProcessBuilder("node", "--input-type=module", "-e", script).redirectErrorStream(true);
        node.environment().put("SECRET", secret);
        node.environment().put("ID", request.getHeader("webhook-id"));
        node.environment().put("TIMESTAMP", request.getHeader("webhook-timestamp"));
        node.environment().put("SIGNATURE", request.getHeader("webhook-signature"));
        node.environment().put("BODY", Base64.getEncoder().encodeToString(request.getBody()));
        Process process = node.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The Node example did not finish within 30 s");
        }
        if (process.exitValue() > 1) {
            throw new AssertionError("The Node example failed: " + output);
        }
        return process.exitValue() == 0;
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
