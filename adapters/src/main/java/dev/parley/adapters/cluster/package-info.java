/**
 * Nudges between the nodes of a cluster through PostgreSQL's LISTEN/NOTIFY (driven): coalesced per node, sent on a
 * connection of their own after commit, heard on another that is checked, and made again when lost.
 */
package dev.parley.adapters.cluster;
