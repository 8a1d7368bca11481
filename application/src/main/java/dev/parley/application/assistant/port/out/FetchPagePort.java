package dev.parley.application.assistant.port.out;

import dev.parley.domain.assistant.PageAddress;
import java.time.Instant;
import java.util.List;

/**
 * Reads pages of the store's site over the network; driven by the site import. Every request goes through an
 * outbound-request guard: the host is resolved once, every address it has is checked, and the connection goes to a
 * checked address; loopback, private, link-local, unique-local, multicast and unspecified addresses are refused unless
 * the operator allows private ones (link-local and the others never). Redirects are followed to the same origin only.
 */
public interface FetchPagePort {

    /**
     * Checks that the page's host may be reached: it resolves, and to no refused address.
     *
     * @throws dev.parley.domain.shared.InvalidValueException {@code import_address_refused} when it resolves to a
     *     refused address or is written in a form that hides one (such as {@code http://2130706433/})
     */
    void requireAllowedAddress(PageAddress page);

    /**
     * The page addresses the sitemap lists, as written there, in its order (those of a sitemap index's sitemaps on the
     * same origin included).
     *
     * @param deadline when the whole import must end
     * @throws dev.parley.domain.assistant.SitemapUnreadableException when it cannot be read, is too large or is no
     *     sitemap
     */
    List<String> sitemap(PageAddress sitemap, Instant deadline);

    /**
     * Reads the pages one after the other, respecting each origin's robots.txt, and turns each into the text of an
     * article; a page that cannot be read, or that robots.txt disallows, or that is reached after the deadline, is
     * skipped with the reason.
     *
     * @param deadline when the whole import must end
     * @return one result per page, in their order
     */
    List<FetchedPage> pages(List<PageAddress> pages, Instant deadline);
}
