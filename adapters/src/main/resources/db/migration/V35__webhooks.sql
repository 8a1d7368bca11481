-- Outgoing webhooks. Runs unchanged on H2 2.x and PostgreSQL 15+: plain types only.

-- Where the store wants events sent. The secrets are sealed (AES-GCM under PARLEY_SECRETS_KEY, see SecretsPort): the
-- current one, and after a rotation the previous one until previous_secret_until. disabled_reason is NULL while
-- enabled, else BY_ADMIN, GONE (the receiver answered 410) or FAILING (too many failures in a row, or too long).
CREATE TABLE webhook_endpoint (
    id                     VARCHAR(36)   NOT NULL PRIMARY KEY,
    url                    VARCHAR(2000) NOT NULL,
    description            VARCHAR(200)  NOT NULL,
    event_types            VARCHAR(300)  NOT NULL,
    disabled_reason        VARCHAR(16),
    secret                 VARCHAR(500)  NOT NULL,
    previous_secret        VARCHAR(500),
    previous_secret_until  TIMESTAMP,
    consecutive_failures   INTEGER       NOT NULL,
    failing_since          TIMESTAMP,
    created_at             TIMESTAMP     NOT NULL
);

-- The outbox and delivery log: one row per event and endpoint, written in the transaction of what the event tells.
-- event_id is the webhook-id of every attempt; body is the JSON sent, byte for byte. status is PENDING, DELIVERED,
-- FAILED or DROPPED. A worker claims a due row by counting an attempt and moving next_attempt_at a lease ahead, under
-- a row lock, before it sends.
CREATE TABLE webhook_delivery (
    id                VARCHAR(36)    NOT NULL PRIMARY KEY,
    endpoint_id       VARCHAR(36)    NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_id          VARCHAR(40)    NOT NULL,
    event_type        VARCHAR(40)    NOT NULL,
    occurred_at       TIMESTAMP      NOT NULL,
    body              VARCHAR(16000) NOT NULL,
    status            VARCHAR(16)    NOT NULL,
    attempts          INTEGER        NOT NULL,
    created_at        TIMESTAMP      NOT NULL,
    next_attempt_at   TIMESTAMP      NOT NULL,
    first_attempt_at  TIMESTAMP,
    last_attempt_at   TIMESTAMP,
    response_status   INTEGER,
    last_error        VARCHAR(500),
    delivered_at      TIMESTAMP,
    CONSTRAINT webhook_delivery_event_unique UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (endpoint_id, created_at);
