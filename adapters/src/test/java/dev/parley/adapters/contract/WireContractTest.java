package dev.parley.adapters.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapters.contract.Schemas.Node;
import dev.parley.adapters.rest.AccountRequest;
import dev.parley.adapters.rest.AccountResponse;
import dev.parley.adapters.rest.AgentResponse;
import dev.parley.adapters.rest.ApiKeyResponse;
import dev.parley.adapters.rest.DemoCustomerResource;
import dev.parley.adapters.rest.LimitsResponse;
import dev.parley.adapters.rest.MacroResponse;
import dev.parley.adapters.rest.MacroVariableResponse;
import dev.parley.adapters.rest.ProfileEventResponse;
import dev.parley.adapters.rest.ProfileResponse;
import dev.parley.adapters.rest.ProfilesResource;
import dev.parley.adapters.rest.RenderedMacroResponse;
import dev.parley.adapters.rest.StrictJsonb;
import dev.parley.adapters.rest.TeamMemberResponse;
import dev.parley.adapters.rest.TicketResource;
import dev.parley.adapters.rest.UploadResponse;
import dev.parley.adapters.rest.VisitorMessagesResponse;
import dev.parley.adapters.rest.VisitorSessionResponse;
import dev.parley.adapters.rest.WidgetConfigResponse;
import dev.parley.adapters.websocket.protocol.ClientFrame;
import dev.parley.adapters.websocket.protocol.ServerFrames;
import dev.parley.adapters.wire.ConversationJson;
import dev.parley.adapters.wire.ImageJson;
import dev.parley.adapters.wire.MessageJson;
import dev.parley.adapters.wire.TicketJson;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wire contract: every JSON Schema under {@code docs/schemas} describes exactly the record the adapters write (or,
 * for client frames, read), field for field, in both directions, and the JSON the adapters write for a record is
 * valid by its schema. A field added to or removed from a record or a schema without the other fails here.
 */
class WireContractTest {

    private static final Jsonb REST = new StrictJsonb().getContext(Object.class);

    /** How the adapters write a record: the REST adapter's JSON-B, or the WebSocket adapter's. */
    @SuppressWarnings("ImmutableEnumChecker") // the functions are stateless method references
    enum Writer {
        REST(WireContractTest.REST::toJson),
        WEBSOCKET(ServerFrames::toJson);

        final Function<Object, String> json;

        Writer(Function<Object, String> json) {
            this.json = json;
        }
    }

    /** A schema and the record the server writes for it. */
    record Written(String schema, Class<? extends Record> record, Writer writer) {

        @Override
        public String toString() {
            return schema + " = " + record.getSimpleName();
        }
    }

    /**
     * A client frame's schema and the record the server reads it into.
     *
     * @param readElsewhere fields the frame may carry that the server reads outside the record
     */
    record Read(String schema, Class<? extends ClientFrame> record, Set<String> readElsewhere) {

        @Override
        public String toString() {
            return schema + " = " + record.getSimpleName();
        }
    }

