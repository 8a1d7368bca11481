package dev.parley.application.conversation.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * What an AI agent's message cites, as clients show it.
 *
 * @param choice whether it is a "Did you mean…" choice (else a source)
 * @param title the FAQ's question or the article's title
 * @param link an http(s) link to read more; empty for none
 */
public record CitationView(boolean choice, String title, Optional<String> link) {

    public CitationView {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(link, "link");
    }
}
