-- Tags on tickets (an admin-managed list) and saved inbox views. Runs unchanged on H2 2.x and PostgreSQL 15+.

-- The store's tags: names unique ignoring case (name_key is the name in lower case), a colour from the palette.
CREATE TABLE tag (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    name        VARCHAR(40) NOT NULL,
    name_key    VARCHAR(40) NOT NULL,
    colour      VARCHAR(16) NOT NULL,
    created_at  TIMESTAMP   NOT NULL,
    updated_at  TIMESTAMP   NOT NULL,
    CONSTRAINT tag_name_key_uq UNIQUE (name_key)
);

-- Which tickets carry which tags; deleting a tag takes it off every ticket.
CREATE TABLE ticket_tag (
    ticket_id  VARCHAR(36) NOT NULL REFERENCES ticket (id),
    tag_id     VARCHAR(36) NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    added_at   TIMESTAMP   NOT NULL,
    PRIMARY KEY (ticket_id, tag_id)
);
-- The inbox's tag filter: the tickets that carry a tag.
CREATE INDEX ticket_tag_tag_idx ON ticket_tag (tag_id, ticket_id);

-- Saved views: an agent's personal ones (shared = 0) and the team's shared ones (shared = 1, saved by an admin).
-- The filter columns hold the ticket list's query values (status open/snoozed/closed or NULL for every status,
-- assignee all/mine/unassigned, channel chat/sms or NULL, a tag id, a search text). A deleted tag leaves tag_id as it
-- was: the view then shows no tickets until it is changed.
CREATE TABLE saved_view (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    owner_id    VARCHAR(36)  NOT NULL REFERENCES agent (id),
    shared      SMALLINT     NOT NULL,
    name        VARCHAR(60)  NOT NULL,
    status      VARCHAR(16),
    assignee    VARCHAR(16)  NOT NULL,
    channel     VARCHAR(16),
    tag_id      VARCHAR(36),
    search_text VARCHAR(200),
    created_at  TIMESTAMP    NOT NULL,
    updated_at  TIMESTAMP    NOT NULL
);
CREATE INDEX saved_view_owner_idx ON saved_view (owner_id, shared);
CREATE INDEX saved_view_shared_idx ON saved_view (shared);
