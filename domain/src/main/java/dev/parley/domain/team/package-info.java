/**
 * The team: the store's agents and admins who sign in to the inbox. Owns {@link dev.parley.domain.team.Agent} and
 * its {@link dev.parley.domain.team.Role}. Other contexts refer to an agent by {@link
 * dev.parley.domain.shared.AgentId} only.
 */
package dev.parley.domain.team;
