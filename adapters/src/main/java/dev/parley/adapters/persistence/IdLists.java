package dev.parley.adapters.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Ids to name in {@code IN} lists, a bounded number per query. */
final class IdLists {

    /** The most ids one {@code IN} list names: well under any database's limit on bound parameters. */
    static final int MOST = 500;

    private IdLists() {}

    /** The distinct ids' text forms, in lists of at most {@link #MOST}; none for no ids (an empty IN is refused). */
    static List<List<String>> of(Collection<?> ids) {
        List<String> wanted = ids.stream().map(Object::toString).distinct().toList();
        List<List<String>> lists = new ArrayList<>();
        for (int from = 0; from < wanted.size(); from += MOST) {
            lists.add(wanted.subList(from, Math.min(wanted.size(), from + MOST)));
        }
        return lists;
    }
}
