package dev.parley.adapters.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.parley.adapters.contract.Schemas.Node;
import dev.parley.adapters.websocket.protocol.ClientFrames;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code docs/protocol.md} shows frames and bodies as they are: every {@code json} block in it names its schema in an
 * HTML comment right before it ({@code <!-- schema: frames/server/message.schema.json -->}) and is valid by it; a
 * client frame shown there is also one the server accepts; and every frame written inline in the text names only
 * fields of its frame's schema, and all the required ones.
 */
class ProtocolDocTest {

    /** A fenced block, maybe indented into a list item. */
    private static final Pattern JSON_BLOCK = Pattern.compile("(?m)^ *```json\\n(.*?)^ *```", Pattern.DOTALL);

    private static final Pattern MARKED_BLOCK =
            Pattern.compile("(?m)^ *<!-- schema: (\\S+) -->\\n *```json\\n(.*?)^ *```", Pattern.DOTALL);
    private static final Pattern INLINE_FRAME = Pattern.compile("`(\\{\"type\":\"[^`]*)`");
    private static final Set<String> ALL_CLIENT_TYPES = Set.of(
            "hello", "send", "open", "close", "end", "browse", "live", "typing", "seen", "ping", "handoff_email");

    /** An example of the document and the schema it names. */
    record Example(String schema, String json, int line) {

        @Override
        public String toString() {
            return "protocol.md:" + line + " (" + schema + ")";
        }
    }

    static String document() {
        try {
            return Files.readString(Schemas.DOCS.resolve("protocol.md"));
        } catch (IOException unreadable) {
            throw new AssertionError("docs/protocol.md cannot be read", unreadable);
        }
    }

    static List<Example> examples() {
        String doc = document();
        List<Example> examples = new ArrayList<>();
        Matcher marked = MARKED_BLOCK.matcher(doc);
        while (marked.find()) {
            examples.add(new Example(marked.group(1), marked.group(2), line(doc, marked.start(2))));
        }
        return examples;
    }

    static Stream<Example> clientFrameExamples() {
        return examples().stream().filter(example -> example.schema().startsWith("frames/client/"));
    }

    @Test
    void every_json_block_names_its_schema() {
        String doc = document();
        List<Integer> unmarked = new ArrayList<>();
        Matcher block = JSON_BLOCK.matcher(doc);
        while (block.find()) {
            int at = block.start(1);
            if (examples().stream().noneMatch(example -> example.line() == line(doc, at))) {
                unmarked.add(line(doc, at));
            }
        }

        assertThat(unmarked)
                .as("json blocks of docs/protocol.md without <!-- schema: … --> before them, by line")
                .isEmpty();
        assertThat(examples()).as("the examples the document checks").isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void every_example_is_valid_by_the_schema_it_names(Example example) {
        assertThat(Schemas.all()).as("the schemas").contains(example.schema());

        assertThat(Schemas.problems(example.schema(), example.json()))
                .as("%s: %s", example, example.json())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clientFrameExamples")
    void every_client_frame_shown_is_one_the_server_accepts(Example example) {
        assertThatCode(() -> ClientFrames.parse(example.json(), ALL_CLIENT_TYPES))
                .as("%s", example)
                .doesNotThrowAnyException();
    }

    @Test
    void every_frame_written_inline_has_only_fields_of_its_frame_and_all_the_required_ones() {
        String doc = document();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        Matcher inline = INLINE_FRAME.matcher(doc);
        while (inline.find()) {
            checked++;
            String where = "protocol.md:" + line(doc, inline.start(1)) + " "
                    + inline.group(1).replace('\n', ' ');
            Optional<JsonObject> frame = parse(inline.group(1));
            if (frame.isEmpty()) {
                problems.add(where + ": not JSON");
                continue;
            }
            String type = frame.get().getString("type");
            boolean fits = Stream.of("frames/server/", "frames/client/")
                    .map(folder -> folder + type + ".schema.json")
                    .filter(Schemas.all()::contains)
                    .map(Node::of)
                    .anyMatch(schema ->
                            schema.properties().keySet().containsAll(frame.get().keySet())
                                    && frame.get().keySet().containsAll(schema.required()));
            if (!fits) {
                problems.add(where + ": no frame of type '" + type + "' has exactly these fields");
            }
        }

        assertThat(checked).as("inline frames found").isPositive();
        assertThat(problems).isEmpty();
    }

    private static Optional<JsonObject> parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return Optional.of(reader.readObject());
        } catch (JsonException notJson) {
            return Optional.empty();
        }
    }

    private static int line(String doc, int offset) {
        return (int) doc.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
