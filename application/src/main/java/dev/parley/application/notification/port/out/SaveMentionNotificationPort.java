package dev.parley.application.notification.port.out;

import dev.parley.domain.notification.MentionNotification;

/** Keeps the outbox of mention emails; driven by the notification use cases. */
public interface SaveMentionNotificationPort {

    void create(MentionNotification notification);

    void update(MentionNotification notification);
}
