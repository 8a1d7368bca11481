/**
 * Visitors: the people on the storefront and how Parley recognises them again. Owns {@link
 * dev.parley.domain.visitor.Visitor}, the anonymous {@link dev.parley.domain.visitor.VisitorToken}, and the refusal
 * of a forged identity ({@link dev.parley.domain.visitor.IdentityRejectedException}).
 */
package dev.parley.domain.visitor;
