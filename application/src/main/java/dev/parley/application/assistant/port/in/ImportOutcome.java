package dev.parley.application.assistant.port.in;

import java.util.Locale;

/** What an import did with one page. */
public enum ImportOutcome {
    /** A new draft article holds the page's text. */
    CREATED,
    /** The article imported from the page before has its new text, and is a draft again. */
    UPDATED,
    /** The article imported from the page before already has its text. */
    UNCHANGED,
    /** The page was not imported; the report says why. */
    SKIPPED;

    /** The outcome as the API writes it: {@code created}, {@code updated}, {@code unchanged} or {@code skipped}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
