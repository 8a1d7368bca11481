/**
 * Internal notes: agents write them on a ticket for each other, with {@code @mentions} of teammates. Adding one is
 * acknowledged once committed, tells every inbox that has the ticket open, and tells each mentioned agent (live, and
 * by email through {@link dev.parley.application.note.port.out.NotifyMentionedAgentsPort}). Notes are kept apart from
 * the conversation's messages: nothing that serves visitors reads them.
 */
package dev.parley.application.note;
