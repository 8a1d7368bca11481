-- Whether each agent says they take chats now ('AVAILABLE') or are away ('AWAY'). Existing accounts are available, as
-- they behaved so far. Runs unchanged on H2 2.x and PostgreSQL 15+.
ALTER TABLE agent ADD COLUMN status VARCHAR(16) DEFAULT 'AVAILABLE' NOT NULL;
