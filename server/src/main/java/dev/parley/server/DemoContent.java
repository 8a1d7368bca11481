package dev.parley.server;

import dev.parley.application.settings.port.in.SeedDemoContentUseCase;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.FaqId;
import dev.parley.domain.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo shop's knowledge ({@code demo/knowledge.json}), given to a demo installation's empty store at start-up when
 * both {@code PARLEY_DEMO_ENABLED} and {@code PARLEY_DEMO_KNOWLEDGE} are on (the server the README's first command
 * starts): its FAQs in English and Polish with their other phrasings, published, and the AI agent on. Each FAQ's id is derived from its key, so
 * the same demo gives the same ids everywhere.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    static final String RESOURCE = "demo/knowledge.json";

    private SeedDemoContentUseCase seed;
    private boolean demo;
    private boolean knowledge;

    @Inject
    public DemoContent(
            SeedDemoContentUseCase seed,
            @ConfigProperty(name = "parley.demo.enabled", defaultValue = "false") boolean demo,
            @ConfigProperty(name = "parley.demo.knowledge", defaultValue = "false") boolean knowledge) {
        this.seed = seed;
        this.demo = demo;
        this.knowledge = knowledge;
    }

    /** For CDI proxies only. */
    protected DemoContent() {}

    /** Gives the demo shop's knowledge to an empty store, when this is a demo installation that asks for it. */
    void seedIfAskedFor() {
        if (!demo || !knowledge) {
            return;
        }
        List<Faq> faqs = faqs();
        boolean seeded = seed.seedIfNoFaqs(faqs);
        LOG.info(() ->
                "event=demo_knowledge " + (seeded ? "seeded faqs=" + faqs.size() : "skipped reason=store_has_faqs"));
    }

    /** The demo shop's FAQs, published, in the file's order. */
    static List<Faq> faqs() {
        try (InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The demo knowledge " + RESOURCE + " is missing from the WAR");
            }
            try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.readObject().getJsonArray("faqs").getValuesAs(JsonObject.class).stream()
                        .map(DemoContent::faq)
                        .toList();
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Faq faq(JsonObject json) {
        String key = json.getString("key");
        String language = json.getString("language");
        return new Faq(
                new FaqId(
                        UUID.nameUUIDFromBytes(("demo-faq:" + language + ":" + key).getBytes(StandardCharsets.UTF_8))),
                json.getString("question"),
                json.getString("answer"),
                true,
                Language.of(language),
                json.getJsonArray("phrasings").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
    }
}
