package dev.parley.server.it;

import static dev.parley.server.it.Frames.absentOrNull;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo store's customer (the IT servers run in demo mode): Parley signs the demo customer's user id with the
 * store's identity-verification secret, making one up if the store has none, and {@code hello} accepts it as a store
 * user. Outside demo mode the endpoint answers 404 {@code demo_disabled}; that is covered by DemoCustomerServiceTest.
 */
class DemoCustomerIT {

    private static AgentSession admin;
    private static JsonObject before;

    @BeforeAll
    static void snapshotSettings() {
        admin = ParleyClient.signInAsAdmin();
        before = SettingsApi.read(admin);
    }

    @AfterAll
    static void restoreSettings() {
        SettingsApi.restore(admin, before);
    }

    @Test
    void a_store_without_a_secret_gets_one_and_the_demo_customer_is_the_same_visitor_on_every_connection() {
        SettingsApi.update(
                admin,
                Json.createObjectBuilder()
                        .add(
                                "identityVerification",
                                Json.createObjectBuilder()
                                        .add("enforced", false)
                                        .add("removeSecret", true))
                        .build());

        JsonObject customer = demoCustomer();
        assertThat(customer.getString("userId")).isEqualTo("demo-customer");
        assertThat(customer.getString("name")).isEqualTo("Demo customer");
        assertThat(customer.getString("userHash")).matches("[0-9a-f]{64}");
        assertThat(SettingsApi.read(admin).getJsonObject("identityVerification").getBoolean("secretSet"))
                .isTrue();
        assertThat(demoCustomer()).as("signed with the same secret again").isEqualTo(customer);

        String text = Frames.uniqueText("Where is my demo order?");
        String visitorId;
        String conversationId;
        try (FrameSocket first = signedHello(customer)) {
            JsonObject ready = first.next("ready");
            assertThat(absentOrNull(ready, "token"))
                    .as("no token for a signed user: %s", ready)
                    .isTrue();
            visitorId = ready.getString("visitorId");
            first.send(Frames.send(Frames.newClientMessageId(), text));
            conversationId = first.next("ack").getString("conversationId");
        }
        try (FrameSocket second = signedHello(customer)) {
            JsonObject ready = second.next("ready");
            assertThat(ready.getString("visitorId")).isEqualTo(visitorId);
            assertThat(ready.getJsonObject("conversation").getString("id")).isEqualTo(conversationId);
        }
    }

    @Test
    void the_demo_customer_is_signed_with_the_current_secret_and_accepted_while_enforced() {
        SettingsApi.update(
                admin,
                Json.createObjectBuilder()
                        .add(
                                "identityVerification",
                                Json.createObjectBuilder()
                                        .add("enforced", true)
                                        .add("secret", "demo-it-secret-" + java.util.UUID.randomUUID()))
                        .build());

        JsonObject customer = demoCustomer();

        try (FrameSocket socket = signedHello(customer)) {
            JsonObject ready = socket.next("ready");
            assertThat(absentOrNull(ready, "token")).as("%s", ready).isTrue();
        }
        try (FrameSocket forged = FrameSocket.open("/ws/visitor", Optional.empty())) {
            forged.send(Frames.identifiedHello("demo-customer-2", customer.getString("userHash")));
            assertThat(forged.next("error").getString("code")).isEqualTo("identity_rejected");
        }
    }

    private static JsonObject demoCustomer() {
        HttpResponse<String> response = ParleyClient.postAsVisitor("/api/v1/demo/customer", null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(ParleyClient.contentType(response)).startsWith("application/json");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        return ParleyClient.json(response.body());
    }

    private static FrameSocket signedHello(JsonObject customer) {
        FrameSocket socket = FrameSocket.open("/ws/visitor", Optional.empty());
        socket.send(Frames.identifiedHello(customer.getString("userId"), customer.getString("userHash")));
        return socket;
    }
}
