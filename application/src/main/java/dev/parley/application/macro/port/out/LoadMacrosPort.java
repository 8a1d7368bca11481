package dev.parley.application.macro.port.out;

import dev.parley.domain.macro.Macro;
import dev.parley.domain.macro.MacroId;
import java.util.List;
import java.util.Optional;

/** Reads macros; driven by the macro use cases. */
public interface LoadMacrosPort {

    /** Every macro, in no particular order. */
    List<Macro> loadAll();

    Optional<Macro> findById(MacroId id);

    /**
     * How many macros the store keeps, counted under a lock held until the transaction ends, so that two admins who
     * add the last allowed macro at the same time cannot both succeed.
     */
    long countForAdding();
}
