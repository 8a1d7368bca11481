-- Agents' signed-in sessions, shared by every node and kept across restarts. Only the SHA-256 of the session's token
-- (the secret in the PARLEY_SESSION cookie) is stored. A session expires after an idle timeout (last_seen_at) and a
-- longest life (started_at); ended_reason says why a session was ended for its agent (password_changed,
-- role_changed, removed) and is kept until the row would have expired anyway, so that its cookie can be told why.
-- Signing out deletes the row; expired rows are deleted by a background worker.
CREATE TABLE agent_session (
    token_hash    VARCHAR(64)  NOT NULL PRIMARY KEY,
    agent_id      VARCHAR(36)  NOT NULL REFERENCES agent (id),
    csrf_token    VARCHAR(64)  NOT NULL,
    started_at    TIMESTAMP    NOT NULL,
    last_seen_at  TIMESTAMP    NOT NULL,
    ended_reason  VARCHAR(20)
);
CREATE INDEX agent_session_agent_idx ON agent_session (agent_id);
CREATE INDEX agent_session_last_seen_idx ON agent_session (last_seen_at);
CREATE INDEX agent_session_started_idx ON agent_session (started_at);
