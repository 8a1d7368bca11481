package dev.parley.application.settings.port.in;

/**
 * Which browser pages may use Parley: driven by the WebSocket adapter at each handshake and by the REST adapter for
 * cross-origin requests (CORS), so that the chat works, or is refused, alike over both.
 *
 * <p>A request without an {@code Origin} is not a browser page's and is always allowed; Parley's own origin (the
 * request's scheme and {@code Host}) always is too.
 */
public interface AllowedOriginQuery {

    /**
     * Whether the page may use what the storefront widget uses ({@code /ws/visitor}, the visitor REST API, uploads,
     * the widget configuration): Parley's own origin or one of the store's allowed origins (settings).
     */
    boolean allowsVisitorPage(RequestOrigin request);

    /** Whether the page may use what the inbox uses: Parley's own origin only, never a storefront. */
    boolean allowsAgentPage(RequestOrigin request);

    /**
     * Whether the origin ({@code https://shop.example.com}) is one of the store's allowed origins (settings): the
     * store's own site, which the knowledge import may read. Anything that is not an exact origin is not.
     */
    boolean isStoreOrigin(String origin);
}
