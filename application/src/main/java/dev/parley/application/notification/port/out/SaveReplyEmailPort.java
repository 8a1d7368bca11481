package dev.parley.application.notification.port.out;

import dev.parley.domain.notification.ReplyEmailNotification;

/** Stores emails that carry agents' replies to visitors in the outbox; driven by the reply email use cases. */
public interface SaveReplyEmailPort {

    void create(ReplyEmailNotification notification);

    void update(ReplyEmailNotification notification);
}
