package dev.parley.server.incontainer;

import dev.parley.application.settings.port.in.AssistantSettingsQuery;
import dev.parley.application.settings.port.in.AvailabilitySettingsQuery;
import dev.parley.application.settings.port.in.BehaviourSettingsQuery;
import dev.parley.application.settings.port.in.ChatSettingsQuery;
import dev.parley.application.settings.port.in.DesignSettingsQuery;
import dev.parley.application.settings.port.in.EmailNotificationSettingsQuery;
import dev.parley.application.settings.port.in.EmbeddingSettingsQuery;
import dev.parley.application.settings.port.in.FaqSettingsQuery;
import dev.parley.application.settings.port.in.RefreshSettingsUseCase;
import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.AssistantSettings;
import dev.parley.domain.settings.AvailabilitySettings;
import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.settings.ChatSettings;
import dev.parley.domain.settings.DesignSettings;
import dev.parley.domain.settings.EmailNotificationSettings;
import dev.parley.domain.settings.EmbeddingSettings;
import dev.parley.domain.settings.FaqSettings;
import dev.parley.domain.settings.SettingsSection;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The store's settings for the tests that change them: every section through its own driven port, as the server wires
 * them, all sections read at once, and a way to give them back as they were. The settings are one row that every test
 * class of the run shares, so a test that changes them leaves them as it found them, and makes the server forget what
 * it kept of them in memory.
 */
@Dependent
public class SettingsSections {

    @Inject
    SettingsSectionPort<ChatSettings> chat;

    @Inject
    SettingsSectionPort<DesignSettings> design;

    @Inject
    SettingsSectionPort<BehaviourSettings> behaviour;

    @Inject
    SettingsSectionPort<FaqSettings> faqs;

    @Inject
    SettingsSectionPort<AvailabilitySettings> availability;

    @Inject
    SettingsSectionPort<EmbeddingSettings> embedding;

    @Inject
    SettingsSectionPort<EmailNotificationSettings> emailNotifications;

    @Inject
    SettingsSectionPort<AssistantSettings> assistant;

    @Inject
    RefreshSettingsUseCase cache;

    /**
     * A section, its port, and a change of it.
     *
     * @param name the section's name, as its query names it
     * @param type the section's class
     * @param port where it is stored
     * @param change what a test changes in it; the result differs from what it is given
     */
    record Section<S extends SettingsSection<S>>(
            String name, Class<S> type, SettingsSectionPort<S> port, UnaryOperator<S> change) {

        /** Loads the section, changes it and saves the change, in the current transaction; the change saved. */
        S saveChanged() {
            S changed = change.apply(port.load());
            port.save(changed);
            return changed;
        }

        private void restore(Object stored) {
            port.save(type.cast(stored));
        }
    }

    /** Every section, each with the given change of it. */
    List<Section<?>> withChanges(
            UnaryOperator<ChatSettings> chatChange,
            UnaryOperator<DesignSettings> designChange,
            UnaryOperator<BehaviourSettings> behaviourChange,
            UnaryOperator<FaqSettings> faqChange,
            UnaryOperator<AvailabilitySettings> availabilityChange,
            UnaryOperator<EmbeddingSettings> embeddingChange,
            UnaryOperator<EmailNotificationSettings> emailChange,
            UnaryOperator<AssistantSettings> assistantChange) {
        return List.of(
                new Section<>(ChatSettingsQuery.SECTION, ChatSettings.class, chat, chatChange),
                new Section<>(DesignSettingsQuery.SECTION, DesignSettings.class, design, designChange),
                new Section<>(BehaviourSettingsQuery.SECTION, BehaviourSettings.class, behaviour, behaviourChange),
                new Section<>(FaqSettingsQuery.SECTION, FaqSettings.class, faqs, faqChange),
                new Section<>(
                        AvailabilitySettingsQuery.SECTION,
                        AvailabilitySettings.class,
                        availability,
                        availabilityChange),
                new Section<>(EmbeddingSettingsQuery.SECTION, EmbeddingSettings.class, embedding, embeddingChange),
                new Section<>(
                        EmailNotificationSettingsQuery.SECTION,
                        EmailNotificationSettings.class,
                        emailNotifications,
                        emailChange),
                new Section<>(AssistantSettingsQuery.SECTION, AssistantSettings.class, assistant, assistantChange));
    }

    /** Every section as stored, by name, read in one committed transaction. */
    Map<String, Object> all() {
        return Tx.call(() -> {
            Map<String, Object> all = new LinkedHashMap<>();
            for (Section<?> section : unchanged()) {
                all.put(section.name(), section.port().load());
            }
            return all;
        });
    }

    /**
     * Runs {@code work}, then stores every section as it was before, whether the work passed or failed, and makes the
     * server read them from the database again the next time it needs them.
     */
    void keptAsTheyWere(Tx.Work work) throws Exception {
        Map<String, Object> before = all();
        try {
            work.run();
        } finally {
            Tx.run(() -> {
                for (Section<?> section : unchanged()) {
                    section.restore(before.get(section.name()));
                }
            });
            before.keySet().forEach(cache::refresh);
        }
    }

    private List<Section<?>> unchanged() {
        return withChanges(
                UnaryOperator.identity(),
                UnaryOperator.identity(),
                UnaryOperator.identity(),
                UnaryOperator.identity(),
                UnaryOperator.identity(),
                UnaryOperator.identity(),
                UnaryOperator.identity(),
                UnaryOperator.identity());
    }
}
