package dev.parley.adapters.mail;

import dev.parley.domain.notification.AdminAlertEmail;
import dev.parley.domain.notification.AdminAlertKind;
import dev.parley.domain.notification.MentionEmail;
import dev.parley.domain.notification.NotificationEmail;
import java.net.URI;
import java.util.Locale;

/**
 * The team's email about a new conversation, worded in one language: plain text with an HTML alternative. The visitor
 * writes part of it (their name, through the store, and their first message), so the subject is one line without
 * control characters, which keeps a name from adding mail headers, and the HTML escapes everything the visitor wrote.
 *
 * @param subject one line, at most {@value #MAX_SUBJECT_LENGTH} characters
 * @param text the plain-text body
 * @param html the same body as HTML, every visitor-written character escaped
 */
record NotificationEmailText(String subject, String text, String html) {

    /** The longest subject, in characters. */
    static final int MAX_SUBJECT_LENGTH = 200;

    /** The most of the visitor's message the email quotes, in characters. */
    static final int MAX_QUOTED_LENGTH = 2000;

    NotificationEmailText {
        subject = oneLine(subject, MAX_SUBJECT_LENGTH);
    }

    /** The languages the team's emails are written in; English for any other. */
    enum Language {
        ENGLISH(
                "Visitor ",
                "New conversation from ",
                " wrote:",
                "(an image)",
                "Answer in the inbox",
                "Parley emails this address about new conversations that no agent has read yet."),
        POLISH(
                "Gość ",
                "Nowa rozmowa: ",
                " pisze:",
                "(obraz)",
                "Odpowiedz w skrzynce",
                "Parley wysyła na ten adres wiadomości o nowych rozmowach, których nikt z zespołu jeszcze nie"
                        + " przeczytał.");

        private final String visitor;
        private final String newConversation;
        private final String wrote;
        private final String image;
        private final String answer;
        private final String footer;

        Language(String visitor, String newConversation, String wrote, String image, String answer, String footer) {
            this.visitor = visitor;
            this.newConversation = newConversation;
            this.wrote = wrote;
            this.image = image;
            this.answer = answer;
            this.footer = footer;
        }

        static Language of(Locale locale) {
            return "pl".equals(locale.getLanguage()) ? POLISH : ENGLISH;
        }
    }

    /** The email in one language. */
    static NotificationEmailText of(NotificationEmail email, Language language) {
        if (email.isSummary()) {
            return summary(email, language);
        }
        String name = oneLine(email.visitorName().orElse(language.visitor + email.visitorCode()), 100);
        String quoted = email.firstMessage().map(NotificationEmailText::quoted).orElse(language.image);
        String inbox = email.inboxUrl().toString();
        String text = language.newConversation + name + "\n\n"
                + name + language.wrote + "\n\n" + quoted + "\n\n"
                + language.answer + ": " + inbox + "\n\n"
                + "-- \n" + language.footer + "\n";
        String html = "<!DOCTYPE html>\n<html><body>\n"
                + "<p>" + escaped(language.newConversation) + "<strong>" + escaped(name) + "</strong></p>\n"
                + "<blockquote>" + escaped(quoted).replace("\n", "<br>\n") + "</blockquote>\n"
                + "<p><a href=\"" + escaped(inbox) + "\">" + escaped(language.answer) + "</a></p>\n"
                + "<p style=\"color:#666\">" + escaped(language.footer) + "</p>\n</body></html>\n";
        return new NotificationEmailText(language.newConversation + name, text, html);
    }

    /**
     * The summary of several new conversations, sent when the team's email window ends: how many, and the inbox. Nothing
     * in it is written by a visitor.
     */
    private static NotificationEmailText summary(NotificationEmail email, Language language) {
        String count = conversations(email.conversations(), language);
        String waiting = language == Language.POLISH
                ? "Nowe rozmowy, których nikt z zespołu jeszcze nie przeczytał: " + email.conversations() + "."
                : count + " wait for an answer; no agent has read them yet.";
        String inbox = email.inboxUrl().toString();
        String text = waiting + "\n\n" + language.answer + ": " + inbox + "\n\n" + "-- \n" + language.footer + "\n";
        String html = "<!DOCTYPE html>\n<html><body>\n"
                + "<p><strong>" + escaped(waiting) + "</strong></p>\n"
                + "<p><a href=\"" + escaped(inbox) + "\">" + escaped(language.answer) + "</a></p>\n"
                + "<p style=\"color:#666\">" + escaped(language.footer) + "</p>\n</body></html>\n";
        return new NotificationEmailText(count, text, html);
    }

