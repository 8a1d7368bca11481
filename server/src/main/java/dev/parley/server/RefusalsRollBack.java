package dev.parley.server;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds {@link RefusalRollback} to a transactional use case; {@link TransactionalRefusals} adds it to every class that
 * uses {@code @Transactional}, so no service has to remember it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RefusalsRollBack {

    /** The binding as a value, for the extension that adds it. */
    final class Literal extends AnnotationLiteral<RefusalsRollBack> implements RefusalsRollBack {

        private static final long serialVersionUID = 1L;

        static final Literal INSTANCE = new Literal();
    }
}
