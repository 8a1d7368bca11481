-- The admins' alerts: one email per admin about an integration that stopped working on its own (a webhook endpoint
-- disabled, a handoff to the store's helpdesk fallen back to the inbox). Runs unchanged on H2 2.x and PostgreSQL 15+.
-- status is PENDING, SENT, DROPPED (the admin left the team) or FAILED (every attempt failed). A worker claims a due
-- row by counting an attempt and moving next_attempt_at a lease ahead, under a row lock, before it sends.
CREATE TABLE admin_alert (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    agent_id         VARCHAR(36)  NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    about            VARCHAR(500) NOT NULL,
    detail           VARCHAR(500) NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL,
    next_attempt_at  TIMESTAMP    NOT NULL,
    sent_at          TIMESTAMP,
    last_error       VARCHAR(500)
);

CREATE INDEX admin_alert_due ON admin_alert (status, next_attempt_at);
