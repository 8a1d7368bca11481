-- The handoff to the store's external helpdesk (Zendesk or Gorgias). Runs unchanged on H2 2.x and PostgreSQL 15+.

-- While a conversation waits for the visitor's address before it goes to the helpdesk (stage 'HANDOFF_EMAIL'): why
-- the AI agent hands it off.
ALTER TABLE conversation ADD COLUMN handoff_email_asked_for VARCHAR(24);

-- The store's connection to each helpdesk: the account's subdomain or domain, the OAuth client id (Zendesk) or the
-- API user's email (Gorgias), and the client secret or API key, sealed (AES-GCM under PARLEY_SECRETS_KEY).
CREATE TABLE helpdesk_connection (
    helpdesk    VARCHAR(16)  NOT NULL PRIMARY KEY,
    account     VARCHAR(63)  NOT NULL,
    login       VARCHAR(254) NOT NULL,
    secret      VARCHAR(1000) NOT NULL,
    updated_at  TIMESTAMP    NOT NULL
);

-- The handoff outbox: one row per conversation handed to a helpdesk, written in the transaction of the handoff. Its id
-- is the Idempotency-Key (Zendesk) and external_id (Gorgias) of every attempt. status is PENDING, DELIVERED or
-- FELL_BACK (every attempt failed: the conversation became a ticket in Parley's inbox). A worker claims a due row by
-- counting an attempt and moving next_attempt_at a lease ahead, under a row lock, before it calls the helpdesk.
CREATE TABLE external_handoff (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    conversation_id  VARCHAR(36)  NOT NULL UNIQUE,
    visitor_id       VARCHAR(36)  NOT NULL,
    helpdesk         VARCHAR(16)  NOT NULL,
    email            VARCHAR(254) NOT NULL,
    reason           VARCHAR(24)  NOT NULL,
    language         VARCHAR(35),
    status           VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    next_attempt_at  TIMESTAMP    NOT NULL,
    external_id      VARCHAR(100),
    external_url     VARCHAR(500),
    last_error       VARCHAR(500),
    finished_at      TIMESTAMP
);

CREATE INDEX external_handoff_due ON external_handoff (status, next_attempt_at);
