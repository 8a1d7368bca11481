-- Other ways to ask an FAQ's question, which the AI agent finds the FAQ by and visitors never see: a JSON array of
-- up to 10 texts of up to 300 characters each, such as ["How long is delivery?","When will my parcel arrive?"].
-- Runs unchanged on H2 2.x and PostgreSQL 15+.
ALTER TABLE faq ADD COLUMN phrasings VARCHAR(8000) DEFAULT '[]' NOT NULL;
