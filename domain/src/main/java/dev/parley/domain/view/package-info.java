/**
 * Saved views: an inbox filter kept under a name, either an agent's own or shared with the whole team. Owns {@link
 * dev.parley.domain.view.SavedView}, its {@link dev.parley.domain.view.ViewName} and {@link
 * dev.parley.domain.view.ViewFilter}. Agents and tags are referred to by id only.
 */
package dev.parley.domain.view;
