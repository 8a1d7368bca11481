package dev.parley.adapters.web;

import dev.parley.application.webhook.WebhookDeliveryService;
import dev.parley.application.webhook.port.in.WebhookPolicy;
import dev.parley.application.webhook.port.out.SendWebhookPort;
import dev.parley.application.webhook.port.out.WebhookNotSentException;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.webhook.WebhookUrl;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Posts webhook requests (a driven adapter), with Apache HttpClient 5 through the {@link AddressGuard}: the client
 * connects only to an address the guard checked when it resolved the name, and never looks it up again. No redirects
 * are followed (a 3xx is a failed attempt), nothing is retried here (the outbox retries), no cookies or proxies, and at
 * most {@value #MAX_ANSWER_BYTES} bytes of an answer are read, then dropped.
 */
@ApplicationScoped
class WebhookHttpAdapter implements SendWebhookPort {

    /** The most bytes of a receiver's answer that are read. */
    static final int MAX_ANSWER_BYTES = 4096;

    private static final Logger LOG = Logger.getLogger(WebhookHttpAdapter.class.getName());

    private AddressGuard guard;
    private CloseableHttpClient client;
    private Timeout timeout;

    @Inject
    WebhookHttpAdapter(WebhookPolicy policy) {
        this.guard = new AddressGuard(policy.allowPrivateAddresses());
        this.timeout = Timeout.of(policy.timeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new GuardedDnsResolver(guard))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(timeout)
                                .setSocketTimeout(timeout)
                                .build())
                        .setMaxConnTotal(50)
                        .setMaxConnPerRoute(5)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(WebhookDeliveryService.USER_AGENT)
                .build();
    }

    /** For CDI proxies only. */
    protected WebhookHttpAdapter() {}

    @PreDestroy
    void close() {
        try {
            client.close();
        } catch (IOException closing) {
            LOG.info(() -> "event=webhook_client_close_failed reason=\"" + closing.getMessage() + "\"");
        }
    }

    @Override
    public void requireAllowed(WebhookUrl url) {
        try {
            guard.resolve(url.host());
        } catch (RefusedAddressException refused) {
            throw new InvalidValueException(
                    "webhook_address_refused",
                    "Parley does not send events to " + refused.host() + ": it is " + refused.why()
                            + ", not an address on the internet.");
        } catch (UnknownHostException unknown) {
            // Not refused: a receiver may be named before its DNS exists; each attempt resolves and checks it again.
        }
    }

    @Override
    public int post(WebhookUrl url, Map<String, String> headers, byte[] body) {
        HttpPost request = new HttpPost(url.value());
        request.setConfig(RequestConfig.custom()
                .setResponseTimeout(timeout)
                .setConnectionRequestTimeout(timeout)
                .build());
        headers.forEach(request::setHeader);
        request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(null, request, null);
            drain(response.getEntity());
            return response.getCode();
        } catch (RefusedAddressException refused) {
            throw new WebhookNotSentException("the address of " + refused.host() + " is refused: " + refused.why());
        } catch (UnknownHostException unknown) {
            throw new WebhookNotSentException("the host " + url.host() + " does not resolve");
        } catch (InterruptedIOException timedOut) {
            throw new WebhookNotSentException("no answer within " + timeout.toSeconds() + " s");
        } catch (SSLException untrusted) {
            throw new WebhookNotSentException("TLS failed: " + untrusted.getMessage());
        } catch (IOException unreachable) {
            throw new WebhookNotSentException("the receiver could not be reached: " + unreachable.getMessage());
        } finally {
            // Aborts the exchange first, so that closing does not read the rest of a long answer.
            request.cancel();
            closeQuietly(response);
        }
    }

    private static void drain(HttpEntity entity) throws IOException {
        if (entity == null) {
            return;
        }
        // Not closed here: closing would read the rest of a long answer; the caller aborts the exchange instead.
        InputStream in = entity.getContent();
        byte[] chunk = new byte[1024];
        int read = 0;
        int n = 0;
        while (read < MAX_ANSWER_BYTES && n != -1) {
            n = in.read(chunk, 0, Math.min(chunk.length, MAX_ANSWER_BYTES - read));
            read += Math.max(n, 0);
        }
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        if (response == null) {
            return;
        }
        try {
            response.close();
        } catch (IOException alreadyAborted) {
            // The exchange was aborted: there is nothing left to release.
        }
    }
}
