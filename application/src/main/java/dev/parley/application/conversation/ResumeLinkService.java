package dev.parley.application.conversation;

import dev.parley.application.conversation.port.in.ResumeConversationUseCase;
import dev.parley.application.conversation.port.out.ResumeLinkPort;
import dev.parley.domain.conversation.ResumeLink;
import dev.parley.domain.conversation.ResumeLinkInvalidException;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Opens a conversation again from a reply email's link: the token is looked up by its hash, and opens its
 * conversation, as its visitor, until it runs out. It is not used up, so that the chat page can reconnect with it.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
public class ResumeLinkService implements ResumeConversationUseCase {

    private ResumeLinkPort links;
    private Clock clock;

    @Inject
    public ResumeLinkService(ResumeLinkPort links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected ResumeLinkService() {}

    @Override
    public Resumed resume(String token) {
        ResumeLink link = links.findByTokenHash(ResumeLink.hash(token))
                .filter(found -> found.validAt(clock.instant()))
                .orElseThrow(ResumeLinkInvalidException::new);
        return new Resumed(link.visitor(), link.conversation());
    }
}
