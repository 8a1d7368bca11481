/**
 * Tickets: the helpdesk's view of conversations. Owns {@link dev.parley.domain.ticket.Ticket} (status, assignee,
 * activity). Refers to conversations by {@link dev.parley.domain.conversation.ConversationId} only.
 */
package dev.parley.domain.ticket;
