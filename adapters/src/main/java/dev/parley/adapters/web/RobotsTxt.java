package dev.parley.adapters.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * What a site's {@code robots.txt} lets Parley read, by the Robots Exclusion Protocol (RFC 9309): the rules of the
 * groups that name Parley's product token ({@value #PRODUCT_TOKEN}, in any case), or else of the groups for {@code *};
 * the longest matching {@code Allow} or {@code Disallow} rule decides, {@code Allow} on a tie; {@code *} matches any
 * characters and a final {@code $} the end of the path. Other lines ({@code Sitemap}, {@code Crawl-delay}) and
 * lines that are no rules are ignored. {@code /robots.txt} itself is always allowed.
 */
final class RobotsTxt {

    /** The name Parley goes by in robots.txt groups, and begins its User-Agent with. */
    static final String PRODUCT_TOKEN = "Parley";

    private static final Pattern LINES = Pattern.compile("\r\n|\r|\n");

    private record Rule(boolean allow, String pattern, Pattern regex) {}

    private final List<Rule> rules;

    private RobotsTxt(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A site without robots.txt (it answered 4xx): everything may be read. */
    static RobotsTxt allowAll() {
        return new RobotsTxt(List.of());
    }

    /** A site whose robots.txt could not be read (5xx, unreachable): nothing may be read (RFC 9309 §2.3.1.4). */
    static RobotsTxt disallowAll() {
        return new RobotsTxt(List.of(rule(false, "/")));
    }

    /** The rules of this robots.txt text for Parley. */
    static RobotsTxt parse(String text) {
        List<Rule> ours = new ArrayList<>();
        List<Rule> anyones = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        boolean parleyNamed = false;
        for (String raw : LINES.split(text, -1)) {
            int comment = raw.indexOf('#');
            String line = (comment >= 0 ? raw.substring(0, comment) : raw).strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) {
                    agents.clear();
                    inRules = false;
                }
                agents.add(value.toLowerCase(Locale.ROOT));
                parleyNamed |= value.equalsIgnoreCase(PRODUCT_TOKEN);
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                if (value.isEmpty() || agents.isEmpty()) {
                    continue;
                }
                Rule rule = rule(key.equals("allow"), value);
                if (agents.contains(PRODUCT_TOKEN.toLowerCase(Locale.ROOT))) {
                    ours.add(rule);
                }
                if (agents.contains("*")) {
                    anyones.add(rule);
                }
            }
        }
        // A group that names Parley, even one without rules, replaces those for everyone.
        return new RobotsTxt(parleyNamed ? ours : anyones);
    }

    /** Whether a page at this path (and query) may be read. */
    boolean allows(String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        if (path.equals("/robots.txt")) {
            return true;
        }
        Rule decisive = null;
        for (Rule rule : rules) {
            if (!rule.regex().matcher(path).lookingAt()) {
                continue;
            }
            if (decisive == null
                    || rule.pattern().length() > decisive.pattern().length()
                    || (rule.pattern().length() == decisive.pattern().length() && rule.allow())) {
                decisive = rule;
            }
        }
        return decisive == null || decisive.allow();
    }

    private static Rule rule(boolean allow, String pattern) {
        boolean anchored = pattern.endsWith("$");
        String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        StringJoiner regex = new StringJoiner(".*");
        for (String literal : body.split("\\*", -1)) {
            regex.add(literal.isEmpty() ? "" : Pattern.quote(literal));
        }
        return new Rule(allow, pattern, Pattern.compile(regex + (anchored ? "$" : ""), Pattern.DOTALL));
    }
}
