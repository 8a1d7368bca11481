package dev.parley.domain.notification;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts of the email that carries agents' unread replies to a visitor who left: the words are the mail adapter's,
 * in the visitor's language.
 *
 * @param to the visitor's address (the store's for them, else the one they gave); never logged
 * @param language the visitor's language (English or Polish; English for any other)
 * @param storeName how the store calls itself in the email's subject and signature
 * @param replies the agents' replies the visitor has not seen, oldest first; at least one
 * @param timeZone the store's time zone, in which the replies' times are written
 * @param resumeLink the page that opens the same conversation again, with a link token that runs out
 */
public record VisitorReplyEmail(
        String to, Locale language, String storeName, List<Reply> replies, ZoneId timeZone, URI resumeLink) {

    public VisitorReplyEmail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(storeName, "store name");
        replies = List.copyOf(replies);
        if (replies.isEmpty()) {
            throw new IllegalArgumentException("A reply email carries at least one reply");
        }
        Objects.requireNonNull(timeZone, "time zone");
        Objects.requireNonNull(resumeLink, "resume link");
    }

    /**
     * One reply.
     *
     * @param author the agent's name
     * @param text what they wrote; empty for an image alone
     * @param image whether it shows an image (the email says so, without the image)
     * @param sentAt when it was sent
     */
    public record Reply(String author, Optional<String> text, boolean image, Instant sentAt) {

        public Reply {
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(sentAt, "sent at");
        }
    }

    /** Never prints the address or the link's token. */
    @Override
    public String toString() {
        return "VisitorReplyEmail[replies=" + replies.size() + ", language=" + language + "]";
    }
}
