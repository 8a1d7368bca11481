package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An agent who forgot their password asks for a link, gets it by email, and sets a new one with it, once; an admin
 * sends a member such a link. The answers never tell who has an account. Email goes to the in-process SMTP server the
 * test server is configured with, as in {@link EmailNotificationIT}.
 */
class PasswordResetIT {

    @RegisterExtension
    final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("parley.it.smtpPort", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String REQUEST = "/api/v1/agent/password-reset";
    private static final String COMPLETE = "/api/v1/agent/password-reset/complete";
    private static final Pattern LINK = Pattern.compile("/inbox/#/reset/([A-Za-z0-9_-]{43})");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void a_forgotten_password_is_set_again_with_the_emailed_link_once_and_every_session_ends() throws Exception {
        AgentSession admin = ParleyClient.signInAsAdmin();
        AgentSession nora = TeamApi.addAndSignIn(admin, "reset-it-", "Nora", "agent");
        String email = nora.agent().getString("email");
        try {
            HttpResponse<String> asked = ask(email.toUpperCase(java.util.Locale.ROOT));
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
            MimeMessage mail = awaitEmailTo(email);
            assertThat(mail.getSubject()).isEqualTo("Parley: set a new password");
            String token = tokenIn(mail);

            HttpResponse<String> tooShort = complete(token, "short");
            assertProblem(tooShort, 400, "weak_password");
            HttpResponse<String> set = complete(token, "a brand new passphrase");
            assertThat(set.statusCode()).as(set.body()).isEqualTo(204);

            assertThat(ParleyClient.signIn(email, "password of Nora").statusCode())
                    .as("the old password")
                    .isEqualTo(401);
            assertThat(ParleyClient.signIn(email, "a brand new passphrase").statusCode())
                    .isEqualTo(200);
            assertThat(ParleyClient.get("/api/v1/agent/session", Optional.of(nora.cookie()))
                            .statusCode())
                    .as("the session signed in before the reset")
                    .isEqualTo(401);
            assertProblem(complete(token, "yet another passphrase"), 400, "reset_link_invalid");
            assertThat(ParleyClient.signIn(email, "yet another passphrase").statusCode())
                    .as("a used link changes nothing")
                    .isEqualTo(401);
        } finally {
            TeamApi.remove(admin, nora.agent().getString("id"));
        }
    }

    @Test
    void an_address_without_an_account_is_answered_the_same_and_gets_no_email() {
        String nobody = "nobody-" + UUID.randomUUID() + "@parley.test";

        HttpResponse<String> asked = ask(nobody);

        assertThat(asked.statusCode()).isEqualTo(202);
        assertThat(asked.body()).isEmpty();
        pause(Duration.ofSeconds(2));
        assertThat(emailsTo(nobody)).isEmpty();
        assertProblem(ask("not an address"), 400, "invalid_email");
        assertProblem(complete("x".repeat(43), "a brand new passphrase"), 400, "reset_link_invalid");
        assertProblem(complete("not a token", "a brand new passphrase"), 400, "reset_link_invalid");
    }

    @Test
    void a_newer_link_sets_the_older_aside_and_an_admin_may_send_one_to_a_member() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        AgentSession nora = TeamApi.addAndSignIn(admin, "reset-it-", "Nora", "agent");
        AgentSession olek = TeamApi.addAndSignIn(admin, "reset-it-", "Olek", "agent");
        String email = nora.agent().getString("email");
        String noraId = nora.agent().getString("id");
        try {
            assertThat(ask(email).statusCode()).isEqualTo(202);
            String first = tokenIn(awaitEmailTo(email));

            HttpResponse<String> byAgent = ParleyClient.send(
                    "POST", TeamApi.AGENTS + "/" + noraId + "/password-reset", "", olek.cookie(), olek.csrfToken());
            assertProblem(byAgent, 403, "admins_only");
            HttpResponse<String> unknown = ParleyClient.send(
                    "POST",
                    TeamApi.AGENTS + "/" + UUID.randomUUID() + "/password-reset",
                    "",
                    admin.cookie(),
                    admin.csrfToken());
            assertThat(unknown.statusCode()).isEqualTo(404);
            HttpResponse<String> sent = ParleyClient.send(
                    "POST", TeamApi.AGENTS + "/" + noraId + "/password-reset", "", admin.cookie(), admin.csrfToken());
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
            List<MimeMessage> mails = awaitEmailsTo(email, 2);
            String second = tokenIn(mails.get(1));
            assertThat(decoded(mails.get(1))).contains(admin.agent().getString("name") + " sent you a link");

            assertProblem(complete(first, "a brand new passphrase"), 400, "reset_link_invalid");
            assertThat(complete(second, "a brand new passphrase").statusCode()).isEqualTo(204);
            assertThat(ParleyClient.signIn(email, "a brand new passphrase").statusCode())
                    .isEqualTo(200);
        } finally {
            TeamApi.remove(admin, noraId);
            TeamApi.remove(admin, olek.agent().getString("id"));
        }
    }

    private static HttpResponse<String> ask(String email) {
        return ParleyClient.postJson(
                REQUEST, Json.createObjectBuilder().add("email", email).build().toString());
    }

    private static HttpResponse<String> complete(String token, String password) {
        return ParleyClient.postJson(
                COMPLETE,
                Json.createObjectBuilder()
                        .add("token", token)
                        .add("newPassword", password)
                        .build()
                        .toString());
    }

    private MimeMessage awaitEmailTo(String address) {
        return awaitEmailsTo(address, 1).get(0);
    }

    private List<MimeMessage> awaitEmailsTo(String address, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<MimeMessage> found = emailsTo(address);
        while (found.size() < count && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(200));
            found = emailsTo(address);
        }
        assertThat(found).as("emails to %s", address).hasSize(count);
        return found;
    }

    private List<MimeMessage> emailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(to -> to.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException unreadable) {
                        throw new IllegalStateException(unreadable);
                    }
                })
                .toList();
    }

    private static String tokenIn(MimeMessage mail) {
        Matcher link = LINK.matcher(decoded(mail));
        assertThat(link.find()).as("a reset link in %s", decoded(mail)).isTrue();
        return link.group(1);
    }

    private static String decoded(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (!(content instanceof MimeMultipart parts)) {
                return String.valueOf(content);
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                text.append(parts.getBodyPart(i).getContent()).append('\n');
            }
            return text.toString();
        } catch (java.io.IOException | jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
