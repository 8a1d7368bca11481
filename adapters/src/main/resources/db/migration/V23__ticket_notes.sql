-- Internal notes on tickets, with the agents they mention, and the outbox of the emails about mentions. Notes live
-- apart from the conversation's messages (no sequence number, no visitor query reads these tables), so that nothing
-- served to a visitor can ever hold one. Runs unchanged on H2 2.x and PostgreSQL 15+.

-- A note: its author's client id is unique per author and ticket (a retry stores nothing new).
CREATE TABLE ticket_note (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    ticket_id       VARCHAR(36)   NOT NULL REFERENCES ticket (id),
    author_id       VARCHAR(36)   NOT NULL REFERENCES agent (id),
    client_note_id  VARCHAR(64)   NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    CONSTRAINT ticket_note_client_id_uq UNIQUE (ticket_id, author_id, client_note_id)
);
CREATE INDEX ticket_note_ticket_idx ON ticket_note (ticket_id, created_at);

-- The agents a note mentions (never its author), in the order of their first mention; seen_at is set once the agent
-- has seen the mention (opened the ticket in the inbox).
CREATE TABLE ticket_note_mention (
    note_id    VARCHAR(36) NOT NULL REFERENCES ticket_note (id),
    agent_id   VARCHAR(36) NOT NULL REFERENCES agent (id),
    position   INTEGER     NOT NULL,
    ticket_id  VARCHAR(36) NOT NULL REFERENCES ticket (id),
    created_at TIMESTAMP   NOT NULL,
    seen_at    TIMESTAMP,
    PRIMARY KEY (note_id, agent_id)
);
CREATE INDEX ticket_note_mention_agent_idx ON ticket_note_mention (agent_id, seen_at, created_at);

-- The outbox of mention emails, one per mention written while a mail server was configured; claimed, sent and retried
-- like ticket_notification (status PENDING, SENT, DROPPED or FAILED).
CREATE TABLE mention_notification (
    note_id          VARCHAR(36)  NOT NULL REFERENCES ticket_note (id),
    agent_id         VARCHAR(36)  NOT NULL REFERENCES agent (id),
    status           VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL,
    next_attempt_at  TIMESTAMP    NOT NULL,
    sent_at          TIMESTAMP,
    last_error       VARCHAR(500),
    PRIMARY KEY (note_id, agent_id)
);
CREATE INDEX mention_notification_due_idx ON mention_notification (status, next_attempt_at);
