package dev.parley.application.team.port.out;

/** Makes and checks slow salted password hashes; driven by the team use cases. */
public interface PasswordHashingPort {

    String hash(String password);

    /** Whether the password matches the hash; takes as long whether or not it does. */
    boolean matches(String password, String hash);
}
