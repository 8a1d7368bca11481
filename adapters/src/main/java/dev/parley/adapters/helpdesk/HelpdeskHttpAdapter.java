package dev.parley.adapters.helpdesk;

import dev.parley.application.handoff.port.out.HelpdeskCallFailedException;
import dev.parley.application.handoff.port.out.HelpdeskCredentials;
import dev.parley.application.handoff.port.out.HelpdeskPort;
import dev.parley.domain.handoff.HandoffPacket;
import dev.parley.domain.shared.Helpdesk;
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
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * Makes tickets in the store's Zendesk or Gorgias. Answers are read up to {@value #MAX_RESPONSE_BYTES} bytes; no
 * redirect is followed; nothing secret (a key, a token, the visitor's address) ever goes into an exception's message.
 * Zendesk's OAuth access tokens are kept per node until shortly before they expire, and asked for again after a
 * {@code 401}.
 */
@ApplicationScoped
public class HelpdeskHttpAdapter implements HelpdeskPort {

    private static final Logger LOG = Logger.getLogger(HelpdeskHttpAdapter.class.getName());

    /** The largest answer read, in bytes. */
    static final int MAX_RESPONSE_BYTES = 512 * 1024;

    /** What Parley asks Zendesk's client credentials for. */
    static final String ZENDESK_SCOPE = "tickets:write read";

    /** How long a Zendesk token is kept when Zendesk does not say. */
    static final Duration DEFAULT_TOKEN_LIFE = Duration.ofMinutes(30);

    private HelpdeskAddresses addresses;
    private HttpClient http;
    private Clock clock;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    @Inject
    public HelpdeskHttpAdapter(HelpdeskAddresses addresses, Clock clock) {
        this.addresses = addresses;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(addresses.timeout())
                .build();
    }

    /** For CDI proxies only. */
    protected HelpdeskHttpAdapter() {}

    @Override
    public ExternalTicket createTicket(HelpdeskCredentials credentials, HandoffPacket packet) {
        return credentials.helpdesk() == Helpdesk.ZENDESK
                ? zendeskTicket(credentials, packet)
                : gorgiasTicket(credentials, packet);
    }

    @Override
    public CheckOutcome check(HelpdeskCredentials credentials) {
        try {
            Answer answer;
            if (credentials.helpdesk() == Helpdesk.ZENDESK) {
                tokens.remove(tokenKey(credentials));
                String token = zendeskToken(credentials);
                answer = send(HttpRequest.newBuilder(zendesk(credentials, "/api/v2/users/me.json"))
                        .header("Authorization", "Bearer " + token)
                        .GET());
            } else {
                answer = send(HttpRequest.newBuilder(gorgias(credentials, "/api/account"))
                        .header("Authorization", basic(credentials))
                        .GET());
            }
            return new CheckOutcome(outcome(answer.status()), Optional.of(answer.status()));
        } catch (HelpdeskCallFailedException failed) {
            if (failed.status().isPresent()) {
                return new CheckOutcome(outcome(failed.status().get()), failed.status());
            }
            return new CheckOutcome("unreachable", Optional.empty());
        }
    }

    private static String outcome(int status) {
        if (status >= 200 && status < 300) {
            return "connected";
        }
        return switch (status) {
            case 400, 401, 403 -> "unauthorized";
            case 404 -> "not_found";
            case 429 -> "rate_limited";
            default -> "failed";
        };
    }

    private ExternalTicket zendeskTicket(HelpdeskCredentials credentials, HandoffPacket packet) {
        JsonObject ticket = Json.createObjectBuilder()
                .add(
                        "ticket",
                        Json.createObjectBuilder()
                                .add("subject", packet.subject())
                                .add(
                                        "comment",
                                        Json.createObjectBuilder()
                                                .add("body", packet.note())
                                                .add("public", false))
                                .add("requester", requester(packet))
                                .add("external_id", packet.handoff().externalKey())
                                .add(
                                        "tags",
                                        Json.createArrayBuilder().add("parley").add("parley_handoff")))
                .build();
        String body = ticket.toString();
        // Zendesk keeps an idempotency key for a while only: a ticket an earlier attempt made (its answer lost) is
        // found
        // by its external id instead of being made again.
        Optional<ExternalTicket> earlier =
                zendeskTicketWithKey(credentials, packet.handoff().externalKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Answer answer = null;
        for (int round = 0; round < 2; round++) {
            String token = zendeskToken(credentials);
            answer = send(HttpRequest.newBuilder(zendesk(credentials, "/api/v2/tickets.json"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", packet.handoff().externalKey())
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
            if (answer.status() != 401) {
                break;
            }
            // The token expired or was revoked: ask for a new one, once.
            tokens.remove(tokenKey(credentials));
        }
        Answer created = answer;
        requireSuccess("Zendesk", created);
        String id = created.location()
                .flatMap(HelpdeskHttpAdapter::zendeskTicketId)
                .or(() -> created.json()
                        .map(json -> json.getJsonObject("ticket"))
                        .map(made -> made.get("id"))
                        .map(JsonValue::toString))
                .orElseThrow(() -> new HelpdeskCallFailedException(
                        "Zendesk's answer named no ticket", true, Optional.empty(), Optional.of(created.status())));
        return new ExternalTicket(
                id, Optional.of(zendesk(credentials, "/agent/tickets/" + id).toString()));
    }

    /** The ticket Zendesk keeps under this external id, if any; a 404 is none. */
    private Optional<ExternalTicket> zendeskTicketWithKey(HelpdeskCredentials credentials, String key) {
        String token = zendeskToken(credentials);
        Answer found = send(HttpRequest.newBuilder(zendesk(
                        credentials,
                        "/api/v2/tickets.json?external_id=" + URLEncoder.encode(key, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token)
                .GET());
        if (found.status() == 404 || found.status() == 401) {
            // No such list (or a token to renew, which the creation does): make the ticket.
            return Optional.empty();
        }
        requireSuccess("Zendesk", found);
        return found.json()
                .map(json -> json.getJsonArray("tickets"))
                .filter(tickets -> !tickets.isEmpty())
                .map(tickets -> tickets.getJsonObject(0))
                .filter(made -> key.equals(made.getString("external_id", "")) && made.containsKey("id"))
                .map(made -> made.get("id").toString())
                .map(id -> new ExternalTicket(
                        id,
                        Optional.of(zendesk(credentials, "/agent/tickets/" + id).toString())));
    }

    /** The id in a Zendesk ticket's address ({@code …/api/v2/tickets/4711.json}). */
    private static Optional<String> zendeskTicketId(String location) {
        java.util.regex.Matcher found =
                java.util.regex.Pattern.compile("/tickets/(\\d+)(?:\\.json)?$").matcher(location);
        return found.find() ? Optional.of(found.group(1)) : Optional.empty();
    }

    private static JsonObject requester(HandoffPacket packet) {
        var requester = Json.createObjectBuilder().add("email", packet.email());
        packet.name().ifPresent(name -> requester.add("name", name));
        return requester.build();
    }

    private String zendeskToken(HelpdeskCredentials credentials) {
        String key = tokenKey(credentials);
        Instant now = clock.instant();
        Token held = tokens.get(key);
        if (held != null && held.expiresAt().isAfter(now.plusSeconds(60))) {
            return held.value();
        }
        String body = Json.createObjectBuilder()
                .add("grant_type", "client_credentials")
                .add("client_id", credentials.login())
                .add("client_secret", credentials.secret())
                .add("scope", ZENDESK_SCOPE)
                .build()
                .toString();
        Answer answer = send(HttpRequest.newBuilder(zendesk(credentials, "/oauth/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        if (answer.status() == 400 || answer.status() == 401 || answer.status() == 403) {
            throw new HelpdeskCallFailedException(
                    "Zendesk refused the OAuth client (" + answer.status() + ")",
                    false,
                    Optional.empty(),
                    Optional.of(answer.status()));
        }
        requireSuccess("Zendesk", answer);
        JsonObject json = answer.json()
                .orElseThrow(() -> new HelpdeskCallFailedException(
                        "Zendesk's token answer was not JSON", true, Optional.empty(), Optional.of(answer.status())));
        String token = json.getString("access_token", "");
        if (token.isEmpty()) {
            throw new HelpdeskCallFailedException(
                    "Zendesk's token answer held no access token",
                    true,
                    Optional.empty(),
                    Optional.of(answer.status()));
        }
        Duration life =
                json.containsKey("expires_in") && json.get("expires_in").getValueType() == JsonValue.ValueType.NUMBER
                        ? Duration.ofSeconds(json.getJsonNumber("expires_in").longValue())
                        : DEFAULT_TOKEN_LIFE;
        tokens.put(key, new Token(token, now.plus(life)));
        return token;
    }

    /** A token belongs to one account, client and secret: a changed secret asks for a new one. */
    private static String tokenKey(HelpdeskCredentials credentials) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((credentials.account() + "\n" + credentials.login() + "\n" + credentials.secret())
                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java has SHA-256", missing);
        }
    }

    private ExternalTicket gorgiasTicket(HelpdeskCredentials credentials, HandoffPacket packet) {
        String key = packet.handoff().externalKey();
        // Gorgias has no idempotency key: a ticket made by an earlier attempt whose answer was lost is found by its
        // external id instead of being made twice.
        Answer found = send(HttpRequest.newBuilder(gorgias(
                        credentials,
                        "/api/tickets?limit=1&external_id=" + URLEncoder.encode(key, StandardCharsets.UTF_8)))
                .header("Authorization", basic(credentials))
                .GET());
        requireSuccess("Gorgias", found);
        Optional<String> earlier = found.json()
                .map(json -> json.getJsonArray("data"))
                .filter(data -> !data.isEmpty())
                .map(data -> data.getJsonObject(0))
                .filter(ticket -> key.equals(ticket.getString("external_id", "")) && ticket.containsKey("id"))
                .map(ticket -> ticket.get("id").toString());
        if (earlier.isPresent()) {
            return gorgiasTicketAt(credentials, earlier.get());
        }
        JsonObject customer =
                Json.createObjectBuilder().add("email", packet.email()).build();
        String body = Json.createObjectBuilder()
                .add("customer", customer)
                .add("external_id", key)
                .add("subject", packet.subject())
                .add("channel", "api")
                .add("via", "api")
                .add("from_agent", false)
                .add(
                        "tags",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "parley")))
                .add(
                        "messages",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("channel", "api")
                                        .add("via", "api")
                                        .add("from_agent", false)
                                        .add("sender", customer)
                                        .add("subject", packet.subject())
                                        .add(
                                                "body_text",
                                                packet.question().isBlank() ? packet.subject() : packet.question()))
                                .add(Json.createObjectBuilder()
                                        .add("channel", "internal-note")
                                        .add("via", "api")
                                        .add("from_agent", true)
                                        .add(
                                                "sender",
                                                Json.createObjectBuilder().add("email", credentials.login()))
                                        .add("body_text", packet.note())))
                .build()
                .toString();
        Answer answer = send(HttpRequest.newBuilder(gorgias(credentials, "/api/tickets"))
                .header("Authorization", basic(credentials))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        requireSuccess("Gorgias", answer);
        String id = answer.json()
                .map(json -> json.get("id"))
                .map(JsonValue::toString)
                .orElseThrow(() -> new HelpdeskCallFailedException(
                        "Gorgias's answer named no ticket", true, Optional.empty(), Optional.of(answer.status())));
        return gorgiasTicketAt(credentials, id);
    }

    private ExternalTicket gorgiasTicketAt(HelpdeskCredentials credentials, String id) {
        return new ExternalTicket(
                id, Optional.of(gorgias(credentials, "/app/ticket/" + id).toString()));
    }

    private static String basic(HelpdeskCredentials credentials) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (credentials.login() + ":" + credentials.secret()).getBytes(StandardCharsets.UTF_8));
    }

    private URI zendesk(HelpdeskCredentials credentials, String path) {
        return HelpdeskAddresses.at(addresses.zendesk(), credentials.account(), path);
    }

    private URI gorgias(HelpdeskCredentials credentials, String path) {
        return HelpdeskAddresses.at(addresses.gorgias(), credentials.account(), path);
    }

    /** A 2xx answer, or the failure: retried for 408, 429 and 5xx (after {@code Retry-After} when given). */
    private static void requireSuccess(String helpdesk, Answer answer) {
        int status = answer.status();
        if (status >= 200 && status < 300) {
            return;
        }
        boolean retryable = status == 408 || status == 429 || status >= 500;
        throw new HelpdeskCallFailedException(
                helpdesk + " answered " + status, retryable, answer.retryAfter(), Optional.of(status));
    }

    private Answer send(HttpRequest.Builder request) {
        long deadline = System.nanoTime() + addresses.timeout().toNanos();
        HttpResponse<InputStream> response;
        try {
            response = http.send(
                    request.timeout(addresses.timeout())
                            .header("Accept", "application/json")
                            .header("User-Agent", "Parley-Handoff/1.0")
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException late) {
            throw new HelpdeskCallFailedException("no answer in time", true, Optional.empty(), Optional.empty());
        } catch (IOException unreachable) {
            throw new HelpdeskCallFailedException(
                    "unreachable: " + unreachable.getClass().getSimpleName(), true, Optional.empty(), Optional.empty());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new HelpdeskCallFailedException("interrupted", true, Optional.empty(), Optional.empty());
        }
        String text = body(response, deadline);
        Optional<Duration> retryAfter =
                response.headers().firstValue("Retry-After").flatMap(HelpdeskHttpAdapter::seconds);
        return new Answer(
                response.statusCode(), text, retryAfter, response.headers().firstValue("Location"));
    }

    /**
     * The answer's body, at most {@value #MAX_RESPONSE_BYTES} bytes, read by the deadline: the request's timeout
     * covers only the wait for the status line, and a helpdesk that stalls mid-body must not hold the worker.
     */
    private static String body(HttpResponse<InputStream> response, long deadline) {
        InputStream stream = response.body();
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return stream.readNBytes(MAX_RESPONSE_BYTES);
            } catch (IOException cut) {
                throw new UncheckedIOException(cut);
            }
        });
        try {
            return new String(
                    read.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS), StandardCharsets.UTF_8);
        } catch (TimeoutException late) {
            read.cancel(true);
            throw new HelpdeskCallFailedException(
                    "the answer took too long", true, Optional.empty(), Optional.of(response.statusCode()));
        } catch (ExecutionException cut) {
            throw new HelpdeskCallFailedException(
                    "the answer broke off", true, Optional.empty(), Optional.of(response.statusCode()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new HelpdeskCallFailedException("interrupted", true, Optional.empty(), Optional.empty());
        } finally {
            try {
                stream.close();
            } catch (IOException closing) {
                // Closing only gives the connection back; the answer was read or given up already.
                LOG.fine(() -> "event=helpdesk_answer_close_failed error="
                        + closing.getClass().getSimpleName());
            }
        }
    }

    private static Optional<Duration> seconds(String header) {
        try {
            long seconds = Long.parseLong(header.strip());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }

    private record Token(String value, Instant expiresAt) {}

    private record Answer(int status, String body, Optional<Duration> retryAfter, Optional<String> location) {

        Optional<JsonObject> json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return Optional.of(reader.readObject());
            } catch (JsonException | IllegalStateException notJson) {
                return Optional.empty();
            }
        }
    }
}
