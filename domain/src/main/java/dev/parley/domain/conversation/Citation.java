package dev.parley.domain.conversation;

import dev.parley.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an AI agent's message refers to: a source it answered from (with a link to read more), or a "Did you mean…"
 * choice the visitor can pick, which asks its title as the next question.
 *
 * @param kind a source or a choice
 * @param title the FAQ's question or the article's title, 1 to {@value #MAX_TITLE_LENGTH} characters
 * @param link an absolute http(s) link to read more; empty for none
 */
public record Citation(Kind kind, String title, Optional<String> link) {

    /** The longest title, in characters. */
    public static final int MAX_TITLE_LENGTH = 200;

    /** The most citations one message holds. */
    public static final int MAX_PER_MESSAGE = 3;

    /** What a citation is. */
    public enum Kind {
        SOURCE,
        CHOICE
    }

    public Citation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        title = title.strip();
        if (title.isEmpty() || title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidValueException("invalid_citation", "A citation needs a title of at most 200 characters.");
        }
        Objects.requireNonNull(link, "link");
        link.ifPresent(url -> {
            if (!(url.startsWith("https://") || url.startsWith("http://")) || url.length() > 2_000) {
                throw new InvalidValueException("invalid_citation", "A citation's link is an http(s) address.");
            }
        });
    }

    public static Citation source(String title, Optional<String> link) {
        return new Citation(Kind.SOURCE, title, link);
    }

    public static Citation choice(String title) {
        return new Citation(Kind.CHOICE, title, Optional.empty());
    }

    /** Checks a message's citations: at most {@value #MAX_PER_MESSAGE}. */
    static List<Citation> checked(List<Citation> citations) {
        List<Citation> copy = List.copyOf(citations);
        if (copy.size() > MAX_PER_MESSAGE) {
            throw new IllegalArgumentException("A message cites at most " + MAX_PER_MESSAGE + " sources or choices");
        }
        return copy;
    }
}
