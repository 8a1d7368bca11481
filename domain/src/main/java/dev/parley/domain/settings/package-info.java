/**
 * Settings: how the store's chat looks and behaves, changed by admins. There is one store per installation.
 *
 * <p>The settings come in sections, each a small immutable {@link dev.parley.domain.settings.SettingsSection}
 * that is loaded, validated, saved and audited on its own: {@link dev.parley.domain.settings.ChatSettings} (chat and
 * widget on or off), {@link dev.parley.domain.settings.DesignSettings}, {@link
 * dev.parley.domain.settings.BehaviourSettings} (welcome message, links, waiting threshold), {@link
 * dev.parley.domain.settings.FaqSettings}, {@link dev.parley.domain.settings.AvailabilitySettings}, {@link
 * dev.parley.domain.settings.EmbeddingSettings} and {@link dev.parley.domain.settings.EmailNotificationSettings}. Their
 * values: the chat's {@link dev.parley.domain.settings.Appearance} and the {@link
 * dev.parley.domain.settings.CustomerHub} whose design takes precedence while it is active; the {@link
 * dev.parley.domain.settings.WelcomeMessage}; the ordered, publishable {@link dev.parley.domain.settings.Faq}s; links
 * to the privacy policy and terms ({@link dev.parley.domain.settings.WebPageUrl}); {@link
 * dev.parley.domain.settings.BusinessHours} in the store's time zone with its {@link
 * dev.parley.domain.settings.AwayMessage}; the waiting threshold after which a ticket is highlighted; the {@link
 * dev.parley.domain.settings.AllowedOrigins} that may embed the chat; and {@link
 * dev.parley.domain.settings.IdentityVerification} of logged-in visitors; and the team's {@link
 * dev.parley.domain.settings.EmailNotifications} of new tickets. Time is always given: nothing here reads a
 * clock. Invalid values are refused with an {@link dev.parley.domain.shared.InvalidValueException} whose message a
 * store owner understands.
 */
package dev.parley.domain.settings;
