/**
 * The JSON shapes that both the REST and the WebSocket adapter send: a ticket, a message, the image it shows and a
 * visitor's conversation. Each exists once, here, so that a ticket in {@code GET /api/v1/tickets} and in a
 * {@code ticket} frame cannot drift apart. Every record is checked against its JSON Schema under
 * {@code docs/schemas/} by the adapters' contract test. This package depends on the application's ports and the
 * domain only, never on an adapter.
 */
package dev.parley.adapters.wire;
