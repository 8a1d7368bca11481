package dev.parley.application.assistant.port.out;

import dev.parley.domain.assistant.Hit;
import dev.parley.domain.assistant.KnowledgeEntry;
import dev.parley.domain.shared.Language;
import java.util.List;

/** A full-text index of the store's published knowledge, held in memory and rebuilt from the database. */
public interface KnowledgeIndexPort {

    /** Replaces everything the index holds with these entries. */
    void replace(List<KnowledgeEntry> entries);

    /** The best passages for a question asked in a language, best first, at most {@code limit}. */
    List<Hit> search(String question, Language language, int limit);
}
