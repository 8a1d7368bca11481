package dev.parley.adapters.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON it should be is the client's mistake: 400, with the problem shape. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException exception) {
        return Problem.response(
                Response.Status.BAD_REQUEST,
                "malformed_body",
                "The request body could not be read; send a JSON body of the documented shape.");
    }
}
