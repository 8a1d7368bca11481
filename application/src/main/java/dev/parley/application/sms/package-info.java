/**
 * The SMS channel: incoming messages from a Twilio-compatible provider (signature-checked, deduplicated, opt-out
 * keywords honoured) become messages of the customer's SMS conversation; agents' and the AI agent's replies on it go
 * out through an outbox ({@link dev.parley.domain.sms.OutgoingSms}) whose state the provider's callbacks move forward;
 * the store's settings with their sealed tokens; and the fake provider of demo mode with its simulated phone.
 */
package dev.parley.application.sms;
