package dev.parley.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsProblemJsonTest {

    @Test
    void a_problem_names_the_field_to_blame_and_leaves_the_member_out_when_none_is() {
        JsonObject blamed = write(new Problem(
                "urn:parley:problem:invalid_welcome_message",
                "Bad Request",
                400,
                "Too long.",
                "invalid_welcome_message",
                "welcomeMessage"));
        JsonObject general = write(new Problem(
                "urn:parley:problem:malformed_body", "Bad Request", 400, "Not JSON.", "malformed_body", null));

        assertThat(blamed.getString("field")).isEqualTo("welcomeMessage");
        assertThat(general.keySet()).containsExactlyInAnyOrder("type", "title", "status", "detail", "code");
    }

    @Test
    void a_refusal_while_reading_a_field_names_the_field_or_the_part_its_code_points_at() {
        assertThatThrownBy(() -> SettingsFields.read("welcomeMessage", () -> {
                    throw new InvalidValueException("invalid_welcome_message", "Too long.");
                }))
                .isInstanceOfSatisfying(
                        RefusedFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("welcomeMessage"));
        assertThatThrownBy(() -> new SettingsJson.Notifications(true, List.of(), 0L).toDomain())
                .isInstanceOfSatisfying(RefusedFieldException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("emailNotifications.recipients");
                    assertThat(refused.code()).isEqualTo("email_notifications_need_recipients");
                });
        assertThatThrownBy(() -> new SettingsJson.Hours("Mars/Olympus", true, Map.of(), List.of()).toDomain())
                .isInstanceOfSatisfying(
                        RefusedFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("businessHours.timeZone"));
        assertThatThrownBy(() -> new SettingsJson.Hours(null, true, Map.of(), List.of()).toDomain())
                .isInstanceOfSatisfying(RefusedFieldException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("businessHours.timeZone");
                    assertThat(refused.code()).isEqualTo("missing_field");
                });
    }

    @Test
    void a_use_cases_refusal_names_the_field_its_code_belongs_to_and_others_stay_as_they_are() {
        assertThatThrownBy(
                        () -> SettingsFields.change(Map.of("appearance_locked_by_customer_hub", "appearance"), () -> {
                            throw new InvalidValueException("appearance_locked_by_customer_hub", "Locked.");
                        }))
                .isInstanceOfSatisfying(
                        RefusedFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("appearance"));
        assertThatThrownBy(() -> SettingsFields.change(Map.of(), () -> {
                    throw new InvalidValueException("something_else", "No.");
                }))
                .isExactlyInstanceOf(InvalidValueException.class);
    }

    private static JsonObject write(Object body) {
        return Json.createReader(new StringReader(StrictJsonb.jsonb().toJson(body)))
                .readObject();
    }
}
