package dev.parley.server;

import dev.parley.domain.shared.DomainException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Rolls back the transaction of a use case that refuses (throws a {@link DomainException}), so that a refused
 * request changes nothing, without the transaction manager's help.
 *
 * <p>Why: Liberty's transaction manager writes an FFDC incident (a file with a full stack trace) for every unchecked
 * exception that leaves a {@code @Transactional} method and is not in its {@code dontRollbackOn}, as if it were a
 * failure of the server. A refusal is no failure: it is the user's mistake, answered 4xx with its code. So the
 * services name {@code DomainException} in {@code dontRollbackOn} (no incident) and this interceptor, which runs
 * inside the transaction interceptor ({@code PLATFORM_BEFORE + 200}), marks the transaction rollback-only before
 * the refusal leaves it: the transaction manager then rolls back, quietly.
 */
@RefusalsRollBack
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class RefusalRollback {

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    @AroundInvoke
    public Object rollBackRefusals(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (DomainException refusal) {
            TransactionSynchronizationRegistry transaction = registry();
            if (transaction.getTransactionStatus() == Status.STATUS_ACTIVE) {
                transaction.setRollbackOnly();
            }
            throw refusal;
        }
    }

    // The name is the server's own registry, fixed in this class; nothing a user sends reaches JNDI.
    @SuppressWarnings("BanJNDI")
    private static TransactionSynchronizationRegistry registry() throws NamingException {
        return InitialContext.doLookup(REGISTRY);
    }
}
