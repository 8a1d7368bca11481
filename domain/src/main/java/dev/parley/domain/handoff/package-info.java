/**
 * The handoff to an external helpdesk: the store's Zendesk or Gorgias account ({@link
 * dev.parley.domain.handoff.HelpdeskConnection}, its secret sealed) and each conversation's way there ({@link
 * dev.parley.domain.handoff.ExternalHandoff}, an outbox row with its attempts), carrying the transcript as a {@link
 * dev.parley.domain.handoff.HandoffPacket}. Refers to conversations and visitors by their ids only.
 */
package dev.parley.domain.handoff;
