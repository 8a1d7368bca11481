package dev.parley.adapters.rest;

import dev.parley.domain.team.Role;
import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only a signed-in team member may call this resource or method, with at least the given role; state-changing calls
 * must also carry the session's CSRF token. Enforced by {@link SignedInFilter}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SignedIn {

    /** The least role the caller needs. */
    Role value() default Role.AGENT;
}
