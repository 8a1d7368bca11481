package dev.parley.domain.assistant;

import dev.parley.domain.shared.DomainException;

/** Another import from the store's site is still running; one runs at a time. */
public class ImportInProgressException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ImportInProgressException() {
        super(
                "import_in_progress",
                "Another import from the store's site is still running; try again when it has finished.");
    }
}
