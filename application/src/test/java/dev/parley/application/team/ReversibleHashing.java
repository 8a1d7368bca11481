package dev.parley.application.team;

import dev.parley.application.team.port.out.PasswordHashingPort;

/** Password "hashing" that is reversible on purpose: the team's tests are about the rules, not about hashing. */
final class ReversibleHashing implements PasswordHashingPort {

    @Override
    public String hash(String password) {
        return "hashed:" + password;
    }

    @Override
    public boolean matches(String password, String hash) {
        return hash.equals("hashed:" + password);
    }
}
