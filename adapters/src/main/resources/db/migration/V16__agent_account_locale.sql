-- The language of each agent's account (a BCP 47 tag such as 'pl'), for what Parley writes to them, such as the
-- team's emails. Existing accounts use English, as they did. Runs unchanged on H2 2.x and PostgreSQL 15+.
ALTER TABLE agent ADD COLUMN locale VARCHAR(35) DEFAULT 'en' NOT NULL;
