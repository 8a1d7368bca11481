package dev.parley.application.assistant.port.out;

import dev.parley.domain.assistant.KnowledgeEntry;
import java.util.List;

/** The store's published knowledge, as stored: what the assistant may answer from, and nothing else. */
public interface LoadKnowledgePort {

    /** Every published FAQ (with its phrasings) and every published article. Drafts never. */
    List<KnowledgeEntry> published();

    /**
     * A cheap fingerprint of the published knowledge that changes whenever any of it does (an FAQ or an article added,
     * changed, published, unpublished or removed), so that the index is rebuilt only when needed.
     */
    String fingerprint();
}
