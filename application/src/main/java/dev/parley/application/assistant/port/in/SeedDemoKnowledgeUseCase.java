package dev.parley.application.assistant.port.in;

/** Driven by the server at start-up, so that the demo store's AI agent answers from the first command. */
public interface SeedDemoKnowledgeUseCase {

    /**
     * Gives a store that has no FAQs and no knowledge articles the demo store's knowledge, all of it published, when
     * the {@link DemoKnowledgePolicy} asks for it; a store with knowledge of its own is left as it is. Running it again
     * changes nothing.
     *
     * @throws dev.parley.domain.shared.InvalidValueException when the demo knowledge breaks a rule of Parley's (a
     *     title too long, ...): then nothing is added
     */
    DemoKnowledgeOutcome seed();
}
