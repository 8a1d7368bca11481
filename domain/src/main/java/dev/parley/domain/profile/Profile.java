package dev.parley.domain.profile;

import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.VisitorId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about one visitor. Every visitor has exactly one profile from the moment Parley first meets them.
 * For a store user the store fills in contact details and custom properties through the Events API, replacing them
 * as a whole each time; for every visitor the widget reports the locale and the first page, of which only the
 * first ones reported are kept. A profile is never deleted.
 *
 * <p>A visitor may also give an email address themselves, in the widget, when the team is away: it is kept apart from
 * the store's contact details ({@link #visitorEmail()}), so that the store's replacement of its view never erases
 * it, and the visitor can never overwrite an address the store set. Where Parley writes to the visitor, the store's
 * address comes first ({@link #replyAddress()}).
 */
public final class Profile {

    private final ProfileId id;
    private final VisitorId visitor;
    private ContactDetails contact;
    private ProfileProperties properties;
    private Optional<String> locale;
    private Optional<String> firstPage;
    private Optional<String> visitorEmail;
    private final Instant createdAt;
    private Instant updatedAt;

    private Profile(
            ProfileId id,
            VisitorId visitor,
            ContactDetails contact,
            ProfileProperties properties,
            Optional<String> locale,
            Optional<String> firstPage,
            Optional<String> visitorEmail,
            Instant createdAt,
            Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.visitor = Objects.requireNonNull(visitor, "visitor");
        this.contact = Objects.requireNonNull(contact, "contact");
        this.properties = Objects.requireNonNull(properties, "properties");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.firstPage = Objects.requireNonNull(firstPage, "first page");
        this.visitorEmail = Objects.requireNonNull(visitorEmail, "visitor email");
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
        return reconstitute(
                id, visitor, contact, properties, locale, firstPage, Optional.empty(), createdAt, updatedAt);
    }

    /** Rebuilds a profile, with the address the visitor gave, from what was stored; for persistence adapters only. */
    public static Profile reconstitute(
            ProfileId id,
            VisitorId visitor,
            ContactDetails contact,
            ProfileProperties properties,
            Optional<String> locale,
            Optional<String> firstPage,
            Optional<String> visitorEmail,
            Instant createdAt,
            Instant updatedAt) {
        return new Profile(id, visitor, contact, properties, locale, firstPage, visitorEmail, createdAt, updatedAt);
    }

    /**
     * Keeps the address the visitor gave in the widget, checked as the store's are ({@link ContactDetails}); the
     * store's own address, if any, is untouched.
     *
     * @return whether anything changed
     * @throws InvalidValueException {@code invalid_email} for no address or a bad one
     */
    public boolean giveEmail(String email, Instant now) {
        Optional<String> given = new ContactDetails(
                        Optional.empty(),
                        Optional.of(Objects.requireNonNull(email, "email")),
                        Optional.empty(),
                        Optional.empty())
                .email();
        if (given.isEmpty()) {
            throw new InvalidValueException("invalid_email", "An email address looks like name@example.com.");
        }
        if (given.equals(visitorEmail)) {
            return false;
        }
        visitorEmail = given;
        updatedAt = now;
        return true;
    }

    /** The address the visitor gave in the widget, if they gave one. */
    public Optional<String> visitorEmail() {
        return visitorEmail;
    }

    /** Where Parley writes to the visitor: the store's address for them, else the one they gave. */
    public Optional<String> replyAddress() {
        return contact.email().or(() -> visitorEmail);
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
