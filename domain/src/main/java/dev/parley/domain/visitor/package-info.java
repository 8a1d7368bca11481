/**
 * Visitors: the people on the storefront and how Parley recognises them again. Owns {@link
 * dev.parley.domain.visitor.Visitor} and the anonymous {@link dev.parley.domain.visitor.VisitorToken}.
 */
package dev.parley.domain.visitor;
