package dev.parley.adapters.persistence;

import dev.parley.domain.handoff.HelpdeskAccount;
import dev.parley.domain.handoff.HelpdeskConnection;
import dev.parley.domain.shared.Helpdesk;
import dev.parley.domain.shared.SealedSecret;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code helpdesk_connection}; the secret sealed. */
@Entity(name = "HelpdeskConnection")
@Table(name = "helpdesk_connection")
class HelpdeskConnectionJpaEntity {

    @Id
    @Column(name = "helpdesk")
    String helpdesk;

    @Column(name = "account", nullable = false)
    String account;

    @Column(name = "login", nullable = false)
    String login;

    @Column(name = "secret", nullable = false)
    String secret;

    @Column(name = "updated_at", nullable = false)
    LocalDateTime updatedAt;

    static HelpdeskConnectionJpaEntity from(HelpdeskConnection connection) {
        HelpdeskConnectionJpaEntity row = new HelpdeskConnectionJpaEntity();
        row.helpdesk = connection.helpdesk().name();
        row.copyStateOf(connection);
        return row;
    }

    void copyStateOf(HelpdeskConnection connection) {
        account = connection.account().value();
        login = connection.login();
        secret = connection.secret().value();
        updatedAt = UtcTimes.toColumn(connection.updatedAt());
    }

    HelpdeskConnection toDomain() {
        return new HelpdeskConnection(
                Helpdesk.valueOf(helpdesk),
                new HelpdeskAccount(account),
                login,
                new SealedSecret(secret),
                UtcTimes.fromColumn(updatedAt));
    }
}
