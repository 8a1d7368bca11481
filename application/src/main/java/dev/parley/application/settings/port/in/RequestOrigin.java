package dev.parley.application.settings.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a request comes from and where it went, as far as the origin rules need it.
 *
 * @param pageOrigin the browser's {@code Origin} header, absent when the caller is no browser (or a browser making a
 *     same-origin {@code GET}, which needs no check)
 * @param scheme the scheme the request reached Parley with, {@code http} or {@code https}
 * @param host the host and port the request was sent to (its {@code Host} header, or HTTP/2's {@code :authority}),
 *     absent when it names none
 */
public record RequestOrigin(Optional<String> pageOrigin, String scheme, Optional<String> host) {

    public RequestOrigin {
        Objects.requireNonNull(pageOrigin, "page origin");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
    }

    /** A request as a servlet or JAX-RS adapter reads it; null values are absent ones. */
    public static RequestOrigin of(String originHeader, String scheme, String host) {
        return new RequestOrigin(Optional.ofNullable(originHeader), scheme, Optional.ofNullable(host));
    }
}
