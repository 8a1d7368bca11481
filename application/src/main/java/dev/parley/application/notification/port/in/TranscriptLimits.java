package dev.parley.application.notification.port.in;

import dev.parley.domain.shared.RateLimit;
import java.util.Objects;

/**
 * How often visitors may have a conversation emailed to them ({@code parley.limit.<name>}): every request counts, a
 * refused one too. What is over a limit is refused and sends nothing.
 *
 * @param perConversation {@code transcripts_per_conversation}: emails of one conversation
 * @param perAddress {@code transcripts_per_address}: emails asked for from one client address
 */
public record TranscriptLimits(RateLimit perConversation, RateLimit perAddress) {

    public static final String PER_CONVERSATION = "transcripts_per_conversation";
    public static final String PER_ADDRESS = "transcripts_per_address";

    /** 3 a day: once for the visitor, and again to another address or after a typo. */
    public static final String DEFAULT_PER_CONVERSATION = "3/24h";

    /** 20 an hour from one address, which may be an office or a mobile carrier's NAT. */
    public static final String DEFAULT_PER_ADDRESS = "20/1h";

    public TranscriptLimits {
        Objects.requireNonNull(perConversation, "transcripts per conversation");
        Objects.requireNonNull(perAddress, "transcripts per address");
    }
}
