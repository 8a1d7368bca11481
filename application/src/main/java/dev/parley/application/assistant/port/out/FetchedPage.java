package dev.parley.application.assistant.port.out;

import dev.parley.domain.assistant.PageAddress;
import dev.parley.domain.shared.Language;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the store's site as the import read it: its text, or why it was skipped.
 *
 * @param address the page, as asked for
 * @param content what it says; empty when skipped
 * @param skipReason why it was skipped, a stable code; empty when read
 */
public record FetchedPage(PageAddress address, Optional<Content> content, Optional<String> skipReason) {

    public FetchedPage {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(skipReason, "skip reason");
        if (content.isPresent() == skipReason.isPresent()) {
            throw new IllegalArgumentException("A page is either read or skipped");
        }
    }

    /** A page read, with its title, its text (lines starting with {@code #} are headings) and its language. */
    public static FetchedPage read(PageAddress address, String title, String text, Language language) {
        return new FetchedPage(address, Optional.of(new Content(title, text, language)), Optional.empty());
    }

    /** A page skipped, with why. */
    public static FetchedPage skipped(PageAddress address, String reason) {
        return new FetchedPage(address, Optional.empty(), Optional.of(reason));
    }

    /**
     * What a page says, as an article would.
     *
     * @param title at most 200 characters
     * @param text at most 20,000 characters
     * @param language the page's language
     */
    public record Content(String title, String text, Language language) {

        public Content {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(language, "language");
        }
    }
}
