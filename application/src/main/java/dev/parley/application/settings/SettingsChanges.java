package dev.parley.application.settings;

import dev.parley.application.settings.port.in.BehaviourSettingsQuery;
import dev.parley.application.settings.port.out.PublishSettingsChangedPort;
import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.application.team.port.in.AdminChangeAudit;
import dev.parley.application.team.port.in.AuditActor;
import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.settings.SettingsSection;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;

/**
 * How every settings section is changed, the same for all: an admin only; the section is read with a lock, changed
 * as a copy and stored only when the whole change was accepted; a stored change is recorded in the audit log in the
 * same transaction and announced once committed. A change that changes nothing is neither stored nor recorded.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
public class SettingsChanges {

    private AdminChangeAudit audit;
    private PublishSettingsChangedPort news;
    private SettingsSectionPort<BehaviourSettings> behaviour;
    private SettingsCache cache;
    private Clock clock;

    @Inject
    public SettingsChanges(
            AdminChangeAudit audit,
            PublishSettingsChangedPort news,
            SettingsSectionPort<BehaviourSettings> behaviour,
            SettingsCache cache,
            Clock clock) {
        this.audit = audit;
        this.news = news;
        this.behaviour = behaviour;
        this.cache = cache;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected SettingsChanges() {}

    /**
     * Changes one section as an admin.
     *
     * @param section the section's name, as its query names it
     * @param edit the change, given the section as stored and the moment of the change
     * @return the section after the change
     */
    public <S extends SettingsSection<S>> S change(
            AgentId actor, String section, SettingsSectionPort<S> store, BiFunction<S, Instant, S> edit) {
        AuditActor admin = audit.requireAdmin(actor);
        Instant now = clock.instant();
        S current = store.loadForUpdate();
        S changed = edit.apply(current, now);
        if (!changed.equals(current)) {
            store.save(changed);
            audit.record(admin, AuditAction.SETTINGS_UPDATED, changed.changesSince(current, now));
            announce(section, changed);
        }
        return changed;
    }

    /** Announces a stored change of a section, to be delivered once the transaction has committed. */
    public void announce(String section, Object changed) {
        BehaviourSettings current = changed instanceof BehaviourSettings given
                ? given
                : cache.get(BehaviourSettingsQuery.SECTION, behaviour::load);
        news.settingsChanged(section, current.waitingThreshold());
    }
}
