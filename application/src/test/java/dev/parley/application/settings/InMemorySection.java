package dev.parley.application.settings;

import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.SettingsSection;
import java.util.ArrayList;
import java.util.List;

/** One settings section in memory, as its persistence adapter would keep it, counting reads and remembering saves. */
public final class InMemorySection<S extends SettingsSection<S>> implements SettingsSectionPort<S> {

    private S stored;
    private int loads;
    private final List<S> saves = new ArrayList<>();

    public InMemorySection(S initial) {
        this.stored = initial;
    }

    @Override
    public S load() {
        loads++;
        return stored;
    }

    @Override
    public void save(S section) {
        stored = section;
        saves.add(section);
    }

    /** Puts a section in place without counting it as a save, as another node's committed change would. */
    public void given(S section) {
        stored = section;
    }

    public S stored() {
        return stored;
    }

    public List<S> saves() {
        return saves;
    }

    /** How often the section was read from the store: each read is a trip to the database in production. */
    public int loads() {
        return loads;
    }
}
