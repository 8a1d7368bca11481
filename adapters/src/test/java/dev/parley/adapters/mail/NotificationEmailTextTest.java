package dev.parley.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapters.mail.NotificationEmailText.Language;
import dev.parley.domain.notification.AdminAlertEmail;
import dev.parley.domain.notification.AdminAlertKind;
import dev.parley.domain.notification.MentionEmail;
import dev.parley.domain.notification.NotificationEmail;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationEmailTextTest {

    private static final URI INBOX = URI.create("https://chat.shop.example/inbox/");

    @Test
    void names_the_visitor_quotes_their_first_message_and_links_the_inbox() {
        NotificationEmailText email = text("Anna Nowak", Optional.of("Where is my parcel?"), Language.ENGLISH);

        assertThat(email.subject()).isEqualTo("New conversation from Anna Nowak");
        assertThat(email.text())
                .contains("Anna Nowak wrote:", "Where is my parcel?", "https://chat.shop.example/inbox/");
        assertThat(email.html())
                .contains(
                        "<strong>Anna Nowak</strong>",
                        "Where is my parcel?",
                        "href=\"https://chat.shop.example/inbox/\"");
    }

    @Test
    void a_summary_tells_how_many_new_conversations_wait_and_links_the_inbox_in_each_language() {
        NotificationEmail summary = NotificationEmail.summary(
                List.of(new NotificationEmail.Recipient("team@shop.example", Locale.ENGLISH)), 12, INBOX);

        NotificationEmailText english = NotificationEmailText.of(summary, Language.ENGLISH);
        assertThat(english.subject()).isEqualTo("12 new conversations");
        assertThat(english.text())
                .startsWith("12 new conversations wait for an answer; no agent has read them yet.")
                .contains("Answer in the inbox: https://chat.shop.example/inbox/");
        assertThat(english.html()).contains("href=\"https://chat.shop.example/inbox/\"");

        NotificationEmailText polish = NotificationEmailText.of(summary, Language.POLISH);
        assertThat(polish.subject()).isEqualTo("12 nowych rozmów");
        assertThat(polish.text())
                .startsWith("Nowe rozmowy, których nikt z zespołu jeszcze nie przeczytał: 12.")
                .contains("Odpowiedz w skrzynce: https://chat.shop.example/inbox/");
    }

    @Test
    void polish_counts_take_their_plural_forms() {
        assertThat(NotificationEmailText.conversations(2, Language.POLISH)).isEqualTo("2 nowe rozmowy");
        assertThat(NotificationEmailText.conversations(4, Language.POLISH)).isEqualTo("4 nowe rozmowy");
        assertThat(NotificationEmailText.conversations(5, Language.POLISH)).isEqualTo("5 nowych rozmów");
        assertThat(NotificationEmailText.conversations(13, Language.POLISH)).isEqualTo("13 nowych rozmów");
        assertThat(NotificationEmailText.conversations(22, Language.POLISH)).isEqualTo("22 nowe rozmowy");
        assertThat(NotificationEmailText.conversations(112, Language.POLISH)).isEqualTo("112 nowych rozmów");
        assertThat(NotificationEmailText.conversations(2, Language.ENGLISH)).isEqualTo("2 new conversations");
    }

    @Test
    void an_unnamed_visitor_is_named_by_their_code_in_each_language() {
        NotificationEmail unnamed = new NotificationEmail(
                List.of(new NotificationEmail.Recipient("team@shop.example", Locale.ENGLISH)),
                Optional.empty(),
                "5F2A",
                Optional.of("Hi"),
                INBOX);

        assertThat(NotificationEmailText.of(unnamed, Language.ENGLISH).subject())
                .isEqualTo("New conversation from Visitor 5F2A");
        NotificationEmailText polish = NotificationEmailText.of(unnamed, Language.POLISH);
        assertThat(polish.subject()).isEqualTo("Nowa rozmowa: Gość 5F2A");
        assertThat(polish.text())
                .contains("Gość 5F2A pisze:", "Odpowiedz w skrzynce: https://chat.shop.example/inbox/");
        assertThat(Language.of(Locale.forLanguageTag("pl-PL"))).isEqualTo(Language.POLISH);
        assertThat(Language.of(Locale.forLanguageTag("de"))).isEqualTo(Language.ENGLISH);
    }

    @Test
    void a_name_with_line_breaks_adds_no_header_to_the_subject() {
        NotificationEmailText email =
                text("Eve\r\nBcc: victim@evil.example\n\tX: y", Optional.of("Hi"), Language.ENGLISH);

        assertThat(email.subject()).isEqualTo("New conversation from Eve Bcc: victim@evil.example X: y");
        assertThat(email.subject()).doesNotContain("\r", "\n", "\t");
    }

    @Test
    void a_subject_given_directly_is_made_one_line_too() {
        NotificationEmailText email = new NotificationEmailText("Hello\r\nBcc: x@evil.example", "text", "<p>html</p>");

        assertThat(email.subject()).isEqualTo("Hello Bcc: x@evil.example");
    }

    @Test
    void escapes_everything_the_visitor_wrote_in_the_html() {
        NotificationEmailText email = text(
                "<img src=x onerror=alert(1)>",
                Optional.of("<script>alert(1)</script>\n\"quoted\" & 'single'"),
                Language.POLISH);

        assertThat(email.html())
                .doesNotContain("<script>", "<img")
                .contains(
                        "&lt;script&gt;alert(1)&lt;/script&gt;<br>",
                        "&quot;quoted&quot; &amp; &#39;single&#39;",
                        "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(email.text()).contains("<script>alert(1)</script>");
    }

    @Test
    void an_image_alone_is_mentioned_and_a_long_message_is_cut() {
        assertThat(text("Anna", Optional.empty(), Language.ENGLISH).text()).contains("(an image)");
        assertThat(text("Anna", Optional.empty(), Language.POLISH).text()).contains("(obraz)");
        assertThat(text("Anna", Optional.of("a".repeat(4000)), Language.ENGLISH).text())
                .contains("a".repeat(2000) + "…")
                .doesNotContain("a".repeat(2001));
    }

    @Test
    void the_facts_description_leaves_the_message_out() {
        NotificationEmail email = new NotificationEmail(
                List.of(new NotificationEmail.Recipient("team@shop.example", Locale.ENGLISH)),
                Optional.of("Anna"),
                "5F2A",
                Optional.of("my secret order"),
                INBOX);

        assertThat(email.toString()).doesNotContain("my secret order", "team@shop.example", "Anna");
    }

    @Test
    void an_admins_alert_says_what_stopped_working_why_and_where_to_put_it_right_in_each_language() {
        AdminAlertEmail alert = new AdminAlertEmail(
                new NotificationEmail.Recipient("ada@shop.example", Locale.ENGLISH),
                AdminAlertKind.HANDOFF_FELL_BACK,
                "Zendesk",
                "Zendesk answered <503>",
                URI.create("https://chat.shop.example/inbox/#/settings/handoff"));

        NotificationEmailText english = NotificationEmailText.adminAlert(alert, Language.ENGLISH);
        NotificationEmailText polish = NotificationEmailText.adminAlert(alert, Language.POLISH);

        assertThat(english.subject()).isEqualTo("Parley: a handoff to Zendesk failed");
        assertThat(english.text())
                .contains("Why: Zendesk answered <503>")
                .contains("https://chat.shop.example/inbox/#/settings/handoff");
        assertThat(english.html()).contains("Zendesk answered &lt;503&gt;").doesNotContain("<503>");
        assertThat(polish.subject()).isEqualTo("Parley: przekazanie do Zendesk nie powiodło się");
        assertThat(polish.text()).contains("Powód: ");
        NotificationEmailText webhook = NotificationEmailText.adminAlert(
                new AdminAlertEmail(
                        alert.recipient(),
                        AdminAlertKind.WEBHOOK_DISABLED,
                        "hooks.example.com",
                        "its receiver answered 410 Gone",
                        URI.create("https://chat.shop.example/inbox/#/settings/webhooks")),
                Language.ENGLISH);
        assertThat(webhook.subject()).isEqualTo("Parley: webhook disabled – hooks.example.com");
    }

    private static NotificationEmailText text(String name, Optional<String> message, Language language) {
        return NotificationEmailText.of(
                new NotificationEmail(
                        List.of(new NotificationEmail.Recipient("team@shop.example", Locale.ENGLISH)),
                        Optional.of(name),
                        "5F2A",
                        message,
                        INBOX),
                language);
    }

    @Test
    void a_mention_email_names_the_author_quotes_the_note_escaped_and_links_the_inbox_in_each_language() {
        MentionEmail email = new MentionEmail(
                new NotificationEmail.Recipient("bogna@shop.example", Locale.forLanguageTag("pl")),
                "Ada\r\nBcc: x@evil.test",
                "@Bogna <b>refund</b> please",
                URI.create("https://chat.shop.example/inbox/"));

        NotificationEmailText polish = NotificationEmailText.mention(email, NotificationEmailText.Language.POLISH);
        NotificationEmailText english = NotificationEmailText.mention(email, NotificationEmailText.Language.ENGLISH);

        assertThat(polish.subject()).isEqualTo("Ada Bcc: x@evil.test wspomina o Tobie w notatce wewnętrznej");
        assertThat(english.subject()).isEqualTo("Ada Bcc: x@evil.test mentioned you in an internal note");
        assertThat(polish.text()).contains("@Bogna <b>refund</b> please", "https://chat.shop.example/inbox/");
        assertThat(polish.html()).contains("&lt;b&gt;refund&lt;/b&gt;").doesNotContain("<b>refund");
        assertThat(english.text()).contains("Only the team sees notes, never the customer.");
    }
}
