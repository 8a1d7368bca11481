package dev.parley.server;

import dev.parley.application.assistant.port.in.DemoKnowledgeOutcome;
import dev.parley.application.assistant.port.in.SeedDemoKnowledgeUseCase;
import dev.parley.application.settings.port.in.TurnOnDemoAssistantUseCase;
import dev.parley.application.team.port.in.CreateFirstAdminCommand;
import dev.parley.application.team.port.in.CreateFirstAdminUseCase;
import dev.parley.domain.team.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What happens when Parley starts, in this order: the schema is migrated, the worker that emails the team about new
 * tickets and the one that deletes expired agent sessions start, an empty demo store gets the demo store's knowledge and
 * its AI agent on (with {@code PARLEY_DEMO_ENABLED} and {@code PARLEY_DEMO_KNOWLEDGE}), then the first admin is created from {@code
 * PARLEY_ADMIN_EMAIL} / {@code PARLEY_ADMIN_PASSWORD} (and optionally {@code PARLEY_ADMIN_NAME}) if the team is still
 * empty.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    private DatabaseMigration migration;
    private NotificationWorker notifications;
    private AgentSessionPurgeWorker sessionPurge;
    private SeedDemoKnowledgeUseCase demoKnowledge;
    private CreateFirstAdminUseCase firstAdmin;
    private Optional<String> adminEmail;
    private Optional<String> adminPassword;
    private String adminName;
    private TurnOnDemoAssistantUseCase demoAssistant;

    @Inject
    public Startup(
            DatabaseMigration migration,
            NotificationWorker notifications,
            AgentSessionPurgeWorker sessionPurge,
            SeedDemoKnowledgeUseCase demoKnowledge,
            CreateFirstAdminUseCase firstAdmin,
            @ConfigProperty(name = "parley.admin.email") Optional<String> adminEmail,
            @ConfigProperty(name = "parley.admin.password") Optional<String> adminPassword,
            @ConfigProperty(name = "parley.admin.name", defaultValue = "Admin") String adminName,
            TurnOnDemoAssistantUseCase demoAssistant) {
        this.demoAssistant = demoAssistant;
        this.migration = migration;
        this.notifications = notifications;
        this.sessionPurge = sessionPurge;
        this.demoKnowledge = demoKnowledge;
        this.firstAdmin = firstAdmin;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.adminName = adminName;
    }

    /** For CDI proxies only. */
    protected Startup() {}

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        migration.migrate();
        notifications.start();
        sessionPurge.start();
        giveTheDemoStoreItsKnowledge();
        if (adminEmail.isEmpty() || adminPassword.isEmpty()) {
            LOG.warning("event=no_first_admin_configured hint=\"set PARLEY_ADMIN_EMAIL and PARLEY_ADMIN_PASSWORD to"
                    + " create the first admin of an empty team\"");
            return;
        }
        boolean created = firstAdmin.createIfTeamIsEmpty(
                new CreateFirstAdminCommand(new EmailAddress(adminEmail.get()), adminName, adminPassword.get()));
        if (created) {
            LOG.info(() -> "event=first_admin_created email=" + adminEmail.get());
        }
    }

    private void giveTheDemoStoreItsKnowledge() {
        DemoKnowledgeOutcome demo = demoKnowledge.seed();
        switch (demo.result()) {
            case SEEDED -> {
                demoAssistant.turnOn();
                LOG.info(() -> "event=demo_knowledge_seeded faqs=" + demo.faqs() + " articles=" + demo.articles()
                        + " assistant=on");
            }
            case KEPT -> LOG.info("event=demo_knowledge_kept reason=\"the store has knowledge of its own\"");
            case MISSING ->
                LOG.warning(
                        "event=demo_knowledge_missing hint=\"this build of Parley ships no" + " demo/knowledge.json\"");
            case OFF -> {
                // Not asked for: a real store's knowledge is its own.
            }
        }
    }
}
