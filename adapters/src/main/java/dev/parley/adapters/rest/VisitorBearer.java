package dev.parley.adapters.rest;

import dev.parley.application.conversation.port.in.ResumeConversationUseCase;
import dev.parley.application.visitor.port.in.VisitorByTokenQuery;
import dev.parley.domain.conversation.ResumeLinkInvalidException;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.visitor.VisitorToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Whom the token of a visitor request's {@code Authorization: Bearer} header speaks for: the visitor Parley issued that
 * visitor token to, or else the visitor of the reply email's link whose token it is. Parley's chat page, opened from
 * such a link, holds no visitor token: the link speaks for its visitor there, in these requests (the conversation's
 * images, an upload, the transcript) as on the WebSocket, until it runs out.
 */
@ApplicationScoped
class VisitorBearer {

    private VisitorByTokenQuery visitors;
    private ResumeConversationUseCase links;

    @Inject
    VisitorBearer(VisitorByTokenQuery visitors, ResumeConversationUseCase links) {
        this.visitors = visitors;
        this.links = links;
    }

    /** For CDI proxies only. */
    protected VisitorBearer() {}

    /** The visitor the header's bearer token speaks for, if it carries one Parley knows. */
    Optional<VisitorId> visitor(String authorization) {
        return VisitorAuthenticationFilter.bearerToken(authorization)
                .flatMap(token -> visitors.visitorHolding(token).or(() -> linked(token)));
    }

    private Optional<VisitorId> linked(VisitorToken token) {
        try {
            return Optional.of(links.resume(token.value()).visitor());
        } catch (ResumeLinkInvalidException unknown) {
            return Optional.empty();
        }
    }
}
