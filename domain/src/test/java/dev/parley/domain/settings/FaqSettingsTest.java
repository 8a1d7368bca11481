package dev.parley.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaqSettingsTest {

    private final FaqSettings defaults = FaqSettings.defaults();

    private final Faq shipping = Faq.draft(FaqId.random(), "Do you ship abroad?", "Yes, to all of the EU.")
            .publish();
    private final Faq returns = Faq.draft(FaqId.random(), "Can I return an item?", "Within 30 days.");
    private final Faq sizes =
            Faq.draft(FaqId.random(), "How do sizes run?", "True to size.").publish();

    @Test
    void a_new_store_has_no_faqs() {
        assertThat(defaults.faqs()).isEmpty();
        assertThat(defaults.publishedFaqs()).isEmpty();
    }

    @Test
    void only_published_faqs_are_shown_in_the_stores_order() {
        FaqSettings settings = defaults.addFaq(shipping).addFaq(returns).addFaq(sizes);

        assertThat(settings.faqs()).containsExactly(shipping, returns, sizes);
        assertThat(settings.publishedFaqs()).containsExactly(shipping, sizes);
    }

    @Test
    void reorders_faqs() {
        FaqSettings settings = defaults.addFaq(shipping)
                .addFaq(returns)
                .addFaq(sizes)
                .reorderFaqs(List.of(sizes.id(), shipping.id(), returns.id()));

        assertThat(settings.faqs()).containsExactly(sizes, shipping, returns);
        assertThat(settings.publishedFaqs()).containsExactly(sizes, shipping);
    }

    @Test
    void a_new_order_must_list_every_faq_exactly_once() {
        FaqSettings settings = defaults.addFaq(shipping).addFaq(returns);

        for (List<FaqId> order : List.of(
                List.of(shipping.id()),
                List.of(shipping.id(), shipping.id()),
                List.of(shipping.id(), returns.id(), sizes.id()),
                List.of(shipping.id(), sizes.id()))) {
            assertThatThrownBy(() -> settings.reorderFaqs(order))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("The new order must list every FAQ exactly once.")
                    .extracting("code")
                    .isEqualTo("invalid_faq_order");
        }
    }

    @Test
    void updates_an_faq_in_its_place() {
        Faq answered = returns.withAnswer("Within 60 days, free of charge.").publish();

        FaqSettings settings =
                defaults.addFaq(shipping).addFaq(returns).addFaq(sizes).updateFaq(answered);

        assertThat(settings.faqs()).containsExactly(shipping, answered, sizes);
        assertThat(settings.faq(returns.id())).contains(answered);
        assertThat(settings.publishedFaqs()).containsExactly(shipping, answered, sizes);
    }

    @Test
    void removes_an_faq() {
        FaqSettings settings = defaults.addFaq(shipping).addFaq(returns).removeFaq(shipping.id());

        assertThat(settings.faqs()).containsExactly(returns);
        assertThat(settings.faq(shipping.id())).isEmpty();
    }

    @Test
    void refuses_to_add_an_faq_twice() {
        FaqSettings settings = defaults.addFaq(shipping);

        assertThatThrownBy(() -> settings.addFaq(shipping.withQuestion("Do you ship to Norway?")))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("duplicate_faq");
        assertThatThrownBy(() -> new FaqSettings(List.of(shipping, shipping)))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("duplicate_faq");
    }

    @Test
    void an_unknown_faq_cannot_be_updated_or_removed() {
        FaqSettings settings = defaults.addFaq(shipping);

        assertThatThrownBy(() -> settings.updateFaq(returns))
                .isInstanceOf(FaqNotFoundException.class)
                .hasMessage("There is no FAQ " + returns.id() + ".")
                .extracting("code")
                .isEqualTo("faq_not_found");
        assertThatThrownBy(() -> settings.removeFaq(returns.id())).isInstanceOf(FaqNotFoundException.class);
    }

    @Test
    void the_faq_list_cannot_be_changed_from_outside() {
        FaqSettings settings = defaults.addFaq(shipping);

        assertThatThrownBy(() -> settings.faqs().add(returns)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void the_audit_summary_says_what_was_added_changed_removed_and_reordered() {
        FaqSettings before = defaults.addFaq(shipping).addFaq(returns).addFaq(sizes);
        FaqSettings after = before.removeFaq(returns.id())
                .updateFaq(sizes.withAnswer("Runs small."))
                .reorderFaqs(List.of(sizes.id(), shipping.id()));

        assertThat(after.changesSince(before, Instant.EPOCH))
                .isEqualTo(Map.of(
                        "faqs",
                        Map.of(
                                "added",
                                List.of(),
                                "changed",
                                List.of("How do sizes run?"),
                                "removed",
                                List.of("Can I return an item?"),
                                "reordered",
                                true)));
        assertThat(before.changesSince(before, Instant.EPOCH)).isEmpty();
    }
}
