/**
 * The composition root: the REST application, the producers of clock and container resources, start-up (schema
 * migration, first admin) and health. Everything else lives in the domain, application and adapters modules.
 */
package dev.parley.server;
