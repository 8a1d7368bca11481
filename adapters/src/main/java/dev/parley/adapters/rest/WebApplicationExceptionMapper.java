package dev.parley.adapters.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Gives the framework's own refusals (unknown path, wrong method, unreadable body, ...) the same problem shape as
 * Parley's.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception.getResponse().getEntity() instanceof Problem) {
            return exception.getResponse();
        }
        Response.StatusType status = exception.getResponse().getStatusInfo();
        Response.Status known = Response.Status.fromStatusCode(status.getStatusCode());
        Response.Status answer = known == null ? Response.Status.BAD_REQUEST : known;
        String code = answer.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '_');
        String detail = answer == Response.Status.BAD_REQUEST
                ? "The request could not be read; send a JSON body of the documented shape."
                : answer.getReasonPhrase() + ".";
        return Problem.response(answer, code, detail);
    }
}
