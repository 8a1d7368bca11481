package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Sign-in is limited per client address, whatever accounts are tried from there. Each case signs in from an address
 * of its own in 127.0.0.0/8 (a socket bound to it, which is what the server's {@code getRemoteAddr()} then says), so
 * that the lock-out it provokes holds back no other test, which all come from 127.0.0.1.
 *
 * <p>The IT servers count at most 10 failures per address per 3 minutes ({@code
 * PARLEY_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS=10/3m} in the IT env files): one failure's allowance comes back every 18
 * seconds, far longer than the ten failures below take, so the edge is exact; and the first lock-out ends within
 * 18 seconds, so the recovery can be waited for.
 */
class SignInLimitsIT {

    private static final String SESSION = "/api/v1/agent/session";
    private static final int FAILURES_PER_ADDRESS = 10;

    @Test
    void many_accounts_tried_from_one_address_lock_it_out_a_right_password_too_until_the_wait_is_over()
            throws InterruptedException {
        InetAddress client = ownLoopbackAddress();
        for (int attempt = 1; attempt <= FAILURES_PER_ADDRESS; attempt++) {
            Answer failed = signIn(client, "nobody-" + UUID.randomUUID() + "@parley.test", "wrong password");
            assertThat(failed.status())
                    .as("failure %d: %s", attempt, failed.body())
                    .isEqualTo(401);
            assertThat(json(failed.body()).getString("code")).isEqualTo("sign_in_failed");
        }

        Answer locked = signIn(client, "nobody-" + UUID.randomUUID() + "@parley.test", "wrong password");

        assertRateLimited(locked);
        long firstWait = retryAfter(locked);
        assertThat(firstWait).isBetween(1L, 18L);

        Answer rightPassword = signIn(client, ParleyClient.adminEmail(), ParleyClient.adminPassword());
        assertRateLimited(rightPassword);
        assertThat(rightPassword.headers()).doesNotContainKey("set-cookie");
        long doubled = retryAfter(rightPassword);
        assertThat(doubled).as("the refused attempt doubled the lock-out").isGreaterThan(firstWait);
        assertThat(doubled).isLessThanOrEqualTo(2 * firstWait + 1);

        assertThat(ParleyClient.signInAsAdmin().cookie())
                .as("another address signs the same account in")
                .isNotBlank();

        Thread.sleep(Duration.ofSeconds(doubled).plusMillis(500).toMillis());
        Answer afterTheWait = signIn(client, ParleyClient.adminEmail(), ParleyClient.adminPassword());
        assertThat(afterTheWait.status()).as(afterTheWait.body()).isEqualTo(200);
        assertThat(afterTheWait.headers().get("set-cookie")).contains("PARLEY_SESSION=");
    }

    private static void assertRateLimited(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(429);
        assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
        JsonObject problem = json(answer.body());
        assertThat(problem.getString("code")).isEqualTo("rate_limited");
        assertThat(problem.getString("detail")).contains("Too many failed sign-ins");
    }

    private static long retryAfter(Answer answer) {
        String value = answer.headers().get("retry-after");
        assertThat(value).as("Retry-After of %s", answer.body()).isNotNull();
        return Long.parseLong(value.strip());
    }

    /** A loopback address no other test uses, such as 127.83.12.201. */
    private static InetAddress ownLoopbackAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] address = {
            127, (byte) random.nextInt(2, 255), (byte) random.nextInt(0, 256), (byte) random.nextInt(1, 255)
        };
        try {
            return InetAddress.getByAddress(address);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** One sign-in over HTTP/1.1 from {@code client}: Java 17's HttpClient cannot choose its local address. */
    private static Answer signIn(InetAddress client, String email, String password) {
        URI base = URI.create(ParleyClient.baseUrl());
        byte[] body = Json.createObjectBuilder()
                .add("email", email)
                .add("password", password)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        String head = "POST " + SESSION + " HTTP/1.1\r\n"
                + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(client, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), base.getPort()), 10_000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return Answer.read(socket.getInputStream());
        } catch (IOException failed) {
            throw new UncheckedIOException("No answer from Parley at " + base, failed);
        }
    }

    /** An HTTP answer: its status, its headers by lower-case name (several of one name joined), its body. */
    private record Answer(int status, Map<String, String> headers, String body) {

        static Answer read(InputStream in) throws IOException {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n", -1);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                // Several headers of one name (Set-Cookie) are joined, as a list.
                headers.merge(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip(),
                        (first, next) -> first + ", " + next);
            }
            String body = text.substring(end + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunked(body);
            }
            return new Answer(Integer.parseInt(lines[0].split(" ", 3)[1]), headers, body);
        }

        private static String unchunked(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(
                        chunked.substring(at, lineEnd).split(";", 2)[0].strip(), 16);
                if (size == 0) {
                    return body.toString();
                }
                body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
        }
    }
}
