package dev.parley.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.UploadPolicy;
import org.junit.jupiter.api.Test;

class LimitsResponseTest {

    @Test
    void the_limits_clients_check_are_the_installations_own() {
        LimitsResponse limits = LimitsResponse.of(new MessageTextPolicy(1_500), new UploadPolicy(1_048_576, 10));

        assertThat(limits.messageMaxLength()).isEqualTo(1_500);
        assertThat(limits.uploadMaxBytes()).isEqualTo(1_048_576);
        assertThat(limits.uploadImageTypes()).containsExactly("image/png", "image/jpeg", "image/gif", "image/webp");
        assertThat(limits.ratingCommentMaxLength()).isEqualTo(500);
    }
}
