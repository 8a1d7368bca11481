package dev.parley.adapters.rest;

import dev.parley.application.audit.port.in.AuditLogQuery;
import dev.parley.application.audit.port.in.AuditPage;
import dev.parley.domain.audit.AuditEntry;
import dev.parley.domain.audit.AuditEntryId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.team.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit log ({@code GET /api/v1/audit?before=<cursor>&limit=50}), for admins only: who changed the settings, the
 * team or the macros, when, and what, newest first, keyset-paged. See {@code docs/rest-settings.md}.
 */
@Path("audit")
@RequestScoped
@SignedIn(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final int DEFAULT_LIMIT = 50;

    private AuditLogQuery log;

    @Inject
    public AuditResource(AuditLogQuery log) {
        this.log = log;
    }

    /** For CDI proxies only. */
    protected AuditResource() {}

    @GET
    public Response page(@QueryParam("before") String before, @QueryParam("limit") String limit) {
        Optional<AuditEntryId> cursor =
                Optional.ofNullable(before).filter(given -> !given.isBlank()).map(AuditEntryId::parse);
        AuditPage page = log.page(cursor, limit(limit));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.ok(new Page(
                        page.entries().stream().map(Entry::of).toList(),
                        page.next().map(AuditEntryId::toString).orElse(null)))
                .cacheControl(noStore)
                .build();
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidValueException(
                    "invalid_parameter", "The limit is a whole number from 1 to " + AuditLogQuery.MAX_PAGE + ".");
        }
    }

    /**
     * A page of the log.
     *
     * @param entries newest first
     * @param nextCursor the {@code before} of the next (older) page; absent on the last page
     */
    public record Page(List<Entry> entries, String nextCursor) {}

    /**
     * One entry.
     *
     * @param id the entry's id
     * @param at when the change was made (ISO-8601, UTC)
     * @param actor who made it: id and name at that moment
     * @param action the action's code, such as {@code settings.updated}
     * @param summary what changed, without secrets
     */
    public record Entry(String id, String at, Actor actor, String action, Map<String, Object> summary) {

        static Entry of(AuditEntry entry) {
            return new Entry(
                    entry.id().toString(),
                    entry.at().toString(),
                    new Actor(entry.actor().toString(), entry.actorName()),
                    entry.action().code(),
                    entry.summary());
        }
    }

    /**
     * Who made a change.
     *
     * @param id the agent's id
     * @param name their name at the time of the change
     */
    public record Actor(String id, String name) {}
}
