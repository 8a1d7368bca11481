package dev.parley.domain.view;

import dev.parley.domain.shared.AgentId;
import java.time.Instant;
import java.util.Objects;

/**
 * An inbox filter kept under a name. A personal view belongs to the agent who saved it, and only they see and change
 * it; a shared view is the team's: every agent sees it, only admins save, change or delete one. Each agent keeps at
 * most a configured number of personal views, and the team at most that many shared ones ({@link
 * #requireRoomBeside(long, int)}).
 */
public final class SavedView {

    private final SavedViewId id;
    private final AgentId owner;
    private final boolean shared;
    private final Instant createdAt;
    private ViewName name;
    private ViewFilter filter;
    private Instant updatedAt;

    private SavedView(
            SavedViewId id,
            AgentId owner,
            boolean shared,
            ViewName name,
            ViewFilter filter,
            Instant createdAt,
            Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.shared = shared;
        this.name = Objects.requireNonNull(name, "name");
        this.filter = Objects.requireNonNull(filter, "filter");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updated at");
    }

    /**
     * Saves a view.
     *
     * @param owner the agent who saves it (for a shared view, the admin who did)
     * @param shared whether the whole team sees it
     */
    public static SavedView save(
            SavedViewId id, AgentId owner, boolean shared, ViewName name, ViewFilter filter, Instant now) {
        return new SavedView(id, owner, shared, name, filter, now, now);
    }

    /** Rebuilds a view from what was stored; for persistence adapters only. */
    public static SavedView reconstitute(
            SavedViewId id,
            AgentId owner,
            boolean shared,
            ViewName name,
            ViewFilter filter,
            Instant createdAt,
            Instant updatedAt) {
        return new SavedView(id, owner, shared, name, filter, createdAt, updatedAt);
    }

    /**
     * Checks that one more view may be saved beside the others of its kind.
     *
     * @param existing the agent's personal views, or the team's shared ones
     * @param limit how many there may be
     * @throws TooManyViewsException when there are that many already
     */
    public static void requireRoomBeside(long existing, int limit) {
        if (existing >= limit) {
            throw new TooManyViewsException(limit);
        }
    }

    /** Whether the agent sees this view: the team's, or their own. */
    public boolean isVisibleTo(AgentId agent) {
        return shared || owner.equals(agent);
    }

    /** Renames the view and replaces its filter. */
    public void revise(ViewName newName, ViewFilter newFilter, Instant now) {
        name = Objects.requireNonNull(newName, "name");
        filter = Objects.requireNonNull(newFilter, "filter");
        updatedAt = Objects.requireNonNull(now, "now");
    }

    public SavedViewId id() {
        return id;
    }

    public AgentId owner() {
        return owner;
    }

    public boolean shared() {
        return shared;
    }

    public ViewName name() {
        return name;
    }

    public ViewFilter filter() {
        return filter;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
