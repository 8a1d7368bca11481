package dev.parley.domain.audit;

/** What an audit entry records, with the stable code clients read. */
public enum AuditAction {
    SETTINGS_UPDATED("settings.updated"),
    TEAM_MEMBER_ADDED("team.member_added"),
    TEAM_ROLE_CHANGED("team.role_changed"),
    TEAM_MEMBER_REMOVED("team.member_removed"),
    TEAM_PASSWORD_CHANGED("team.password_changed"),
    TEAM_PASSWORD_RESET_SENT("team.password_reset_sent"),
    TEAM_PASSWORD_RESET("team.password_reset"),
    MACRO_ADDED("macro.added"),
    MACRO_REVISED("macro.revised"),
    MACRO_DELETED("macro.deleted"),
    API_KEY_CREATED("api_key.created"),
    API_KEY_REVOKED("api_key.revoked"),
    TAG_ADDED("tag.added"),
    TAG_REVISED("tag.revised"),
    TAG_DELETED("tag.deleted"),
    ARTICLE_ADDED("article.added"),
    ARTICLE_REVISED("article.revised"),
    ARTICLE_PUBLISHED("article.published"),
    ARTICLE_UNPUBLISHED("article.unpublished"),
    ARTICLE_DELETED("article.deleted"),
    WEBHOOK_ADDED("webhook.added"),
    WEBHOOK_REVISED("webhook.revised"),
    WEBHOOK_DELETED("webhook.deleted"),
    WEBHOOK_SECRET_ROTATED("webhook.secret_rotated"),
    HELPDESK_CONNECTED("handoff.helpdesk_connected"),
    HELPDESK_DISCONNECTED("handoff.helpdesk_disconnected"),
    SMS_SETTINGS_CHANGED("sms.settings_changed");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    /** The stable code, such as {@code settings.updated}. */
    public String code() {
        return code;
    }

    /**
     * The action with this code.
     *
     * @throws IllegalArgumentException when no action has it
     */
    public static AuditAction ofCode(String code) {
        for (AuditAction action : values()) {
            if (action.code.equals(code)) {
                return action;
            }
        }
        throw new IllegalArgumentException("No audit action has the code " + code);
    }
}
