package dev.parley.application.conversation.port.in;

import dev.parley.domain.shared.RateLimit;
import java.util.Objects;

/**
 * How much visitors may write: new conversations and messages, each counted per visitor and per client address. What
 * is over a limit is refused and not stored; a retry of a message already stored is answered and never counted.
 *
 * @param conversationsPerVisitor {@code conversations_per_visitor}: conversations one visitor may start
 * @param conversationsPerAddress {@code conversations_per_address}: conversations all visitors of one address may start
 * @param messagesPerVisitor {@code messages_per_visitor}: messages one visitor may send
 * @param messagesPerAddress {@code messages_per_address}: messages all visitors of one address may send
 */
public record VisitorWritingLimits(
        RateLimit conversationsPerVisitor,
        RateLimit conversationsPerAddress,
        RateLimit messagesPerVisitor,
        RateLimit messagesPerAddress) {

    public VisitorWritingLimits {
        Objects.requireNonNull(conversationsPerVisitor, "conversations per visitor");
        Objects.requireNonNull(conversationsPerAddress, "conversations per address");
        Objects.requireNonNull(messagesPerVisitor, "messages per visitor");
        Objects.requireNonNull(messagesPerAddress, "messages per address");
    }
}
