-- A conversation's stage: BROWSING (the visitor reads FAQs; no message, no ticket), LIVE, CLOSED.
ALTER TABLE conversation ADD COLUMN stage VARCHAR(16) DEFAULT 'LIVE' NOT NULL;
UPDATE conversation SET stage = 'CLOSED' WHERE status = 'CLOSED';
