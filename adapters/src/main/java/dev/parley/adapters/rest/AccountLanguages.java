package dev.parley.adapters.rest;

import dev.parley.domain.team.AccountLocale;
import java.util.List;

/**
 * The languages Parley speaks to agents, in the inbox and in the team's emails: English ({@code en}) and Polish
 * ({@code pl}). An account may hold another tag from before; it reads as English.
 */
final class AccountLanguages {

    /** The tags an agent may choose, as the REST API writes them. */
    static final List<String> SUPPORTED = List.of("en", "pl");

    private AccountLanguages() {}

    /** The language the inbox speaks to an account that uses this locale: its own when supported, else English. */
    static String of(AccountLocale locale) {
        String language = locale.toLocale().getLanguage();
        return SUPPORTED.contains(language) ? language : AccountLocale.ENGLISH.tag();
    }

    /**
     * The locale an agent chose in a request body.
     *
     * @throws RefusedFieldException {@code missing_field} without a tag, {@code unsupported_locale} for anything but
     *     {@code en} and {@code pl}; both name the field {@code locale}
     */
    static AccountLocale chosen(String tag) {
        if (tag == null) {
            throw new RefusedFieldException("locale", "missing_field", "The body needs a 'locale' field.");
        }
        if (!SUPPORTED.contains(tag)) {
            throw new RefusedFieldException(
                    "locale", "unsupported_locale", "The locale is 'en' (English) or 'pl' (Polish).");
        }
        return new AccountLocale(tag);
    }
}
