package dev.parley.adapters.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything Parley did not expect is logged with an incident id and answered with a problem document that carries the
 * same id, never with a stack trace.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "event=request_failed incident=" + incident, exception);
        return Problem.response(
                Response.Status.INTERNAL_SERVER_ERROR,
                "internal_error",
                "Parley could not handle this request (incident " + incident + "); nothing was changed.");
    }
}
