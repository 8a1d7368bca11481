package dev.parley.adapters.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.team.SessionToken;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentSessionCookieTest {

    private final SessionToken token = SessionToken.issue(new SecureRandom());

    @Test
    void the_cookie_is_http_only_strict_for_the_whole_site_and_secure_only_over_https() {
        String plain = AgentSessionCookie.set(token, false);
        String secure = AgentSessionCookie.set(token, true);

        assertThat(plain).isEqualTo("PARLEY_SESSION=" + token.value() + "; Path=/; HttpOnly; SameSite=Strict");
        assertThat(secure).isEqualTo(plain + "; Secure");
    }

    @Test
    void signing_out_makes_the_browser_forget_the_cookie_with_the_same_attributes() {
        assertThat(AgentSessionCookie.clear(true))
                .startsWith("PARLEY_SESSION=;")
                .contains("; Path=/", "; Max-Age=0", "; HttpOnly", "; SameSite=Strict")
                .endsWith("; Secure");
        assertThat(AgentSessionCookie.clear(false)).doesNotContain("Secure");
    }

    @Test
    void the_token_is_read_from_among_other_cookies_and_headers() {
        assertThat(AgentSessionCookie.token(List.of("a=1; PARLEY_SESSION=" + token.value() + "; b=2")))
                .hasValue(token);
        assertThat(AgentSessionCookie.token(List.of("a=1", " PARLEY_SESSION = " + token.value())))
                .hasValue(token);
    }

    @Test
    void a_value_that_is_no_token_is_no_session_and_a_later_well_formed_one_counts() {
        assertThat(AgentSessionCookie.token(List.of("PARLEY_SESSION=short"))).isEmpty();
        assertThat(AgentSessionCookie.token(List.of("PARLEY_SESSION=" + token.value() + "!")))
                .isEmpty();
        assertThat(AgentSessionCookie.token(List.of("XPARLEY_SESSION=" + token.value())))
                .isEmpty();
        assertThat(AgentSessionCookie.token(Arrays.asList(null, "PARLEY_SESSION=; PARLEY_SESSION=" + token.value())))
                .hasValue(token);
        assertThat(AgentSessionCookie.token(List.of())).isEmpty();
    }
}
