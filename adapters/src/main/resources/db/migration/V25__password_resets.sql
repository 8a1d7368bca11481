-- Links that set a forgotten password: only the SHA-256 of the link's secret is stored. A link works once, until
-- expires_at; used_at is set when it is used, and when a newer link for the same agent sets it aside.
CREATE TABLE password_reset (
    token_hash  VARCHAR(64) NOT NULL PRIMARY KEY,
    agent_id    VARCHAR(36) NOT NULL REFERENCES agent (id),
    expires_at  TIMESTAMP   NOT NULL,
    used_at     TIMESTAMP
);
CREATE INDEX password_reset_agent_idx ON password_reset (agent_id);
