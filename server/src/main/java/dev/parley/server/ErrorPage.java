package dev.parley.server;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The page every error outside the REST API's own answers ends on (WEB-INF/web.xml maps every status and exception
 * here): a short, plain page that says what kind of error it was and nothing about how Parley is built, never the
 * container's message, exception or stack trace. A request under {@code /api/} gets a problem document instead.
 */
@WebServlet("/error")
public class ErrorPage extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = statusOf(request);
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original
                : request.getRequestURI();
        if (response.isCommitted()) {
            // The answer is on its way already (a failure after its first bytes): nothing can replace it now.
            LOG.fine(() -> "event=error_page_skipped status=" + status + " reason=committed");
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        String title = titleOf(status);
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            String code = title.toLowerCase(Locale.ROOT).replace(' ', '_');
            response.getWriter()
                    .write("{\"type\":\"urn:parley:problem:" + code + "\",\"title\":\"" + title + "\",\"status\":"
                            + status + ",\"detail\":\"" + title + ".\",\"code\":\"" + code + "\"}");
            return;
        }
        response.setContentType("text/html");
        response.getWriter()
                .write("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + " " + title
                        + " · Parley</title></head>\n<body><h1>" + title + "</h1><p>" + explanationOf(status)
                        + "</p><p><a href=\"" + request.getContextPath() + "/inbox/\">Parley</a></p></body></html>\n");
    }

    private static int statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer status && status >= 400 && status <= 599) {
            return status;
        }
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    static String titleOf(int status) {
        return switch (status) {
            case HttpServletResponse.SC_BAD_REQUEST -> "Bad request";
            case HttpServletResponse.SC_UNAUTHORIZED -> "Unauthorized";
            case HttpServletResponse.SC_FORBIDDEN -> "Forbidden";
            case HttpServletResponse.SC_NOT_FOUND -> "Not found";
            case HttpServletResponse.SC_METHOD_NOT_ALLOWED -> "Method not allowed";
            case HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE -> "Content too large";
            case HttpServletResponse.SC_SERVICE_UNAVAILABLE -> "Service unavailable";
            default -> status < 500 ? "Bad request" : "Internal server error";
        };
    }

    private static String explanationOf(int status) {
        if (status == HttpServletResponse.SC_NOT_FOUND) {
            return "There is nothing at this address.";
        }
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            return "Parley is not ready; try again in a moment.";
        }
        return status < 500 ? "This request could not be handled." : "Something went wrong; nothing was changed.";
    }
}