    static final List<Written> WRITTEN = List.of(
            new Written("image.schema.json", ImageJson.class, Writer.WEBSOCKET),
            new Written("conversation.schema.json", ConversationJson.class, Writer.WEBSOCKET),
            new Written("message.schema.json", MessageJson.class, Writer.REST),
            new Written("ticket.schema.json", TicketJson.class, Writer.WEBSOCKET),
            new Written("limits.schema.json", LimitsResponse.class, Writer.REST),
            new Written("rest/widget-config.schema.json", WidgetConfigResponse.class, Writer.REST),
            new Written("rest/agent-session.schema.json", AgentResponse.class, Writer.REST),
            new Written("rest/account.schema.json", AccountResponse.class, Writer.REST),
            new Written("rest/visitor-session.schema.json", VisitorSessionResponse.class, Writer.REST),
            new Written("rest/visitor-messages.schema.json", VisitorMessagesResponse.class, Writer.REST),
            new Written("rest/ticket-page.schema.json", TicketResource.Page.class, Writer.REST),
            new Written("rest/ticket-detail.schema.json", TicketResource.Detail.class, Writer.REST),
            new Written("rest/upload.schema.json", UploadResponse.class, Writer.REST),
            new Written("rest/demo-customer.schema.json", DemoCustomerResource.Body.class, Writer.REST),
            new Written("rest/macro.schema.json", MacroResponse.class, Writer.REST),
            new Written("rest/macro-variable.schema.json", MacroVariableResponse.class, Writer.REST),
            new Written("rest/rendered-macro.schema.json", RenderedMacroResponse.class, Writer.REST),
            new Written("rest/team-member.schema.json", TeamMemberResponse.class, Writer.REST),
            new Written("rest/api-key.schema.json", ApiKeyResponse.class, Writer.REST),
            new Written("rest/profile.schema.json", ProfileResponse.class, Writer.REST),
            new Written("rest/ticket-sidebar.schema.json", TicketResource.Sidebar.class, Writer.REST),
            new Written("rest/profile-event.schema.json", ProfileEventResponse.class, Writer.REST),
            new Written("rest/profile-event-page.schema.json", ProfilesResource.EventPage.class, Writer.REST),
            new Written("frames/server/pong.schema.json", ServerFrames.Pong.class, Writer.WEBSOCKET),
            new Written("frames/server/error.schema.json", ServerFrames.ErrorFrame.class, Writer.WEBSOCKET),
            new Written("frames/server/message.schema.json", MessageJson.class, Writer.WEBSOCKET),
            new Written("frames/server/ack.schema.json", ServerFrames.Ack.class, Writer.WEBSOCKET),
            new Written("frames/server/ready.schema.json", ServerFrames.Ready.class, Writer.WEBSOCKET),
            new Written(
                    "frames/server/conversation.schema.json", ServerFrames.ConversationChanged.class, Writer.WEBSOCKET),
            new Written("frames/server/typing.schema.json", ServerFrames.Typing.class, Writer.WEBSOCKET),
            new Written("frames/server/receipt.schema.json", ServerFrames.Receipt.class, Writer.WEBSOCKET),
            new Written("frames/server/inbox.schema.json", ServerFrames.Inbox.class, Writer.WEBSOCKET),
            new Written("frames/server/ticket.schema.json", ServerFrames.TicketChanged.class, Writer.WEBSOCKET),
            new Written("frames/server/profile.schema.json", ServerFrames.ProfileChanged.class, Writer.WEBSOCKET),
            new Written("frames/server/macros.schema.json", ServerFrames.MacrosChanged.class, Writer.WEBSOCKET),
            new Written("frames/server/settings.schema.json", ServerFrames.SettingsChanged.class, Writer.WEBSOCKET));

    static final List<Read> READ = List.of(
            new Read("frames/client/hello.schema.json", ClientFrame.Hello.class, Set.of("userId", "userHash")),
            new Read("frames/client/send.schema.json", ClientFrame.Send.class, Set.of()),
            new Read("frames/client/open.schema.json", ClientFrame.Open.class, Set.of()),
            new Read("frames/client/close.schema.json", ClientFrame.Close.class, Set.of()),
            new Read("frames/client/end.schema.json", ClientFrame.End.class, Set.of()),
            new Read("frames/client/browse.schema.json", ClientFrame.Browse.class, Set.of()),
            new Read("frames/client/live.schema.json", ClientFrame.Live.class, Set.of()),
            new Read("frames/client/typing.schema.json", ClientFrame.Typing.class, Set.of()),
            new Read("frames/client/seen.schema.json", ClientFrame.Seen.class, Set.of()),
            new Read("frames/client/ping.schema.json", ClientFrame.Ping.class, Set.of()));

    /** A REST request body's schema and the record the REST adapter reads it into. */
    record Body(String schema, Class<? extends Record> record) {

        @Override
        public String toString() {
            return schema + " = " + record.getSimpleName();
        }
    }

    static final List<Body> BODIES = List.of(new Body("rest/account-change.schema.json", AccountRequest.class));

    /**
     * Fields a schema already describes (as optional) before its record has them, by schema file. Once the record
     * has the field this test fails until the field leaves this list (and becomes required where it always is).
     */
    static final Map<String, Set<String>> PENDING = Map.of();

    /**
     * Fields of a record that the shape of a schema file never carries (they are always null there, and JSON-B
     * leaves them out): a message in a thread is a {@link MessageJson} without the frame's type and conversation.
     */
    static final Map<String, Set<String>> NOT_ON_THE_WIRE =
            Map.of("message.schema.json", Set.of("type", "conversationId"));

    static List<Written> written() {
        return WRITTEN;
    }

    static List<Read> read() {
        return READ;
    }

