package dev.parley.application.settings;

import dev.parley.application.settings.port.in.RefreshSettingsUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The settings sections this node has read, kept in memory until a change of the section is announced after its
 * commit ({@link RefreshSettingsUseCase}). The hot paths (a visitor's message, the widget's configuration, a
 * storefront's origin) then read no settings from the database in the steady state.
 *
 * <p>A section read while a change commits is not kept when the news of that change arrives before the read ends:
 * every section has a generation that the news advances, and a read is kept only if the generation it started in is
 * still the current one.
 */
@ApplicationScoped
public class SettingsCache implements RefreshSettingsUseCase {

    private final Map<String, Object> sections = new HashMap<>();
    private final Map<String, Long> generations = new HashMap<>();
    /** Advanced when every section is forgotten at once. */
    private long everyGeneration;

    /**
     * The section, from memory, or read with {@code load} and kept.
     *
     * @param section the section's name, as its query names it
     */
    @SuppressWarnings("unchecked")
    public <S> S get(String section, Supplier<S> load) {
        long generation;
        long every;
        synchronized (this) {
            Object kept = sections.get(section);
            if (kept != null) {
                return (S) kept;
            }
            generation = generations.getOrDefault(section, 0L);
            every = everyGeneration;
        }
        S loaded = load.get();
        synchronized (this) {
            if (generations.getOrDefault(section, 0L) == generation && everyGeneration == every) {
                sections.put(section, loaded);
            }
        }
        return loaded;
    }

    @Override
    public synchronized void refresh(String section) {
        sections.remove(section);
        generations.merge(section, 1L, Long::sum);
    }

    @Override
    public synchronized void refreshAll() {
        sections.clear();
        everyGeneration++;
    }
}
