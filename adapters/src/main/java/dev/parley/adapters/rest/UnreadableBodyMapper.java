package dev.parley.adapters.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * A body that is not the JSON it should be is the client's mistake: 400, with the problem shape, and one short log
 * line without the exception (the client's bad input is no incident of Parley's).
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    private static final Logger LOG = Logger.getLogger(UnreadableBodyMapper.class.getName());

    @Override
    public Response toResponse(JsonbException exception) {
        return malformed(exception);
    }

    static Response malformed(RuntimeException exception) {
        LOG.info(() -> "event=body_refused code=malformed_body reason="
                + exception.getClass().getSimpleName());
        return Problem.response(
                Response.Status.BAD_REQUEST,
                "malformed_body",
                "The request body could not be read; send a JSON body of the documented shape.");
    }
}
