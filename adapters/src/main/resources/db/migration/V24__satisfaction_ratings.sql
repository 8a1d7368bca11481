-- A visitor's rating of a conversation that ended: one row per conversation, the last rating given within the rating
-- window (see Conversation.RATING_WINDOW) in the place of any before it.
CREATE TABLE satisfaction_rating (
    conversation_id  VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES conversation (id),
    score            VARCHAR(8)   NOT NULL,
    rating_comment   VARCHAR(500),
    rated_at         TIMESTAMP    NOT NULL,
    CONSTRAINT satisfaction_rating_score_check CHECK (score IN ('GOOD', 'BAD'))
);
-- Reports read ratings, opened tickets and visitors' messages by time.
CREATE INDEX satisfaction_rating_rated_idx ON satisfaction_rating (rated_at);
CREATE INDEX ticket_created_idx ON ticket (created_at);
CREATE INDEX message_sent_idx ON message (sent_at);
