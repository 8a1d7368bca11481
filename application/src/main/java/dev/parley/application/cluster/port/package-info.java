/** What the nodes of a cluster tell each other: {@link dev.parley.application.cluster.port.Nudge}. */
package dev.parley.application.cluster.port;
