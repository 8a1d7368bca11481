package dev.parley.server;

import dev.parley.application.conversation.port.in.UnusedUploadPolicy;
import dev.parley.application.conversation.port.in.UploadLimits;
import dev.parley.domain.shared.RateLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limits on visitors' uploads and how long an unused upload is kept, from configuration. Each rate limit is
 * {@code parley.limit.<name>} = {@code <capacity>/<window>} (env {@code PARLEY_LIMIT_<NAME>}); byte limits count bytes.
 */
@ApplicationScoped
public class UploadConfiguration {

    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})\\s*(ms|[smhd])");

    /**
     * {@code PARLEY_LIMIT_UPLOADS_PER_VISITOR} (default 30/1h), {@code PARLEY_LIMIT_UPLOADS_PER_ADDRESS} (300/1h),
     * {@code PARLEY_LIMIT_UPLOAD_BYTES_PER_VISITOR} (100 MiB/1h), {@code PARLEY_LIMIT_UPLOAD_BYTES_PER_ADDRESS} (512
     * MiB/1h) and {@code PARLEY_UPLOAD_MAX_STORED_BYTES_PER_VISITOR} (200 MiB).
     */
    @Produces
    UploadLimits uploadLimits(
            @ConfigProperty(
                            name = "parley.limit." + UploadLimits.PER_VISITOR,
                            defaultValue = UploadLimits.DEFAULT_PER_VISITOR)
                    String perVisitor,
            @ConfigProperty(
                            name = "parley.limit." + UploadLimits.PER_ADDRESS,
                            defaultValue = UploadLimits.DEFAULT_PER_ADDRESS)
                    String perAddress,
            @ConfigProperty(
                            name = "parley.limit." + UploadLimits.BYTES_PER_VISITOR,
                            defaultValue = UploadLimits.DEFAULT_BYTES_PER_VISITOR)
                    String bytesPerVisitor,
            @ConfigProperty(
                            name = "parley.limit." + UploadLimits.BYTES_PER_ADDRESS,
                            defaultValue = UploadLimits.DEFAULT_BYTES_PER_ADDRESS)
                    String bytesPerAddress,
            @ConfigProperty(name = "parley.upload.max-stored-bytes-per-visitor", defaultValue = "209715200")
                    long maxStoredBytesPerVisitor) {
        return new UploadLimits(
                RateLimit.parse(UploadLimits.PER_VISITOR, perVisitor),
                RateLimit.parse(UploadLimits.PER_ADDRESS, perAddress),
                RateLimit.parse(UploadLimits.BYTES_PER_VISITOR, bytesPerVisitor),
                RateLimit.parse(UploadLimits.BYTES_PER_ADDRESS, bytesPerAddress),
                maxStoredBytesPerVisitor);
    }

    /** How long an upload no message shows is kept ({@code PARLEY_UPLOAD_UNUSED_TTL}, default 24h). */
    @Produces
    UnusedUploadPolicy unusedUploadPolicy(
            @ConfigProperty(name = "parley.upload.unused-ttl", defaultValue = "24h") String keepFor) {
        return new UnusedUploadPolicy(
                duration("parley.upload.unused-ttl", keepFor), UnusedUploadPolicy.DEFAULT_BATCH_SIZE);
    }

    /**
     * Reads a duration as configuration writes it: a whole number and a unit of {@code ms}, {@code s}, {@code m},
     * {@code h} or {@code d}, such as {@code 24h}.
     *
     * @throws IllegalArgumentException when the text is not such a duration, or is zero
     */
    static Duration duration(String property, String text) {
        Matcher parts = DURATION.matcher(text.strip());
        if (!parts.matches() || Long.parseLong(parts.group(1)) == 0) {
            throw new IllegalArgumentException(
                    property + " must read like 24h (a positive whole number and ms, s, m, h or d): " + text);
        }
        long amount = Long.parseLong(parts.group(1));
        return switch (parts.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
