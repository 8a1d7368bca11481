package dev.parley.adapters.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A {@code sitemap.xml} (sitemaps.org protocol 0.9): a {@code <urlset>} of pages, or a {@code <sitemapindex>} of
 * further sitemaps. Read with jsoup's XML parser, which never loads a DTD or an external entity.
 *
 * @param pages the pages' addresses, as written, in order
 * @param sitemaps the further sitemaps' addresses, for an index
 */
record Sitemap(List<String> pages, List<String> sitemaps) {

    Sitemap {
        pages = List.copyOf(pages);
        sitemaps = List.copyOf(sitemaps);
    }

    /** The sitemap this XML is; empty when it is neither a {@code <urlset>} nor a {@code <sitemapindex>}. */
    static Optional<Sitemap> parse(String xml) {
        Document document = Jsoup.parse(xml, "", Parser.xmlParser());
        Element root = document.children().stream()
                .filter(element -> !element.normalName().startsWith("?"))
                .findFirst()
                .orElse(null);
        if (root == null) {
            return Optional.empty();
        }
        String kind = local(root);
        if (!kind.equals("urlset") && !kind.equals("sitemapindex")) {
            return Optional.empty();
        }
        String entry = kind.equals("urlset") ? "url" : "sitemap";
        List<String> addresses = new ArrayList<>();
        for (Element child : root.children()) {
            if (!local(child).equals(entry)) {
                continue;
            }
            child.children().stream()
                    .filter(element -> local(element).equals("loc"))
                    .findFirst()
                    .map(loc -> loc.text().strip())
                    .filter(loc -> !loc.isEmpty())
                    .ifPresent(addresses::add);
        }
        return Optional.of(
                kind.equals("urlset") ? new Sitemap(addresses, List.of()) : new Sitemap(List.of(), addresses));
    }

    private static String local(Element element) {
        String name = element.normalName();
        return name.substring(name.indexOf(':') + 1);
    }
}
