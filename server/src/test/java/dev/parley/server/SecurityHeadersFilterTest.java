package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    private final Map<String, String> headers = new HashMap<>();
    private final AtomicBoolean passedOn = new AtomicBoolean();

    @Test
    void a_secure_request_gets_strict_transport_security_and_a_plain_one_does_not() throws Exception {
        filter(new SecurityHeadersFilter(31_536_000), "/inbox/", true, DispatcherType.REQUEST);
        assertThat(headers).containsEntry("Strict-Transport-Security", "max-age=31536000");

        headers.clear();
        filter(new SecurityHeadersFilter(31_536_000), "/inbox/", false, DispatcherType.REQUEST);
        assertThat(headers).doesNotContainKey("Strict-Transport-Security");
        assertThat(passedOn).isTrue();
    }

    @Test
    void a_max_age_of_zero_sends_no_strict_transport_security() throws Exception {
        filter(new SecurityHeadersFilter(0), "/api/v1/widget/config", true, DispatcherType.REQUEST);
        assertThat(headers).doesNotContainKey("Strict-Transport-Security").containsKey("X-Content-Type-Options");
    }

    @Test
    void pages_and_error_pages_get_the_policy_and_the_api_and_widget_only_the_common_headers() throws Exception {
        for (String page : new String[] {"/", "/inbox/", "/inbox/parley-inbox.js", "/demo/", "/error"}) {
            headers.clear();
            filter(new SecurityHeadersFilter(0), page, false, DispatcherType.REQUEST);
            assertThat(headers).as(page).containsEntry("Content-Security-Policy", SecurityHeadersFilter.PAGE_POLICY);
        }
        for (String other : new String[] {"/api/v1/widget/config", "/widget/parley-chat.js", "/api/v1/tickets"}) {
            headers.clear();
            filter(new SecurityHeadersFilter(0), other, false, DispatcherType.REQUEST);
            assertThat(headers)
                    .as(other)
                    .doesNotContainKey("Content-Security-Policy")
                    .containsEntry("X-Content-Type-Options", "nosniff")
                    .containsEntry("X-Frame-Options", "SAMEORIGIN")
                    .containsEntry("Referrer-Policy", "strict-origin-when-cross-origin");
        }
        headers.clear();
        filter(new SecurityHeadersFilter(0), "/no-such-file.js", false, DispatcherType.ERROR);
        assertThat(headers).containsKey("Content-Security-Policy");
    }

    @Test
    void websocket_handshakes_are_left_alone() throws Exception {
        filter(new SecurityHeadersFilter(31_536_000), "/ws/visitor", true, DispatcherType.REQUEST);
        assertThat(headers).isEmpty();
        assertThat(passedOn).isTrue();
    }

    private void filter(SecurityHeadersFilter filter, String path, boolean secure, DispatcherType dispatch)
            throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "isSecure" -> secure;
                    case "getDispatcherType" -> dispatch;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        filter.doFilter(request, response, (req, res) -> passedOn.set(true));
    }
}
