package dev.parley.domain.tag;

import dev.parley.domain.shared.DomainException;

/** Another tag already has the name, perhaps in another case. */
public class TagNameTakenException extends DomainException {

    private static final long serialVersionUID = 1L;

    public TagNameTakenException(TagName name) {
        super("tag_name_taken", "There is already a tag called \"" + name.value() + "\" (ignoring case).");
    }
}
