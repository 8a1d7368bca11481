package dev.parley.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorPageTest {

    /** The calls a response was given, by method name; {@code committed} says whether its first bytes are gone. */
    private static final class Response {
        final List<String> calls = new ArrayList<>();
        final StringWriter body = new StringWriter();
        final boolean committed;

        Response(boolean committed) {
            this.committed = committed;
        }

        HttpServletResponse proxy() {
            return (HttpServletResponse) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (self, method, args) -> {
                        calls.add(method.getName());
                        return switch (method.getName()) {
                            case "isCommitted" -> committed;
                            case "resetBuffer" -> {
                                if (committed) {
                                    throw new IllegalStateException("SRVE0777E: the response is committed");
                                }
                                yield null;
                            }
                            case "getWriter" -> new PrintWriter(body, true);
                            default -> null;
                        };
                    });
        }
    }

    private static HttpServletRequest request(Map<String, Object> attributes) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                ErrorPageTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (self, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "getRequestURI" -> "/error";
                    case "getContextPath" -> "";
                    default -> null;
                });
    }

    @Test
    void anErrorAfterTheAnswerWasCommittedLeavesTheAnswerAsItIs() {
        Response response = new Response(true);

        assertDoesNotThrow(() ->
                new ErrorPage().service(request(Map.of(RequestDispatcher.ERROR_STATUS_CODE, 500)), response.proxy()));

        assertEquals(List.of("isCommitted"), response.calls, "nothing is reset, set or written");
    }

    @Test
    void anErrorBeforeTheAnswerIsAPlainPage() throws Exception {
        Response response = new Response(false);

        new ErrorPage()
                .service(
                        request(Map.of(
                                RequestDispatcher.ERROR_STATUS_CODE, 404, RequestDispatcher.ERROR_REQUEST_URI, "/x")),
                        response.proxy());

        assertTrue(response.calls.contains("resetBuffer"));
        assertTrue(response.body.toString().contains("<h1>Not found</h1>"), response.body.toString());
    }
}
