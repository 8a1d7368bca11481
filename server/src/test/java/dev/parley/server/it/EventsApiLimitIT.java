package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Events API calls are limited per API key. The IT servers allow 200 calls per key per 10 minutes ({@code
 * PARLEY_LIMIT_EVENTS_API_PER_KEY=200/10m} in the IT env files, instead of 6000 a minute): a token comes back every 3
 * seconds, so the edge is met within a few calls of exactly 200 and the wait after it is short; 200 is still far more
 * than any other test makes with one key.
 */
class EventsApiLimitIT {

    private static final int CALLS_PER_KEY = 200;
    private static final Duration ONE_CALL_BACK = Duration.ofSeconds(3);

    @Test
    void a_key_past_its_calls_is_refused_with_429_nothing_is_stored_and_it_is_heard_again_after_the_wait()
            throws InterruptedException {
        AgentSession admin = ParleyClient.signInAsAdmin();
        String key = EventsApi.createKey(admin).getString("secret");
        String user = EventsApi.newUser();
        long started = System.nanoTime();
        int admitted = 0;
        HttpResponse<String> refused = null;
        while (refused == null && admitted < 2 * CALLS_PER_KEY) {
            HttpResponse<String> answer = EventsApi.putProfile(key, user, "{\"name\":\"Call " + admitted + "\"}");
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
                admitted++;
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(refused).as("no call was refused").isNotNull();
        assertThat(admitted)
                .as("calls admitted in %s", took)
                .isBetween(CALLS_PER_KEY, CALLS_PER_KEY + (int) (took.toMillis() / ONE_CALL_BACK.toMillis()) + 1);
        assertProblem(refused, 429, "rate_limited");
        long wait = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(wait).isBetween(1L, ONE_CALL_BACK.toSeconds());

        String event = Json.createObjectBuilder()
                .add("id", "order-1")
                .add("name", "Placed Order")
                .build()
                .toString();
        HttpResponse<String> refusedEvent = EventsApi.postEvent(key, user, event);
        assertProblem(refusedEvent, 429, "rate_limited");

        String otherKey = EventsApi.createKey(admin).getString("secret");
        assertThat(EventsApi.putProfile(otherKey, EventsApi.newUser(), "{\"name\":\"Other\"}")
                        .statusCode())
                .as("another key is counted apart")
                .isEqualTo(201);

        Thread.sleep(Duration.ofSeconds(Long.parseLong(
                        refusedEvent.headers().firstValue("Retry-After").orElseThrow()))
                .plusMillis(300)
                .toMillis());
        String sameIdOtherName = Json.createObjectBuilder()
                .add("id", "order-1")
                .add("name", "Cancelled Order")
                .build()
                .toString();
        HttpResponse<String> afterTheWait = EventsApi.postEvent(key, user, sameIdOtherName);
        assertThat(afterTheWait.statusCode())
                .as("the refused event was not stored, so its id is free: %s", afterTheWait.body())
                .isEqualTo(201);
    }
}
