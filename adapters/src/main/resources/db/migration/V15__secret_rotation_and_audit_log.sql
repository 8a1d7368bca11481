-- Identity-secret rotation: the secret replaced last keeps verifying until identity_previous_until (UTC); both NULL
-- when there is none. Runs unchanged on H2 2.x and PostgreSQL 15+.
ALTER TABLE store_settings ADD COLUMN identity_previous_secret VARCHAR(256);
ALTER TABLE store_settings ADD COLUMN identity_previous_until TIMESTAMP;
