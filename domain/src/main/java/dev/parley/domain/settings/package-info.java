/**
 * Settings: how the store's chat looks and behaves, changed by admins. Owns {@link
 * dev.parley.domain.settings.StoreSettings}.
 */
package dev.parley.domain.settings;
