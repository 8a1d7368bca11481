package dev.parley.domain.audit;

import dev.parley.domain.shared.AgentId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One committed change, as the audit log keeps it: when, by whom (the agent's id and the name they had then), what
 * ({@link AuditAction}) and a compact summary of what changed. The summary is a tree of plain values (text, numbers,
 * booleans, {@code null}, lists and maps with text keys, in order); text longer than {@value #MAX_TEXT} characters is
 * shortened and lists longer than {@value #MAX_ITEMS} items are cut, so that an entry stays small whatever changed.
 * Whoever builds a summary leaves secrets out of it.
 *
 * @param id the entry's id
 * @param at when the change was made
 * @param actor who made it
 * @param actorName the actor's name at that moment
 * @param action what was done
 * @param summary what changed
 */
public record AuditEntry(
        AuditEntryId id, Instant at, AgentId actor, String actorName, AuditAction action, Map<String, Object> summary) {

    /** The longest text kept in a summary, in characters. */
    public static final int MAX_TEXT = 200;

    /** The most items a list in a summary keeps. */
    public static final int MAX_ITEMS = 20;

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorName, "actor name");
        Objects.requireNonNull(action, "action");
        summary = compactMap(Objects.requireNonNull(summary, "summary"));
    }

    /** A new entry for a change made now. */
    public static AuditEntry record(
            Instant at, AgentId actor, String actorName, AuditAction action, Map<String, Object> summary) {
        return new AuditEntry(AuditEntryId.random(), at, actor, actorName, action, summary);
    }

    /** A summary item that says how a value changed. */
    public static Map<String, Object> change(Object before, Object after) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("before", before);
        change.put("after", after);
        return change;
    }

    private static Map<String, Object> compactMap(Map<?, ?> map) {
        Map<String, Object> compact = new LinkedHashMap<>();
        map.forEach((key, value) -> compact.put(String.valueOf(key), compactValue(value)));
        return Collections.unmodifiableMap(compact);
    }

    private static Object compactValue(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            return compactMap(map);
        }
        if (value instanceof List<?> list) {
            List<Object> kept = list.stream()
                    .limit(MAX_ITEMS)
                    .map(AuditEntry::compactValue)
                    .collect(Collectors.toCollection(ArrayList::new));
            if (list.size() > MAX_ITEMS) {
                kept.add("… and " + (list.size() - MAX_ITEMS) + " more");
            }
            return Collections.unmodifiableList(kept);
        }
        String text = value.toString();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    }
}
