package dev.parley.domain.profile;

import dev.parley.domain.shared.NotFoundException;

/** No profile has this id (or the store user named has none). */
public class ProfileNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public ProfileNotFoundException(String what) {
        super("profile_not_found", "No profile " + abbreviate(what) + " exists.");
    }

    private static String abbreviate(String what) {
        return what.length() <= 60 ? what : what.substring(0, 60) + "…";
    }
}
