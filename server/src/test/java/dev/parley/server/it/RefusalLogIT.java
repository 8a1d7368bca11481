package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import dev.parley.server.it.ParleyClient.StartedConversation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Refusals that are the client's fault (reopening a closed ticket, demoting the last admin, a forged identity, an
 * unknown agent, a body nested too deep, a missing page) write no FFDC incident and no stack trace to the test
 * server's logs: at most one short line each. Reads the logs of the server {@code verify} starts (its folder comes
 * from {@code parley.it.serverCommand} and {@code parley.it.serverName}), so it runs only inside {@code verify}.
 */
class RefusalLogIT {

    private static final String TICKETS = "/api/v1/tickets";

    /** A refused request may write a short line or two, never the kilobytes of a stack trace. */
    private static final long MOST_BYTES_PER_REFUSAL = 1_000;

    private final AgentSession admin = ParleyClient.signInAsAdmin();

    @Test
    void refused_requests_write_no_stack_trace_and_no_incident() throws InterruptedException {
        Path logs = logs();
        Path messages = logs.resolve("messages.log");
        String text = Frames.uniqueText("Refusals leave the logs alone");
        StartedConversation started = ParleyClient.startConversation(Frames.newClientMessageId(), text);
        String ticket = findTicket(text);
        assertThat(post(TICKETS + "/" + ticket + "/close", "").statusCode()).isEqualTo(200);
        boolean adminIsTheLastOne = adminIsTheOnlyActiveAdmin();
        TimeUnit.SECONDS.sleep(1); // lets what the set-up logged reach the file
        Set<String> incidentsBefore = incidents(logs);
        long before = size(messages);

        List<HttpResponse<String>> refused = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            refused.add(post(TICKETS + "/" + ticket + "/reopen", ""));
            refused.add(post(TICKETS + "/" + ticket + "/close", ""));
            refused.add(ParleyClient.send(
                    "PATCH",
                    "/api/v1/agents/" + UUID.randomUUID(),
                    "{\"role\":\"agent\"}",
                    admin.cookie(),
                    admin.csrfToken()));
            if (adminIsTheLastOne) {
                refused.add(ParleyClient.send(
                        "PATCH",
                        "/api/v1/agents/" + admin.id(),
                        "{\"role\":\"agent\"}",
                        admin.cookie(),
                        admin.csrfToken()));
            }
            refused.add(ParleyClient.postAsVisitor(
                    "/api/v1/visitor/session",
                    null,
                    Json.createObjectBuilder()
                            .add("userId", "customer-" + UUID.randomUUID())
                            .add("userHash", "0".repeat(64))
                            .build()
                            .toString()));
            refused.add(
                    ParleyClient.postAsVisitor("/api/v1/visitor/session", null, "[".repeat(2_500) + "]".repeat(2_500)));
            refused.add(ParleyClient.get("/no-such-page-" + i));
        }
        for (HttpResponse<String> response : refused) {
            assertThat(response.statusCode())
                    .as("%s %s", response.request().uri(), response.body())
                    .isBetween(400, 499);
        }
        assertThat(refused.stream().map(r -> r.statusCode()).collect(Collectors.toSet()))
                .contains(400, 403, 404, 409);
        TimeUnit.SECONDS.sleep(2); // lets anything the refusals logged reach the files

        String written = readFrom(messages, before);
        long perRefusal = written.getBytes(StandardCharsets.UTF_8).length / refused.size();
        System.out.printf(
                "RefusalLogIT: %d refused requests wrote %d bytes to messages.log, %d bytes each%n",
                refused.size(), written.getBytes(StandardCharsets.UTF_8).length, perRefusal);
        assertThat(incidents(logs)).as("FFDC incidents").isEqualTo(incidentsBefore);
        assertThat(written)
                .as("what the refusals logged")
                .doesNotContain("FFDC")
                .doesNotContain("\\tat ")
                .doesNotContain("\tat ")
                .doesNotContain("Stack Dump")
                .doesNotContain("request_failed");
        assertThat(perRefusal).isLessThanOrEqualTo(MOST_BYTES_PER_REFUSAL);
        assertThat(ticketStatus(ticket)).isEqualTo("closed");
        assertThat(started.conversationId()).isNotBlank();
    }

    private static Path logs() {
        String command = System.getProperty("parley.it.serverCommand");
        String server = System.getProperty("parley.it.serverName");
        assumeThat(command)
                .as("the server's folder is known only inside verify")
                .isNotNull();
        assumeThat(server).isNotNull();
        Path wlp = Path.of(command).getParent().getParent();
        Path logs = wlp.resolve("usr/servers").resolve(server).resolve("logs");
        assertThat(logs.resolve("messages.log")).exists();
        return logs;
    }

    private static Set<String> incidents(Path logs) {
        Path ffdc = logs.resolve("ffdc");
        if (!Files.isDirectory(ffdc)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(ffdc)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static String readFrom(Path file, long offset) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            assertThat(length).as("messages.log rolled over during the test").isGreaterThanOrEqualTo(offset);
            byte[] bytes = new byte[(int) (length - offset)];
            in.seek(offset);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private boolean adminIsTheOnlyActiveAdmin() {
        List<String> admins = ParleyClient.jsonArray(ParleyClient.get("/api/v1/agents", Optional.of(admin.cookie()))
                        .body())
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(m -> m.getString("role").equals("admin") && !m.getBoolean("deactivated", false))
                .map(m -> m.getString("id"))
                .toList();
        return admins.equals(List.of(admin.id()));
    }

    private String findTicket(String text) {
        HttpResponse<String> page = ParleyClient.get(
                TICKETS + "?status=open&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8),
                Optional.of(admin.cookie()));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return ParleyClient.json(page.body())
                .getJsonArray("tickets")
                .getJsonObject(0)
                .getString("id");
    }

    private String ticketStatus(String id) {
        HttpResponse<String> response = ParleyClient.get(TICKETS + "/" + id, Optional.of(admin.cookie()));
        return ParleyClient.json(response.body()).getJsonObject("ticket").getString("status");
    }

    private HttpResponse<String> post(String path, String body) {
        return ParleyClient.send("POST", path, body.isEmpty() ? null : body, admin.cookie(), admin.csrfToken());
    }
}
