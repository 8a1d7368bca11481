package dev.parley.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A site that may embed the chat, as a normalised origin such as {@code https://shop.example.com}. */
@Entity(name = "AllowedOrigin")
@Table(name = "allowed_origin")
class AllowedOriginJpaEntity {

    @Id
    @Column(name = "origin")
    String origin;

    static AllowedOriginJpaEntity from(String origin) {
        AllowedOriginJpaEntity entity = new AllowedOriginJpaEntity();
        entity.origin = origin;
        return entity;
    }
}
