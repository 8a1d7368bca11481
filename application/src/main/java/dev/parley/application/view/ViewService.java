package dev.parley.application.view;

import dev.parley.application.team.port.in.AdminChangeAudit;
import dev.parley.application.view.port.in.DeleteViewCommand;
import dev.parley.application.view.port.in.DeleteViewUseCase;
import dev.parley.application.view.port.in.ReviseViewCommand;
import dev.parley.application.view.port.in.ReviseViewUseCase;
import dev.parley.application.view.port.in.SaveViewCommand;
import dev.parley.application.view.port.in.SaveViewUseCase;
import dev.parley.application.view.port.in.SavedViewDetails;
import dev.parley.application.view.port.in.ViewPolicy;
import dev.parley.application.view.port.in.ViewsQuery;
import dev.parley.application.view.port.out.LoadViewsPort;
import dev.parley.application.view.port.out.SaveViewPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.view.SavedView;
import dev.parley.domain.view.SavedViewId;
import dev.parley.domain.view.SavedViewNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Saved views: an agent's own, which only they see and change, and the team's shared ones, which every agent sees and
 * only admins save, change or delete. Another agent's personal view is answered as not found, so that its existence
 * is not told either.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class ViewService implements ViewsQuery, SaveViewUseCase, ReviseViewUseCase, DeleteViewUseCase {

    private static final Comparator<SavedView> PERSONAL_FIRST_BY_NAME = Comparator.comparing(SavedView::shared)
            .thenComparing(view -> view.name().value(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(view -> view.id().value());

    private LoadViewsPort views;
    private SaveViewPort savedViews;
    private ViewPolicy policy;
    private AdminChangeAudit admins;
    private Clock clock;

    @Inject
    public ViewService(
            LoadViewsPort views, SaveViewPort savedViews, ViewPolicy policy, AdminChangeAudit admins, Clock clock) {
        this.views = views;
        this.savedViews = savedViews;
        this.policy = policy;
        this.admins = admins;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected ViewService() {}

    @Override
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
    public List<SavedViewDetails> views(AgentId viewer) {
        return views.visibleTo(viewer).stream()
                .filter(view -> view.isVisibleTo(viewer))
                .sorted(PERSONAL_FIRST_BY_NAME)
                .map(SavedViewDetails::of)
                .toList();
    }

    @Override
    public SavedViewDetails save(SaveViewCommand command) {
        if (command.shared()) {
            admins.requireAdmin(command.actor());
        }
        SavedView.requireRoomBeside(
                views.countForAdding(command.shared() ? Optional.empty() : Optional.of(command.actor())),
                policy.maxViews());
        SavedView view = SavedView.save(
                SavedViewId.random(),
                command.actor(),
                command.shared(),
                command.name(),
                command.filter(),
                clock.instant());
        savedViews.create(view);
        return SavedViewDetails.of(view);
    }

    @Override
    public SavedViewDetails revise(ReviseViewCommand command) {
        SavedView view = editable(command.view(), command.actor());
        view.revise(command.name(), command.filter(), clock.instant());
        savedViews.update(view);
        return SavedViewDetails.of(view);
    }

    @Override
    public void delete(DeleteViewCommand command) {
        editable(command.view(), command.actor());
        if (!savedViews.delete(command.view())) {
            throw new SavedViewNotFoundException(command.view());
        }
    }

    /** The view, when the actor sees it and may change it: its owner, or an admin for a shared one. */
    private SavedView editable(SavedViewId id, AgentId actor) {
        SavedView view = views.findById(id)
                .filter(found -> found.isVisibleTo(actor))
                .orElseThrow(() -> new SavedViewNotFoundException(id));
        if (view.shared()) {
            admins.requireAdmin(actor);
        }
        return view;
    }
}
