-- Identity-secret rotation: the secret replaced last keeps verifying until identity_previous_until (UTC); both NULL
-- when there is none. Runs unchanged on H2 2.x and PostgreSQL 15+.
ALTER TABLE store_settings ADD COLUMN identity_previous_secret VARCHAR(256);
ALTER TABLE store_settings ADD COLUMN identity_previous_until TIMESTAMP;

-- The audit log: who changed the settings, the team or the macros, when, and what (a compact JSON summary without
-- secrets). Entries are only ever inserted; pages are read newest first by (recorded_at, id).
CREATE TABLE audit_entry (
    id           VARCHAR(36)    NOT NULL PRIMARY KEY,
    recorded_at  TIMESTAMP      NOT NULL,
    actor_id     VARCHAR(36)    NOT NULL,
    actor_name   VARCHAR(100)   NOT NULL,
    action       VARCHAR(64)    NOT NULL,
    summary      VARCHAR(20000) NOT NULL
);
CREATE INDEX audit_entry_newest_idx ON audit_entry (recorded_at, id);
