package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterConfigurationTest {

    private static ClusterConfiguration configuration(boolean cluster, String url, long interval) {
        return new ClusterConfiguration(
                cluster, Optional.ofNullable(url), "parley", "secret-password", Optional.empty(), interval);
    }

    @Test
    void aClusterOnTheEmbeddedDatabaseRefusesToStartAndSaysWhy() {
        assertThatThrownBy(() -> configuration(true, "jdbc:h2:file:/var/parley/data/parley", 10)
                        .check())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PARLEY_CLUSTER=true needs PostgreSQL")
                .hasMessageContaining("jdbc:h2:")
                .hasMessageNotContaining("/var/parley");
    }

    @Test
    void aClusterWithoutADatabaseUrlRefusesToStart() {
        assertThatThrownBy(() -> configuration(true, null, 10).check())
                .hasMessageContaining("PARLEY_DB_URL is not set");
    }

    @Test
    void aClusterOnPostgreSqlStarts() {
        assertThatCode(() -> configuration(true, "jdbc:postgresql://db:5432/parley", 10)
                        .check())
                .doesNotThrowAnyException();
    }

    @Test
    void oneNodeStartsOnAnyDatabase() {
        assertThatCode(() -> configuration(false, "jdbc:h2:mem:x", 10).check()).doesNotThrowAnyException();
        assertThatCode(() -> configuration(false, null, 10).check()).doesNotThrowAnyException();
    }

    @Test
    void theGatheringIntervalIsBounded() {
        assertThatCode(() ->
                        configuration(true, "jdbc:postgresql://db/parley", 1).check())
                .doesNotThrowAnyException();
        assertThatCode(() ->
                        configuration(true, "jdbc:postgresql://db/parley", 1000).check())
                .doesNotThrowAnyException();
        assertThatThrownBy(() ->
                        configuration(true, "jdbc:postgresql://db/parley", 0).check())
                .hasMessageContaining("between 1 and 1000");
        assertThatThrownBy(() ->
                        configuration(true, "jdbc:postgresql://db/parley", 1001).check())
                .hasMessageContaining("between 1 and 1000");
    }

    @Test
    void aNodeNamedByNobodyGetsTheHostsNameAndADistinctSuffix() {
        ClusterConfiguration one = configuration(true, "jdbc:postgresql://db/parley", 10);
        String first = one.nodeName();
        String second = one.nodeName();
        assertThat(first).matches("[A-Za-z0-9.-]+-[0-9a-f]{6}").isNotEqualTo(second);
    }
}
