package dev.parley.adapters.rest;

import dev.parley.domain.apikey.ApiKeyInvalidException;
import dev.parley.domain.assistant.SitemapUnreadableException;
import dev.parley.domain.conversation.ImageTooLargeException;
import dev.parley.domain.conversation.NotAnImageException;
import dev.parley.domain.conversation.UploadQuotaExceededException;
import dev.parley.domain.conversation.UploadTooLargeException;
import dev.parley.domain.notification.TranscriptNotSentException;
import dev.parley.domain.profile.EventPropertiesTooLargeException;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.NotFoundException;
import dev.parley.domain.shared.RateLimitedException;
import dev.parley.domain.sms.SmsRequestRefusedException;
import dev.parley.domain.team.NotPermittedException;
import dev.parley.domain.team.SignInFailedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * Turns a broken rule into a problem document with the rule's code. A refusal is the client's doing, not a failure of
 * Parley's: it is logged as one short line with its status and code, never with a stack trace.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    private static final Logger LOG = Logger.getLogger(DomainExceptionMapper.class.getName());

    @Override
    public Response toResponse(DomainException exception) {
        String field = exception instanceof RefusedFieldException refused ? refused.field() : null;
        Response.Status status = statusOf(exception);
        LOG.info(() -> "event=request_refused status=" + status.getStatusCode() + " code=" + exception.code());
        Response problem = Problem.response(status, exception.code(), exception.getMessage(), field);
        if (exception instanceof RateLimitedException limited) {
            return Response.fromResponse(problem)
                    .header("Retry-After", limited.retryAfterSeconds())
                    .build();
        }
        return problem;
    }

    static Response.Status statusOf(DomainException exception) {
        // A full quota is 413 and not 429: waiting does not free it, only images deleted unused do.
        if (exception instanceof UploadTooLargeException
                || exception instanceof UploadQuotaExceededException
                || exception instanceof EventPropertiesTooLargeException
                || exception instanceof ImageTooLargeException) {
            return Response.Status.REQUEST_ENTITY_TOO_LARGE;
        }
        if (exception instanceof NotAnImageException) {
            return Response.Status.UNSUPPORTED_MEDIA_TYPE;
        }
        if (exception instanceof TranscriptNotSentException || exception instanceof SitemapUnreadableException) {
            return Response.Status.BAD_GATEWAY;
        }
        if (exception instanceof NotFoundException) {
            return Response.Status.NOT_FOUND;
        }
        if (exception instanceof InvalidValueException) {
            return Response.Status.BAD_REQUEST;
        }
        if (exception instanceof RateLimitedException) {
            return Response.Status.TOO_MANY_REQUESTS;
        }
        if (exception instanceof SignInFailedException || exception instanceof ApiKeyInvalidException) {
            return Response.Status.UNAUTHORIZED;
        }
        if (exception instanceof NotPermittedException || exception instanceof SmsRequestRefusedException) {
            return Response.Status.FORBIDDEN;
        }
        // Everything else is a rule about the state of things, such as a closed conversation.
        return Response.Status.CONFLICT;
    }
}
