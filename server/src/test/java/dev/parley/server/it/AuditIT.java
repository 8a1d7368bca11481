package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit log: committed changes of the settings, the team and the macros appear newest first with their actor and
 * no secret; refused changes leave no entry; only admins read it, a page at a time.
 */
class AuditIT {

    private static final String AUDIT = "/api/v1/audit";

    private final AgentSession admin = ParleyClient.signInAsAdmin();
    private JsonObject before;
    private final List<String> addedAgents = new ArrayList<>();

    @BeforeEach
    void remember() {
        before = SettingsApi.read(admin);
    }

    @AfterEach
    void restore() {
        SettingsApi.restore(admin, before);
        addedAgents.forEach(id -> TeamApi.remove(admin, id));
    }

    @Test
    void a_settings_change_is_recorded_per_section_with_its_actor_and_the_fields_that_changed_but_never_a_secret() {
        String secret = "audit-it-secret-" + UUID.randomUUID();
        String welcome = Frames.uniqueText("Audited welcome");
        // Two sections in one go: behaviour, then embedding, each recorded on its own.
        SettingsApi.update(
                admin,
                Json.createObjectBuilder()
                        .add("welcomeMessage", welcome)
                        .add(
                                "identityVerification",
                                Json.createObjectBuilder()
                                        .add("enforced", false)
                                        .add("secret", secret))
                        .build());
        JsonObject rotated = SettingsApi.update(
                admin,
                Json.createObjectBuilder()
                        .add(
                                "identityVerification",
                                Json.createObjectBuilder().add("rotate", true).add("graceHours", 0))
                        .build());
        String newSecret = rotated.getJsonObject("identityVerification").getString("newSecret");

        List<JsonObject> entries =
                page(admin, "?limit=3").getJsonArray("entries").getValuesAs(JsonObject.class);

        assertThat(entries)
                .extracting(entry -> entry.getString("action"))
                .containsExactly("settings.updated", "settings.updated", "settings.updated");
        assertThat(entries)
                .allSatisfy(entry -> assertThat(entry.getJsonObject("actor"))
                        .isEqualTo(Json.createObjectBuilder()
                                .add("id", admin.id())
                                .add("name", admin.name())
                                .build()));
        assertThat(entries.get(0).getJsonObject("summary").keySet()).containsExactly("identityVerification");
        assertThat(entries.get(0)
                        .getJsonObject("summary")
                        .getJsonObject("identityVerification")
                        .getString("secret"))
                .isEqualTo("rotated");
        JsonObject embedding = entries.get(1).getJsonObject("summary");
        assertThat(embedding.keySet()).containsExactly("identityVerification");
        assertThat(embedding.getJsonObject("identityVerification").getString("secret"))
                .isIn("set", "rotated");
        JsonObject behaviour = entries.get(2).getJsonObject("summary");
        assertThat(behaviour.keySet()).containsExactly("welcomeMessage");
        assertThat(behaviour.getJsonObject("welcomeMessage").getString("after")).isEqualTo(welcome);
        String log = ParleyClient.get(AUDIT + "?limit=100", Optional.of(admin.cookie()))
                .body();
        assertThat(log).doesNotContain(secret).doesNotContain(newSecret);
    }

