package dev.parley.adapters.persistence;

import dev.parley.domain.profile.ContactDetails;
import dev.parley.domain.profile.Profile;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.profile.ProfileProperties;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.shared.VisitorId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

@Entity(name = "Profile")
@Table(name = "profile")
class ProfileJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "visitor_id", nullable = false)
    String visitorId;

    @Column(name = "name")
    String name;

    @Column(name = "email")
    String email;

    @Column(name = "phone")
    String phone;

    /** The phone in E.164, when it is written with its country code: how an SMS finds its customer. */
    @Column(name = "phone_e164")
    String phoneE164;

    @Column(name = "location")
    String location;

    @Column(name = "properties", nullable = false)
    String properties;

    @Column(name = "locale")
    String locale;

    @Column(name = "first_page")
    String firstPage;

    @Column(name = "visitor_email")
    String visitorEmail;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    LocalDateTime updatedAt;

    static ProfileJpaEntity from(Profile profile) {
        ProfileJpaEntity entity = new ProfileJpaEntity();
        entity.id = profile.id().toString();
        entity.visitorId = profile.visitor().toString();
        entity.createdAt = UtcTimes.toColumn(profile.createdAt());
        entity.copyStateOf(profile);
        return entity;
    }

    /** Takes the profile's changeable state; written here so that the woven change tracking sees it. */
    void copyStateOf(Profile profile) {
        this.name = profile.contact().name().orElse(null);
        this.email = profile.contact().email().orElse(null);
        this.phone = profile.contact().phone().orElse(null);
        this.phoneE164 = profile.contact()
                .phone()
                .flatMap(PhoneNumber::tryParse)
                .map(PhoneNumber::e164)
                .orElse(null);
        this.location = profile.contact().location().orElse(null);
        this.properties = PropertiesJson.write(profile.properties().values());
        this.locale = profile.locale().orElse(null);
        this.firstPage = profile.firstPage().orElse(null);
        this.visitorEmail = profile.visitorEmail().orElse(null);
        this.updatedAt = UtcTimes.toColumn(profile.updatedAt());
    }

    Profile toDomain() {
        return Profile.reconstitute(
                new ProfileId(UUID.fromString(id)),
                VisitorId.of(visitorId),
                new ContactDetails(
                        Optional.ofNullable(name),
                        Optional.ofNullable(email),
                        Optional.ofNullable(phone),
                        Optional.ofNullable(location)),
                ProfileProperties.reconstitute(PropertiesJson.read(properties)),
                Optional.ofNullable(locale),
                Optional.ofNullable(firstPage),
                Optional.ofNullable(visitorEmail),
                UtcTimes.fromColumn(createdAt),
                UtcTimes.fromColumn(updatedAt));
    }
}
