package dev.parley.server;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.transaction.Transactional;

/**
 * Puts {@link RefusalRollback} on every class that uses {@code @Transactional} (a class's or a method's), so that
 * each use case's refusals roll its transaction back: registered in
 * {@code META-INF/services/jakarta.enterprise.inject.spi.Extension}.
 */
public class TransactionalRefusals implements Extension {

    <T> void rollBackRefusals(@Observes @WithAnnotations(Transactional.class) ProcessAnnotatedType<T> type) {
        type.configureAnnotatedType().add(RefusalsRollBack.Literal.INSTANCE);
    }
}
