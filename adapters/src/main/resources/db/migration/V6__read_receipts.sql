-- Read receipts: how far the visitor and the agents have seen each conversation.
ALTER TABLE conversation ADD COLUMN visitor_seen_seq BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE conversation ADD COLUMN agent_seen_seq BIGINT DEFAULT 0 NOT NULL;
