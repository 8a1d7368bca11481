package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissingFilesTest {

    @Test
    void a_servlet_mapping_takes_its_paths_and_the_default_one_none() {
        assertThat(MissingFiles.matches("/ArquillianServletRunnerEE9", "/ArquillianServletRunnerEE9"))
                .isTrue();
        assertThat(MissingFiles.matches("/runner/*", "/runner")).isTrue();
        assertThat(MissingFiles.matches("/runner/*", "/runner/run")).isTrue();
        assertThat(MissingFiles.matches("/runner/*", "/runners")).isFalse();
        assertThat(MissingFiles.matches("*.jsp", "/page.jsp")).isTrue();
        assertThat(MissingFiles.matches("/", "/no-such-page")).isFalse();
        assertThat(MissingFiles.matches("", "/no-such-page")).isFalse();
    }

    @Test
    void the_api_and_the_websockets_are_never_files() {
        assertThat(MissingFiles.isFile("/api/v1/visitor/session")).isFalse();
        assertThat(MissingFiles.isFile("/ws/visitor")).isFalse();
        assertThat(MissingFiles.isFile("/")).isFalse();
        assertThat(MissingFiles.isFile("/inbox/")).isTrue();
        assertThat(MissingFiles.isFile("/no-such-page")).isTrue();
    }
}
