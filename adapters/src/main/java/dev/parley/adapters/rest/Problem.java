package dev.parley.adapters.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem document. {@code code} is Parley's stable error code, the same one the WebSocket error frames
 * carry; {@code type} is derived from it.
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong this time, for a person
 * @param code Parley's stable error code
 * @param field the request body's field to blame, as a dotted path from the body ({@code welcomeMessage},
 *     {@code businessHours.timeZone}), when one field is; left out of the JSON otherwise
 */
public record Problem(String type, String title, int status, String detail, String code, String field) {

    /** The problem media type of RFC 9457. */
    public static final String MEDIA_TYPE = "application/problem+json";

    static Response response(Response.Status status, String code, String detail) {
        return response(status, code, detail, null);
    }

    /** A problem that one field of the request body is to blame for; {@code field} may be null for none. */
    static Response response(Response.Status status, String code, String detail, String field) {
        Problem problem = new Problem(
                "urn:parley:problem:" + code, status.getReasonPhrase(), status.getStatusCode(), detail, code, field);
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(problem)
                .build();
    }
}
