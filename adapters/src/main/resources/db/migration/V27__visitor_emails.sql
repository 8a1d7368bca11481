-- The address a visitor gave in the widget while the team was away, kept apart from the store's contact details so
-- that neither overwrites the other; Parley writes to the store's address first.
ALTER TABLE profile ADD COLUMN visitor_email VARCHAR(254);

-- The outbox of emails that carry agents' replies to a visitor who left: at most one pending row per conversation,
-- due a delay after the last reply of a burst, claimed by one worker at a time, sent once.
CREATE TABLE visitor_reply_email (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    conversation_id  VARCHAR(36)  NOT NULL REFERENCES conversation (id),
    status           VARCHAR(16)  NOT NULL,
    due_at           TIMESTAMP    NOT NULL,
    attempts         INTEGER      NOT NULL,
    next_attempt_at  TIMESTAMP    NOT NULL,
    sent_at          TIMESTAMP,
    last_error       VARCHAR(500),
    CONSTRAINT visitor_reply_email_status_check CHECK (status IN ('PENDING', 'SENT', 'DROPPED', 'FAILED'))
);
CREATE INDEX visitor_reply_email_due_idx ON visitor_reply_email (status, next_attempt_at);
CREATE INDEX visitor_reply_email_conversation_idx ON visitor_reply_email (conversation_id, status);

-- Links in those emails that take the visitor back into the same conversation on Parley's chat page: only the
-- SHA-256 of the link's token is kept; a link opens nothing after it expires.
CREATE TABLE resume_link (
    token_hash       VARCHAR(64)  NOT NULL PRIMARY KEY,
    conversation_id  VARCHAR(36)  NOT NULL REFERENCES conversation (id),
    visitor_id       VARCHAR(36)  NOT NULL,
    expires_at       TIMESTAMP    NOT NULL
);
CREATE INDEX resume_link_expires_idx ON resume_link (expires_at);
