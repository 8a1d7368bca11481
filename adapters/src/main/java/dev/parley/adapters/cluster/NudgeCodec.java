package dev.parley.adapters.cluster;

import dev.parley.application.cluster.port.Nudge;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.note.NoteId;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.team.Presence;
import dev.parley.domain.team.SessionEnd;
import dev.parley.domain.team.SessionTokenHash;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a nudge as one line of text and reads it back: a kind letter, then its fields separated by {@code |}, each
 * field percent-encoded. Only ids and a few words travel, never content (conversation news may add the W3C
 * {@code traceparent} of the change, which an older node reads past). A line that does not parse, or names a kind
 * this version does not know (a newer node's), is read as nothing.
 */
final class NudgeCodec {

    private static final Logger LOG = Logger.getLogger(NudgeCodec.class.getName());
    /** The payload limit is 8,000 bytes; a payload stays below this. */
    static final int MAX_PAYLOAD_BYTES = 7_500;

    private static final char SEPARATOR = '|';
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    private NudgeCodec() {}

    /** The nudge as one line. */
    static String encode(Nudge nudge) {
        if (nudge instanceof Nudge.ConversationNews news) {
            return news.trace().isEmpty()
                    ? line("c", news.conversation().toString(), Long.toString(news.lastSeq()))
                    : line("c", news.conversation().toString(), Long.toString(news.lastSeq()), news.trace());
        }
        if (nudge instanceof Nudge.ProfileNews news) {
            return line("p", news.profile().toString(), news.visitor().toString());
        }
        if (nudge instanceof Nudge.SettingsNews news) {
            return line("s", news.section(), Long.toString(news.waitingThresholdSeconds()));
        }
        if (nudge instanceof Nudge.MacrosNews) {
            return "m";
        }
        if (nudge instanceof Nudge.TagsNews) {
            return "g";
        }
        if (nudge instanceof Nudge.NoteNews news) {
            return line("n", news.note().value().toString());
        }
        if (nudge instanceof Nudge.SessionsEnded ended) {
            return line(
                    "a",
                    ended.agent().toString(),
                    ended.reason(),
                    ended.sessions().stream().sorted().collect(Collectors.joining(",")));
        }
        if (nudge instanceof Nudge.SessionRotated rotated) {
            return line("r", rotated.from(), rotated.to());
        }
        if (nudge instanceof Nudge.PresenceNews news) {
            // After the presence: whether anyone is online (on the sending node), whether that changed the team's
            // (never
            // said: each node works it out), and the node, which the previous version reads past.
            return line(
                    "e",
                    news.agent().toString(),
                    news.presence(),
                    Boolean.toString(news.anyoneOnlineHere()),
                    "false",
                    news.node());
        }
        if (nudge instanceof Nudge.StatusNews news) {
            return line("u", news.agent().toString());
        }
        if (nudge instanceof Nudge.TeamNews news) {
            return line(
                    "t",
                    news.node(),
                    Boolean.toString(news.anyoneOnline()),
                    news.present().entrySet().stream()
                            .map(agent -> agent.getKey() + ":" + agent.getValue())
                            .sorted()
                            .collect(Collectors.joining(",")));
        }
        if (nudge instanceof Nudge.NodeLeaving leaving) {
            return line("l", leaving.node());
        }
        Nudge.Typing typing = (Nudge.Typing) nudge;
        return line(
                "y",
                typing.conversation().toString(),
                typing.author(),
                typing.authorName() == null ? "" : typing.authorName(),
                Boolean.toString(typing.fromVisitor()));
    }

    /** Of two news lines of one conversation, the one with the later sequence number. */
    static String later(String waiting, String line, Nudge nudge) {
        if (!(nudge instanceof Nudge.ConversationNews news)) {
            return line;
        }
        return NudgeCodec.decode(waiting)
                .filter(Nudge.ConversationNews.class::isInstance)
                .map(Nudge.ConversationNews.class::cast)
                .filter(old -> old.lastSeq() > news.lastSeq())
                .map(old -> waiting)
                .orElse(line);
    }

    /** The lines, under a header naming the node, cut into payloads below the size limit. */
    static List<String> payloads(String node, List<String> lines) {
        List<String> payloads = new ArrayList<>();
        StringBuilder payload = new StringBuilder(node);
        int bytes = node.length();
        for (String line : lines) {
            int size = line.getBytes(StandardCharsets.UTF_8).length + 1;
            if (node.length() + size > MAX_PAYLOAD_BYTES) {
                LOG.warning(() -> "event=cluster_nudge_too_large bytes=" + size);
                continue;
            }
            if (bytes + size > MAX_PAYLOAD_BYTES) {
                payloads.add(payload.toString());
                payload = new StringBuilder(node);
                bytes = node.length();
            }
            payload.append('\n').append(line);
            bytes += size;
        }
        if (bytes > node.length()) {
            payloads.add(payload.toString());
        }
        return payloads;
    }

    /** The nudge a line names, or nothing when it does not parse. */
    static Optional<Nudge> decode(String line) {
        List<String> fields = fields(line);
        try {
            Nudge nudge = switch (fields.get(0)) {
                case "c" ->
                    new Nudge.ConversationNews(
                            ConversationId.parse(field(fields, 1)),
                            Long.parseLong(field(fields, 2)),
                            fields.size() > 3 ? trace(field(fields, 3)) : "");
                case "p" -> new Nudge.ProfileNews(ProfileId.parse(field(fields, 1)), VisitorId.of(field(fields, 2)));
                case "s" -> new Nudge.SettingsNews(field(fields, 1), Long.parseLong(field(fields, 2)));
                case "m" -> new Nudge.MacrosNews();
                case "g" -> new Nudge.TagsNews();
                case "n" -> new Nudge.NoteNews(new NoteId(UUID.fromString(field(fields, 1))));
                case "a" ->
                    new Nudge.SessionsEnded(
                            AgentId.of(field(fields, 1)),
                            sessions(field(fields, 3)),
                            SessionEnd.valueOf(field(fields, 2)).name());
                case "r" ->
                    new Nudge.SessionRotated(
                            new SessionTokenHash(field(fields, 1)).value(),
                            new SessionTokenHash(field(fields, 2)).value());
                case "e" ->
                    new Nudge.PresenceNews(
                            fields.size() > 5 ? field(fields, 5) : "",
                            AgentId.of(field(fields, 1)),
                            Presence.valueOf(field(fields, 2)).name(),
                            Boolean.parseBoolean(field(fields, 3)));
                case "u" -> new Nudge.StatusNews(AgentId.of(field(fields, 1)));
                case "t" ->
                    new Nudge.TeamNews(
                            field(fields, 1),
                            Boolean.parseBoolean(field(fields, 2)),
                            fields.size() > 3 ? present(field(fields, 3)) : Map.of());
                case "l" -> new Nudge.NodeLeaving(field(fields, 1));
                case "y" ->
                    new Nudge.Typing(
                            ConversationId.parse(field(fields, 1)),
                            field(fields, 2),
                            field(fields, 3).isEmpty() ? null : field(fields, 3),
                            Boolean.parseBoolean(field(fields, 4)));
                default -> null;
            };
            return Optional.ofNullable(nudge);
        } catch (RuntimeException unreadable) { // a bad id, number or name: parsing ids throws domain exceptions too
            return Optional.empty();
        }
    }

    /** A W3C {@code traceparent} as it is written, or nothing: a trace is a hint like the rest. */
    private static String trace(String traceparent) {
        return TRACEPARENT.matcher(traceparent).matches() ? traceparent : "";
    }

    /** Agents and their presence, {@code id:PRESENCE} joined by commas; offline is never said to be present. */
    private static Map<AgentId, String> present(String joined) {
        Map<AgentId, String> present = new HashMap<>();
        if (!joined.isEmpty()) {
            for (String agent : joined.split(",", -1)) {
                int colon = agent.indexOf(':');
                Presence presence = colon < 0 ? Presence.OFFLINE : Presence.valueOf(agent.substring(colon + 1));
                if (presence == Presence.OFFLINE) {
                    throw new IllegalArgumentException("not an agent present: " + agent);
                }
                present.put(AgentId.of(agent.substring(0, colon)), presence.name());
            }
        }
        return present;
    }

    private static Set<String> sessions(String joined) {
        return joined.isEmpty()
                ? Set.of()
                : Arrays.stream(joined.split(",", -1))
                        .map(hash -> new SessionTokenHash(hash).value())
                        .collect(Collectors.toSet());
    }

    private static String line(String kind, String... fields) {
        StringBuilder line = new StringBuilder(kind);
        for (String field : fields) {
            line.append(SEPARATOR).append(URLEncoder.encode(field, StandardCharsets.UTF_8));
        }
        return line.toString();
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        for (int at = line.indexOf(SEPARATOR); at >= 0; at = line.indexOf(SEPARATOR, start)) {
            fields.add(line.substring(start, at));
            start = at + 1;
        }
        fields.add(line.substring(start));
        return fields;
    }

    private static String field(List<String> fields, int index) {
        return URLDecoder.decode(fields.get(index), StandardCharsets.UTF_8);
    }
}
