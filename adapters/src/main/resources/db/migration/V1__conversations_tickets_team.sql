-- Parley's first schema. Runs unchanged on H2 2.x and PostgreSQL 15+: plain types only, ids as text.

CREATE TABLE visitor (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    token_hash  CHAR(64)     NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    CONSTRAINT visitor_token_hash_unique UNIQUE (token_hash)
);

CREATE TABLE agent (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    password_hash VARCHAR(512) NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    CONSTRAINT agent_email_unique UNIQUE (email)
);

CREATE TABLE conversation (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    visitor_id  VARCHAR(36)  NOT NULL REFERENCES visitor (id),
    channel     VARCHAR(16)  NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    -- "<visitor id>:<channel>" while open, NULL once closed: at most one open conversation per visitor and channel,
    -- enforced here so that two simultaneous starts cannot both succeed (a partial index would not run on H2).
    open_key    VARCHAR(60),
    last_seq    BIGINT       NOT NULL,
    started_at  TIMESTAMP    NOT NULL,
    closed_at   TIMESTAMP,
    CONSTRAINT conversation_open_key_unique UNIQUE (open_key)
);
CREATE INDEX conversation_visitor_idx ON conversation (visitor_id);

CREATE TABLE message (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    conversation_id    VARCHAR(36)   NOT NULL REFERENCES conversation (id),
    seq                BIGINT        NOT NULL,
    client_message_id  VARCHAR(64),
    author_kind        VARCHAR(16)   NOT NULL,
    author_agent_id    VARCHAR(36)   REFERENCES agent (id),
    body               VARCHAR(4000) NOT NULL,
    sent_at            TIMESTAMP     NOT NULL,
    CONSTRAINT message_seq_unique UNIQUE (conversation_id, seq),
    CONSTRAINT message_client_id_unique UNIQUE (conversation_id, client_message_id)
);
CREATE INDEX message_client_id_idx ON message (client_message_id);

CREATE TABLE ticket (
    id                VARCHAR(36) NOT NULL PRIMARY KEY,
    conversation_id   VARCHAR(36) NOT NULL REFERENCES conversation (id),
    visitor_id        VARCHAR(36) NOT NULL REFERENCES visitor (id),
    status            VARCHAR(16) NOT NULL,
    assignee_id       VARCHAR(36) REFERENCES agent (id),
    created_at        TIMESTAMP   NOT NULL,
    last_activity_at  TIMESTAMP   NOT NULL,
    CONSTRAINT ticket_conversation_unique UNIQUE (conversation_id)
);
CREATE INDEX ticket_activity_idx ON ticket (last_activity_at, id);

CREATE TABLE store_settings (
    id               INTEGER       NOT NULL PRIMARY KEY,
    welcome_message  VARCHAR(1000) NOT NULL,
    CONSTRAINT store_settings_single_row CHECK (id = 1)
);
INSERT INTO store_settings (id, welcome_message) VALUES (1, 'Hi! How can we help you today?');
