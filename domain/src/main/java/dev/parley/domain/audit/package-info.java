/**
 * The audit log: who changed the store's settings, the team or the macros, when, and what changed. Entries are written
 * once, in the same transaction as the change they record, and never change; they name agents by id (and by the name
 * they had then) and hold no secret.
 */
package dev.parley.domain.audit;
