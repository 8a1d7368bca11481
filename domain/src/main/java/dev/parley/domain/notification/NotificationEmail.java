package dev.parley.domain.notification;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An email to the team, as plain text with an HTML alternative. The visitor writes part of it (their name, through the
 * store, and their first message), so the subject is one line without control characters, which keeps a name from
 * adding mail headers, and the HTML escapes everything the visitor wrote.
 *
 * @param recipients the addresses, at least one
 * @param subject one line, at most {@value #MAX_SUBJECT_LENGTH} characters
 * @param text the plain-text body
 * @param html the same body as HTML, every visitor-written character escaped
 */
public record NotificationEmail(List<String> recipients, String subject, String text, String html) {

    /** The longest subject, in characters. */
    public static final int MAX_SUBJECT_LENGTH = 200;

    /** The most of the visitor's message the email quotes, in characters. */
    public static final int MAX_QUOTED_LENGTH = 2000;

    public NotificationEmail {
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("An email needs a recipient");
        }
        subject = oneLine(Objects.requireNonNull(subject, "subject"), MAX_SUBJECT_LENGTH);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }

    /**
     * The email about a new conversation: who wrote, their first message (or that they sent an image), and where to
     * answer.
     *
     * @param visitorName how the inbox names the visitor
     * @param firstMessage the text of their first message; empty when it was an image alone
     * @param inboxUrl the inbox's address
     */
    public static NotificationEmail newConversation(List<String> recipients, String visitorName,
            Optional<String> firstMessage, URI inboxUrl) {
        String name = oneLine(visitorName, 100);
        String quoted = firstMessage.map(NotificationEmail::quoted).orElse("(an image)");
        String inbox = inboxUrl.toString();
        String text = "New conversation from " + name + "\n\n"
                + name + " wrote:\n\n" + quoted + "\n\n"
                + "Answer in the inbox: " + inbox + "\n\n"
                + "-- \nParley emails this address about new conversations that no agent has read yet.\n";
        String html = "<!DOCTYPE html>\n<html><body>\n"
                + "<p>New conversation from <strong>" + escaped(name) + "</strong></p>\n"
                + "<blockquote>" + escaped(quoted).replace("\n", "<br>\n") + "</blockquote>\n"
                + "<p><a href=\"" + escaped(inbox) + "\">Answer in the inbox</a></p>\n"
                + "<p style=\"color:#666\">Parley emails this address about new conversations that no agent has read"
                + " yet.</p>\n</body></html>\n";
        return new NotificationEmail(recipients, "New conversation from " + name, text, html);
    }

    /** Text for a mail header: control characters (CR and LF above all) become spaces, runs of spaces one. */
    static String oneLine(String value, int maxLength) {
        String line = value.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]", " ").replaceAll("\\s+", " ").strip();
        return line.length() > maxLength ? line.substring(0, maxLength - 1) + "…" : line;
    }

    /** Escapes the five characters that mean something in HTML text and attribute values. */
    static String escaped(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String quoted(String message) {
        String lines = message.replace("\r\n", "\n").replace('\r', '\n').strip();
        return lines.length() > MAX_QUOTED_LENGTH ? lines.substring(0, MAX_QUOTED_LENGTH) + "…" : lines;
    }

    /** Names the recipients' count and the subject only; the body is the visitor's and stays out of logs. */
    @Override
    public String toString() {
        return "NotificationEmail[recipients=" + recipients.size() + ", subject=" + subject + "]";
    }
}
