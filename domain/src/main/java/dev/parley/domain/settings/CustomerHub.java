package dev.parley.domain.settings;

import java.util.Objects;

/**
 * The store's customer hub, as far as the chat is concerned. While the hub is active its design styles the chat
 * launcher and the chat's own design is set aside, so that the storefront shows one launcher in one style.
 *
 * @param active whether the store's customer hub is switched on
 * @param appearance the hub's design
 */
public record CustomerHub(boolean active, Appearance appearance) {

    public CustomerHub {
        Objects.requireNonNull(appearance, "customer hub appearance");
    }

    /** An inactive hub with Parley's own look. */
    public static CustomerHub defaults() {
        return new CustomerHub(false, Appearance.defaults());
    }

    public CustomerHub activate() {
        return new CustomerHub(true, appearance);
    }

    public CustomerHub deactivate() {
        return new CustomerHub(false, appearance);
    }

    public CustomerHub withAppearance(Appearance newAppearance) {
        return new CustomerHub(active, newAppearance);
    }
}
