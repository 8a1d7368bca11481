/**
 * Profiles: what the store and Parley know about a visitor. Owns {@link dev.parley.domain.profile.Profile} (contact
 * details, the store's custom properties, and what the widget saw on the first visit: locale and first page) and
 * the profile's event history ({@link dev.parley.domain.profile.ProfileEvent}, e.g. "Placed Order"), which the store
 * records idempotently by its own event id. The limits are a {@link dev.parley.domain.profile.ProfilePolicy}.
 */
package dev.parley.domain.profile;
