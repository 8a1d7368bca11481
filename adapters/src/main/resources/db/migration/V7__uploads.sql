-- Images people show in their messages. The bytes live in the database (nothing on a node's disk), in the binary
-- type of the database at hand: ${binaryType} is set by the migration runner (BYTEA on PostgreSQL, BLOB on H2).

CREATE TABLE upload (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    owner_kind    VARCHAR(16)  NOT NULL,
    owner_id      VARCHAR(36)  NOT NULL,
    content_type  VARCHAR(32)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    data          ${binaryType} NOT NULL
);
CREATE INDEX upload_owner_idx ON upload (owner_kind, owner_id);

-- A message shows at most one image, and may then have no text.
ALTER TABLE message ADD COLUMN image_id VARCHAR(36);
ALTER TABLE message ADD CONSTRAINT message_image_fk FOREIGN KEY (image_id) REFERENCES upload (id);
CREATE INDEX message_image_idx ON message (image_id);
ALTER TABLE message ALTER COLUMN body DROP NOT NULL;
