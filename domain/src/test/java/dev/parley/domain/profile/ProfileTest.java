package dev.parley.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.VisitorId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final ProfilePolicy POLICY = ProfilePolicy.defaults();

    @Test
    void a_store_update_replaces_contact_details_and_properties() {
        Profile profile = Profile.blank(ProfileId.random(), VisitorId.random(), NOW);
        ContactDetails ada = new ContactDetails(
                Optional.of(" Ada Lovelace "),
                Optional.of("ada@example.com"),
                Optional.of("+48 600 100 200"),
                Optional.of("Kraków, Poland"));

        boolean changed = profile.update(
                ada,
                ProfileProperties.of(
                        Map.of(
                                "plan",
                                new PropertyValue.Text("gold"),
                                "orders",
                                new PropertyValue.Number(new BigDecimal("12")),
                                "vip",
                                new PropertyValue.Flag(true)),
                        POLICY),
                NOW.plusSeconds(5));

        assertThat(changed).isTrue();
        assertThat(profile.contact().name()).contains("Ada Lovelace");
        assertThat(profile.properties().values()).containsOnlyKeys("orders", "plan", "vip");
        assertThat(profile.updatedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void the_same_update_again_changes_nothing() {
        Profile profile = Profile.blank(ProfileId.random(), VisitorId.random(), NOW);
        ContactDetails ada =
                new ContactDetails(Optional.of("Ada"), Optional.empty(), Optional.empty(), Optional.empty());
        profile.update(ada, ProfileProperties.none(), NOW);

        assertThat(profile.update(ada, ProfileProperties.none(), NOW.plusSeconds(9)))
                .isFalse();
        assertThat(profile.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void only_the_first_locale_and_page_are_kept() {
        Profile profile = Profile.blank(ProfileId.random(), VisitorId.random(), NOW);

        assertThat(profile.recordFirstVisit(new FirstVisit(Optional.of("pl-PL"), Optional.empty()), NOW))
                .isTrue();
        assertThat(profile.recordFirstVisit(
                        new FirstVisit(Optional.of("en"), Optional.of("https://shop.example.com/shoes")), NOW))
                .isTrue();
        assertThat(profile.recordFirstVisit(
                        new FirstVisit(Optional.of("de"), Optional.of("https://shop.example.com/hats")), NOW))
                .isFalse();

        assertThat(profile.locale()).contains("pl-PL");
        assertThat(profile.firstPage()).contains("https://shop.example.com/shoes");
    }

    @Test
    void at_most_the_policy_s_number_of_properties() {
        Map<String, PropertyValue> many = new LinkedHashMap<>();
        for (int i = 0; i < 51; i++) {
            many.put("p" + i, new PropertyValue.Flag(true));
        }
        assertThatThrownBy(() -> ProfileProperties.of(many, POLICY))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "too_many_properties");
        many.remove("p0");
        assertThat(ProfileProperties.of(many, POLICY).values()).hasSize(50);
        assertThatThrownBy(() -> ProfileProperties.of(many, new ProfilePolicy(10, 64, 1000, 16384)))
                .hasFieldOrPropertyWithValue("code", "too_many_properties");
    }

    @Test
    void property_keys_are_short_and_plain() {
        assertThat(ProfileProperties.of(Map.of("a".repeat(64), new PropertyValue.Flag(true)), POLICY)
                        .values())
                .hasSize(1);
        for (String bad : new String[] {"a".repeat(65), "", "has space", "ząb", "a/b"}) {
            assertThatThrownBy(() -> ProfileProperties.of(Map.of(bad, new PropertyValue.Flag(true)), POLICY))
                    .as(bad)
                    .hasFieldOrPropertyWithValue("code", "invalid_property_key");
        }
    }

    @Test
    void property_values_are_at_most_1000_characters() {
        assertThat(ProfileProperties.of(Map.of("note", new PropertyValue.Text("x".repeat(1000))), POLICY)
                        .values())
                .hasSize(1);
        assertThatThrownBy(() -> ProfileProperties.of(Map.of("note", new PropertyValue.Text("x".repeat(1001))), POLICY))
                .hasFieldOrPropertyWithValue("code", "property_value_too_long");
    }

    @Test
    void contact_details_are_checked() {
        assertThatThrownBy(() -> new ContactDetails(
                        Optional.empty(), Optional.of("not-an-address"), Optional.empty(), Optional.empty()))
                .hasFieldOrPropertyWithValue("code", "invalid_email");
        assertThatThrownBy(() -> new ContactDetails(
                        Optional.empty(), Optional.empty(), Optional.of("call me"), Optional.empty()))
                .hasFieldOrPropertyWithValue("code", "invalid_phone");
        assertThatThrownBy(() -> new ContactDetails(
                        Optional.of("x".repeat(201)), Optional.empty(), Optional.empty(), Optional.empty()))
                .hasFieldOrPropertyWithValue("code", "invalid_name");
        assertThat(new ContactDetails(Optional.of("  "), Optional.empty(), Optional.empty(), Optional.empty()).name())
                .isEmpty();
    }

    @Test
    void a_first_visit_has_a_language_tag_and_a_web_address() {
        assertThat(new FirstVisit(Optional.of("zh-Hant-TW"), Optional.of("http://shop.example.com/")).locale())
                .contains("zh-Hant-TW");
        for (String bad : new String[] {"", "pl_PL", "p", "x".repeat(36), "<script>"}) {
            assertThatThrownBy(() -> new FirstVisit(Optional.of(bad), Optional.empty()))
                    .as(bad)
                    .hasFieldOrPropertyWithValue("code", "invalid_locale");
        }
        for (String bad : new String[] {
            "/relative",
            "javascript:alert(1)",
            "ftp://x.example.com/",
            "https://shop.example.com/" + "a".repeat(2000),
            "https://"
        }) {
            assertThatThrownBy(() -> new FirstVisit(Optional.empty(), Optional.of(bad)))
                    .as(bad)
                    .hasFieldOrPropertyWithValue("code", "invalid_page");
        }
    }

    @Test
    void names_locations_fields_and_event_names_lose_the_characters_that_reorder_or_hide_them() {
        ContactDetails hostile = new ContactDetails(
                Optional.of("\u202Egnp.exe"),
                Optional.of("a\u200B@example.com"),
                Optional.empty(),
                Optional.of("Krak\u200Dów\u2066, Poland\u2069"));

        assertThat(hostile.name()).contains("gnp.exe");
        assertThat(hostile.email()).contains("a@example.com");
        assertThat(hostile.location()).contains("Kraków, Poland");
        assertThat(new ContactDetails(Optional.of("\u200B\u202E"), Optional.empty(), Optional.empty(), Optional.empty())
                        .name())
                .isEmpty();
        assertThat(new PropertyValue.Text("\u202Egold\uFEFF").value()).isEqualTo("gold");
        assertThat(new EventName("Placed\u200B Order\u202E").value()).isEqualTo("Placed Order");
    }
}
