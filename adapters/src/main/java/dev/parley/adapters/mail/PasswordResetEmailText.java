package dev.parley.adapters.mail;

import dev.parley.application.team.port.out.SendPasswordResetEmailPort.PasswordResetEmail;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The email with a password reset link, in the agent's language (English or Polish). */
final class PasswordResetEmailText {

    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private PasswordResetEmailText() {}

    static NotificationEmailText of(PasswordResetEmail email) {
        boolean polish = NotificationEmailText.Language.of(email.locale()) == NotificationEmailText.Language.POLISH;
        String until = UTC_TIME.format(email.expiresAt());
        String link = email.link().toString();
        String subject = polish ? "Parley: ustaw nowe hasło" : "Parley: set a new password";
        String greeting = (polish ? "Dzień dobry, " : "Hello ") + email.name() + ",";
        String why = email.sentBy()
                .map(admin -> polish
                        ? admin + " wysłał(a) Ci link do ustawienia nowego hasła w Parley."
                        : admin + " sent you a link to set a new password for Parley.")
                .orElse(
                        polish
                                ? "ktoś (zapewne Ty) poprosił o link do ustawienia nowego hasła w Parley."
                                : "someone (probably you) asked for a link to set a new password for Parley.");
        String action = polish ? "Ustaw nowe hasło" : "Set a new password";
        String note = polish
                ? "Link działa jeden raz, do " + until + ". Jeśli to nie była Twoja prośba, zignoruj tę"
                        + " wiadomość: Twoje hasło się nie zmieni."
                : "The link works once, until " + until + ". If you did not ask for it, ignore this email: your"
                        + " password stays as it is.";
        String text = greeting + "\n\n" + why + "\n\n" + action + ": " + link + "\n\n" + note + "\n";
        String html = "<!DOCTYPE html>\n<html><body>\n"
                + "<p>" + NotificationEmailText.escaped(greeting) + "</p>\n"
                + "<p>" + NotificationEmailText.escaped(why) + "</p>\n"
                + "<p><a href=\"" + NotificationEmailText.escaped(link) + "\">" + NotificationEmailText.escaped(action)
                + "</a></p>\n"
                + "<p style=\"color:#666\">" + NotificationEmailText.escaped(note) + "</p>\n</body></html>\n";
        return new NotificationEmailText(subject, text, html);
    }
}
