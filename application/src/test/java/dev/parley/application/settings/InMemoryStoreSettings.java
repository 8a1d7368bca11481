package dev.parley.application.settings;

import dev.parley.application.settings.port.out.LoadStoreSettingsPort;
import dev.parley.application.settings.port.out.PublishSettingsChangedPort;
import dev.parley.application.settings.port.out.SaveStoreSettingsPort;
import dev.parley.domain.settings.StoreSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The store's settings in memory, as the persistence adapter would keep them, with every save remembered. */
public class InMemoryStoreSettings implements LoadStoreSettingsPort, SaveStoreSettingsPort,
        PublishSettingsChangedPort {

    private StoreSettings stored = StoreSettings.defaults();
    private final List<StoreSettings> saves = new ArrayList<>();
    private final List<Duration> announced = new ArrayList<>();

    @Override
    public StoreSettings load() {
        return stored;
    }

    @Override
    public void save(StoreSettings settings) {
        stored = settings;
        saves.add(settings);
    }

    /** Puts settings in place without counting it as a save. */
    public void given(StoreSettings settings) {
        stored = settings;
    }

    public StoreSettings stored() {
        return stored;
    }

    public List<StoreSettings> saves() {
        return saves;
    }

    @Override
    public void settingsChanged(Duration waitingThreshold) {
        announced.add(waitingThreshold);
    }

    /** The waiting thresholds announced with each change, in order. */
    public List<Duration> announced() {
        return announced;
    }
}
