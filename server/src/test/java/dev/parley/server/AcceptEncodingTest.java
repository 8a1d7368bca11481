package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcceptEncodingTest {

    private static final List<String> BOTH = List.of("br", "gzip");

    @Test
    void without_the_header_the_file_is_sent_as_it_is() {
        assertThat(AcceptEncoding.choose(null, BOTH)).isEqualTo("identity");
    }

    @Test
    void an_empty_header_asks_for_no_coding() {
        assertThat(AcceptEncoding.choose("", BOTH)).isEqualTo("identity");
    }

    @Test
    void brotli_is_preferred_when_the_client_weighs_both_alike() {
        assertThat(AcceptEncoding.choose("gzip, deflate, br, zstd", BOTH)).isEqualTo("br");
        assertThat(AcceptEncoding.choose("gzip;q=0.8, br;q=0.8", BOTH)).isEqualTo("br");
    }

    @Test
    void gzip_is_sent_to_a_client_that_takes_only_gzip_or_when_brotli_was_not_stored() {
        assertThat(AcceptEncoding.choose("gzip", BOTH)).isEqualTo("gzip");
        assertThat(AcceptEncoding.choose("x-gzip", BOTH)).isEqualTo("gzip");
        assertThat(AcceptEncoding.choose("GZIP, deflate", BOTH)).isEqualTo("gzip");
        assertThat(AcceptEncoding.choose("gzip, br", List.of("gzip"))).isEqualTo("gzip");
    }

    @Test
    void q_values_are_honoured() {
        assertThat(AcceptEncoding.choose("br;q=0.5, gzip;q=0.9", BOTH)).isEqualTo("gzip");
        assertThat(AcceptEncoding.choose("br;q=0, gzip", BOTH)).isEqualTo("gzip");
        assertThat(AcceptEncoding.choose("br;q=0, gzip;q=0", BOTH)).isEqualTo("identity");
        assertThat(AcceptEncoding.choose("gzip;q=0.5, identity", BOTH)).isEqualTo("identity");
        assertThat(AcceptEncoding.choose("br ; q=1.000, gzip", BOTH)).isEqualTo("br");
    }

    @Test
    void a_wildcard_weighs_every_coding_the_header_does_not_name() {
        assertThat(AcceptEncoding.choose("*", BOTH)).isEqualTo("br");
        assertThat(AcceptEncoding.choose("br;q=0, *", BOTH)).isEqualTo("gzip");
        assertThat(AcceptEncoding.choose("*;q=0, gzip", BOTH)).isEqualTo("gzip");
    }

    @Test
    void codings_Parley_has_not_stored_are_not_chosen() {
        assertThat(AcceptEncoding.choose("deflate, zstd", BOTH)).isEqualTo("identity");
        assertThat(AcceptEncoding.choose("br, gzip", List.of())).isEqualTo("identity");
    }

    @Test
    void when_nothing_acceptable_is_stored_the_file_is_sent_as_it_is_rather_than_refused() {
        assertThat(AcceptEncoding.choose("identity;q=0, zstd", BOTH)).isEqualTo("identity");
    }

    @Test
    void a_malformed_weight_discards_its_element_only() {
        assertThat(AcceptEncoding.choose("br;q=high, gzip", BOTH)).isEqualTo("gzip");
        assertThat(AcceptEncoding.choose("br;q=1.5, gzip;q=0.1", BOTH)).isEqualTo("gzip");
        assertThat(AcceptEncoding.choose(",, ;q=1, br", BOTH)).isEqualTo("br");
    }
}
