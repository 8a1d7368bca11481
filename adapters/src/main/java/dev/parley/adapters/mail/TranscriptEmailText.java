package dev.parley.adapters.mail;

import static dev.parley.adapters.mail.NotificationEmailText.escaped;
import static dev.parley.adapters.mail.NotificationEmailText.oneLine;

import dev.parley.domain.notification.TranscriptEmail;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the email that carries an ended conversation to the visitor who asked for it, in English or Polish:
 * each message with who wrote it ("You", the agent's name, or the store's) and when (in the store's time zone), an
 * image said as "[image]" and never attached, the chat's events in words. Everything written is escaped in the HTML;
 * headers are one line.
 */
final class TranscriptEmailText {

    private TranscriptEmailText() {}

    /** The words that differ between the languages. */
    private record Words(
            Locale locale,
            String subject,
            String intro,
            String you,
            String image,
            Map<String, String> events,
            String footer) {}

    private static final Words ENGLISH = new Words(
            Locale.ENGLISH,
            "Your conversation with %s",
            "Here is your conversation with %s, as you asked.",
            "You",
            "[image]",
            Map.of(
                    "ended_by_visitor", "You ended the chat.",
                    "closed_by_agent", "Our team closed this conversation."),
            "You are receiving this email because you asked for this conversation in the chat.");

    private static final Words POLISH = new Words(
            Locale.forLanguageTag("pl"),
            "Twoja rozmowa z %s",
            "Zgodnie z prośbą przesyłamy zapis Twojej rozmowy z %s.",
            "Ty",
            "[obraz]",
            Map.of(
                    "ended_by_visitor", "Rozmowa zakończona przez Ciebie.",
                    "closed_by_agent", "Nasz zespół zamknął tę rozmowę."),
            "Wysłaliśmy tę wiadomość, ponieważ na czacie poproszono o zapis tej rozmowy.");

    static NotificationEmailText of(TranscriptEmail email) {
        Words words = email.language().getLanguage().equals("pl") ? POLISH : ENGLISH;
        String store = oneLine(email.storeName(), 100);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(words.locale())
                .withZone(email.timeZone());
        StringBuilder text = new StringBuilder(words.intro().formatted(store)).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><body>\n<p>")
                .append(escaped(words.intro().formatted(store)))
                .append("</p>\n");
        for (TranscriptEmail.Entry entry : email.entries()) {
            String said = entry.event()
                    .map(event ->
                            words.events().getOrDefault(event, entry.text().orElse("")))
                    .orElse(entry.text().orElse(""));
            if (entry.image()) {
                said = said.isEmpty() ? words.image() : said + "\n" + words.image();
            }
            String author = switch (entry.speaker()) {
                case VISITOR -> words.you();
                case AGENT -> oneLine(entry.agentName().orElse(store), 100);
                case STORE -> store;
            };
            String who = author + ", " + time.format(entry.sentAt());
            text.append(who).append(":\n").append(said.strip()).append("\n\n");
            html.append("<p><strong>")
                    .append(escaped(who))
                    .append("</strong></p>\n<blockquote>")
                    .append(escaped(said.strip()).replace("\n", "<br>\n"))
                    .append("</blockquote>\n");
        }
        text.append("-- \n").append(store).append("\n").append(words.footer()).append("\n");
        html.append("<p style=\"color:#666\">")
                .append(escaped(store))
                .append("<br>\n")
                .append(escaped(words.footer()))
                .append("</p>\n</body></html>\n");
        return new NotificationEmailText(
                oneLine(words.subject().formatted(store), 200), text.toString(), html.toString());
    }
}
