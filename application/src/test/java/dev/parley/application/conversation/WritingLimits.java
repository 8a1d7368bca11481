package dev.parley.application.conversation;

import dev.parley.application.conversation.port.in.VisitorWritingLimits;
import dev.parley.domain.shared.RateLimit;

/** Writing limits for tests: conversations counted per hour, messages per minute. */
final class WritingLimits {

    private WritingLimits() {}

    static VisitorWritingLimits of(
            long conversationsPerVisitor,
            long conversationsPerAddress,
            long messagesPerVisitor,
            long messagesPerAddress) {
        return new VisitorWritingLimits(
                RateLimit.perHour("conversations_per_visitor", conversationsPerVisitor),
                RateLimit.perHour("conversations_per_address", conversationsPerAddress),
                RateLimit.perMinute("messages_per_visitor", messagesPerVisitor),
                RateLimit.perMinute("messages_per_address", messagesPerAddress));
    }

    /** Limits no test about something else reaches. */
    static VisitorWritingLimits generous() {
        return of(1_000, 1_000, 1_000, 1_000);
    }
}
