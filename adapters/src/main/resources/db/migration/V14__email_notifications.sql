-- Email notifications of new tickets. Runs unchanged on H2 2.x and PostgreSQL 15+: plain types only, and flags as
-- SMALLINT 0 or 1 like the later migrations.

-- The settings: on or off, and how long after a ticket opens the email goes out (0 to 86,400 seconds).
ALTER TABLE store_settings ADD COLUMN email_notifications_enabled SMALLINT DEFAULT 0 NOT NULL;
ALTER TABLE store_settings ADD COLUMN email_notification_delay_seconds INTEGER DEFAULT 0 NOT NULL;

-- Who is emailed, in the admin's order (position 0 first); at most 20 addresses, none twice in any case.
CREATE TABLE email_notification_recipient (
    address   VARCHAR(254) NOT NULL PRIMARY KEY,
    position  INTEGER      NOT NULL
);

-- The outbox: one row per ticket that opened while notifications were on, written in the ticket's own transaction.
-- status is PENDING, SENT, DROPPED (no longer needed) or FAILED (given up). A worker claims a due row by counting an
-- attempt and moving next_attempt_at a lease ahead, under a row lock, before it sends; a failure moves it to the
-- retry's time and keeps the reason.
CREATE TABLE ticket_notification (
    ticket_id        VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES ticket (id),
    status           VARCHAR(16)  NOT NULL,
    due_at           TIMESTAMP    NOT NULL,
    attempts         INTEGER      NOT NULL,
    next_attempt_at  TIMESTAMP    NOT NULL,
    sent_at          TIMESTAMP,
    last_error       VARCHAR(500)
);
CREATE INDEX ticket_notification_due_idx ON ticket_notification (status, next_attempt_at);
