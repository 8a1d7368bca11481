package dev.parley.application.assistant.port.in;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds of an import from the store's site, from configuration: how many pages one import reads ({@code
 * PARLEY_IMPORT_MAX_PAGES}), how many bytes of one page ({@code PARLEY_IMPORT_MAX_PAGE_BYTES}; a longer page is
 * skipped and not read further) and of the sitemap ({@code PARLEY_IMPORT_MAX_SITEMAP_BYTES}), how long the whole import
 * may take ({@code PARLEY_IMPORT_TOTAL_TIME}) and one request ({@code PARLEY_IMPORT_REQUEST_TIMEOUT}), and whether the
 * store's site may be on a private network ({@code PARLEY_IMPORT_ALLOW_PRIVATE_ADDRESSES}, off by default).
 *
 * @param maxPages at least 1
 * @param maxPageBytes at least 1
 * @param maxSitemapBytes at least 1
 * @param totalTime positive
 * @param requestTimeout positive
 * @param allowPrivateAddresses whether loopback, private (RFC 1918, CGNAT) and unique-local addresses may be fetched;
 *     link-local (cloud metadata), multicast and unspecified addresses never are
 */
public record SiteImportPolicy(
        int maxPages,
        int maxPageBytes,
        int maxSitemapBytes,
        Duration totalTime,
        Duration requestTimeout,
        boolean allowPrivateAddresses) {

    /** Pages per import unless configured otherwise. */
    public static final int DEFAULT_MAX_PAGES = 50;
    /** Bytes per page unless configured otherwise: 1 MiB. */
    public static final int DEFAULT_MAX_PAGE_BYTES = 1_048_576;
    /** Bytes of the sitemap unless configured otherwise: 5 MiB. */
    public static final int DEFAULT_MAX_SITEMAP_BYTES = 5_242_880;
    /** How long one import may take unless configured otherwise. */
    public static final String DEFAULT_TOTAL_TIME = "60s";
    /** How long one request may take unless configured otherwise. */
    public static final String DEFAULT_REQUEST_TIMEOUT = "10s";

    public SiteImportPolicy {
        Objects.requireNonNull(totalTime, "total time");
        Objects.requireNonNull(requestTimeout, "request timeout");
        if (maxPages < 1 || maxPageBytes < 1 || maxSitemapBytes < 1) {
            throw new IllegalArgumentException("An import reads at least one page of at least one byte");
        }
        if (totalTime.isNegative() || totalTime.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("An import's times are positive");
        }
    }

    /** The defaults, with private addresses refused. */
    public static SiteImportPolicy defaults() {
        return new SiteImportPolicy(
                DEFAULT_MAX_PAGES,
                DEFAULT_MAX_PAGE_BYTES,
                DEFAULT_MAX_SITEMAP_BYTES,
                Duration.ofSeconds(60),
                Duration.ofSeconds(10),
                false);
    }
}
