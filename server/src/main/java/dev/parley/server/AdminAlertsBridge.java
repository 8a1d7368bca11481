package dev.parley.server;

import dev.parley.application.notification.port.in.AlertAdminsUseCase;
import dev.parley.application.shared.port.out.AlertAdminsPort;
import dev.parley.domain.notification.AdminAlertKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Lets the webhooks and the handoff tell the admins by email that an integration stopped working on its own, through
 * the notification's driving port. Here, where Parley is wired, because the notification follows the tickets, which
 * tell the webhooks: the webhooks may not lean on it directly.
 */
@ApplicationScoped
public class AdminAlertsBridge implements AlertAdminsPort {

    private AlertAdminsUseCase alerts;

    @Inject
    public AdminAlertsBridge(AlertAdminsUseCase alerts) {
        this.alerts = alerts;
    }

    /** For CDI proxies only. */
    protected AdminAlertsBridge() {}

    @Override
    public void webhookDisabled(String endpoint, String why) {
        alerts.alert(AdminAlertKind.WEBHOOK_DISABLED, endpoint, why);
    }

    @Override
    public void handoffFellBack(String helpdesk, String why) {
        alerts.alert(AdminAlertKind.HANDOFF_FELL_BACK, helpdesk, why);
    }
}
