package dev.parley.domain.assistant;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Whether the assistant may answer from a knowledge article: only from published ones, never from drafts. */
public enum ArticleStatus {
    /** Being written, or imported and not yet checked: the assistant never uses it. */
    DRAFT,
    /** The assistant answers from it. */
    PUBLISHED;

    /** The status as the API writes it: {@code draft} or {@code published}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status the API names.
     *
     * @throws InvalidValueException with {@code invalid_article_status} for any other word
     */
    public static ArticleStatus of(String code) {
        return Arrays.stream(values())
                .filter(status -> status.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        "invalid_article_status",
                        "An article is "
                                + Arrays.stream(values())
                                        .map(ArticleStatus::code)
                                        .collect(Collectors.joining(" or "))
                                + "; '" + code + "' is neither."));
    }
}
