-- The rate limits and sign-in lock-outs of a cluster (PARLEY_CLUSTER=true): every node counts in the same rows, so
-- that two nodes do not admit twice what a limit allows. Only PostgreSQL runs this script; H2 has its own V39
-- (db/vendor/h2) with the same tables, which a single node never uses (it counts in its memory).
--
-- The tables are UNLOGGED: they hold back floods, not data. Their writes skip the write-ahead log, so a check costs
-- about what a read does; a crash empties them (every count and lock-out starts afresh) and a standby promoted by a
-- failover has them empty too. A background worker of each node deletes the rows that no longer count, every minute.
--
-- A key longer than 200 characters is stored as its SHA-256 (sha256:<hex>). Times are WITH TIME ZONE: each node binds
-- them itself over JDBC, whatever its own time zone.

-- One row per limit, key and window: count is how much was taken within the window that starts at window_start (a
-- multiple of the limit's window since the epoch). A check weighs the previous window's count by the part of it the
-- sliding window still covers. A row counts until expires_at, the end of the window after its own.
CREATE UNLOGGED TABLE rate_counter (
    limit_name    VARCHAR(64)              NOT NULL,
    limit_key     VARCHAR(200)             NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    count         BIGINT                   NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (limit_name, limit_key, window_start)
);
CREATE INDEX rate_counter_expires_idx ON rate_counter (expires_at);

-- A key's sign-in lock-out (see SignInLockout): attempts are refused until the time in until; length_ms is how long
-- it lasted when it was last started or doubled; the row is forgotten at forget_at, so that the next one starts short.
CREATE UNLOGGED TABLE sign_in_lockout (
    lockout_key  VARCHAR(200)             NOT NULL PRIMARY KEY,
    until        TIMESTAMP WITH TIME ZONE NOT NULL,
    length_ms    BIGINT                   NOT NULL,
    forget_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_lockout_forget_idx ON sign_in_lockout (forget_at);
