package dev.parley.adapters.knowledge;

import dev.parley.domain.assistant.KnowledgeEntry;
import dev.parley.domain.assistant.KnowledgeKind;
import dev.parley.domain.shared.Language;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo store's knowledge ({@code demo/knowledge.json}) as the assistant searches it. An entry's id is its language
 * and key, such as {@code en/shipping-time}, so that its reference names the key it is expected by.
 */
final class DemoKnowledge {

    static final String RESOURCE = "/demo/knowledge.json";

    private DemoKnowledge() {}

    static JsonObject json() {
        try (InputStream in = DemoKnowledge.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<KnowledgeEntry> entries() {
        JsonObject json = json();
        List<KnowledgeEntry> entries = new ArrayList<>();
        for (JsonObject faq : json.getJsonArray("faqs").getValuesAs(JsonObject.class)) {
            entries.add(new KnowledgeEntry(
                    KnowledgeKind.FAQ,
                    faq.getString("language") + "/" + faq.getString("key"),
                    language(faq),
                    faq.getString("question"),
                    faq.getJsonArray("phrasings").getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString)
                            .toList(),
                    faq.getString("answer"),
                    Optional.empty()));
        }
        for (JsonObject article : json.getJsonArray("articles").getValuesAs(JsonObject.class)) {
            entries.add(new KnowledgeEntry(
                    KnowledgeKind.ARTICLE,
                    article.getString("language") + "/" + article.getString("key"),
                    language(article),
                    article.getString("title"),
                    List.of(),
                    article.getString("body"),
                    Optional.of(article.getString("link"))));
        }
        return entries;
    }

    /** The key an entry's reference ({@code faq:en/shipping-time}) names. */
    static String keyOf(String ref) {
        return ref.substring(ref.indexOf('/') + 1);
    }

    private static Optional<Language> language(JsonObject item) {
        return Optional.of(Language.of(item.getString("language"))
                .orElseThrow(() -> new IllegalStateException("Unknown language in " + item)));
    }
}
