-- The rate limits and sign-in lock-outs of a cluster (PARLEY_CLUSTER=true) are counted in PostgreSQL, in UNLOGGED
-- tables (db/vendor/postgresql/V39). H2 has no UNLOGGED tables and serves a single node, which counts in its memory and
-- never reads these: they exist so that both databases have the same schema under the same version.
CREATE TABLE rate_counter (
    limit_name    VARCHAR(64)              NOT NULL,
    limit_key     VARCHAR(200)             NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    count         BIGINT                   NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (limit_name, limit_key, window_start)
);
CREATE INDEX rate_counter_expires_idx ON rate_counter (expires_at);

CREATE TABLE sign_in_lockout (
    lockout_key  VARCHAR(200)             NOT NULL PRIMARY KEY,
    until        TIMESTAMP WITH TIME ZONE NOT NULL,
    length_ms    BIGINT                   NOT NULL,
    forget_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_lockout_forget_idx ON sign_in_lockout (forget_at);
