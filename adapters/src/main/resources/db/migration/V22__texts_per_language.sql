-- The store writes its texts for visitors in its own language, and optionally again in others: each translation
-- column holds a JSON object from language tag to text, such as {"pl":"Dzień dobry!"}.
ALTER TABLE store_settings ADD COLUMN store_language VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE store_settings ADD COLUMN welcome_translations VARCHAR(8000) DEFAULT '{}' NOT NULL;
ALTER TABLE store_settings ADD COLUMN away_translations VARCHAR(8000) DEFAULT '{}' NOT NULL;
ALTER TABLE store_settings ADD COLUMN chat_launcher_label_translations VARCHAR(1000) DEFAULT '{}' NOT NULL;
ALTER TABLE store_settings ADD COLUMN hub_launcher_label_translations VARCHAR(1000) DEFAULT '{}' NOT NULL;

-- A store that kept Parley's English texts greets Polish visitors in Polish from now on; a store that wrote its own
-- keeps them for everyone until it writes them in Polish too.
UPDATE store_settings SET welcome_translations = '{"pl":"Dzień dobry! W czym możemy pomóc?"}'
    WHERE welcome_message = 'Hi! How can we help you today?';
UPDATE store_settings
    SET away_translations = '{"pl":"Dziękujemy za wiadomość! Jesteśmy teraz poza biurem i odpowiemy, gdy tylko wrócimy."}'
    WHERE away_message = 'Thanks for your message! We''re away right now and will reply as soon as we''re back.';

-- An FAQ in one language is shown to visitors speaking it only; without one, to every visitor.
ALTER TABLE faq ADD COLUMN language VARCHAR(8);
