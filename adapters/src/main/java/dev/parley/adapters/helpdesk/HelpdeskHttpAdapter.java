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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes tickets in the store's Zendesk or Gorgias. Answers are read up to {@value #MAX_RESPONSE_BYTES} bytes; no
 * redirect is followed; nothing secret (a key, a token, the visitor's address) ever goes into an exception's message.
 * Zendesk's OAuth access tokens are kept per node until shortly before they expire, and asked for again after a
 * {@code 401}.
 */
@ApplicationScoped
public class HelpdeskHttpAdapter implements HelpdeskPort {

    /** The largest answer read, in bytes. */
    static final int MAX_RESPONSE_BYTES = 64 * 1024;

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
        String id = created.json()
                .map(json -> json.getJsonObject("ticket"))
                .map(made -> made.get("id"))
                .map(JsonValue::toString)
                .orElseThrow(() -> new HelpdeskCallFailedException(
                        "Zendesk's answer named no ticket", true, Optional.empty(), Optional.of(created.status())));
        return new ExternalTicket(
                id, Optional.of(zendesk(credentials, "/agent/tickets/" + id).toString()));
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
                .filter(ticket -> key.equals(ticket.getString("external_id", "")))
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
        String text;
        try (InputStream body = response.body()) {
            text = new String(body.readNBytes(MAX_RESPONSE_BYTES), StandardCharsets.UTF_8);
        } catch (IOException cut) {
            throw new HelpdeskCallFailedException(
                    "the answer broke off", true, Optional.empty(), Optional.of(response.statusCode()));
        }
        Optional<Duration> retryAfter =
                response.headers().firstValue("Retry-After").flatMap(HelpdeskHttpAdapter::seconds);
        return new Answer(response.statusCode(), text, retryAfter);
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

    private record Answer(int status, String body, Optional<Duration> retryAfter) {

        Optional<JsonObject> json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return Optional.of(reader.readObject());
            } catch (JsonException | IllegalStateException notJson) {
                return Optional.empty();
            }
        }
    }
}
