package dev.parley.adapters.rest;

import dev.parley.application.profile.port.in.ProfileView;
import dev.parley.domain.profile.PropertyValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A visitor's profile, for the store (Events API) and the inbox's sidebar. Absent values are left out.
 *
 * @param profileId the profile
 * @param visitorId whose profile it is
 * @param identified whether the visitor is a store user
 * @param externalUserId the store's user id of a store user
 * @param displayName the name to show: {@code name}; absent while the store has not named the person
 * @param visitorCode the short code that tells an unnamed visitor apart, such as {@code 5F2A}
 * @param name the store's name for the person
 * @param email their email address
 * @param phone their phone number
 * @param location where they are
 * @param properties the store's custom properties (strings, numbers, booleans), in key order
 * @param locale the first language the widget reported (BCP 47)
 * @param firstPage the first page the widget reported
 * @param visitorEmail the address the visitor gave in the widget (the store's {@code email} comes first)
 * @param createdAt when Parley first met the visitor
 * @param updatedAt when the profile last changed
 */
public record ProfileResponse(
        String profileId,
        String visitorId,
        boolean identified,
        String externalUserId,
        String displayName,
        String visitorCode,
        String name,
        String email,
        String phone,
        String location,
        Map<String, Object> properties,
        String locale,
        String firstPage,
        String visitorEmail,
        String createdAt,
        String updatedAt) {

    static ProfileResponse of(ProfileView view) {
        Map<String, Object> properties = new LinkedHashMap<>();
        view.properties().forEach((key, value) -> properties.put(key, plain(value)));
        return new ProfileResponse(
                view.id().toString(),
                view.visitor().toString(),
                view.identified(),
                view.externalUserId().orElse(null),
                view.name().orElse(null),
                view.visitorCode(),
                view.name().orElse(null),
                view.email().orElse(null),
                view.phone().orElse(null),
                view.location().orElse(null),
                properties,
                view.locale().orElse(null),
                view.firstPage().orElse(null),
                view.visitorEmail().orElse(null),
                view.createdAt().toString(),
                view.updatedAt().toString());
    }

    private static Object plain(PropertyValue value) {
        if (value instanceof PropertyValue.Text text) {
            return text.value();
        }
        if (value instanceof PropertyValue.Number number) {
            return number.value();
        }
        return ((PropertyValue.Flag) value).value();
    }
}
