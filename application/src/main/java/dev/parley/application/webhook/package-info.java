/**
 * Outgoing webhooks: admins register endpoints; the use cases that change tickets and write messages publish events
 * into the outbox inside their own transactions; a worker delivers them, signed, with retries; admins read the
 * delivery log, send a test event and redeliver.
 */
package dev.parley.application.webhook;
