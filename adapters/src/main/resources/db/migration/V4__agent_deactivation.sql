-- Team members are removed by deactivation, not deletion: messages they wrote and tickets they were assigned still
-- name them. Runs unchanged on H2 2.x and PostgreSQL 15+.

ALTER TABLE agent ADD COLUMN deactivated BOOLEAN DEFAULT FALSE NOT NULL;
