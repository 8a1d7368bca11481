package dev.parley.domain.settings;

import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The store's FAQs in their order, published or not; visitors see the published ones. FAQ ids are unique.
 *
 * @param faqs all FAQs, published or not, in the store's order
 */
public record FaqSettings(List<Faq> faqs) implements SettingsSection<FaqSettings> {

    /** @throws InvalidValueException when two FAQs share an id */
    public FaqSettings {
        Objects.requireNonNull(faqs, "FAQs");
        Set<FaqId> seen = new HashSet<>();
        for (Faq faq : faqs) {
            Objects.requireNonNull(faq, "FAQ");
            if (!seen.add(faq.id())) {
                throw new InvalidValueException("duplicate_faq", "This FAQ has been added already.");
            }
        }
        faqs = List.copyOf(faqs);
    }

    /** A new store's: no FAQs. */
    public static FaqSettings defaults() {
        return new FaqSettings(List.of());
    }

    /** The published FAQs, in the store's order: what a visitor sees first. */
    public List<Faq> publishedFaqs() {
        return faqs.stream().filter(Faq::published).toList();
    }

    /**
     * The published FAQs a visitor speaking {@code visitorLanguage} sees: those for every language and those in
     * theirs. A visitor whose language has no FAQs of its own sees the store's language's instead.
     */
    public List<Faq> publishedFaqsFor(Language visitorLanguage, Language storeLanguage) {
        List<Faq> published = publishedFaqs();
        Language shown = published.stream().anyMatch(faq -> faq.language().equals(Optional.of(visitorLanguage)))
                ? visitorLanguage
                : storeLanguage;
        return published.stream()
                .filter(faq -> faq.language().isEmpty() || faq.language().get() == shown)
                .toList();
    }

    /** The FAQ with this id, published or not. */
    public Optional<Faq> faq(FaqId id) {
        return faqs.stream().filter(faq -> faq.id().equals(id)).findFirst();
    }

    /**
     * Adds an FAQ after the others.
     *
     * @throws InvalidValueException when an FAQ with its id exists already
     */
    public FaqSettings addFaq(Faq faq) {
        Objects.requireNonNull(faq, "FAQ");
        List<Faq> changed = new ArrayList<>(faqs);
        changed.add(faq);
        return new FaqSettings(changed);
    }

    /**
     * Replaces the FAQ with the same id, keeping its place.
     *
     * @throws FaqNotFoundException when there is no FAQ with its id
     */
    public FaqSettings updateFaq(Faq faq) {
        Objects.requireNonNull(faq, "FAQ");
        List<Faq> changed = new ArrayList<>(faqs);
        changed.set(indexOf(faq.id()), faq);
        return new FaqSettings(changed);
    }

    /**
     * Removes an FAQ.
     *
     * @throws FaqNotFoundException when there is no FAQ with this id
     */
    public FaqSettings removeFaq(FaqId id) {
        List<Faq> changed = new ArrayList<>(faqs);
        changed.remove(indexOf(id));
        return new FaqSettings(changed);
    }

    /**
     * Puts the FAQs in a new order.
     *
     * @param order every FAQ's id exactly once, first to last
     * @throws InvalidValueException when the order leaves an FAQ out, lists one twice or names an unknown one
     */
    public FaqSettings reorderFaqs(List<FaqId> order) {
        Objects.requireNonNull(order, "FAQ order");
        Set<FaqId> listed = new HashSet<>(order);
        if (order.size() != faqs.size()
                || listed.size() != order.size()
                || !faqs.stream().allMatch(faq -> listed.contains(faq.id()))) {
            throw new InvalidValueException("invalid_faq_order", "The new order must list every FAQ exactly once.");
        }
        return new FaqSettings(order.stream().map(id -> faqs.get(indexOf(id))).toList());
    }

    @Override
    public Map<String, Object> changesSince(FaqSettings before, Instant now) {
        Map<String, Object> changes = new LinkedHashMap<>();
        ChangeSummary.faqs(before.faqs, faqs).ifPresent(summary -> changes.put("faqs", summary));
        return changes;
    }

    private int indexOf(FaqId id) {
        Objects.requireNonNull(id, "FAQ id");
        for (int i = 0; i < faqs.size(); i++) {
            if (faqs.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new FaqNotFoundException(id);
    }
}
