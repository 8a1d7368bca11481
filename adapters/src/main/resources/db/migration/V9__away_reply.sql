-- Whether Parley answered with the away message since an agent last wrote (0 or 1).
ALTER TABLE conversation ADD COLUMN away_replied SMALLINT DEFAULT 0 NOT NULL;
