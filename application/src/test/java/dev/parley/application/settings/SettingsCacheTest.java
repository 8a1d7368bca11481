package dev.parley.application.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SettingsCacheTest {

    private final SettingsCache cache = new SettingsCache();

    @Test
    void a_section_is_read_once_and_again_after_the_news_of_its_change() {
        AtomicInteger reads = new AtomicInteger();

        assertThat(cache.get("faqs", () -> "v" + reads.incrementAndGet())).isEqualTo("v1");
        assertThat(cache.get("faqs", () -> "v" + reads.incrementAndGet())).isEqualTo("v1");
        cache.refresh("faqs");
        assertThat(cache.get("faqs", () -> "v" + reads.incrementAndGet())).isEqualTo("v2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void the_news_of_one_section_leaves_the_others_in_memory() {
        cache.get("faqs", () -> "faqs");
        cache.get("availability", () -> "hours");

        cache.refresh("faqs");

        assertThat(cache.get("availability", () -> "read again")).isEqualTo("hours");
        assertThat(cache.get("faqs", () -> "read again")).isEqualTo("read again");
    }

    @Test
    void forgetting_every_section_reads_each_again_and_drops_a_read_it_overtakes() {
        AtomicInteger reads = new AtomicInteger();
        cache.get("faqs", () -> "faqs " + reads.incrementAndGet());
        cache.get("availability", () -> "hours " + reads.incrementAndGet());

        String overtaken = cache.get("design", () -> {
            cache.refreshAll();
            return "old design";
        });
        cache.refreshAll();

        assertThat(overtaken).isEqualTo("old design");
        assertThat(cache.get("design", () -> "new design"))
                .as("the overtaken read was not kept")
                .isEqualTo("new design");
        assertThat(cache.get("faqs", () -> "faqs " + reads.incrementAndGet())).isEqualTo("faqs 3");
        assertThat(cache.get("availability", () -> "hours " + reads.incrementAndGet()))
                .isEqualTo("hours 4");
    }

    @Test
    void a_read_that_the_news_of_a_change_overtakes_is_answered_but_not_kept() {
        String answered = cache.get("availability", () -> {
            // The change commits and its news arrives while this read still holds the old section.
            cache.refresh("availability");
            return "before the change";
        });

        assertThat(answered).isEqualTo("before the change");
        assertThat(cache.get("availability", () -> "after the change")).isEqualTo("after the change");
    }
}
