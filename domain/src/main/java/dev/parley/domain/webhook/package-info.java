/**
 * Outgoing webhooks: the store's own systems are told when tickets and messages happen. Owns {@link
 * dev.parley.domain.webhook.WebhookEndpoint} (where events go, which ones, and its signing secrets, sealed), {@link
 * dev.parley.domain.webhook.WebhookEvent} (one event, its body serialized once) and {@link
 * dev.parley.domain.webhook.WebhookDelivery} (one event's way to one endpoint, with its attempts), and signs in the
 * Standard Webhooks format ({@link dev.parley.domain.webhook.WebhookSignature}).
 */
package dev.parley.domain.webhook;
