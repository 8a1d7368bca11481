package dev.parley.adapters.web;

import dev.parley.domain.assistant.ArticleBody;
import dev.parley.domain.assistant.ArticleTitle;
import dev.parley.domain.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of one of the store's pages as a knowledge article holds it: what a visitor of the page reads, and nothing
 * a visitor does not see. Pages are untrusted input (they may hide instructions for a language model, or anything
 * else), so everything not shown is dropped: scripts, styles, templates, frames, forms, navigation, headers, footers,
 * asides, and every element that is {@code hidden}, {@code aria-hidden="true"}, styled inline with {@code
 * display:none}, {@code visibility:hidden}, {@code opacity:0} or {@code font-size:0}, or carries one of the common
 * hiding classes ({@value #HIDING_CLASSES_TEXT}). What a stylesheet hides by other classes cannot be seen without
 * rendering the page; imported articles are drafts for that reason too.
 *
 * <p>The text is taken from the page's {@code <main>} when it has one, else its first {@code <article>}, else its
 * body. Headings become lines starting with {@code #}; paragraphs, list items and table rows become lines of their
 * own, separated by blank lines. The title is the page's {@code <title>}, else its first {@code <h1>}, else its
 * address; the language is Polish when {@code <html lang>} says so, English otherwise. Both are cut to an article's
 * limits: the title at a word, the text at the last paragraph that fits.
 *
 * @param title the article's title, 1 to 200 characters
 * @param text the article's text, at most 20,000 characters; empty when the page shows no text
 * @param language the page's language
 */
record PageText(String title, String text, Language language) {

    private static final String HIDING_CLASSES_TEXT =
            "hidden, d-none, sr-only, visually-hidden, screen-reader-text, is-hidden, invisible";
    private static final List<String> HIDING_CLASSES = List.of(HIDING_CLASSES_TEXT.split(", "));

    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, iframe,"
            + " frame, frameset, object, embed, svg, canvas, audio, video, dialog:not([open]), button, select, input,"
            + " textarea, [hidden], [aria-hidden=true]";

    private static final Pattern HIDING_STYLE = Pattern.compile(
            "(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden|visibility\\s*:\\s*collapse"
                    + "|opacity\\s*:\\s*0(?:\\.0*)?\\s*(?:!important)?\\s*(?:;|$)|font-size\\s*:\\s*0(?:px|em|rem|pt|%)?"
                    + "\\s*(?:!important)?\\s*(?:;|$))",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "table",
            "tr",
            "address",
            "figure",
            "figcaption",
            "details",
            "summary",
            "hr",
            "br");

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern LEADING_MARKS = Pattern.compile("^#+\\s*");

    /** Reads the page's HTML; {@code address} is its title when it has no other. */
    static PageText of(String html, String address) {
        return of(Jsoup.parse(html, address), address);
    }

    /** Reads a parsed page; {@code address} is its title when it has no other. */
    static PageText of(Document page, String address) {
        Language language = Language.of(page.select("html").attr("lang"))
                .filter(Language.POLISH::equals)
                .orElse(Language.ENGLISH);
        Element body = page.body();
        dropHidden(body);
        Element content = Optional.ofNullable(body.selectFirst("main, [role=main]"))
                .or(() -> Optional.ofNullable(body.selectFirst("article")))
                .orElse(body);
        String title = oneLine(page.title());
        if (title.isEmpty()) {
            title = Optional.ofNullable(content.selectFirst("h1"))
                    .or(() -> Optional.ofNullable(body.selectFirst("h1")))
                    .map(h1 -> oneLine(h1.text()))
                    .orElse("");
        }
        if (title.isEmpty()) {
            title = address;
        }
        return new PageText(cut(title), cut(blocks(content)), language);
    }

    private static void dropHidden(Element body) {
        body.select(DROPPED).remove();
        List<Element> hidden = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            String style = element.attr("style");
            boolean hiddenByStyle =
                    !style.isEmpty() && HIDING_STYLE.matcher(style).find();
            boolean hiddenByClass = element.classNames().stream()
                    .map(name -> name.toLowerCase(Locale.ROOT))
                    .anyMatch(HIDING_CLASSES::contains);
            if (hiddenByStyle || hiddenByClass) {
                hidden.add(element);
            }
        }
        hidden.forEach(Node::remove);
    }

    /** The content's text, a block per paragraph; headings as {@code # } lines. */
    private static List<String> blocks(Element content) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            current.append(text.getWholeText());
                        } else if (node instanceof Element element && breaks(element)) {
                            flush(blocks, current);
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element && HEADINGS.contains(element.normalName())) {
                            String heading = oneLine(current.toString());
                            current.setLength(0);
                            if (!heading.isEmpty()) {
                                blocks.add("# " + LEADING_MARKS.matcher(heading).replaceFirst(""));
                            }
                        } else if (node instanceof Element element && breaks(element)) {
                            flush(blocks, current);
                        }
                    }
                },
                content);
        flush(blocks, current);
        return blocks;
    }

    private static boolean breaks(Element element) {
        return HEADINGS.contains(element.normalName()) || BLOCKS.contains(element.normalName());
    }

    private static void flush(List<String> blocks, StringBuilder current) {
        // A paragraph that starts with # would read as a heading.
        String paragraph = LEADING_MARKS.matcher(oneLine(current.toString())).replaceFirst("");
        current.setLength(0);
        if (!paragraph.isEmpty()) {
            blocks.add(paragraph);
        }
    }

    private static String oneLine(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** The blocks that fit an article's text, whole; a first block too long alone is cut at a word. */
    private static String cut(List<String> blocks) {
        StringBuilder text = new StringBuilder();
        for (String block : blocks) {
            int needed = (text.length() == 0 ? 0 : 2) + block.length();
            if (text.length() + needed > ArticleBody.MAX_LENGTH) {
                if (text.length() == 0) {
                    text.append(atWord(block, ArticleBody.MAX_LENGTH));
                }
                break;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(block);
        }
        return text.toString();
    }

    private static String cut(String title) {
        return atWord(title, ArticleTitle.MAX_LENGTH);
    }

    /** At most {@code max} characters, cut before a word that would not fit (or mid-word when one word is longer). */
    private static String atWord(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max);
        String cut = space > max / 2 ? text.substring(0, space) : text.substring(0, max);
        if (Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip();
    }
}
