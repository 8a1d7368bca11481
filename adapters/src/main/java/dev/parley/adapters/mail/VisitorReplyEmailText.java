package dev.parley.adapters.mail;

import static dev.parley.adapters.mail.NotificationEmailText.escaped;
import static dev.parley.adapters.mail.NotificationEmailText.oneLine;

import dev.parley.domain.notification.VisitorReplyEmail;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The words of the email that carries agents' unread replies to a visitor who left, in English or Polish: the store's
 * name, each reply with its author and time (in the store's time zone), an image said as "[image]" and never
 * attached, and the link back into the chat. Everything the team wrote is escaped in the HTML; headers are one line.
 */
final class VisitorReplyEmailText {

    private VisitorReplyEmailText() {}

    /** The words that differ between the languages. */
    private record Words(
            Locale locale, String subject, String intro, String image, String link, String expiry, String footer) {}

    private static final Words ENGLISH = new Words(
            Locale.ENGLISH,
            "New reply from %s",
            "You have a reply to your chat with %s:",
            "[image]",
            "Continue the conversation",
            "The link opens your conversation for a limited time. Anyone with this email can use it, so please do"
                    + " not forward it.",
            "You are receiving this email because you had left the chat when we replied. Please answer in the chat,"
                    + " not to this email.");

    private static final Words POLISH = new Words(
            Locale.forLanguageTag("pl"),
            "Nowa odpowiedź od %s",
            "Masz nową odpowiedź w rozmowie na czacie z %s:",
            "[obraz]",
            "Kontynuuj rozmowę",
            "Link otwiera Twoją rozmowę przez ograniczony czas. Może go użyć każdy, kto ma tę wiadomość, dlatego"
                    + " prosimy jej nie przekazywać.",
            "Otrzymujesz tę wiadomość, ponieważ nie było Cię już na czacie, gdy odpowiedzieliśmy. Odpowiedz na"
                    + " czacie, a nie na tę wiadomość.");

    static NotificationEmailText of(VisitorReplyEmail email) {
        Words words = email.language().getLanguage().equals("pl") ? POLISH : ENGLISH;
        String store = oneLine(email.storeName(), 100);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(words.locale())
                .withZone(email.timeZone());
        String link = email.resumeLink().toString();
        StringBuilder text = new StringBuilder(words.intro().formatted(store)).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><body>\n<p>")
                .append(escaped(words.intro().formatted(store)))
                .append("</p>\n");
        for (VisitorReplyEmail.Reply reply : email.replies()) {
            String said = reply.text().orElse("");
            if (reply.image()) {
                said = said.isEmpty() ? words.image() : said + "\n" + words.image();
            }
            String who = oneLine(reply.author(), 100) + ", " + time.format(reply.sentAt());
            text.append(who).append(":\n").append(said.strip()).append("\n\n");
            html.append("<p><strong>")
                    .append(escaped(who))
                    .append("</strong></p>\n<blockquote>")
                    .append(escaped(said.strip()).replace("\n", "<br>\n"))
                    .append("</blockquote>\n");
        }
        text.append(words.link()).append(": ").append(link).append("\n\n");
        text.append(words.expiry())
                .append("\n\n-- \n")
                .append(store)
                .append("\n")
                .append(words.footer())
                .append("\n");
        html.append("<p><a href=\"")
                .append(escaped(link))
                .append("\">")
                .append(escaped(words.link()))
                .append("</a></p>\n<p style=\"color:#666\">")
                .append(escaped(words.expiry()))
                .append("</p>\n<p style=\"color:#666\">")
                .append(escaped(store))
                .append("<br>\n")
                .append(escaped(words.footer()))
                .append("</p>\n</body></html>\n");
        return new NotificationEmailText(
                oneLine(words.subject().formatted(store), 200), text.toString(), html.toString());
    }
}
