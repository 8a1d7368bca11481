package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.settings.Faq;
import dev.parley.domain.shared.Language;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoContentTest {

    @Test
    void the_demo_shop_answers_in_english_and_polish_with_published_faqs_of_stable_ids() {
        List<Faq> faqs = DemoContent.faqs();

        assertThat(faqs).allMatch(Faq::published);
        assertThat(faqs).allMatch(faq -> !faq.phrasings().isEmpty(), "every FAQ has other phrasings");
        assertThat(faqs.stream().filter(faq -> faq.language().equals(Optional.of(Language.ENGLISH))))
                .hasSizeGreaterThanOrEqualTo(12);
        assertThat(faqs.stream().filter(faq -> faq.language().equals(Optional.of(Language.POLISH))))
                .hasSizeGreaterThanOrEqualTo(12);
        assertThat(faqs).extracting(Faq::id).doesNotHaveDuplicates();
        assertThat(DemoContent.faqs())
                .extracting(Faq::id)
                .as("the same ids every time")
                .isEqualTo(faqs.stream().map(Faq::id).toList());
    }
}
