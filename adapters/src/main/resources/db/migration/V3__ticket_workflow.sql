-- Ticket workflow: snoozing, closing, waiting time, per-agent read state, and conversation events.

ALTER TABLE message ADD COLUMN event VARCHAR(32);

ALTER TABLE ticket ADD COLUMN snoozed_until TIMESTAMP;
ALTER TABLE ticket ADD COLUMN waiting_since TIMESTAMP;
ALTER TABLE ticket ADD COLUMN closed_at TIMESTAMP;
CREATE INDEX ticket_status_activity_idx ON ticket (status, last_activity_at, id);
CREATE INDEX ticket_assignee_activity_idx ON ticket (assignee_id, last_activity_at, id);

-- What each agent has seen of each ticket: unread means activity after seen_seq, or marked unread by hand.
CREATE TABLE ticket_read (
    ticket_id      VARCHAR(36) NOT NULL REFERENCES ticket (id),
    agent_id       VARCHAR(36) NOT NULL REFERENCES agent (id),
    seen_seq       BIGINT      NOT NULL,
    -- 0 or 1: compared in queries, where H2 and EclipseLink disagree on boolean literals.
    marked_unread  SMALLINT    NOT NULL,
    PRIMARY KEY (ticket_id, agent_id)
);
