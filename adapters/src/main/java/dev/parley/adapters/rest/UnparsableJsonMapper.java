package dev.parley.adapters.rest;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that the JSON parser itself refuses (broken syntax, or a limit of the parser's) is the client's mistake as
 * much as one JSON-B cannot bind ({@link UnreadableBodyMapper}): 400 {@code malformed_body}, one short log line.
 */
@Provider
public class UnparsableJsonMapper implements ExceptionMapper<JsonException> {

    @Override
    public Response toResponse(JsonException exception) {
        return UnreadableBodyMapper.malformed(exception);
    }
}
