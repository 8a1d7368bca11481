-- The whole of the store's settings. Runs unchanged on H2 2.x and PostgreSQL 15+: plain types only.
-- The single store_settings row (id 1) gets the values of a new store through the column defaults; the lists
-- (FAQs, opening ranges, closed dates, embedding sites) live in their own tables and start empty.

-- Online chat on and off.
ALTER TABLE store_settings ADD COLUMN chat_enabled BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE store_settings ADD COLUMN onsite_widget_enabled BOOLEAN DEFAULT TRUE NOT NULL;

-- The chat's own design: a hex colour such as #1F6FEB, an icon and a corner (enum names), a label ('' for none).
ALTER TABLE store_settings ADD COLUMN chat_colour CHAR(7) DEFAULT '#1F6FEB' NOT NULL;
ALTER TABLE store_settings ADD COLUMN chat_icon VARCHAR(16) DEFAULT 'CHAT' NOT NULL;
ALTER TABLE store_settings ADD COLUMN chat_position VARCHAR(16) DEFAULT 'RIGHT' NOT NULL;
ALTER TABLE store_settings ADD COLUMN chat_launcher_label VARCHAR(40) DEFAULT '' NOT NULL;

-- The customer hub, whose design styles the chat while it is active.
ALTER TABLE store_settings ADD COLUMN hub_active BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE store_settings ADD COLUMN hub_colour CHAR(7) DEFAULT '#1F6FEB' NOT NULL;
ALTER TABLE store_settings ADD COLUMN hub_icon VARCHAR(16) DEFAULT 'CHAT' NOT NULL;
ALTER TABLE store_settings ADD COLUMN hub_position VARCHAR(16) DEFAULT 'RIGHT' NOT NULL;
ALTER TABLE store_settings ADD COLUMN hub_launcher_label VARCHAR(40) DEFAULT '' NOT NULL;

-- Links shown before the visitor's first message; NULL when the store has none.
ALTER TABLE store_settings ADD COLUMN privacy_policy_url VARCHAR(2000);
ALTER TABLE store_settings ADD COLUMN terms_url VARCHAR(2000);

-- Business hours: the store's time zone (an IANA name or an offset) and whether it is always open.
ALTER TABLE store_settings ADD COLUMN time_zone VARCHAR(64) DEFAULT 'Z' NOT NULL;
ALTER TABLE store_settings ADD COLUMN always_open BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE store_settings ADD COLUMN away_message VARCHAR(1000)
    DEFAULT 'Thanks for your message! We''re away right now and will reply as soon as we''re back.' NOT NULL;

-- How long a visitor may wait for an agent before the ticket is highlighted.
ALTER TABLE store_settings ADD COLUMN waiting_threshold_seconds INTEGER DEFAULT 180 NOT NULL;

-- Identity verification of logged-in visitors: the shared HMAC secret (NULL when none) and whether it is enforced.
ALTER TABLE store_settings ADD COLUMN identity_secret VARCHAR(256);
ALTER TABLE store_settings ADD COLUMN identity_enforced BOOLEAN DEFAULT FALSE NOT NULL;

-- The FAQs, in the store's order (position 0 first).
CREATE TABLE faq (
    id         VARCHAR(36)   NOT NULL PRIMARY KEY,
    position   INTEGER       NOT NULL,
    question   VARCHAR(200)  NOT NULL,
    answer     VARCHAR(2000) NOT NULL,
    published  BOOLEAN       NOT NULL
);
CREATE INDEX faq_position_idx ON faq (position);

-- The weekly schedule: opening ranges in the store's zone. Times are 'HH:MM' (seconds only if ever needed, as
-- 'HH:MM:SS'); an end of '24:00' means open until midnight. A day without rows is closed.
CREATE TABLE business_hours_range (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    day_of_week  VARCHAR(9)  NOT NULL,
    start_time   VARCHAR(18) NOT NULL,
    end_time     VARCHAR(18) NOT NULL
);

-- Dates on which the schedule is closed all day, such as public holidays.
CREATE TABLE business_hours_closure (
    closed_on  DATE NOT NULL PRIMARY KEY
);

-- The sites that may embed the chat, as normalised origins such as https://shop.example.com.
CREATE TABLE allowed_origin (
    origin  VARCHAR(300) NOT NULL PRIMARY KEY
);
