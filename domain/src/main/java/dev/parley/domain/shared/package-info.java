/**
 * The shared kernel: the few types every context may use. Identifiers of people ({@link
 * dev.parley.domain.shared.VisitorId}, {@link dev.parley.domain.shared.AgentId}) and the base of all rule
 * violations ({@link dev.parley.domain.shared.DomainException}).
 */
package dev.parley.domain.shared;
