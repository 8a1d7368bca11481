package dev.parley.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapters.wire.TicketJson;
import dev.parley.domain.conversation.LinksShown;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketDetailJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final TicketJson TICKET = new TicketJson(
            "t",
            "c",
            "open",
            "chat",
            null,
            "5F2A",
            null,
            null,
            2,
            null,
            "2026-11-25T10:00:00Z",
            "2026-11-25T10:00:00Z",
            null,
            null,
            false,
            null);

    @Test
    void a_conversation_whose_visitor_was_never_shown_the_links_says_null() throws Exception {
        JsonObject json =
                write(new TicketResource.Detail(TICKET, List.of(), TicketResource.linksShownJson(Optional.empty())));

        assertThat(json.containsKey("linksShown")).as("%s", json).isTrue();
        assertThat(json.isNull("linksShown")).isTrue();
        assertThat(json.getJsonObject("ticket").containsKey("assigneeId"))
                .as("other absent values stay out")
                .isFalse();
    }

    @Test
    void the_links_shown_say_when_and_leave_out_a_link_the_store_did_not_have() throws Exception {
        LinksShown shown = new LinksShown(
                Instant.parse("2026-11-25T10:00:00.120Z"),
                Optional.empty(),
                Optional.of(URI.create("https://shop.example.com/terms")));

        JsonObject json =
                write(new TicketResource.Detail(TICKET, List.of(), TicketResource.linksShownJson(Optional.of(shown))));

        assertThat(json.getJsonObject("linksShown"))
                .isEqualTo(Json.createObjectBuilder()
                        .add("at", "2026-11-25T10:00:00.120Z")
                        .add("termsUrl", "https://shop.example.com/terms")
                        .build());
    }

    private static JsonObject write(Object value) {
        return Json.createReader(new StringReader(JSONB.toJson(value))).readObject();
    }
}
