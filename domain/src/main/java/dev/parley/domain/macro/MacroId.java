package dev.parley.domain.macro;

import java.util.Objects;
import java.util.UUID;

/** Identifies a macro (a saved reply). */
public record MacroId(UUID value) {

    public MacroId {
        Objects.requireNonNull(value, "macro id");
    }

    public static MacroId random() {
        return new MacroId(UUID.randomUUID());
    }

    public static MacroId of(String value) {
        return new MacroId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
