package dev.parley.domain.profile;

/** Small checks on the texts a store sends. */
final class Texts {

    private Texts() {}

    static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }
}
