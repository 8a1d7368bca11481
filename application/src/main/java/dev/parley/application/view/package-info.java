/**
 * Saved views' use cases: every agent saves inbox filters under a name for themselves; admins also save views shared
 * with the whole team. Another agent's personal view is never shown, nor found.
 */
package dev.parley.application.view;