    /**
     * The email that tells an agent a teammate mentioned them in an internal note: who, the note (quoted, escaped in
     * the HTML), and the inbox. Agents write all of it; none of it comes from a visitor.
     */
    static NotificationEmailText mention(MentionEmail email, Language language) {
        boolean polish = language == Language.POLISH;
        String author = oneLine(
                email.authorName().isBlank() ? (polish ? "Ktoś z zespołu" : "A teammate") : email.authorName(), 100);
        // Polish in the present tense: its past tense would need the author's gender.
        String said = polish
                ? author + " wspomina o Tobie w notatce wewnętrznej"
                : author + " mentioned you in an internal note";
        String open = polish ? "Otwórz skrzynkę" : "Open the inbox";
        String footer =
                polish ? "Notatki widzi tylko zespół, nigdy klient." : "Only the team sees notes, never the customer.";
        String quoted = quoted(email.noteText());
        String inbox = email.inboxUrl().toString();
        String text = said + ":\n\n" + quoted + "\n\n" + open + ": " + inbox + "\n\n" + "-- \n" + footer + "\n";
        String html = "<!DOCTYPE html>\n<html><body>\n"
                + "<p><strong>" + escaped(said) + "</strong></p>\n"
                + "<blockquote>" + escaped(quoted).replace("\n", "<br>\n") + "</blockquote>\n"
                + "<p><a href=\"" + escaped(inbox) + "\">" + escaped(open) + "</a></p>\n"
                + "<p style=\"color:#666\">" + escaped(footer) + "</p>\n</body></html>\n";
        return new NotificationEmailText(said, text, html);
    }

    /** The test email an admin asks for: it says that the team's emails reach this address, and links the inbox. */
    /** The email that tells an admin an integration stopped working on its own. */
    static NotificationEmailText adminAlert(AdminAlertEmail email, Language language) {
        boolean polish = language == Language.POLISH;
        String about = oneLine(email.about(), 200);
        String subject;
        String body;
        String action;
        if (email.kind() == AdminAlertKind.WEBHOOK_DISABLED) {
            subject = polish ? "Parley: webhook wyłączony – " + about : "Parley: webhook disabled – " + about;
            body = polish
                    ? "Parley wyłączył webhook " + about + " i nie wysyła do niego zdarzeń."
                    : "Parley disabled the webhook " + about + " and sends it no more events.";
            action = polish ? "Otwórz ustawienia webhooków" : "Open the webhook settings";
        } else {
            subject = polish
                    ? "Parley: przekazanie do " + about + " nie powiodło się"
                    : "Parley: a handoff to " + about + " failed";
            body = polish
                    ? "Parley nie zdołał przekazać rozmowy do " + about
                            + " mimo wszystkich prób. Rozmowa czeka w skrzynce Parley, a klient czeka na odpowiedź e-mailem."
                    : "Parley could not pass a conversation to " + about
                            + " after every attempt. The conversation waits in Parley's inbox, and the visitor waits"
                            + " for a reply by email.";
            action = polish ? "Sprawdź połączenie z helpdeskiem" : "Check the helpdesk connection";
        }
        String why = (polish ? "Powód: " : "Why: ") + oneLine(email.detail(), 500);
        String url = email.settingsUrl().toString();
        String text = body + "\n" + why + "\n\n" + action + ": " + url + "\n";
        String html = "<!DOCTYPE html>\n<html><body>\n"
                + "<p>" + escaped(body) + "</p>\n"
                + "<p>" + escaped(why) + "</p>\n"
                + "<p><a href=\"" + escaped(url) + "\">" + escaped(action) + "</a></p>\n</body></html>\n";
        return new NotificationEmailText(subject, text, html);
    }

    static NotificationEmailText test(URI inboxUrl, Language language) {
        boolean polish = language == Language.POLISH;
        String subject = polish ? "Parley: e-mail testowy" : "Parley: test email";
        String body = polish
                ? "To jest e-mail testowy z Parley. Skoro dotarł, dotrą tu też wiadomości o nowych rozmowach."
                : "This is a test email from Parley. It arrived, so the team's emails about new conversations will too.";
        String inbox = inboxUrl.toString();
        String text = body + "\n\n" + language.answer + ": " + inbox + "\n";
        String html = "<!DOCTYPE html>\n<html><body>\n"
                + "<p>" + escaped(body) + "</p>\n"
                + "<p><a href=\"" + escaped(inbox) + "\">" + escaped(language.answer) + "</a></p>\n</body></html>\n";
        return new NotificationEmailText(subject, text, html);
    }

    /** "12 new conversations", "3 nowe rozmowy", "12 nowych rozmów": Polish counts take two plural forms. */
    static String conversations(int count, Language language) {
        if (language == Language.POLISH) {
            int lastDigit = count % 10;
            int lastTwo = count % 100;
            boolean few = lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14);
            return count + (few ? " nowe rozmowy" : " nowych rozmów");
        }
        return count + " new conversations";
    }

    /** Text for a mail header: control characters (CR and LF above all) become spaces, runs of spaces one. */
    static String oneLine(String value, int maxLength) {
        String line = value.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]", " ")
                .replaceAll("\\s+", " ")
                .strip();
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
}
