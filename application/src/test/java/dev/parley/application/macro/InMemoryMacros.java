package dev.parley.application.macro;

import dev.parley.application.macro.port.out.LoadMacrosPort;
import dev.parley.application.macro.port.out.SaveMacroPort;
import dev.parley.domain.macro.Macro;
import dev.parley.domain.macro.MacroId;
import dev.parley.domain.macro.MacroNotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Macros kept in memory, handed out and stored as copies, as a database would. */
final class InMemoryMacros implements LoadMacrosPort, SaveMacroPort {

    private final Map<MacroId, Macro> macros = new LinkedHashMap<>();
    private int countLocks;

    /** How often the count was taken under the adding lock. */
    int countLocks() {
        return countLocks;
    }

    @Override
    public List<Macro> loadAll() {
        return macros.values().stream().map(InMemoryMacros::copy).toList();
    }

    @Override
    public Optional<Macro> findById(MacroId id) {
        return Optional.ofNullable(macros.get(id)).map(InMemoryMacros::copy);
    }

    @Override
    public long countForAdding() {
        countLocks++;
        return macros.size();
    }

    @Override
    public void create(Macro macro) {
        macros.put(macro.id(), copy(macro));
    }

    @Override
    public void update(Macro macro) {
        if (!macros.containsKey(macro.id())) {
            throw new MacroNotFoundException(macro.id());
        }
        macros.put(macro.id(), copy(macro));
    }

    @Override
    public boolean delete(MacroId id) {
        return macros.remove(id) != null;
    }

    private static Macro copy(Macro macro) {
        return Macro.reconstitute(macro.id(), macro.title(), macro.body(), macro.createdAt(), macro.updatedAt());
    }
}
