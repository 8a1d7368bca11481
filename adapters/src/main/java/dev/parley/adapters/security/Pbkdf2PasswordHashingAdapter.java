package dev.parley.adapters.security;

import dev.parley.application.team.port.out.PasswordHashingPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords with Jakarta Security's PBKDF2 (HMAC-SHA-256, 210,000 iterations, 32-byte random salt, as OWASP
 * recommends for PBKDF2-SHA256). The stored form carries its own algorithm, iterations and salt, so the parameters
 * can be raised later without breaking existing hashes (a driven adapter).
 */
@ApplicationScoped
class Pbkdf2PasswordHashingAdapter implements PasswordHashingPort {

    private Pbkdf2PasswordHash hash;

    @Inject
    Pbkdf2PasswordHashingAdapter(Pbkdf2PasswordHash hash) {
        this.hash = hash;
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    /** For CDI proxies only. */
    protected Pbkdf2PasswordHashingAdapter() {}

    @Override
    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    @Override
    public boolean matches(String password, String stored) {
        return hash.verify(password.toCharArray(), stored);
    }
}
