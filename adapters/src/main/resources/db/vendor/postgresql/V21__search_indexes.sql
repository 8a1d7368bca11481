-- The inbox search (GET /api/v1/tickets?q=...) matches a case-insensitive substring of message text, profile names,
-- emails and phones and store user ids. These trigram indexes (pg_trgm, GIN) find the rows containing a substring of
-- three characters or more without reading the tables; they work for any language, Polish included (lower() and
-- pg_trgm follow the database's UTF-8 character type). The queries compare LOWER(column) LIKE '%...%', which is what
-- the expressions below index.
--
-- pg_trgm is a trusted extension (PostgreSQL 13 and later): the database's owner, or any user with CREATE on the
-- database, may create it; no superuser is needed. Where Parley's user has neither, a superuser runs
-- CREATE EXTENSION pg_trgm in Parley's database once before the upgrade (this script then leaves it as it is).
--
-- Building the message index reads every message and blocks writes to the table while it runs (about a minute per
-- two million messages on a small machine): plan the upgrade of a large store accordingly. Only PostgreSQL runs this
-- script; H2 has its own V21 (db/vendor/h2).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX message_body_trgm_idx ON message USING gin (LOWER(body) gin_trgm_ops);
CREATE INDEX profile_name_trgm_idx ON profile USING gin (LOWER(name) gin_trgm_ops);
CREATE INDEX profile_email_trgm_idx ON profile USING gin (LOWER(email) gin_trgm_ops);
CREATE INDEX profile_phone_trgm_idx ON profile USING gin (LOWER(phone) gin_trgm_ops);
CREATE INDEX visitor_external_id_trgm_idx ON visitor USING gin (LOWER(external_id) gin_trgm_ops);
