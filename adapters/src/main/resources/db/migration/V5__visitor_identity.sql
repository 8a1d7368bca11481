-- Visitors logged in to the store: the store's user id, verified by its signature (identity verification).
-- NULL for anonymous visitors; both H2 and PostgreSQL let a UNIQUE column hold many NULLs.

ALTER TABLE visitor ADD COLUMN external_id VARCHAR(200);
ALTER TABLE visitor ADD CONSTRAINT visitor_external_id_unique UNIQUE (external_id);
