package dev.parley.application.assistant;

import dev.parley.application.assistant.port.out.LoadKnowledgePort;
import dev.parley.domain.assistant.KnowledgeEntry;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The store's published knowledge, held in memory, with a fingerprint that changes with every change. */
final class InMemoryKnowledge implements LoadKnowledgePort {

    private volatile List<KnowledgeEntry> entries = List.of();
    private final AtomicInteger version = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();
    private volatile RuntimeException failure;

    void publish(KnowledgeEntry... published) {
        entries = List.of(published);
        version.incrementAndGet();
    }

    void failWith(RuntimeException next) {
        failure = next;
    }

    /** How many times the published knowledge was read. */
    int reads() {
        return reads.get();
    }

    @Override
    public List<KnowledgeEntry> published() {
        reads.incrementAndGet();
        RuntimeException failing = failure;
        if (failing != null) {
            throw failing;
        }
        return entries;
    }

    @Override
    public String fingerprint() {
        return "v" + version.get();
    }
}
