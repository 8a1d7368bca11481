package dev.parley.adapters.web;

import dev.parley.application.assistant.port.in.SiteImportPolicy;
import dev.parley.application.assistant.port.out.FetchPagePort;
import dev.parley.application.assistant.port.out.FetchedPage;
import dev.parley.domain.assistant.PageAddress;
import dev.parley.domain.assistant.SitemapUnreadableException;
import dev.parley.domain.shared.InvalidValueException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.jsoup.Jsoup;

/**
 * Reads the store's site over HTTP for the knowledge import (a driven adapter), with Apache HttpClient 5. Every
 * connection goes through the {@link AddressGuard} by way of the client's DNS resolver ({@link GuardedDnsResolver}):
 * the client connects only to an address the guard checked, and never looks the name up again. TLS checks the
 * certificate against the host name as usual. No proxy is used (a proxy would resolve names itself), no cookies are
 * kept, nothing is retried, and redirects are followed here, at most {@value #MAX_REDIRECTS} and on the same origin
 * only.
 *
 * <p>Each origin's {@code robots.txt} is read once per import: missing (4xx) allows everything, unreadable (5xx, time
 * out, unreachable) allows nothing (RFC 9309). A page is read up to the policy's bytes and skipped, unread beyond them,
 * when longer; one request may take the policy's request time, and nothing starts after the import's deadline.
 */
@ApplicationScoped
class StoreSiteHttpAdapter implements FetchPagePort {

    /** What Parley sends as its User-Agent; robots.txt groups name it by its first word. */
    static final String USER_AGENT = RobotsTxt.PRODUCT_TOKEN + "/1.0 (knowledge import)";

    /** The most redirects followed for one page. */
    static final int MAX_REDIRECTS = 3;

    /** How much of a robots.txt is read (RFC 9309 asks for at least 500 KiB). */
    static final int MAX_ROBOTS_BYTES = 512 * 1024;

    /** The most sitemaps of a sitemap index that are read. */
    static final int MAX_INDEXED_SITEMAPS = 10;

    private static final Logger LOG = Logger.getLogger(StoreSiteHttpAdapter.class.getName());

    private SiteImportPolicy policy;
    private Clock clock;
    private AddressGuard guard;
    private CloseableHttpClient client;

