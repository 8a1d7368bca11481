package dev.parley.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationEmailTest {

    private static final URI INBOX = URI.create("https://chat.shop.example/inbox/");
    private static final List<String> TEAM = List.of("team@shop.example");

    @Test
    void names_the_visitor_quotes_their_first_message_and_links_the_inbox() {
        NotificationEmail email = NotificationEmail.newConversation(TEAM, "Anna Nowak",
                Optional.of("Where is my parcel?"), INBOX);

        assertThat(email.recipients()).containsExactly("team@shop.example");
        assertThat(email.subject()).isEqualTo("New conversation from Anna Nowak");
        assertThat(email.text()).contains("Anna Nowak wrote:", "Where is my parcel?",
                "https://chat.shop.example/inbox/");
        assertThat(email.html()).contains("<strong>Anna Nowak</strong>", "Where is my parcel?",
                "href=\"https://chat.shop.example/inbox/\"");
    }

    @Test
    void a_name_with_line_breaks_adds_no_header_to_the_subject() {
        NotificationEmail email = NotificationEmail.newConversation(TEAM, "Eve\r\nBcc: victim@evil.example\n\tX: y",
                Optional.of("Hi"), INBOX);

        assertThat(email.subject()).isEqualTo("New conversation from Eve Bcc: victim@evil.example X: y");
        assertThat(email.subject()).doesNotContain("\r", "\n", "\t");
    }

    @Test
    void a_subject_given_directly_is_made_one_line_too() {
        NotificationEmail email = new NotificationEmail(TEAM, "Hello\r\nBcc: x@evil.example", "text", "<p>html</p>");

        assertThat(email.subject()).isEqualTo("Hello Bcc: x@evil.example");
    }

    @Test
    void escapes_everything_the_visitor_wrote_in_the_html() {
        NotificationEmail email = NotificationEmail.newConversation(TEAM, "<img src=x onerror=alert(1)>",
                Optional.of("<script>alert(1)</script>\n\"quoted\" & 'single'"), INBOX);

        assertThat(email.html()).doesNotContain("<script>", "<img")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;<br>", "&quot;quoted&quot; &amp; &#39;single&#39;",
                        "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(email.text()).contains("<script>alert(1)</script>");
    }

    @Test
    void an_image_alone_is_mentioned_and_a_long_message_is_cut() {
        assertThat(NotificationEmail.newConversation(TEAM, "Visitor 5F2A", Optional.empty(), INBOX).text())
                .contains("(an image)");
        assertThat(NotificationEmail.newConversation(TEAM, "Visitor 5F2A", Optional.of("a".repeat(4000)), INBOX)
                .text()).contains("a".repeat(2000) + "…").doesNotContain("a".repeat(2001));
    }

    @Test
    void its_description_leaves_the_message_out() {
        NotificationEmail email = NotificationEmail.newConversation(TEAM, "Anna", Optional.of("my secret order"),
                INBOX);

        assertThat(email.toString()).doesNotContain("my secret order", "team@shop.example");
    }
}
