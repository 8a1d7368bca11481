/**
 * Several nodes on one database: the nudges that tell the other nodes, by ids only, that something they may be showing
 * changed. A nudge is a hint; whoever receives one reads what changed from the database.
 */
package dev.parley.application.cluster;
