-- Macros: the team's saved replies. The body keeps its variables as written ({{visitor.firstName}}); they are
-- rendered when an agent inserts the macro. Runs unchanged on H2 2.x and PostgreSQL 15+.
CREATE TABLE macro (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    title       VARCHAR(100)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    updated_at  TIMESTAMP     NOT NULL
);
