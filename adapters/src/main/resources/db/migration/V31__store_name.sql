-- The name the store speaks under in the widget (above its welcome and away messages, beside its avatar); none until
-- the store gives one, and the widget then says "Support". Runs unchanged on H2 2.x and PostgreSQL 15+.
ALTER TABLE store_settings ADD COLUMN store_name VARCHAR(60);
