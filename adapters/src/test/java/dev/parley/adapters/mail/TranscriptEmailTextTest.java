package dev.parley.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.notification.TranscriptEmail;
import dev.parley.domain.notification.TranscriptEmail.Entry;
import dev.parley.domain.notification.TranscriptEmail.Speaker;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TranscriptEmailTextTest {

    private static final Instant AT = Instant.parse("2026-11-25T14:05:00Z");

    private static TranscriptEmail email(Locale language) {
        return new TranscriptEmail(
                "anna@example.com",
                language,
                "Acme\r\nBcc: x@evil.test",
                List.of(
                        new Entry(
                                Speaker.STORE,
                                Optional.empty(),
                                Optional.of("Hi! How can we help?"),
                                false,
                                Optional.empty(),
                                AT),
                        new Entry(
                                Speaker.VISITOR,
                                Optional.empty(),
                                Optional.of("Do you ship <b>abroad</b>?"),
                                true,
                                Optional.empty(),
                                AT.plusSeconds(30)),
                        new Entry(
                                Speaker.AGENT,
                                Optional.of("Ada"),
                                Optional.of("Yes, to all of the EU."),
                                false,
                                Optional.empty(),
                                AT.plusSeconds(60)),
                        new Entry(
                                Speaker.STORE,
                                Optional.empty(),
                                Optional.empty(),
                                false,
                                Optional.of("ended_by_visitor"),
                                AT.plusSeconds(90))),
                ZoneId.of("Europe/Warsaw"));
    }

    @Test
    void in_english_it_carries_every_message_with_who_wrote_it_and_when_in_the_stores_time() {
        NotificationEmailText text = TranscriptEmailText.of(email(Locale.ENGLISH));

        assertThat(text.subject()).isEqualTo("Your conversation with Acme Bcc: x@evil.test");
        assertThat(text.text())
                .contains("Acme Bcc: x@evil.test, Nov 25, 2026, 3:05")
                .contains("Hi! How can we help?")
                .contains("You, Nov 25, 2026, 3:05")
                .contains("Do you ship <b>abroad</b>?\n[image]")
                .contains("Ada, Nov 25, 2026, 3:06")
                .contains("You ended the chat.");
        assertThat(text.text().indexOf("Hi! How can we help?"))
                .isLessThan(text.text().indexOf("Yes, to all"));
        assertThat(text.html())
                .contains("Do you ship &lt;b&gt;abroad&lt;/b&gt;?")
                .doesNotContain("<b>abroad");
    }

    @Test
    void in_polish_it_speaks_polish() {
        NotificationEmailText text = TranscriptEmailText.of(email(Locale.forLanguageTag("pl-PL")));

        assertThat(text.subject()).startsWith("Twoja rozmowa z Acme");
        assertThat(text.text())
                .contains("Ty, 25 lis 2026, 15:05")
                .contains("[obraz]")
                .contains("Rozmowa zakończona przez Ciebie.");
    }
}
