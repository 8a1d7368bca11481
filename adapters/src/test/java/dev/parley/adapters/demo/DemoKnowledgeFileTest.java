package dev.parley.adapters.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.assistant.port.out.DemoKnowledge;
import dev.parley.domain.shared.Language;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoKnowledgeFileTest {

    @Test
    void reads_the_faqs_with_their_languages_and_phrasings_and_the_articles_with_their_links() {
        DemoKnowledge demo =
                new DemoKnowledgeFile("demo/knowledge-sample.json").load().orElseThrow();

        assertThat(demo.faqs())
                .extracting(DemoKnowledge.Faq::key)
                .containsExactly("shipping-time", "shipping-time-pl", "contact");
        DemoKnowledge.Faq polish = demo.faqs().get(1);
        assertThat(polish.language()).contains(Language.POLISH);
        assertThat(polish.question()).isEqualTo("Jak długo trwa wysyłka?");
        assertThat(polish.phrasings()).containsExactly("Kiedy dotrze paczka?");
        assertThat(demo.faqs().get(0).phrasings()).containsExactly("When will my parcel arrive?", "Delivery time");
        assertThat(demo.faqs().get(2).language()).as("for every visitor").isEmpty();
        assertThat(demo.faqs().get(2).phrasings()).isEmpty();
        assertThat(demo.articles()).extracting(DemoKnowledge.Article::key).containsExactly("returns", "zwroty");
        DemoKnowledge.Article returns = demo.articles().get(0);
        assertThat(returns.language()).isEqualTo(Language.ENGLISH);
        assertThat(returns.body()).startsWith("# Returns\nSend anything back");
        assertThat(returns.link()).contains("https://demo.parley.dev/returns");
        assertThat(demo.articles().get(1).link()).isEmpty();
    }

    @Test
    void a_build_without_demo_knowledge_has_none() {
        assertThat(new DemoKnowledgeFile("demo/no-such-file.json").load()).isEmpty();
    }

    @Test
    void broken_demo_knowledge_says_what_is_wrong() {
        for (String[] broken : List.of(
                new String[] {"[]", "demo"},
                new String[] {"{\"faqs\": [{\"key\": \"k\", \"question\": \"Q?\"}]}", "'answer' is missing"},
                new String[] {"{\"faqs\": [{\"key\": 1, \"question\": \"Q?\", \"answer\": \"A.\"}]}", "demo"},
                new String[] {
                    "{\"articles\": [{\"key\": \"k\", \"language\": \"de\", \"title\": \"T\", \"body\": \"B\"}]}",
                    "'de' is no language"
                },
                new String[] {
                    "{\"faqs\": [" + faq("same") + "," + faq("same") + "]}",
                    "two of its FAQs have one key in one language"
                },
                new String[] {"{\"faqs\": [", "demo"})) {
            assertThatThrownBy(() -> DemoKnowledgeFile.parse(stream(broken[0]), "demo/test.json"))
                    .as(broken[0])
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("The demo knowledge demo/test.json is broken")
                    .hasMessageContaining(broken[1]);
        }
    }

    @Test
    void one_key_names_an_faq_in_each_language() {
        String english = "{\"key\": \"k\", \"language\": \"en\", \"question\": \"Q?\", \"answer\": \"A.\"}";
        String polish = "{\"key\": \"k\", \"language\": \"pl\", \"question\": \"P?\", \"answer\": \"O.\"}";

        DemoKnowledge demo = DemoKnowledgeFile.parse(stream("{\"faqs\": [" + english + "," + polish + "]}"), "two");

        assertThat(demo.faqs())
                .extracting(DemoKnowledge.Faq::id)
                .doesNotHaveDuplicates()
                .hasSize(2);
    }

    @Test
    void an_empty_file_of_demo_knowledge_has_none_of_either() {
        assertThat(DemoKnowledgeFile.parse(stream("{}"), "empty")).isEqualTo(new DemoKnowledge(List.of(), List.of()));
        assertThat(DemoKnowledgeFile.parse(stream("{\"faqs\": [" + faq("k") + "]}"), "one")
                        .faqs())
                .containsExactly(new DemoKnowledge.Faq("k", Optional.empty(), "Q?", List.of(), "A."));
    }

    private static String faq(String key) {
        return "{\"key\": \"" + key + "\", \"question\": \"Q?\", \"answer\": \"A.\"}";
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
