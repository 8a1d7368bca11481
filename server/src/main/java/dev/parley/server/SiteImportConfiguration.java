package dev.parley.server;

import dev.parley.application.assistant.port.in.SiteImportPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The bounds of an import from the store's site into knowledge articles, from configuration. */
@ApplicationScoped
public class SiteImportConfiguration {

    /**
     * {@code PARLEY_IMPORT_MAX_PAGES} (default 50), {@code PARLEY_IMPORT_MAX_PAGE_BYTES} (1 MiB), {@code
     * PARLEY_IMPORT_MAX_SITEMAP_BYTES} (5 MiB), {@code PARLEY_IMPORT_TOTAL_TIME} (60s), {@code
     * PARLEY_IMPORT_REQUEST_TIMEOUT} (10s) and {@code PARLEY_IMPORT_ALLOW_PRIVATE_ADDRESSES} (false). Durations read
     * like {@code 60s}: a whole number and s, m, h or d.
     */
    @Produces
    SiteImportPolicy siteImportPolicy(
            @ConfigProperty(name = "parley.import.max-pages", defaultValue = "" + SiteImportPolicy.DEFAULT_MAX_PAGES)
                    int maxPages,
            @ConfigProperty(
                            name = "parley.import.max-page-bytes",
                            defaultValue = "" + SiteImportPolicy.DEFAULT_MAX_PAGE_BYTES)
                    int maxPageBytes,
            @ConfigProperty(
                            name = "parley.import.max-sitemap-bytes",
                            defaultValue = "" + SiteImportPolicy.DEFAULT_MAX_SITEMAP_BYTES)
                    int maxSitemapBytes,
            @ConfigProperty(name = "parley.import.total-time", defaultValue = SiteImportPolicy.DEFAULT_TOTAL_TIME)
                    String totalTime,
            @ConfigProperty(
                            name = "parley.import.request-timeout",
                            defaultValue = SiteImportPolicy.DEFAULT_REQUEST_TIMEOUT)
                    String requestTimeout,
            @ConfigProperty(name = "parley.import.allow-private-addresses", defaultValue = "false")
                    boolean allowPrivateAddresses) {
        return new SiteImportPolicy(
                maxPages,
                maxPageBytes,
                maxSitemapBytes,
                UploadConfiguration.duration("parley.import.total-time", totalTime),
                UploadConfiguration.duration("parley.import.request-timeout", requestTimeout),
                allowPrivateAddresses);
    }
}
