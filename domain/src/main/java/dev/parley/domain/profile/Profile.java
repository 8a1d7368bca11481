package dev.parley.domain.profile;

import dev.parley.domain.shared.VisitorId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about one visitor. Every visitor has exactly one profile from the moment Parley first meets them.
 * For a store user the store fills in contact details and custom properties through the Events API, replacing them
 * as a whole each time; for every visitor the widget reports the locale and the first page, of which only the
 * first ones reported are kept. A profile is never deleted.
 */
public final class Profile {

    private final ProfileId id;
    private final VisitorId visitor;
    private ContactDetails contact;
    private ProfileProperties properties;
    private Optional<String> locale;
    private Optional<String> firstPage;
    private final Instant createdAt;
    private Instant updatedAt;

    private Profile(
            ProfileId id,
            VisitorId visitor,
            ContactDetails contact,
            ProfileProperties properties,
            Optional<String> locale,
            Optional<String> firstPage,
            Instant createdAt,
            Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.visitor = Objects.requireNonNull(visitor, "visitor");
        this.contact = Objects.requireNonNull(contact, "contact");
        this.properties = Objects.requireNonNull(properties, "properties");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.firstPage = Objects.requireNonNull(firstPage, "first page");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updated at");
    }

    /** The empty profile of a visitor Parley has just met. */
    public static Profile blank(ProfileId id, VisitorId visitor, Instant now) {
        return new Profile(
                id,
                visitor,
                ContactDetails.none(),
                ProfileProperties.none(),
                Optional.empty(),
                Optional.empty(),
                now,
                now);
    }

    /** Rebuilds a profile from what was stored; for persistence adapters only. */
    public static Profile reconstitute(
            ProfileId id,
            VisitorId visitor,
            ContactDetails contact,
            ProfileProperties properties,
            Optional<String> locale,
            Optional<String> firstPage,
            Instant createdAt,
            Instant updatedAt) {
        return new Profile(id, visitor, contact, properties, locale, firstPage, createdAt, updatedAt);
    }

    /**
     * The store's view of the person replaces what the store said before.
     *
     * @return whether anything changed
     */
    public boolean update(ContactDetails newContact, ProfileProperties newProperties, Instant now) {
        Objects.requireNonNull(newContact, "contact");
        Objects.requireNonNull(newProperties, "properties");
        if (contact.equals(newContact) && properties.equals(newProperties)) {
            return false;
        }
        contact = newContact;
        properties = newProperties;
        updatedAt = now;
        return true;
    }

    /**
     * Keeps the locale and page of the visitor's first visit that reported them; later ones change nothing.
     *
     * @return whether anything changed
     */
    public boolean recordFirstVisit(FirstVisit visit, Instant now) {
        boolean changed = false;
        if (locale.isEmpty() && visit.locale().isPresent()) {
            locale = visit.locale();
            changed = true;
        }
        if (firstPage.isEmpty() && visit.page().isPresent()) {
            firstPage = visit.page();
            changed = true;
        }
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public ProfileId id() {
        return id;
    }

    public VisitorId visitor() {
        return visitor;
    }

    public ContactDetails contact() {
        return contact;
    }

    public ProfileProperties properties() {
        return properties;
    }

    public Optional<String> locale() {
        return locale;
    }

    public Optional<String> firstPage() {
        return firstPage;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
