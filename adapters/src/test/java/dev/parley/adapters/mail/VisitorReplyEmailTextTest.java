package dev.parley.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.notification.VisitorReplyEmail;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VisitorReplyEmailTextTest {

    private static final URI LINK = URI.create("https://chat.shop.example/chat/?c=abc_DEF-123&lang=en");
    private static final Instant AT = Instant.parse("2026-11-25T14:05:00Z");

    private static VisitorReplyEmail email(Locale language) {
        return new VisitorReplyEmail(
                "anna@example.com",
                language,
                "Northwind\r\nBcc: x@evil.test",
                List.of(
                        new VisitorReplyEmail.Reply("Ada", Optional.of("It left <b>yesterday</b>."), false, AT),
                        new VisitorReplyEmail.Reply("Ada", Optional.empty(), true, AT.plusSeconds(60))),
                ZoneId.of("Europe/Warsaw"),
                LINK);
    }

    @Test
    void in_english_it_carries_each_reply_with_its_author_and_store_time_and_the_link() {
        NotificationEmailText text = VisitorReplyEmailText.of(email(Locale.ENGLISH));

        assertThat(text.subject()).isEqualTo("New reply from Northwind Bcc: x@evil.test");
        assertThat(text.text())
                .contains("You have a reply to your chat with Northwind Bcc: x@evil.test:")
                .contains("Ada, Nov 25, 2026, 3:05")
                .contains("It left <b>yesterday</b>.")
                .contains("[image]")
                .contains("Continue the conversation: " + LINK);
        assertThat(text.html())
                .contains("It left &lt;b&gt;yesterday&lt;/b&gt;.")
                .doesNotContain("<b>yesterday")
                .contains("<a href=\"" + LINK.toString().replace("&", "&amp;") + "\">Continue the conversation</a>");
    }

    @Test
    void in_polish_it_speaks_polish() {
        NotificationEmailText text = VisitorReplyEmailText.of(email(Locale.forLanguageTag("pl-PL")));

        assertThat(text.subject()).startsWith("Nowa odpowiedź od Northwind");
        assertThat(text.text())
                .contains("Masz nową odpowiedź w rozmowie na czacie z Northwind")
                .contains("[obraz]")
                .contains("Kontynuuj rozmowę: " + LINK)
                .contains("25 lis 2026, 15:05")
                .contains("Odpowiedz na czacie, a nie na tę wiadomość.");
    }
}
