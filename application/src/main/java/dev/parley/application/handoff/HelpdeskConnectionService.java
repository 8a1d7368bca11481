package dev.parley.application.handoff;

import dev.parley.application.handoff.port.in.HandoffPolicy;
import dev.parley.application.handoff.port.in.HelpdeskConnectionsUseCase;
import dev.parley.application.handoff.port.in.HelpdeskQuery;
import dev.parley.application.handoff.port.out.HelpdeskConnectionsPort;
import dev.parley.application.handoff.port.out.HelpdeskCredentials;
import dev.parley.application.handoff.port.out.HelpdeskPort;
import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.application.settings.port.in.AssistantBehaviourQuery;
import dev.parley.application.shared.port.out.SecretsPort;
import dev.parley.application.team.port.in.AdminChangeAudit;
import dev.parley.application.team.port.in.AdminCheck;
import dev.parley.application.team.port.in.AuditActor;
import dev.parley.domain.handoff.HelpdeskAccount;
import dev.parley.domain.handoff.HelpdeskConnection;
import dev.parley.domain.handoff.HelpdeskInUseException;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.Helpdesk;
import dev.parley.domain.shared.HelpdeskNotConnectedException;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.SealedSecret;
import dev.parley.domain.shared.SecretsKeyMissingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The store's helpdesk connections: connected, changed, tested and disconnected by admins; their secrets sealed
 * before they are stored and never given back; the audit log records that a secret changed, never its value.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class HelpdeskConnectionService implements HelpdeskConnectionsUseCase, HelpdeskQuery {

    private static final Logger LOG = Logger.getLogger(HelpdeskConnectionService.class.getName());

    private HelpdeskConnectionsPort connections;
    private SecretsPort secrets;
    private HelpdeskPort helpdesk;
    private AdminChangeAudit audit;
    private AdminCheck admins;
    private AssistantBehaviourQuery assistant;
    private AdmitUseCase admission;
    private HandoffPolicy policy;
    private Clock clock;

    @Inject
    public HelpdeskConnectionService(
            HelpdeskConnectionsPort connections,
            SecretsPort secrets,
            HelpdeskPort helpdesk,
            AdminChangeAudit audit,
            AdminCheck admins,
            AssistantBehaviourQuery assistant,
            AdmitUseCase admission,
            HandoffPolicy policy,
            Clock clock) {
        this.connections = connections;
        this.secrets = secrets;
        this.helpdesk = helpdesk;
        this.audit = audit;
        this.admins = admins;
        this.assistant = assistant;
        this.admission = admission;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected HelpdeskConnectionService() {}

    @Override
    public boolean connected(Helpdesk which) {
        return connections.find(which).isPresent();
    }

    @Override
    public HandoffSettingsView overview(AgentId admin) {
        audit.requireAdmin(admin);
        return new HandoffSettingsView(
                secrets.unavailable().isEmpty(),
                connections.find(Helpdesk.ZENDESK).map(HelpdeskConnectionService::view),
                connections.find(Helpdesk.GORGIAS).map(HelpdeskConnectionService::view));
    }

    @Override
    public ConnectionView connect(ConnectHelpdeskCommand command) {
        AuditActor actor = audit.requireAdmin(command.actor());
        Helpdesk which = command.helpdesk();
        HelpdeskAccount account = HelpdeskAccount.typed(command.account() == null ? "" : command.account());
        String login = HelpdeskConnection.checkedLogin(which, command.login());
        Optional<String> secret =
                command.secret().filter(typed -> !typed.isBlank()).map(HelpdeskConnection::checkedSecret);
        Optional<HelpdeskConnection> before = connections.find(which);
        if (secret.isEmpty() && before.isEmpty()) {
            throw new InvalidValueException(
                    "helpdesk_secret_required",
                    which == Helpdesk.ZENDESK
                            ? "Connecting Zendesk needs the OAuth client's secret."
                            : "Connecting Gorgias needs the API key.");
        }
        secrets.unavailable().ifPresent(why -> {
            throw new SecretsKeyMissingException(why);
        });
        Instant now = clock.instant();
        String context = "handoff:" + which.code();
        SealedSecret sealed = secret.isPresent()
                ? secrets.seal(secret.get(), context)
                : before.get().secret();
        HelpdeskConnection connection = new HelpdeskConnection(which, account, login, sealed, now);
        connections.save(connection);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("helpdesk", which.code());
        summary.put("account", account.value());
        summary.put("login", login);
        if (secret.isPresent()) {
            summary.put("secret", "changed");
        }
        audit.record(actor, "handoff.helpdesk_connected", summary);
        LOG.info(() -> "event=helpdesk_connected helpdesk=" + which.code() + " account=" + account.value()
                + " secretChanged=" + secret.isPresent() + " by=" + command.actor());
        return view(connection);
    }

    @Override
    public void disconnect(AgentId admin, Helpdesk which) {
        AuditActor actor = audit.requireAdmin(admin);
        if (assistant.assistantBehaviour().helpdesk().filter(which::equals).isPresent()) {
            throw new HelpdeskInUseException(which);
        }
        if (connections.delete(which)) {
            audit.record(actor, "handoff.helpdesk_disconnected", Map.of("helpdesk", which.code()));
            LOG.info(() -> "event=helpdesk_disconnected helpdesk=" + which.code() + " by=" + admin);
        }
    }

    /** Outside any transaction: no database connection is held while the helpdesk answers (up to its timeout). */
    @Override
    @Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = DomainException.class)
    public ConnectionTest test(AgentId admin, Helpdesk which) {
        admins.requireAdmin(admin);
        HelpdeskConnection connection =
                connections.find(which).orElseThrow(() -> new HelpdeskNotConnectedException(which));
        admission.admit(policy.testsPerAdmin(), admin.toString());
        HelpdeskCredentials credentials = new HelpdeskCredentials(
                which,
                connection.account().value(),
                connection.login(),
                secrets.open(connection.secret(), connection.secretContext()));
        long started = System.nanoTime();
        HelpdeskPort.CheckOutcome outcome = helpdesk.check(credentials);
        long took = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() ->
                "event=helpdesk_tested helpdesk=" + which.code() + " outcome=" + outcome.outcome() + " tookMs=" + took);
        return new ConnectionTest(outcome.outcome(), outcome.status(), took);
    }

    @Override
    public int resealAll() {
        if (secrets.unavailable().isPresent()) {
            return 0;
        }
        int resealed = 0;
        for (HelpdeskConnection connection : connections.all()) {
            if (secrets.isCurrent(connection.secret())) {
                continue;
            }
            String context = connection.secretContext();
            SealedSecret fresh = secrets.seal(secrets.open(connection.secret(), context), context);
            connections.save(new HelpdeskConnection(
                    connection.helpdesk(), connection.account(), connection.login(), fresh, connection.updatedAt()));
            resealed++;
        }
        int count = resealed;
        if (count > 0) {
            LOG.info(() -> "event=secrets_resealed helpdesks=" + count);
        }
        return count;
    }

    private static ConnectionView view(HelpdeskConnection connection) {
        return new ConnectionView(
                connection.helpdesk(), connection.account().value(), connection.login(), connection.updatedAt());
    }
}
