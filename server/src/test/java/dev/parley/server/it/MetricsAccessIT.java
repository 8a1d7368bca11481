package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * {@code /metrics} answers only over HTTPS, and only the user {@code metrics} with the configured token
 * ({@code PARLEY_METRICS_TOKEN}, set in the test servers' env files); anybody else gets 401 and no metric, and plain
 * HTTP is sent to HTTPS. The test trusts the test server's own self-signed certificate (its keystore, read from the
 * server's folder), so it runs only inside {@code verify}.
 */
class MetricsAccessIT {

    private static String token() {
        return System.getProperty("parley.it.metricsToken", "parley-it-metrics-token");
    }

    @Test
    void plain_http_is_sent_to_https_without_a_metric() {
        HttpResponse<String> plain = ParleyClient.get("/metrics");
        assertThat(plain.statusCode()).isEqualTo(302);
        assertThat(plain.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).startsWith("https://"));
        assertThat(plain.body()).doesNotContain("# TYPE");
    }

    @Test
    void anonymous_clients_get_401_and_no_metric() {
        Answer anonymous = metrics(null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("# TYPE");
    }

    @Test
    void a_wrong_token_or_another_user_gets_401() {
        assertThat(metrics("metrics", token() + "x").status()).isEqualTo(401);
        assertThat(metrics("metrics", "").status()).isEqualTo(401);
        assertThat(metrics("admin", token()).status()).isEqualTo(401);
    }

    @Test
    void the_token_reads_the_metrics() {
        Answer read = metrics("metrics", token());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).contains("# TYPE");
    }

    /**
     * The status and body of {@code GET /metrics} over HTTPS.
     *
     * @param status the HTTP status
     * @param body the body, or the error body
     */
    private record Answer(int status, String body) {}

    private static Answer metrics(String user, String password) {
        URI https = URI.create(
                ParleyClient.get("/metrics").headers().firstValue("Location").orElseThrow());
        try {
            HttpsURLConnection connection = (HttpsURLConnection) https.toURL().openConnection();
            connection.setSSLSocketFactory(trustingTheServer().getSocketFactory());
            // The self-signed certificate names the machine, not necessarily "localhost".
            connection.setHostnameVerifier((host, session) -> host.equals(https.getHost()));
            if (user != null) {
                String basic =
                        Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
                connection.setRequestProperty("Authorization", "Basic " + basic);
            }
            int status = connection.getResponseCode();
            try (InputStream body = status < HttpURLConnection.HTTP_BAD_REQUEST
                    ? connection.getInputStream()
                    : connection.getErrorStream()) {
                return new Answer(status, body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** An SSL context that trusts the certificates of the test server's own keystore, and nothing else. */
    private static SSLContext trustingTheServer() {
        String command = System.getProperty("parley.it.serverCommand");
        String server = System.getProperty("parley.it.serverName");
        assumeThat(command)
                .as("the server's folder is known only inside verify")
                .isNotNull();
        assumeThat(server).isNotNull();
        Path keystore = Path.of(command)
                .getParent()
                .getParent()
                .resolve("usr/servers")
                .resolve(server)
                .resolve("resources/security/key.p12");
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(
                    in,
                    System.getProperty("parley.it.keystorePassword", "parley-self-signed")
                            .toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("The test server's keystore " + keystore + " could not be read", failed);
        }
    }
}
