/**
 * Internal notes: what agents write on a ticket for each other, never for the visitor. Owns {@link
 * dev.parley.domain.note.Note} and the {@link dev.parley.domain.note.Mentions} found in a note's text. Refers to
 * tickets by {@link dev.parley.domain.ticket.TicketId} and to agents by {@link dev.parley.domain.shared.AgentId}
 * only. Notes live apart from the conversation's messages, so nothing that serves a visitor can ever read one.
 */
package dev.parley.domain.note;
