-- Runs unchanged on H2 2.x and PostgreSQL 15+.

-- A client message id is unique per sender, not per conversation: an agent who happens to reuse the visitor's id (or
-- another agent's) writes a message of their own. The sender is 'visitor', 'system', 'bot' or the agent's id; it is
-- never NULL, because a unique constraint takes NULLs as all different and would let a visitor's retry in twice.
ALTER TABLE message ADD COLUMN sender VARCHAR(36);
UPDATE message SET sender = COALESCE(author_agent_id, LOWER(author_kind));
ALTER TABLE message ALTER COLUMN sender SET NOT NULL;
ALTER TABLE message DROP CONSTRAINT message_client_id_unique;
ALTER TABLE message ADD CONSTRAINT message_client_id_unique UNIQUE (conversation_id, sender, client_message_id);

-- The history epoch (docs/protocol.md): a random value made once, when this database is set up, so that a database
-- created afresh or swapped for another has another epoch. Clients that resume with an epoch other than this one
-- reload their conversations instead of trusting the sequence numbers they hold. Operators rotate it after restoring
-- a backup (docs/protocol.md, "History epoch"): any new value will do.
CREATE TABLE history_epoch (
    id          INTEGER      NOT NULL PRIMARY KEY,
    epoch       VARCHAR(64)  NOT NULL,
    CONSTRAINT history_epoch_single_row CHECK (id = 1)
);
INSERT INTO history_epoch (id, epoch) VALUES (1, '${historyEpoch}');
