/**
 * The WebSocket adapter ({@code /ws/visitor}, {@code /ws/agent}; the protocol is {@code docs/protocol.md}). Driving
 * through its endpoints, driven through {@link dev.parley.adapters.websocket.WebSocketNewsPublisher}: news of a
 * committed change reaches each open connection, which pulls what it lacks from the database.
 */
package dev.parley.adapters.websocket;
