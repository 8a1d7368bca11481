package dev.parley.application.assistant.port.out;

import java.util.Optional;

/** Reads the demo store's knowledge as shipped with Parley; driven at start-up. */
public interface LoadDemoKnowledgePort {

    /**
     * The demo store's knowledge; empty when this build of Parley has none.
     *
     * @throws IllegalStateException when what is shipped cannot be read as demo knowledge
     */
    Optional<DemoKnowledge> load();
}
