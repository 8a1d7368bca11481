package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.Faq;
import java.util.List;

/**
 * Driven once at start-up on a demo installation ({@code PARLEY_DEMO_KNOWLEDGE}): gives a store that has no FAQs yet
 * the demo shop's FAQs and turns its AI agent on, so that {@code /demo/} shows the AI agent answering at once. Never
 * touches a store that has FAQs.
 */
public interface SeedDemoContentUseCase {

    /** Returns whether the demo content was given (false: the store had FAQs already). */
    boolean seedIfNoFaqs(List<Faq> faqs);
}
