package dev.parley.domain.conversation;

/** How the visitor reaches the store. */
public enum Channel {
    /** The {@code <parley-chat>} widget on the storefront. */
    CHAT,
    /** Text messages through an SMS provider. */
    SMS
}
