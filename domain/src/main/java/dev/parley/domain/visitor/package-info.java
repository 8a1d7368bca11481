/**
 * Visitors: the people on the storefront and how Parley recognises them again. Owns {@link
 * dev.parley.domain.visitor.Visitor}, the anonymous {@link dev.parley.domain.visitor.VisitorToken}, and the refusals
 * of visitors: a forged identity ({@link dev.parley.domain.visitor.IdentityRejectedException}) and a flood of
 * messages ({@link dev.parley.domain.visitor.TooManyMessagesException}).
 */
package dev.parley.domain.visitor;
