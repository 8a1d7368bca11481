package dev.parley.adapters.persistence;

import dev.parley.domain.settings.AssistantSettings;
import dev.parley.domain.settings.AssistantSettings.AssistantMode;
import dev.parley.domain.settings.AssistantSettings.HandoffTarget;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** The AI agent section's columns of the store's settings row. */
@Entity(name = "AssistantSettings")
@Table(name = "store_settings")
class AssistantSettingsJpaEntity {

    @Id
    @Column(name = "id")
    int id;

    @Column(name = "assistant_enabled", nullable = false)
    int enabled;

    @Column(name = "assistant_mode", nullable = false)
    String mode;

    @Column(name = "assistant_handoff_target", nullable = false)
    String handoffTarget;

    @Column(name = "assistant_handoff_message")
    String handoffMessage;

    @Column(name = "assistant_greeting")
    String greeting;

    @Column(name = "assistant_turn_limit", nullable = false)
    int turnLimit;

    @Column(name = "assistant_min_coverage")
    Double minCoverage;

    @Column(name = "assistant_min_lead")
    Double minLead;

    void copyStateOf(AssistantSettings settings) {
        enabled = settings.enabled() ? 1 : 0;
        mode = settings.mode().name();
        handoffTarget = settings.handoffTarget().name();
        handoffMessage = settings.handoffMessage().orElse(null);
        greeting = settings.greeting().orElse(null);
        turnLimit = settings.turnLimit();
        minCoverage = settings.minCoverage().orElse(null);
        minLead = settings.minLead().orElse(null);
    }

    AssistantSettings toDomain() {
        return new AssistantSettings(
                enabled == 1,
                AssistantMode.valueOf(mode),
                HandoffTarget.valueOf(handoffTarget),
                Optional.ofNullable(handoffMessage),
                Optional.ofNullable(greeting),
                turnLimit,
                Optional.ofNullable(minCoverage),
                Optional.ofNullable(minLead));
    }
}
