package dev.parley.adapters.sms;

import dev.parley.application.sms.port.out.CallWebhookPort;
import dev.parley.application.sms.port.out.SendSmsPort;
import dev.parley.application.sms.port.out.SmsCredentials;
import dev.parley.application.sms.port.out.SmsNotSentException;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.sms.SmsDeliveryState;
import dev.parley.domain.sms.SmsErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Sends SMS through a provider that speaks Twilio's Messaging API, and posts signed forms to webhooks as such a provider
 * does. Answers are read up to {@value #MAX_RESPONSE_BYTES} bytes within the timeout; no redirect is followed; only
 * http and https addresses are called. Neither the auth token nor the recipient's whole number ever goes into a log
 * line or an exception's message: the provider's own error message names the number, so only its code is kept, in
 * words ({@link SmsErrors}).
 *
 * <p>A provider that answered {@code 2xx} took the message: when that answer cannot be read (cut off, too large, no
 * {@code sid}), the failure is final rather than retried, so that the customer is never sent the same message twice.
 */
@ApplicationScoped
public class SmsHttpAdapter implements SendSmsPort, CallWebhookPort {

    private static final Logger LOG = Logger.getLogger(SmsHttpAdapter.class.getName());

    /** The largest answer read, in bytes; Twilio's message resource is about 1 KiB. */
    static final int MAX_RESPONSE_BYTES = 64 * 1024;

    /** Twilio's API version, the first segment of every path. */
    static final String API_VERSION = "2010-04-01";

    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9]{1,64}");
    private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    private static final String USER_AGENT = "Parley-Sms/1.0";

    private SmsHttpTimeouts timeouts;
    private HttpClient provider;
    private HttpClient webhooks;

    @Inject
    public SmsHttpAdapter(SmsHttpTimeouts timeouts) {
        this.timeouts = timeouts;
        this.provider = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeouts.send())
                .build();
        this.webhooks = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeouts.webhook())
                .build();
    }

    /** For CDI proxies only. */
    protected SmsHttpAdapter() {}

    @Override
    public SentSms send(SmsCredentials credentials, PhoneNumber to, String body, String statusCallback) {
        URI messages = messages(credentials);
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("To", List.of(to.e164()));
        form.put(credentials.throughService() ? "MessagingServiceSid" : "From", List.of(credentials.sender()));
        form.put("Body", List.of(body));
        if (statusCallback != null && !statusCallback.isBlank()) {
            form.put("StatusCallback", List.of(statusCallback));
        }
        long started = System.nanoTime();
        SentSms sent;
        try {
            sent = accepted(call(HttpRequest.newBuilder(messages)
                    .header("Authorization", basic(credentials))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Accept", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .POST(HttpRequest.BodyPublishers.ofString(encoded(form), StandardCharsets.UTF_8))));
        } catch (SmsNotSentException failed) {
            LOG.info(() -> "event=sms_provider_refused to=" + to.masked() + " status="
                    + failed.status().map(String::valueOf).orElse("none") + " code="
                    + failed.errorCode().orElse("none") + " retryable=" + failed.retryable() + " tookMs="
                    + since(started));
            throw failed;
        }
        LOG.fine(() -> "event=sms_provider_took to=" + to.masked() + " sid=" + sent.providerId() + " state="
                + sent.state().code() + " tookMs=" + since(started));
        return sent;
    }

    @Override
    public Optional<Integer> post(String url, Map<String, List<String>> form, String signature) {
        URI target = httpAddress(url)
                .orElseThrow(() -> new IllegalArgumentException("A webhook is an http or https address"));
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(timeouts.webhook())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Twilio-Signature", signature)
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofString(encoded(form), StandardCharsets.UTF_8))
                .build();
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> response = webhooks.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // Only the status matters: the stream is closed unread, which gives up the connection.
            closeQuietly(response.body());
            LOG.fine(() -> "event=sms_webhook_posted path=" + target.getRawPath() + " status=" + response.statusCode()
                    + " tookMs=" + since(started));
            return Optional.of(response.statusCode());
        } catch (HttpTimeoutException late) {
            LOG.info(() -> "event=sms_webhook_unanswered path=" + target.getRawPath() + " reason=timeout tookMs="
                    + since(started));
            return Optional.empty();
        } catch (IOException unreachable) {
            LOG.info(() -> "event=sms_webhook_unanswered path=" + target.getRawPath() + " reason="
                    + unreachable.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The message the provider took, from a {@code 2xx} answer; or the refusal in any other. */
    private static SentSms accepted(Answer answer) {
        int status = answer.status();
        if (status < 200 || status >= 300) {
            throw refusal(answer);
        }
        if (answer.tooLarge()) {
            throw new SmsNotSentException(
                    "the provider's answer was larger than " + MAX_RESPONSE_BYTES + " bytes",
                    false,
                    Optional.empty(),
                    Optional.of(status),
                    Optional.empty());
        }
        Optional<JsonObject> json = answer.json();
        Optional<String> sid = json.flatMap(resource -> text(resource, "sid")).filter(id -> !id.isBlank());
        if (sid.isEmpty()) {
            throw new SmsNotSentException(
                    "the provider's answer named no message",
                    false,
                    Optional.empty(),
                    Optional.of(status),
                    Optional.empty());
        }
        SmsDeliveryState state = json.flatMap(resource -> text(resource, "status"))
                .flatMap(SmsDeliveryState::fromProviderStatus)
                .orElse(SmsDeliveryState.QUEUED);
        return new SentSms(sid.get(), state);
    }

    /**
     * The provider's refusal: tried again for {@code 408}, {@code 429} and {@code 5xx} (after its {@code Retry-After}
     * when given), never for another status, whose request would be refused again.
     */
    private static SmsNotSentException refusal(Answer answer) {
        int status = answer.status();
        boolean retryable = status == 408 || status == 429 || status >= 500;
        Optional<String> code = answer.tooLarge()
                ? Optional.empty()
                : answer.json()
                        .flatMap(error -> text(error, "code"))
                        .filter(given -> ERROR_CODE.matcher(given).matches());
        String why = code.map(given ->
                        "the provider answered " + status + ", error " + given + ": " + SmsErrors.describe(given))
                .orElse("the provider answered " + status);
        return new SmsNotSentException(why, retryable, code, Optional.of(status), answer.retryAfter());
    }

    /** {@code {base}/2010-04-01/Accounts/{account}/Messages.json}, or a final failure for an address not to call. */
    private static URI messages(SmsCredentials credentials) {
        String base = credentials.baseUrl().endsWith("/")
                ? credentials.baseUrl().substring(0, credentials.baseUrl().length() - 1)
                : credentials.baseUrl();
        if (httpAddress(base)
                        .filter(uri -> uri.getRawQuery() == null && uri.getRawFragment() == null)
                        .isEmpty()
                || !ACCOUNT.matcher(credentials.accountId()).matches()) {
            throw new SmsNotSentException(
                    "the provider's base URL or account id is not one Parley calls",
                    false,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
        }
        return URI.create(base + "/" + API_VERSION + "/Accounts/" + credentials.accountId() + "/Messages.json");
    }

    /** The address, when it is an absolute http or https URL with a host and no user in it. */
    private static Optional<URI> httpAddress(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            return http && uri.getHost() != null && uri.getRawUserInfo() == null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException unparsable) {
            return Optional.empty();
        }
    }

    private static String basic(SmsCredentials credentials) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((credentials.accountId() + ":" + credentials.authToken())
                                .getBytes(StandardCharsets.UTF_8));
    }

    /** {@code application/x-www-form-urlencoded}, a repeated name once for each of its values. */
    private static String encoded(Map<String, List<String>> form) {
        StringJoiner joined = new StringJoiner("&");
        form.forEach((name, values) ->
                values.forEach(value -> joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return joined.toString();
    }

    private Answer call(HttpRequest.Builder request) {
        long deadline = System.nanoTime() + timeouts.send().toNanos();
        HttpResponse<InputStream> response;
        try {
            response =
                    provider.send(request.timeout(timeouts.send()).build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException late) {
            throw unanswered("no answer in time");
        } catch (IOException unreachable) {
            throw unanswered("unreachable: " + unreachable.getClass().getSimpleName());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw unanswered("interrupted");
        }
        int status = response.statusCode();
        Optional<Duration> retryAfter =
                response.headers().firstValue("Retry-After").flatMap(SmsHttpAdapter::seconds);
        byte[] read = body(response, deadline);
        boolean tooLarge = read.length > MAX_RESPONSE_BYTES;
        return new Answer(status, tooLarge ? "" : new String(read, StandardCharsets.UTF_8), tooLarge, retryAfter);
    }

    private static SmsNotSentException unanswered(String why) {
        return new SmsNotSentException(why, true, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The answer's body, one byte more than {@value #MAX_RESPONSE_BYTES} at most (so that a larger one is told apart),
     * read by the deadline: the request's timeout covers only the wait for the status line, and a provider that stalls
     * mid-body must not hold the worker. A body cut off or late fails the call, retried only when the status says so
     * (a {@code 2xx} took the message).
     */
    private static byte[] body(HttpResponse<InputStream> response, long deadline) {
        InputStream stream = response.body();
        int status = response.statusCode();
        boolean retryable = status == 408 || status == 429 || status >= 500;
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return stream.readNBytes(MAX_RESPONSE_BYTES + 1);
            } catch (IOException cut) {
                throw new UncheckedIOException(cut);
            }
        });
        try {
            return read.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            read.cancel(true);
            throw new SmsNotSentException(
                    "the provider's answer took too long",
                    retryable,
                    Optional.empty(),
                    Optional.of(status),
                    Optional.empty());
        } catch (ExecutionException cut) {
            throw new SmsNotSentException(
                    "the provider's answer broke off",
                    retryable,
                    Optional.empty(),
                    Optional.of(status),
                    Optional.empty());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SmsNotSentException(
                    "interrupted", retryable, Optional.empty(), Optional.of(status), Optional.empty());
        } finally {
            closeQuietly(stream);
        }
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException closing) {
            // Closing only gives the connection back; the answer was read or given up already.
            LOG.fine(() ->
                    "event=sms_answer_close_failed error=" + closing.getClass().getSimpleName());
        }
    }

    /** A string or a number in the answer, as text. */
    private static Optional<String> text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.getValueType()) {
            case STRING -> Optional.of(json.getString(name));
            case NUMBER -> Optional.of(json.getJsonNumber(name).toString());
            default -> Optional.empty();
        };
    }

    private static Optional<Duration> seconds(String header) {
        try {
            long seconds = Long.parseLong(header.strip());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }

    private static long since(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private record Answer(int status, String body, boolean tooLarge, Optional<Duration> retryAfter) {

        Optional<JsonObject> json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return Optional.of(reader.readObject());
            } catch (JsonException | IllegalStateException notJson) {
                return Optional.empty();
            }
        }
    }
}
