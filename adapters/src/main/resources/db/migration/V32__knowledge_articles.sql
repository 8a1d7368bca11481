-- Knowledge articles: pages of the store's own knowledge that the assistant answers visitors from, once published.
-- The body is plain text whose lines starting with '#' are headings. Runs unchanged on H2 2.x and PostgreSQL 15+.
CREATE TABLE knowledge_article (
    id          VARCHAR(36)    NOT NULL PRIMARY KEY,
    title       VARCHAR(200)   NOT NULL,
    body        VARCHAR(20000) NOT NULL,
    language    VARCHAR(8)     NOT NULL,
    link        VARCHAR(2000),
    status      VARCHAR(16)    NOT NULL,
    created_at  TIMESTAMP      NOT NULL,
    updated_at  TIMESTAMP      NOT NULL
);
-- The assistant reads the published articles whenever the knowledge changed.
CREATE INDEX knowledge_article_status_idx ON knowledge_article (status);

-- The revision of the store's knowledge (its FAQs and articles): every stored change of either adds one, in the
-- transaction of the change, so that a node sees whether its search index is out of date by reading one number.
ALTER TABLE store_settings ADD COLUMN knowledge_revision BIGINT DEFAULT 0 NOT NULL;
