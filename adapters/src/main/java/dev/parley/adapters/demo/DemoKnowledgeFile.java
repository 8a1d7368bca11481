package dev.parley.adapters.demo;

import dev.parley.application.assistant.port.out.DemoKnowledge;
import dev.parley.application.assistant.port.out.LoadDemoKnowledgePort;
import dev.parley.domain.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo store's knowledge as shipped in Parley's adapters jar, {@value #RESOURCE} (a driven adapter):
 *
 * <pre>{@code
 * {"faqs": [{"key": "shipping-time", "language": "en", "question": "…", "phrasings": ["…"], "answer": "…"}],
 *  "articles": [{"key": "returns", "language": "en", "title": "…", "body": "…", "link": "https://…"}]}
 * }</pre>
 *
 * An FAQ's {@code language} may be {@code null} (for every visitor) and its {@code phrasings} left out (none); an
 * article's {@code link} may be {@code null} or left out. A key names one FAQ or one article in each language (the
 * English and the Polish FAQ of one question share it). Anything else is a broken build of Parley, and start-up says
 * so.
 */
@ApplicationScoped
public class DemoKnowledgeFile implements LoadDemoKnowledgePort {

    /** Where the demo store's knowledge is, on the class path. */
    static final String RESOURCE = "demo/knowledge.json";

    private final String resource;

    /** The demo store's knowledge that Parley ships. */
    public DemoKnowledgeFile() {
        this(RESOURCE);
    }

    DemoKnowledgeFile(String resource) {
        this.resource = resource;
    }

    @Override
    public Optional<DemoKnowledge> load() {
        InputStream json = DemoKnowledgeFile.class.getClassLoader().getResourceAsStream(resource);
        if (json == null) {
            return Optional.empty();
        }
        try (json) {
            return Optional.of(parse(json, resource));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The demo knowledge " + resource + " cannot be read", unreadable);
        }
    }

    /**
     * Reads demo knowledge.
     *
     * @param name where it comes from, for the message of a failure
     * @throws IllegalStateException when it is not demo knowledge as described above
     */
    static DemoKnowledge parse(InputStream json, String name) {
        try (JsonReader reader = Json.createReader(json)) {
            JsonObject root = reader.readObject();
            List<DemoKnowledge.Faq> faqs = array(root, "faqs").stream()
                    .map(JsonValue::asJsonObject)
                    .map(DemoKnowledgeFile::faq)
                    .toList();
            List<DemoKnowledge.Article> articles = array(root, "articles").stream()
                    .map(JsonValue::asJsonObject)
                    .map(DemoKnowledgeFile::article)
                    .toList();
            unique(faqs.stream().map(DemoKnowledge.Faq::id).toList(), "FAQ");
            unique(articles.stream().map(DemoKnowledge.Article::id).toList(), "article");
            return new DemoKnowledge(faqs, articles);
        } catch (JsonException | ClassCastException | IllegalArgumentException broken) {
            throw new IllegalStateException(
                    "The demo knowledge " + name + " is broken: " + broken.getMessage(), broken);
        }
    }

    private static DemoKnowledge.Faq faq(JsonObject faq) {
        List<String> phrasings = faq.containsKey("phrasings")
                ? faq.getJsonArray("phrasings").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList()
                : List.of();
        return new DemoKnowledge.Faq(
                text(faq, "key"),
                optionalText(faq, "language").map(DemoKnowledgeFile::language),
                text(faq, "question"),
                phrasings,
                text(faq, "answer"));
    }

    private static DemoKnowledge.Article article(JsonObject article) {
        return new DemoKnowledge.Article(
                text(article, "key"),
                language(text(article, "language")),
                text(article, "title"),
                text(article, "body"),
                optionalText(article, "link"));
    }

    private static JsonArray array(JsonObject object, String name) {
        return object.containsKey(name) ? object.getJsonArray(name) : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static String text(JsonObject object, String name) {
        return optionalText(object, name)
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is missing in " + object));
    }

    private static Optional<String> optionalText(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name)
                ? Optional.empty()
                : Optional.of(object.getString(name));
    }

    private static Language language(String tag) {
        return Language.of(tag)
                .filter(language -> language.tag().equals(tag))
                .orElseThrow(() -> new IllegalArgumentException("'" + tag + "' is no language Parley speaks"));
    }

    private static void unique(List<?> ids, String kind) {
        Set<Object> seen = new HashSet<>();
        for (Object id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("two of its " + kind + "s have one key in one language");
            }
        }
    }
}