    static List<Body> bodies() {
        return BODIES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("written")
    void the_schema_has_exactly_the_fields_of_the_record_the_server_writes(Written contract) {
        List<String> problems = new ArrayList<>();
        compare(contract.record(), Node.of(contract.schema()), "", problems, new HashSet<>());

        assertThat(problems).as("%s drifted apart", contract).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("written")
    void what_the_server_writes_is_valid_by_the_schema_with_every_field_and_with_only_the_required_ones(
            Written contract) {
        for (boolean bare : List.of(false, true)) {
            Object sample = record(contract.record(), Node.of(contract.schema()), bare);
            String json = contract.writer().json.apply(sample);

            assertThat(Schemas.problems(contract.schema(), json))
                    .as("%s, %s, written as %s", contract, bare ? "required fields only" : "every field", json)
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("read")
    void a_client_frame_schema_has_exactly_the_fields_the_server_reads(Read contract) {
        Node node = Node.of(contract.schema());
        Set<String> components = Arrays.stream(contract.record().getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
        Set<String> expected = new HashSet<>(components);
        expected.add("type");
        expected.addAll(contract.readElsewhere());
        List<String> problems = new ArrayList<>();

        assertThat(node.properties().keySet()).as("%s: the fields", contract).isEqualTo(expected);
        for (RecordComponent component : contract.record().getRecordComponents()) {
            Node property = node.child(node.properties().get(component.getName()));
            boolean optional = component.getType() == Optional.class;
            Class<?> type = optional ? (Class<?>) typeArgument(component.getGenericType()) : component.getType();
            checkType(component.getName(), type, property, problems);
            if (type == String.class && optional == node.required().contains(component.getName())) {
                problems.add(component.getName() + ": the server reads it as " + (optional ? "optional" : "required")
                        + ", the schema says otherwise");
            }
        }
        assertThat(problems).as("%s drifted apart", contract).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void a_request_body_schema_has_exactly_the_fields_the_server_reads_and_its_bodies_read_back_whole(Body contract) {
        List<String> problems = new ArrayList<>();
        compare(contract.record(), Node.of(contract.schema()), "", problems, new HashSet<>());

        assertThat(problems).as("%s drifted apart", contract).isEmpty();
        for (boolean bare : List.of(false, true)) {
            Object sample = record(contract.record(), Node.of(contract.schema()), bare);
            String json = REST.toJson(sample);

            assertThat(Schemas.problems(contract.schema(), json))
                    .as("%s, %s: %s", contract, bare ? "required fields only" : "every field", json)
                    .isEmpty();
            assertThat(REST.fromJson(json, contract.record()))
                    .as("%s read back", json)
                    .isEqualTo(sample);
        }
    }

    @Test
    void every_schema_is_the_contract_of_a_record() {
        Set<String> mapped = Stream.of(
                        WRITTEN.stream().map(Written::schema),
                        READ.stream().map(Read::schema),
                        BODIES.stream().map(Body::schema))
                .flatMap(Function.identity())
                .collect(Collectors.toSet());

        assertThat(Schemas.all()).isEqualTo(mapped);
    }

    @Test
    void every_frame_and_shape_the_server_writes_or_reads_has_a_schema() {
        Set<Class<?>> covered = new HashSet<>();
        for (Written contract : WRITTEN) {
            compare(contract.record(), Node.of(contract.schema()), "", new ArrayList<>(), covered);
        }
        Set<Class<?>> frames = Arrays.stream(ServerFrames.class.getDeclaredClasses())
                .filter(Class::isRecord)
                .collect(Collectors.toSet());

        assertThat(covered)
                .containsAll(frames)
                .contains(
                        ImageJson.class,
                        ConversationJson.class,
                        MessageJson.class,
                        TicketJson.class,
                        TicketJson.LastMessage.class);
        assertThat(READ.stream().<Class<?>>map(Read::record).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ClientFrame.class.getPermittedSubclasses());
    }

    // ---- comparing a record with its schema -------------------------------------------------------------------

    private static void compare(Class<?> record, Node node, String path, List<String> problems, Set<Class<?>> covered) {
        covered.add(record);
        Set<String> pending = PENDING.getOrDefault(node.where(), Set.of());
        Set<String> notOnTheWire = NOT_ON_THE_WIRE.getOrDefault(node.where(), Set.of());
        Map<String, RecordComponent> components = Arrays.stream(record.getRecordComponents())
                .filter(component -> !notOnTheWire.contains(component.getName()))
                .collect(Collectors.toMap(RecordComponent::getName, Function.identity()));
        for (String name : components.keySet()) {
            if (!node.properties().containsKey(name)) {
                problems.add(path + name + ": in " + record.getSimpleName() + ", not in " + node.where());
            } else if (pending.contains(name)) {
                problems.add(path + name + ": " + record.getSimpleName() + " has it now: drop it from PENDING and"
                        + " make it required in " + node.where() + " if it is always there");
            }
        }
        for (String name : node.properties().keySet()) {
            if (!components.containsKey(name) && !pending.contains(name)) {
                problems.add(path + name + ": in " + node.where() + ", not in " + record.getSimpleName());
            }
        }
        for (RecordComponent component : components.values()) {
            String name = component.getName();
            if (!node.properties().containsKey(name)) {
                continue;
            }
            Node property = node.child(node.properties().get(name));
            checkType(path + name, component.getType(), property, problems);
            if (component.getType().isPrimitive() && !node.required().contains(name)) {
                problems.add(path + name + ": always written, so required in " + node.where());
            }
            if (component.getType().isRecord()) {
                compare(component.getType(), property, path + name + ".", problems, covered);
            } else if (component.getType() == List.class
                    && typeArgument(component.getGenericType()) instanceof Class<?> item
                    && item.isRecord()) {
                compare(item, property.child(property.json().get("items")), path + name + "[].", problems, covered);
            }
        }
    }

    private static void checkType(String name, Class<?> type, Node property, List<String> problems) {
        String expected = jsonType(type);
        if (expected != null && !property.types().contains(expected)) {
            problems.add(name + ": " + type.getSimpleName() + " is written as " + expected + ", the schema says "
                    + property.types());
        }
    }

    private static String jsonType(Class<?> type) {
        if (type == String.class) {
            return "string";
        }
        if (type == long.class || type == int.class || type == Long.class || type == Integer.class) {
            return "integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == List.class) {
            return "array";
        }
        return type.isRecord() || type == Map.class || type == JsonObject.class ? "object" : null;
    }

    private static Type typeArgument(Type generic) {
        return ((ParameterizedType) generic).getActualTypeArguments()[0];
    }

    // ---- building a record from its schema's examples ---------------------------------------------------------

    /**
     * A record with every field set from the schema (its {@code const}, first {@code enum} value or first
     * {@code examples} value), or with only the required ones and those of the first {@code anyOf} choice, and
     * {@code null} wherever the schema allows it ({@code bare}). A field the schema does not know gets a value too,
     * so that it shows in the JSON.
     */
    private static Object record(Class<?> type, Node node, boolean bare) {
        Set<String> notOnTheWire = NOT_ON_THE_WIRE.getOrDefault(node.where(), Set.of());
        Set<String> required = new HashSet<>(node.required());
        if (node.json().containsKey("anyOf")) {
            required.addAll(node.child(node.json().getJsonArray("anyOf").get(0)).required());
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            JsonValue property = node.properties().get(component.getName());
            if (notOnTheWire.contains(component.getName())) {
                values[i] = null;
            } else if (property == null) {
                values[i] = fallback(component.getType());
            } else if (bare
                    && !component.getType().isPrimitive()
                    && (!required.contains(component.getName())
                            || (!JsonValue.class.isAssignableFrom(component.getType())
                                    && node.child(property).types().contains("null")))) {
                values[i] = null;
            } else {
                values[i] = value(component.getType(), component.getGenericType(), node.child(property), bare);
            }
        }
        try {
            var constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException unbuildable) {
            throw new LinkageError("cannot build " + type.getName(), unbuildable);
        }
    }

    private static Object value(Class<?> type, Type generic, Node node, boolean bare) {
        if (type == String.class) {
            return string(node);
        }
        if (type == long.class || type == Long.class) {
            return number(node);
        }
        if (type == int.class || type == Integer.class) {
            return (int) number(node);
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == List.class) {
            Node items = node.child(node.json().get("items"));
            return bare ? List.of() : List.of(value((Class<?>) typeArgument(generic), null, items, false));
        }
        if (type == JsonValue.class) {
            return bare && node.types().contains("null") ? JsonValue.NULL : json(node);
        }
        if (type == JsonObject.class) {
            return bare
                    ? JsonValue.EMPTY_JSON_OBJECT
                    : Json.createObjectBuilder().add("total", 42).build();
        }
        if (type == Map.class) {
            return bare ? Map.of() : Map.of("plan", "gold", "orders", 3, "newsletter", true);
        }
        if (type.isRecord()) {
            return record(type, node, bare);
        }
        throw new AssertionError("no sample for " + type);
    }

    private static String string(Node node) {
        JsonValue example = example(node);
        if (example instanceof JsonString text) {
            return text.getString();
        }
        if (node.json().containsKey("pattern")) {
            throw new AssertionError("a string with a pattern needs an example: " + node.json());
        }
        return "text";
    }

    private static long number(Node node) {
        JsonValue example = example(node);
        if (example instanceof JsonNumber number) {
            return number.longValue();
        }
        return Math.max(
                1,
                node.json().containsKey("minimum")
                        ? node.json().getJsonNumber("minimum").longValue()
                        : 1);
    }

    private static JsonValue example(Node node) {
        JsonValue constant = node.json().get("const");
        if (constant != null) {
            return constant;
        }
        if (node.json().containsKey("enum")) {
            return node.json().getJsonArray("enum").get(0);
        }
        if (node.json().containsKey("examples")) {
            return node.json().getJsonArray("examples").get(0);
        }
        return null;
    }

    private static JsonValue json(Node node) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        node.properties().forEach((name, property) -> object.add(name, string(node.child(property))));
        return object.build();
    }

    private static Object fallback(Class<?> type) {
        if (type == String.class) {
            return "unknown";
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        return type == List.class ? List.of() : null;
    }
}
