package dev.parley.application.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.conversation.MovableClock;
import dev.parley.application.tag.InMemoryAgents;
import dev.parley.application.team.AdminChangeAuditService;
import dev.parley.application.view.port.in.DeleteViewCommand;
import dev.parley.application.view.port.in.ReviseViewCommand;
import dev.parley.application.view.port.in.SaveViewCommand;
import dev.parley.application.view.port.in.SavedViewDetails;
import dev.parley.application.view.port.in.ViewPolicy;
import dev.parley.application.view.port.out.LoadViewsPort;
import dev.parley.application.view.port.out.SaveViewPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.AdminsOnlyException;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.Role;
import dev.parley.domain.view.SavedView;
import dev.parley.domain.view.SavedViewId;
import dev.parley.domain.view.SavedViewNotFoundException;
import dev.parley.domain.view.TooManyViewsException;
import dev.parley.domain.view.ViewFilter;
import dev.parley.domain.view.ViewName;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ViewServiceTest {

    private static final ViewFilter MINE =
            new ViewFilter(Optional.of("open"), "mine", Optional.empty(), Optional.empty(), Optional.empty());
    private static final ViewFilter ALL =
            new ViewFilter(Optional.empty(), "all", Optional.empty(), Optional.empty(), Optional.empty());

    private final Views views = new Views();
    private final InMemoryAgents agents = new InMemoryAgents();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T09:00:00Z"));
    private final Agent ada = agents.add("Ada", Role.ADMIN);
    private final Agent bob = agents.add("Bob", Role.AGENT);
    private final Agent cy = agents.add("Cy", Role.AGENT);

    private ViewService service(int limit) {
        return new ViewService(
                views,
                views,
                new ViewPolicy(limit),
                new AdminChangeAuditService(agents, new InMemoryAuditLog(), clock),
                clock);
    }

    private final ViewService service = service(ViewPolicy.DEFAULT_MAX);

    @Test
    void an_agent_sees_their_own_views_then_the_shared_ones_never_anothers() {
        service.save(save(bob, "zeta", false));
        service.save(save(bob, "Alpha", false));
        service.save(save(cy, "Cy's", false));
        service.save(save(ada, "Team queue", true));

        assertThat(service.views(bob.id()))
                .extracting(SavedViewDetails::name)
                .containsExactly("Alpha", "zeta", "Team queue");
        assertThat(service.views(cy.id())).extracting(SavedViewDetails::name).containsExactly("Cy's", "Team queue");
    }

    @Test
    void only_admins_save_change_or_delete_shared_views_and_refusals_change_nothing() {
        SavedViewDetails team = service.save(save(ada, "Team", true));

        assertThatThrownBy(() -> service.save(save(bob, "Ours", true))).isInstanceOf(AdminsOnlyException.class);
        assertThatThrownBy(
                        () -> service.revise(new ReviseViewCommand(bob.id(), team.id(), new ViewName("Mine now"), ALL)))
                .isInstanceOf(AdminsOnlyException.class);
        assertThatThrownBy(() -> service.delete(new DeleteViewCommand(bob.id(), team.id())))
                .isInstanceOf(AdminsOnlyException.class);

        assertThat(service.views(bob.id())).containsExactly(team);
    }

    @Test
    void another_agents_personal_view_is_not_found_even_by_an_admin() {
        SavedViewDetails bobs = service.save(save(bob, "Bob's", false));

        assertThatThrownBy(() -> service.revise(new ReviseViewCommand(cy.id(), bobs.id(), new ViewName("X"), ALL)))
                .isInstanceOf(SavedViewNotFoundException.class);
        assertThatThrownBy(() -> service.delete(new DeleteViewCommand(ada.id(), bobs.id())))
                .isInstanceOf(SavedViewNotFoundException.class);
        assertThatThrownBy(() -> service.delete(new DeleteViewCommand(bob.id(), SavedViewId.random())))
                .isInstanceOf(SavedViewNotFoundException.class);

        assertThat(service.views(bob.id())).containsExactly(bobs);
    }

    @Test
    void the_owner_renames_changes_and_deletes_their_view() {
        SavedViewDetails view = service.save(save(bob, "Mine", false));

        SavedViewDetails renamed =
                service.revise(new ReviseViewCommand(bob.id(), view.id(), new ViewName("Everything"), ALL));
        assertThat(renamed.name()).isEqualTo("Everything");
        assertThat(renamed.filter()).isEqualTo(ALL);

        service.delete(new DeleteViewCommand(bob.id(), view.id()));
        assertThat(service.views(bob.id())).isEmpty();
    }

    @Test
    void each_agent_keeps_at_most_the_limit_of_personal_views_and_the_team_as_many_shared_ones() {
        ViewService limited = service(2);
        limited.save(save(bob, "1", false));
        limited.save(save(bob, "2", false));

        assertThatThrownBy(() -> limited.save(save(bob, "3", false))).isInstanceOf(TooManyViewsException.class);
        limited.save(save(cy, "Cy's own", false));
        limited.save(save(ada, "Shared 1", true));
        limited.save(save(ada, "Shared 2", true));
        assertThatThrownBy(() -> limited.save(save(ada, "Shared 3", true))).isInstanceOf(TooManyViewsException.class);
        assertThat(limited.views(bob.id())).hasSize(4);
    }

    private static SaveViewCommand save(Agent agent, String name, boolean shared) {
        return new SaveViewCommand(agent.id(), new ViewName(name), shared, MINE);
    }

    /** Saved views in memory. */
    private static final class Views implements LoadViewsPort, SaveViewPort {

        private final Map<SavedViewId, SavedView> views = new LinkedHashMap<>();

        @Override
        public List<SavedView> visibleTo(AgentId agent) {
            return views.values().stream()
                    .filter(view -> view.shared() || view.owner().equals(agent))
                    .toList();
        }

        @Override
        public Optional<SavedView> findById(SavedViewId id) {
            return Optional.ofNullable(views.get(id));
        }

        @Override
        public long countForAdding(Optional<AgentId> owner) {
            return views.values().stream()
                    .filter(view -> owner.map(
                                    agent -> !view.shared() && view.owner().equals(agent))
                            .orElse(view.shared()))
                    .count();
        }

        @Override
        public void create(SavedView view) {
            views.put(view.id(), view);
        }

        @Override
        public void update(SavedView view) {
            views.put(view.id(), view);
        }

        @Override
        public boolean delete(SavedViewId id) {
            return views.remove(id) != null;
        }
    }
}
