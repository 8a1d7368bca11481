package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.contentType;
import static dev.parley.server.it.ParleyClient.get;
import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Parley's operational endpoints and static pages answer as a deployment expects. */
class HealthIT {

    @Test
    void readiness_is_up_with_a_migrated_database() {
        HttpResponse<String> response = get("/health/ready");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject health = json(response.body());
        assertThat(health.getString("status")).isEqualTo("UP");
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> "database".equals(check.getString("name", null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No 'database' check in " + health));
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").get("migrated")).isEqualTo(JsonValue.TRUE);
    }

    @Test
    void liveness_is_up() {
        HttpResponse<String> response = get("/health/live");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response.body()).getString("status")).isEqualTo("UP");
    }

    @Test
    void the_openapi_document_describes_the_agent_session() {
        HttpResponse<String> response = get("/openapi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/agent/session");
    }

    @Test
    void metrics_are_not_open_over_plain_http() {
        // They answer over HTTPS, to the metrics token only: MetricsAccessIT.
        HttpResponse<String> response = get("/metrics");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).startsWith("https://"));
        assertThat(response.body()).doesNotContain("# TYPE");
    }

    @Test
    void the_root_redirects_to_the_inbox() {
        HttpResponse<String> response = get("/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/inbox/"));
    }

    @Test
    void the_widget_script_is_served_as_javascript() {
        HttpResponse<String> response = get("/widget/parley-chat.js");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).containsIgnoringCase("javascript");
        assertThat(response.body()).isNotBlank();
    }

    @Test
    void the_demo_store_is_an_html_page_that_embeds_the_chat() {
        HttpResponse<String> response = get("/demo/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("text/html");
        assertThat(response.body()).containsIgnoringCase("<html").contains("<parley-chat");
    }

    @Test
    void the_inbox_is_an_html_page_with_the_inbox_app() {
        HttpResponse<String> response = get("/inbox/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("text/html");
        assertThat(response.body()).containsIgnoringCase("<html").contains("<parley-inbox");
    }
}