    @Test
    void team_and_macro_changes_are_recorded_and_a_refused_change_records_nothing() {
        AgentSession agent = TeamApi.addAndSignIn(admin, "audit-it-", "Ava Audited", "agent");
        addedAgents.add(agent.id());
        HttpResponse<String> promoted = ParleyClient.send(
                "PATCH", TeamApi.AGENTS + "/" + agent.id(), "{\"role\":\"admin\"}", admin.cookie(), admin.csrfToken());
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        HttpResponse<String> macro = ParleyClient.send(
                "POST",
                "/api/v1/macros",
                "{\"title\":\"Audited " + UUID.randomUUID() + "\",\"body\":\"Hello.\"}",
                admin.cookie(),
                admin.csrfToken());
        assertThat(macro.statusCode()).as(macro.body()).isEqualTo(201);
        String macroId = ParleyClient.json(macro.body()).getString("id");
        assertThat(ParleyClient.delete("/api/v1/macros/" + macroId, admin).statusCode())
                .isEqualTo(204);
        String newest =
                page(admin, "?limit=1").getJsonArray("entries").getJsonObject(0).getString("id");

        assertProblem(SettingsApi.put(admin, "{\"waitingThresholdSeconds\":5}"), 400, "invalid_waiting_threshold");
        assertProblem(
                ParleyClient.send(
                        "PATCH",
                        TeamApi.AGENTS + "/" + admin.id(),
                        "{\"role\":\"nobody\"}",
                        admin.cookie(),
                        admin.csrfToken()),
                400,
                "invalid_role");

        List<JsonObject> entries =
                page(admin, "?limit=4").getJsonArray("entries").getValuesAs(JsonObject.class);
        assertThat(entries.get(0).getString("id"))
                .as("nothing recorded for the refusals")
                .isEqualTo(newest);
        assertThat(entries)
                .extracting(entry -> entry.getString("action"))
                .containsExactly("macro.deleted", "macro.added", "team.role_changed", "team.member_added");
        assertThat(entries.get(0).getJsonObject("summary").getString("macro")).isEqualTo(macroId);
        assertThat(entries.get(2).getJsonObject("summary").getJsonObject("role"))
                .isEqualTo(Json.createObjectBuilder()
                        .add("before", "agent")
                        .add("after", "admin")
                        .build());
        assertThat(entries.get(3).getJsonObject("summary").getString("member")).isEqualTo(agent.id());
        assertThat(entries.get(3).getJsonObject("summary").toString()).doesNotContain("password");
    }

    @Test
    void api_keys_created_and_revoked_are_recorded_without_their_secret() {
        JsonObject created = EventsApi.createKey(admin);
        String id = created.getString("id");
        HttpResponse<String> revoked = ParleyClient.delete(EventsApi.API_KEYS + "/" + id, admin);
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);

        List<JsonObject> entries =
                page(admin, "?limit=2").getJsonArray("entries").getValuesAs(JsonObject.class);

        assertThat(entries)
                .extracting(entry -> entry.getString("action"))
                .containsExactly("api_key.revoked", "api_key.created");
        assertThat(entries)
                .allSatisfy(entry -> assertThat(entry.getJsonObject("summary").getString("key"))
                        .isEqualTo(id));
        assertThat(ParleyClient.get(AUDIT + "?limit=100", Optional.of(admin.cookie()))
                        .body())
                .doesNotContain(created.getString("secret"));
    }

    @Test
    void only_admins_read_the_log_newest_first_a_page_at_a_time() {
        AgentSession agent = TeamApi.addAndSignIn(admin, "audit-it-", "Abe Agent", "agent");
        addedAgents.add(agent.id());
        for (int i = 0; i < 3; i++) {
            SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add("welcomeMessage", Frames.uniqueText("Paged " + i))
                            .build());
        }

        assertProblem(ParleyClient.get(AUDIT), 401, "not_signed_in");
        assertProblem(ParleyClient.get(AUDIT, Optional.of(agent.cookie())), 403, "admins_only");
        assertProblem(ParleyClient.get(AUDIT + "?limit=0", Optional.of(admin.cookie())), 400, "invalid_parameter");
        assertProblem(ParleyClient.get(AUDIT + "?before=nope", Optional.of(admin.cookie())), 400, "invalid_parameter");

        JsonObject all = page(admin, "?limit=4");
        JsonObject first = page(admin, "?limit=2");
        JsonObject second = page(admin, "?limit=2&before=" + first.getString("nextCursor"));
        List<String> paged = new ArrayList<>();
        first.getJsonArray("entries").getValuesAs(JsonObject.class).forEach(e -> paged.add(e.getString("id")));
        second.getJsonArray("entries").getValuesAs(JsonObject.class).forEach(e -> paged.add(e.getString("id")));
        List<String> together = all.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("id"))
                .toList();
        assertThat(paged).isEqualTo(together).doesNotHaveDuplicates();
        List<String> times = all.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("at"))
                .toList();
        assertThat(times).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));
    }

    private static JsonObject page(AgentSession caller, String query) {
        HttpResponse<String> response = ParleyClient.get(AUDIT + query, Optional.of(caller.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ParleyClient.json(response.body());
    }
}
