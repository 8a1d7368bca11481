package dev.parley.domain.sms;

import static dev.parley.domain.sms.SmsDeliveryState.DELIVERED;
import static dev.parley.domain.sms.SmsDeliveryState.FAILED;
import static dev.parley.domain.sms.SmsDeliveryState.PENDING;
import static dev.parley.domain.sms.SmsDeliveryState.QUEUED;
import static dev.parley.domain.sms.SmsDeliveryState.SENT;
import static dev.parley.domain.sms.SmsDeliveryState.UNDELIVERED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmsDeliveryStateTest {

    @Test
    void states_move_only_forward() {
        assertThat(PENDING.canMoveTo(QUEUED)).isTrue();
        assertThat(PENDING.canMoveTo(DELIVERED)).isTrue();
        assertThat(QUEUED.canMoveTo(SENT)).isTrue();
        assertThat(SENT.canMoveTo(DELIVERED)).isTrue();
        assertThat(SENT.canMoveTo(UNDELIVERED)).isTrue();
        assertThat(QUEUED.canMoveTo(FAILED)).isTrue();

        assertThat(SENT.canMoveTo(QUEUED)).isFalse();
        assertThat(QUEUED.canMoveTo(PENDING)).isFalse();
        for (SmsDeliveryState state : SmsDeliveryState.values()) {
            assertThat(state.canMoveTo(state)).as(state.name()).isFalse();
        }
    }

    @Test
    void delivered_undelivered_and_failed_are_final_and_lead_nowhere() {
        for (SmsDeliveryState end : List.of(DELIVERED, UNDELIVERED, FAILED)) {
            assertThat(end.isFinal()).isTrue();
            for (SmsDeliveryState next : SmsDeliveryState.values()) {
                assertThat(end.canMoveTo(next)).as(end + " to " + next).isFalse();
            }
        }
        for (SmsDeliveryState open : EnumSet.of(PENDING, QUEUED, SENT)) {
            assertThat(open.isFinal()).as(open.name()).isFalse();
        }
    }

    @Test
    void the_providers_statuses_map_onto_the_states_parley_follows() {
        for (String queued : List.of("accepted", "scheduled", "queued", "sending", " Queued ")) {
            assertThat(SmsDeliveryState.fromProviderStatus(queued)).as(queued).contains(QUEUED);
        }
        assertThat(SmsDeliveryState.fromProviderStatus("sent")).contains(SENT);
        assertThat(SmsDeliveryState.fromProviderStatus("delivered")).contains(DELIVERED);
        assertThat(SmsDeliveryState.fromProviderStatus("read")).contains(DELIVERED);
        assertThat(SmsDeliveryState.fromProviderStatus("undelivered")).contains(UNDELIVERED);
        assertThat(SmsDeliveryState.fromProviderStatus("failed")).contains(FAILED);
        assertThat(SmsDeliveryState.fromProviderStatus("canceled")).contains(FAILED);
        assertThat(SmsDeliveryState.fromProviderStatus("receiving")).isEmpty();
        assertThat(SmsDeliveryState.fromProviderStatus("")).isEmpty();
        assertThat(SmsDeliveryState.fromProviderStatus(null)).isEmpty();
    }

    @Test
    void the_wire_code_is_the_lower_case_name() {
        assertThat(PENDING.code()).isEqualTo("pending");
        assertThat(UNDELIVERED.code()).isEqualTo("undelivered");
    }
}
