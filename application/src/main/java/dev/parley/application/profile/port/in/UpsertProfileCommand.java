package dev.parley.application.profile.port.in;

import dev.parley.domain.profile.ContactDetails;
import dev.parley.domain.profile.PropertyValue;
import dev.parley.domain.profile.StoreUserId;
import java.util.Map;
import java.util.Objects;

/**
 * The store says who one of its users is; what it says replaces what it said before.
 *
 * @param user the store's user id
 * @param contact name, email, phone and location (each optional)
 * @param properties the custom properties, checked against the installation's limits by the use case
 */
public record UpsertProfileCommand(StoreUserId user, ContactDetails contact, Map<String, PropertyValue> properties) {

    public UpsertProfileCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(contact, "contact");
        properties = Map.copyOf(Objects.requireNonNull(properties, "properties"));
    }
}
