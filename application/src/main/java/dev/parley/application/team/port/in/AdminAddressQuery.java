package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;
import java.util.Locale;
import java.util.Objects;

/** Driven by whoever writes to one admin (a test email): the admin's own address and their account's language. */
public interface AdminAddressQuery {

    /**
     * Where to write to an admin.
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when the agent is unknown, removed from the team or no admin
     */
    AdminAddress adminAddress(AgentId admin);

    /**
     * An admin's address.
     *
     * @param email their account's email address
     * @param locale the language their account uses
     */
    record AdminAddress(String email, Locale locale) {

        public AdminAddress {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(locale, "locale");
        }
    }
}
