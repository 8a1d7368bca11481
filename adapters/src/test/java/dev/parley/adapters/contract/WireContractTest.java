package dev.parley.adapters.contract;

import static dev.parley.adapters.contract.WireContracts.BODIES;
import static dev.parley.adapters.contract.WireContracts.READ;
import static dev.parley.adapters.contract.WireContracts.WRITTEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapters.contract.Schemas.Node;
import dev.parley.adapters.contract.WireContracts.Body;
import dev.parley.adapters.contract.WireContracts.Read;
import dev.parley.adapters.contract.WireContracts.Written;
import dev.parley.adapters.websocket.protocol.ClientFrame;
import dev.parley.adapters.websocket.protocol.ServerFrames;
import dev.parley.adapters.wire.ConversationJson;
import dev.parley.adapters.wire.ImageJson;
import dev.parley.adapters.wire.MessageJson;
import dev.parley.adapters.wire.TicketJson;
import dev.parley.domain.audit.AuditAction;
import jakarta.json.JsonString;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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
        RecordSchemas.compare(contract.record(), Node.of(contract.schema()), "", problems, new HashSet<>());

        assertThat(problems).as("%s drifted apart", contract).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("written")
    void what_the_server_writes_is_valid_by_the_schema_with_every_field_and_with_only_the_required_ones(
            Written contract) {
        for (boolean bare : List.of(false, true)) {
            Object sample = RecordSchemas.record(contract.record(), Node.of(contract.schema()), bare);
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
            Class<?> type =
                    optional ? (Class<?>) RecordSchemas.typeArgument(component.getGenericType()) : component.getType();
            RecordSchemas.checkType(component.getName(), type, property, problems);
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
        RecordSchemas.compare(contract.record(), Node.of(contract.schema()), "", problems, new HashSet<>());

        assertThat(problems).as("%s drifted apart", contract).isEmpty();
        for (boolean bare : List.of(false, true)) {
            Object sample = RecordSchemas.record(contract.record(), Node.of(contract.schema()), bare);
            String json = WireContracts.REST.toJson(sample);

            assertThat(Schemas.problems(contract.schema(), json))
                    .as("%s, %s: %s", contract, bare ? "required fields only" : "every field", json)
                    .isEmpty();
            assertThat(WireContracts.REST.fromJson(json, contract.record()))
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
            RecordSchemas.compare(contract.record(), Node.of(contract.schema()), "", new ArrayList<>(), covered);
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

    @Test
    void the_audit_log_schema_names_every_action_parley_records_and_no_other() {
        Node page = Node.of("rest/audit-page.schema.json");
        Node entries = page.child(page.properties().get("entries"));
        Node entry = entries.child(entries.json().get("items"));
        Node action = entry.child(entry.properties().get("action"));

        assertThat(action.json().getJsonArray("enum").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString))
                .containsExactlyInAnyOrder(Arrays.stream(AuditAction.values())
                        .map(AuditAction::code)
                        .toArray(String[]::new));
    }
}
