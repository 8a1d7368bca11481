package dev.parley.adapters.rest;

import dev.parley.application.team.port.in.AgentView;
import dev.parley.domain.team.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The store's settings ({@code /api/v1/settings}), for admins only, one section at a time: read a section, or change
 * some of its fields. A change that breaks a rule is refused as a whole with the rule's code (400), naming the field
 * to blame where one is, and changes nothing. {@code GET /api/v1/settings} reads every section in one flat object.
 * The sections are the {@link SettingsSectionEndpoint} beans; see {@code docs/rest-settings.md} for examples.
 */
@Path("settings")
@RequestScoped
@SignedIn(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "The store's settings, by section; admins only")
public class SettingsResource {

    private static final Logger LOG = Logger.getLogger(SettingsResource.class.getName());
    private static final String SECTION = "The section's name, such as availability (see docs/rest-settings.md)";

    private Instance<SettingsSectionEndpoint> sections;

    @Inject
    public SettingsResource(Instance<SettingsSectionEndpoint> sections) {
        this.sections = sections;
    }

    /** For CDI proxies only. */
    protected SettingsResource() {}

    @GET
    @Operation(summary = "Every section's fields in one flat object")
    public Response readAll() {
        JsonObjectBuilder all = Json.createObjectBuilder();
        for (SettingsSectionEndpoint section : all()) {
            json(section.read()).forEach(all::add);
        }
        return answer(all.build());
    }

    @GET
    @Path("{section}")
    @Operation(summary = "One section's fields")
    @APIResponse(responseCode = "200", description = "The section")
    @APIResponse(responseCode = "404", description = "No such section (unknown_settings_section)")
    public Response read(@PathParam("section") @Parameter(description = SECTION) String name) {
        return find(name).map(section -> answer(section.read())).orElseGet(() -> unknown(name, all()));
    }

    @PUT
    @Path("{section}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change some fields of one section; fields left out or null stay as they are")
    @APIResponse(responseCode = "200", description = "The section after the change")
    @APIResponse(
            responseCode = "400",
            description = "A value breaks a rule, or a field is not the section's"
                    + " (unknown_field); the problem's field member names the field to blame")
    @APIResponse(responseCode = "404", description = "No such section (unknown_settings_section)")
    public Response update(
            @PathParam("section") @Parameter(description = SECTION) String name,
            String body,
            @Context HttpServletRequest http) {
        Optional<SettingsSectionEndpoint> found = find(name);
        if (found.isEmpty()) {
            return unknown(name, all());
        }
        SettingsSectionEndpoint section = found.get();
        Optional<JsonObject> fields = object(body);
        if (fields.isEmpty()) {
            return Problem.response(
                    Response.Status.BAD_REQUEST, "malformed_body", "Send the settings to change as a JSON object.");
        }
        Optional<String> foreign = fields.get().keySet().stream()
                .filter(field -> !section.fields().contains(field))
                .sorted()
                .findFirst();
        if (foreign.isPresent()) {
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    "unknown_field",
                    "The " + section.section()
                            + " settings have no field " + shortened(foreign.get()) + "; they have "
                            + String.join(
                                    ", ", section.fields().stream().sorted().toList()) + ".",
                    foreign.get());
        }
        AgentView caller = AgentSessions.caller(http);
        Object updated = section.update(caller.id(), fields.get());
        LOG.info(() -> "event=settings_updated section=" + section.section() + " agent=" + caller.id());
        return answer(updated);
    }

    private List<SettingsSectionEndpoint> all() {
        return StreamSupport.stream(sections.spliterator(), false)
                .sorted(Comparator.comparing(SettingsSectionEndpoint::section))
                .toList();
    }

    private Optional<SettingsSectionEndpoint> find(String name) {
        return all().stream().filter(section -> section.section().equals(name)).findFirst();
    }

    private static Response unknown(String name, List<SettingsSectionEndpoint> sections) {
        return Problem.response(
                Response.Status.NOT_FOUND,
                "unknown_settings_section",
                "There is no settings section "
                        + shortened(name) + "; the sections are "
                        + String.join(
                                ", ",
                                sections.stream()
                                        .map(SettingsSectionEndpoint::section)
                                        .toList()) + ".");
    }

    private static Optional<JsonObject> object(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT
                    ? Optional.of(value.asJsonObject())
                    : Optional.empty();
        } catch (JsonException notJson) {
            return Optional.empty();
        }
    }

    private static JsonObject json(Object body) {
        try (JsonReader reader =
                Json.createReader(new StringReader(StrictJsonb.jsonb().toJson(body)))) {
            return reader.readObject();
        }
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static Response answer(Object body) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.ok(body).cacheControl(noStore).build();
    }
}
