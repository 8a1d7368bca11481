package dev.parley.adapters.rest;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only a visitor carrying their token ({@code Authorization: Bearer <visitor token>}) may call this resource or
 * method. Enforced by {@link VisitorAuthenticationFilter}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface VisitorAuthenticated {}
