package dev.parley.application.view.port.out;

import dev.parley.domain.view.SavedView;
import dev.parley.domain.view.SavedViewId;

/** Stores saved views; driven by the view use cases. */
public interface SaveViewPort {

    void create(SavedView view);

    /**
     * Stores the changed name, filters and time of an existing view.
     *
     * @throws dev.parley.domain.view.SavedViewNotFoundException when it was deleted meanwhile
     */
    void update(SavedView view);

    /**
     * Deletes a view.
     *
     * @return whether there was one to delete
     */
    boolean delete(SavedViewId id);
}
