package dev.parley.application.assistant.port.in;

/**
 * What came of giving the store the demo store's knowledge.
 *
 * @param result whether it was given, and if not why
 * @param faqs how many FAQs were added
 * @param articles how many knowledge articles were added
 */
public record DemoKnowledgeOutcome(Result result, int faqs, int articles) {

    /** Whether the knowledge was given, and if not why. */
    public enum Result {
        /** Demo knowledge is not asked for ({@link DemoKnowledgePolicy}). */
        OFF,
        /** The installation has no demo knowledge to give. */
        MISSING,
        /** The store has FAQs or knowledge articles of its own already, which are never touched. */
        KEPT,
        /** The store had no knowledge and now has the demo store's. */
        SEEDED
    }

    public static DemoKnowledgeOutcome of(Result result) {
        return new DemoKnowledgeOutcome(result, 0, 0);
    }
}
