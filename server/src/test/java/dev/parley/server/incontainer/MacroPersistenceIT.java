package dev.parley.server.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.macro.port.out.LoadMacrosPort;
import dev.parley.application.macro.port.out.SaveMacroPort;
import dev.parley.domain.macro.Macro;
import dev.parley.domain.macro.MacroBody;
import dev.parley.domain.macro.MacroId;
import dev.parley.domain.macro.MacroTitle;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Macros as the database keeps them: written, revised, counted for adding and deleted. */
@OnArquillianServer
class MacroPersistenceIT {

    @Inject
    LoadMacrosPort macros;

    @Inject
    SaveMacroPort saved;

    @Test
    void a_macro_is_written_revised_and_deleted() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Macro macro = Macro.write(MacroId.random(), new MacroTitle("Greeting"), new MacroBody("Hi there!"), now);
        long before = Tx.call(() -> macros.countForAdding());
        Tx.run(() -> saved.create(macro));
        assertThat(Tx.call(() -> macros.countForAdding())).isEqualTo(before + 1);

        Tx.run(() -> {
            Macro stored = macros.findById(macro.id()).orElseThrow();
            stored.revise(new MacroTitle("Welcome"), new MacroBody("Welcome back!"), now.plusSeconds(60));
            saved.update(stored);
        });
        Macro revised = Tx.call(() -> macros.findById(macro.id())).orElseThrow();
        assertThat(revised.title()).isEqualTo(new MacroTitle("Welcome"));
        assertThat(revised.body()).isEqualTo(new MacroBody("Welcome back!"));
        assertThat(revised.createdAt()).isEqualTo(now);
        assertThat(revised.updatedAt()).isEqualTo(now.plusSeconds(60));
        assertThat(Tx.call(() -> macros.loadAll())).extracting(Macro::id).contains(macro.id());

        assertThat(Tx.call(() -> saved.delete(macro.id()))).isTrue();
        assertThat(Tx.call(() -> saved.delete(macro.id()))).as("deleted twice").isFalse();
        assertThat(Tx.call(() -> macros.findById(macro.id()))).isEmpty();
        assertThat(Tx.call(() -> macros.countForAdding())).isEqualTo(before);
    }
}
