package dev.parley.application.visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.settings.InMemorySettings;
import dev.parley.application.team.InMemoryTeam;
import dev.parley.application.visitor.port.in.DemoCustomer;
import dev.parley.application.visitor.port.in.DemoPolicy;
import dev.parley.domain.settings.EmbeddingSettings;
import dev.parley.domain.settings.IdentityVerification;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.visitor.DemoDisabledException;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DemoCustomerServiceTest {

    private static final String SECRET = "demo-s3cret-demo-s3cret-demo-s3cret";

    private final InMemorySettings store = new InMemorySettings(
            InMemoryTeam.withAdmin(AgentId.random(), "Ada"), new InMemoryAuditLog(), Clock.systemUTC());

    @Test
    void signs_the_demo_customer_with_the_stores_current_secret() {
        store.embedding.given(EmbeddingSettings.defaults()
                .withIdentityVerification(IdentityVerification.none().withSecret(SECRET)));

        DemoCustomer customer = enabled().signIn();

        assertThat(customer.userId()).isEqualTo("demo-customer");
        assertThat(customer.name()).isEqualTo("Demo customer");
        assertThat(customer.userHash()).matches("[0-9a-f]{64}");
        assertThat(store.embedding
                        .stored()
                        .identityVerification()
                        .verify("demo-customer", customer.userHash(), Instant.EPOCH))
                .isTrue();
        assertThat(store.embedding.saves()).isEmpty();
    }

    @Test
    void a_store_without_a_secret_gets_a_random_one_that_signs_the_customer_and_keeps_its_enforcement() {
        DemoCustomer customer = enabled().signIn();

        IdentityVerification now = store.embedding.stored().identityVerification();
        assertThat(now.secret()).isPresent();
        assertThat(now.enforced()).isFalse();
        assertThat(now.verify(customer.userId(), customer.userHash(), Instant.EPOCH))
                .isTrue();
        assertThat(store.embedding.saves()).hasSize(1);

        DemoCustomer again = enabled().signIn();
        assertThat(again).isEqualTo(customer);
        assertThat(store.embedding.saves()).hasSize(1);
    }

    @Test
    void outside_demo_mode_there_is_no_demo_customer_and_nothing_changes() {
        DemoCustomerService service = new DemoCustomerService(store.embeddingService, DemoPolicy.disabled());

        assertThatThrownBy(service::signIn)
                .isInstanceOf(DemoDisabledException.class)
                .extracting("code")
                .isEqualTo("demo_disabled");
        assertThat(store.embedding.stored().identityVerification().secret()).isEmpty();
        assertThat(store.embedding.saves()).isEmpty();
    }

    @Test
    void the_signature_is_never_printed() {
        DemoCustomer customer = enabled().signIn();

        assertThat(customer.toString()).doesNotContain(customer.userHash());
    }

    private DemoCustomerService enabled() {
        return new DemoCustomerService(store.embeddingService, new DemoPolicy(true));
    }
}
