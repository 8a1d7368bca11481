-- When the widget first showed the visitor the store's privacy-policy and terms links, and which addresses it showed
-- (the store's settings at that moment). All NULL until then; links_shown_at is set exactly when they were shown, and
-- an address is NULL when the store had no such link. UTC timestamps, as everywhere.
ALTER TABLE conversation ADD COLUMN links_shown_at TIMESTAMP;
ALTER TABLE conversation ADD COLUMN links_shown_privacy_policy_url VARCHAR(2000);
ALTER TABLE conversation ADD COLUMN links_shown_terms_url VARCHAR(2000);
