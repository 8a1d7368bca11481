package dev.parley.domain.settings;

import java.time.Instant;
import java.util.Map;

/**
 * One section of the store's settings: a small immutable aggregate that is loaded, validated, saved and audited on its
 * own. Every change returns a changed copy; a store starts from each section's defaults.
 *
 * @param <S> the section itself
 */
public interface SettingsSection<S extends SettingsSection<S>> {

    /**
     * What changed from {@code before} to this, for the audit log: the fields that differ, named as the settings API
     * names them, with their values before and after; empty when nothing did. Secrets are never part of it.
     *
     * @param now when the change is made, to say until when a replaced secret keeps verifying
     */
    Map<String, Object> changesSince(S before, Instant now);
}
