package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** Calls of the Events API and of the admins' API key endpoints, for the integration tests. */
final class EventsApi {

    static final String API_KEYS = "/api/v1/api-keys";

    private EventsApi() {}

    /** Creates a key as the admin; the answer carries the secret. */
    static JsonObject createKey(AgentSession admin) {
        HttpResponse<String> created = send(HttpRequest.newBuilder(ParleyClient.uri(API_KEYS))
                .header("Content-Type", "application/json")
                .header("Cookie", admin.cookie())
                .header("X-Parley-CSRF", admin.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"IT " + UUID.randomUUID() + "\"}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ParleyClient.json(created.body());
    }

    static HttpResponse<String> putProfile(String key, String user, String body) {
        return send(HttpRequest.newBuilder(ParleyClient.uri("/api/v1/profiles/" + encode(user)))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResponse<String> postEvent(String key, String user, String body) {
        return send(HttpRequest.newBuilder(ParleyClient.uri("/api/v1/profiles/" + encode(user) + "/events"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResponse<String> getAsAgent(String path, AgentSession agent) {
        return send(HttpRequest.newBuilder(ParleyClient.uri(path))
                .header("Cookie", agent.cookie())
                .GET());
    }

    static JsonObject event(String id, String name, String occurredAt, JsonObject properties) {
        var event = Json.createObjectBuilder().add("id", id).add("name", name).add("properties", properties);
        if (occurredAt != null) {
            event.add("occurredAt", occurredAt);
        }
        return event.build();
    }

    static String newUser() {
        return "shopper-" + UUID.randomUUID();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return ParleyClient.http()
                    .send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
