package dev.parley.domain.macro;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A saved reply: a title agents pick it by and a body they insert into the composer, rendered for the visitor they
 * answer and for themselves. Admins write, revise and delete macros; the store keeps at most a configured number of
 * them ({@link #requireRoomBeside(long, int)}). A macro's body names only variables Parley knows, so rendering never
 * fails and never shows a raw {@code {{...}}}.
 */
public final class Macro {

    private final MacroId id;
    private final Instant createdAt;
    private MacroTitle title;
    private MacroBody body;
    private Instant updatedAt;

    private Macro(MacroId id, MacroTitle title, MacroBody body, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.body = Objects.requireNonNull(body, "body");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updated at");
    }

    /** Writes a new macro. */
    public static Macro write(MacroId id, MacroTitle title, MacroBody body, Instant now) {
        return new Macro(id, title, body, now, now);
    }

    /** Rebuilds a macro from what was stored; for persistence adapters only. */
    public static Macro reconstitute(
            MacroId id, MacroTitle title, MacroBody body, Instant createdAt, Instant updatedAt) {
        return new Macro(id, title, body, createdAt, updatedAt);
    }

    /**
     * Checks that the store may keep one more macro.
     *
     * @param existing how many macros the store has now
     * @param limit how many it may keep
     * @throws TooManyMacrosException when it has that many already
     */
    public static void requireRoomBeside(long existing, int limit) {
        if (existing >= limit) {
            throw new TooManyMacrosException(limit);
        }
    }

    /** Replaces the title and the body. */
    public void revise(MacroTitle newTitle, MacroBody newBody, Instant now) {
        title = Objects.requireNonNull(newTitle, "title");
        body = Objects.requireNonNull(newBody, "body");
        updatedAt = Objects.requireNonNull(now, "now");
    }

    /** The body as plain text for one agent answering one visitor; see {@link MacroBody#render(MacroValues)}. */
    public String render(MacroValues values) {
        return body.render(values);
    }

    /** The variables the body uses, each once, in order of appearance. */
    public List<MacroVariable> variables() {
        return body.variables();
    }

    public MacroId id() {
        return id;
    }

    public MacroTitle title() {
        return title;
    }

    public MacroBody body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