    @Inject
    StoreSiteHttpAdapter(SiteImportPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        this.guard = new AddressGuard(policy.allowPrivateAddresses());
        Timeout requestTimeout = Timeout.of(policy.requestTimeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new GuardedDnsResolver(guard))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(requestTimeout)
                                .setSocketTimeout(requestTimeout)
                                .build())
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(USER_AGENT)
                .build();
    }

    /** For CDI proxies only. */
    protected StoreSiteHttpAdapter() {}

    /** Closes the pooled connections; a callback of the bean's life may not throw a checked exception. */
    @PreDestroy
    void close() {
        client.close(CloseMode.GRACEFUL);
    }

    @Override
    public void requireAllowedAddress(PageAddress page) {
        try {
            guard.resolve(page.host());
        } catch (RefusedAddressException refused) {
            LOG.info(() -> "event=knowledge_import_refused host=" + refused.host() + " why=" + refused.why());
            throw new InvalidValueException(
                    "import_address_refused",
                    "Parley does not read pages from " + refused.host() + ": it is " + refused.why()
                            + ", not an address on the internet.");
        } catch (UnknownHostException unknown) {
            // Nothing to refuse: each of its pages is skipped as unreachable.
        }
    }

    @Override
    public List<String> sitemap(PageAddress sitemap, Instant deadline) {
        Sitemap read = readSitemap(sitemap, deadline)
                .orElseThrow(() -> new SitemapUnreadableException(sitemap, "not_a_sitemap"));
        List<String> pages = new ArrayList<>(read.pages());
        for (String listed :
                read.sitemaps().stream().limit(MAX_INDEXED_SITEMAPS).toList()) {
            try {
                PageAddress child = new PageAddress(listed);
                if (child.sameOrigin(sitemap)) {
                    readSitemap(child, deadline).ifPresent(more -> pages.addAll(more.pages()));
                }
            } catch (InvalidValueException | SitemapUnreadableException unusable) {
                LOG.info(() -> "event=knowledge_import_sitemap_skipped url=" + listed);
            }
        }
        return pages;
    }

    @Override
    public List<FetchedPage> pages(List<PageAddress> pages, Instant deadline) {
        Map<String, Robots> robots = new HashMap<>();
        List<FetchedPage> read = new ArrayList<>();
        for (PageAddress page : pages) {
            FetchedPage result = read(page, robots, deadline);
            result.skipReason()
                    .ifPresent(reason ->
                            LOG.info(() -> "event=knowledge_import_page_skipped reason=" + reason + " url=" + page));
            read.add(result);
        }
        return read;
    }

    private FetchedPage read(PageAddress page, Map<String, Robots> robots, Instant deadline) {
        if (!clock.instant().isBefore(deadline)) {
            return FetchedPage.skipped(page, "time_limit");
        }
        Robots rules = robots.computeIfAbsent(page.origin(), origin -> robots(origin, deadline));
        if (rules.unavailable().isPresent()) {
            return FetchedPage.skipped(page, rules.unavailable().get());
        }
        Predicate<PageAddress> allowed = address -> rules.rules().allows(address.pathAndQuery());
        if (!allowed.test(page)) {
            return FetchedPage.skipped(page, "robots_disallowed");
        }
        Got got = get(page, policy.maxPageBytes(), deadline, allowed);
        if (got.failure().isPresent()) {
            return FetchedPage.skipped(page, got.failure().get());
        }
        if (!got.isHtml()) {
            return FetchedPage.skipped(page, "not_html");
        }
        PageText text;
        try {
            text = PageText.of(
                    Jsoup.parse(
                            new ByteArrayInputStream(got.bytes()),
                            got.charset(),
                            got.address().value()),
                    page.value());
        } catch (IOException unreadable) {
            return FetchedPage.skipped(page, "not_html");
        }
        if (text.text().isEmpty()) {
            return FetchedPage.skipped(page, "no_text");
        }
        return FetchedPage.read(page, text.title(), text.text(), text.language());
    }

    /**
     * The origin's rules: all allowed when it has no robots.txt (4xx); none when it could not be read, with why ({@code
     * robots_unavailable}, or {@code address_refused} and {@code time_limit} as for a page).
     */
    private Robots robots(String origin, Instant deadline) {
        Got got = get(new PageAddress(origin + "/robots.txt"), MAX_ROBOTS_BYTES, deadline, any -> true);
        if (got.failure().isEmpty()) {
            return new Robots(RobotsTxt.parse(new String(got.bytes(), StandardCharsets.UTF_8)), Optional.empty());
        }
        return switch (got.failure().get()) {
            case "not_found", "http_error", "redirect_not_allowed" ->
                new Robots(RobotsTxt.allowAll(), Optional.empty());
            case "address_refused", "time_limit" -> new Robots(RobotsTxt.disallowAll(), got.failure());
            default -> new Robots(RobotsTxt.disallowAll(), Optional.of("robots_unavailable"));
        };
    }

    /** An origin's robots.txt rules, or why its pages cannot be read at all. */
    private record Robots(RobotsTxt rules, Optional<String> unavailable) {}

    private Optional<Sitemap> readSitemap(PageAddress sitemap, Instant deadline) {
        Got got = get(sitemap, policy.maxSitemapBytes(), deadline, any -> true);
        if (got.failure().isPresent()) {
            throw new SitemapUnreadableException(sitemap, got.failure().get());
        }
        return Sitemap.parse(new String(got.bytes(), StandardCharsets.UTF_8));
    }

    /**
     * What a GET of the address answered, following same-origin redirects that robots.txt allows.
     *
     * @param maxBytes the most bytes read; a longer answer fails as {@code page_too_large}, unread beyond
     */
    private Got get(PageAddress address, int maxBytes, Instant deadline, Predicate<PageAddress> allowed) {
        PageAddress current = address;
        for (int redirects = 0; ; redirects++) {
            Instant now = clock.instant();
            if (!now.isBefore(deadline)) {
                return Got.failed("time_limit");
            }
            Duration left = Duration.between(now, deadline);
            Duration limit = left.compareTo(policy.requestTimeout()) < 0 ? left : policy.requestTimeout();
            HttpGet request = new HttpGet(URI.create(current.value()));
            request.setConfig(RequestConfig.custom()
                    .setResponseTimeout(Timeout.of(limit))
                    .setConnectionRequestTimeout(Timeout.of(limit))
                    .build());
            ClassicHttpResponse response = null;
            try {
                response = client.executeOpen(null, request, null);
                int status = response.getCode();
                if (status >= 300 && status < 400 && status != 304) {
                    Optional<PageAddress> next = redirect(current, response.getFirstHeader("Location"));
                    if (next.isEmpty() || !next.get().sameOrigin(address)) {
                        return Got.failed("redirect_not_allowed");
                    }
                    if (redirects >= MAX_REDIRECTS) {
                        return Got.failed("too_many_redirects");
                    }
                    if (!allowed.test(next.get())) {
                        return Got.failed("robots_disallowed");
                    }
                    current = next.get();
                    continue;
                }
                if (status == 404 || status == 410) {
                    return Got.failed("not_found");
                }
                if (status < 200 || status >= 300) {
                    return Got.failed(status >= 500 ? "server_error" : "http_error");
                }
                return body(response.getEntity(), current, maxBytes, now.plus(limit));
            } catch (RefusedAddressException refused) {
                return Got.failed("address_refused");
            } catch (UnknownHostException unknown) {
                return Got.failed("unreachable");
            } catch (InterruptedIOException timedOut) {
                return Got.failed("timeout");
            } catch (SSLException untrusted) {
                return Got.failed("tls_error");
            } catch (IOException unreachable) {
                return Got.failed("unreachable");
            } finally {
                // Aborts the exchange first, so that closing does not read the rest of a long answer.
                request.cancel();
                closeQuietly(response);
            }
        }
    }

    private static Optional<PageAddress> redirect(PageAddress from, Header location) {
        if (location == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PageAddress(URI.create(from.value())
                    .resolve(location.getValue().strip())
                    .toString()));
        } catch (IllegalArgumentException | InvalidValueException unusable) {
            return Optional.empty();
        }
    }

    private Got body(HttpEntity entity, PageAddress address, int maxBytes, Instant until) throws IOException {
        if (entity == null) {
            return new Got(new byte[0], Optional.empty(), address, Optional.empty());
        }
        if (entity.getContentLength() > maxBytes) {
            return Got.failed("page_too_large");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try (InputStream in = entity.getContent()) {
            int n;
            while ((n = in.read(chunk)) != -1) {
                if (bytes.size() + n > maxBytes) {
                    return Got.failed("page_too_large");
                }
                bytes.write(chunk, 0, n);
                if (clock.instant().isAfter(until)) {
                    return Got.failed("timeout");
                }
            }
        }
        return new Got(bytes.toByteArray(), Optional.ofNullable(entity.getContentType()), address, Optional.empty());
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        if (response == null) {
            return;
        }
        try {
            response.close();
        } catch (IOException alreadyAborted) {
            // The exchange was aborted: there is nothing left to release.
        }
    }

    /**
     * What a GET answered: its body, or why there is none.
     *
     * @param bytes the body
     * @param contentType its Content-Type header, when it had one
     * @param address where it was read, after redirects
     * @param failure why there is no body, a stable code
     */
    @SuppressWarnings("ArrayRecordComponent") // read once, never compared
    private record Got(byte[] bytes, Optional<String> contentType, PageAddress address, Optional<String> failure) {

        static Got failed(String reason) {
            return new Got(new byte[0], Optional.empty(), null, Optional.of(reason));
        }

        /** HTML, or untyped (then read as HTML). */
        boolean isHtml() {
            return contentType
                    .map(type -> ContentType.parseLenient(type).getMimeType().toLowerCase(Locale.ROOT))
                    .map(mime -> mime.equals("text/html") || mime.equals("application/xhtml+xml"))
                    .orElse(true);
        }

        /** The charset the Content-Type names; null to let the page's own {@code <meta charset>} tell. */
        String charset() {
            return contentType
                    .map(ContentType::parseLenient)
                    .map(ContentType::getCharset)
                    .map(Charset::name)
                    .orElse(null);
        }
    }
}
