/**
 * The WebSocket adapter ({@code /ws/visitor}, {@code /ws/agent}; the protocol is {@code docs/protocol.md}). Driving
 * through its endpoints, driven through {@link dev.parley.adapters.websocket.WebSocketNewsPublisher}: news of a
 * committed change reaches the connections that follow its conversation or watch an inbox, which pull what they lack
 * from the database.
 */
package dev.parley.adapters.websocket;
