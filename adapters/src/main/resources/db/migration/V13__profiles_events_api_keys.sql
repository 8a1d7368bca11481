-- Profiles: what the store and the widget tell of each visitor, one profile per visitor. Contact details and custom
-- properties come from the store (Events API); properties are a JSON object's text. locale and first_page are the
-- first ones the widget reported. Visitors met before profiles existed get one here, under their own id.

CREATE TABLE profile (
    id           VARCHAR(36)      NOT NULL PRIMARY KEY,
    visitor_id   VARCHAR(36)      NOT NULL REFERENCES visitor (id),
    name         VARCHAR(200),
    email        VARCHAR(254),
    phone        VARCHAR(40),
    location     VARCHAR(200),
    properties   VARCHAR(1000000) NOT NULL,
    locale       VARCHAR(35),
    first_page   VARCHAR(2000),
    created_at   TIMESTAMP        NOT NULL,
    updated_at   TIMESTAMP        NOT NULL,
    CONSTRAINT profile_visitor_unique UNIQUE (visitor_id)
);

INSERT INTO profile (id, visitor_id, properties, created_at, updated_at)
    SELECT id, id, '{}', created_at, created_at FROM visitor;

-- A profile's history: events the store reported, once per store event id. Paged newest first by
-- (occurred_at, id), which the index serves.
CREATE TABLE profile_event (
    id           VARCHAR(36)      NOT NULL PRIMARY KEY,
    profile_id   VARCHAR(36)      NOT NULL REFERENCES profile (id),
    event_id     VARCHAR(100)     NOT NULL,
    name         VARCHAR(100)     NOT NULL,
    occurred_at  TIMESTAMP        NOT NULL,
    properties   VARCHAR(1000000) NOT NULL,
    recorded_at  TIMESTAMP        NOT NULL,
    CONSTRAINT profile_event_id_unique UNIQUE (profile_id, event_id)
);
CREATE INDEX profile_event_history_idx ON profile_event (profile_id, occurred_at, id);

-- Keys the store's servers call the Events API with. Only the SHA-256 of the secret is kept, with its first
-- characters to tell keys apart. revoked_at is set once, for good.
CREATE TABLE api_key (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    prefix        VARCHAR(16)  NOT NULL,
    secret_hash   CHAR(64)     NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    created_by    VARCHAR(36)  NOT NULL REFERENCES agent (id),
    last_used_at  TIMESTAMP,
    revoked_at    TIMESTAMP,
    CONSTRAINT api_key_secret_hash_unique UNIQUE (secret_hash)
);

-- A visitor's tickets, newest activity first (the profile's other tickets in the inbox's sidebar).
CREATE INDEX ticket_visitor_idx ON ticket (visitor_id, last_activity_at);
