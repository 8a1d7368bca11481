package dev.parley.adapters.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** A request body over the size the endpoint reads; answered 413 {@code body_too_large}, nothing read or stored. */
class BodyTooLargeException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    BodyTooLargeException(int maxBytes) {
        super(Problem.response(
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "body_too_large",
                "The body is larger than the " + maxBytes + " bytes this endpoint accepts; nothing was recorded."));
    }
}
