-- The store's AI agent. A conversation it answers is in stage 'ASSISTED' (no ticket yet); these columns keep what it
-- did there, so that it never answers again after a handoff, across restarts. Runs unchanged on H2 2.x and PostgreSQL.
ALTER TABLE conversation ADD COLUMN assistant_answering SMALLINT DEFAULT 0 NOT NULL;
ALTER TABLE conversation ADD COLUMN assistant_answered INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE conversation ADD COLUMN assistant_unsure INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE conversation ADD COLUMN handoff_reason VARCHAR(24);

-- What an AI agent's message cites: its sources (title and link) or its "Did you mean…" choices, as a JSON array.
ALTER TABLE message ADD COLUMN citations VARCHAR(4000);

-- The AI agent's settings section: off until an admin turns it on.
ALTER TABLE store_settings ADD COLUMN assistant_enabled SMALLINT DEFAULT 0 NOT NULL;
ALTER TABLE store_settings ADD COLUMN assistant_mode VARCHAR(16) DEFAULT 'RETRIEVAL' NOT NULL;
ALTER TABLE store_settings ADD COLUMN assistant_handoff_target VARCHAR(16) DEFAULT 'INBOX' NOT NULL;
ALTER TABLE store_settings ADD COLUMN assistant_handoff_message VARCHAR(1000);
ALTER TABLE store_settings ADD COLUMN assistant_greeting VARCHAR(500);
ALTER TABLE store_settings ADD COLUMN assistant_turn_limit INTEGER DEFAULT 8 NOT NULL;
ALTER TABLE store_settings ADD COLUMN assistant_min_coverage DOUBLE PRECISION;
ALTER TABLE store_settings ADD COLUMN assistant_min_lead DOUBLE PRECISION;
