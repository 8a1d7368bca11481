package dev.parley.adapters.websocket;

import dev.parley.application.settings.port.in.RefreshSettingsUseCase;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Has this node read a settings section again once the news of its change arrives after commit, before the widgets
 * and inboxes are told (its observer goes first): a widget that fetches its configuration on the news then finds the
 * new settings. A second node will hand the same news to the same use case when it learns of a change.
 */
@ApplicationScoped
class SettingsRefresher {

    private RefreshSettingsUseCase refresh;

    @Inject
    SettingsRefresher(RefreshSettingsUseCase refresh) {
        this.refresh = refresh;
    }

    /** For CDI proxies only. */
    protected SettingsRefresher() {}

    void onSettingsChanged(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.PLATFORM_BEFORE)
                    WebSocketSettingsPublisher.SettingsChanged changed) {
        refresh.refresh(changed.section());
    }
}
