-- The SMS channel (a Twilio-compatible provider). Runs unchanged on H2 2.x and PostgreSQL 15+.

-- A profile's phone in E.164 when it is written with its country code: how an incoming SMS finds its customer. Phones
-- stored before are taken when they start with + (or 00) once spaces, dots, dashes and brackets are dropped.
ALTER TABLE profile ADD COLUMN phone_e164 VARCHAR(16);
UPDATE profile SET phone_e164 =
    REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(phone, ' ', ''), '-', ''), '.', ''), '(', ''), ')', '')
    WHERE phone LIKE '+%'
      AND LENGTH(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(phone, ' ', ''), '-', ''), '.', ''), '(', ''), ')', '')) BETWEEN 8 AND 16;
UPDATE profile SET phone_e164 =
    '+' || SUBSTRING(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(phone, ' ', ''), '-', ''), '.', ''), '(', ''), ')', '') FROM 3)
    WHERE phone LIKE '00%'
      AND LENGTH(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(phone, ' ', ''), '-', ''), '.', ''), '(', ''), ')', '')) BETWEEN 9 AND 17;
CREATE INDEX profile_phone_e164 ON profile (phone_e164);

-- The store's SMS settings, one row (id 1). The auth tokens are sealed (AES-GCM under PARLEY_SECRETS_KEY); the
-- keywords are comma-separated, upper case.
CREATE TABLE sms_settings (
    id                    INTEGER       NOT NULL PRIMARY KEY,
    enabled               BOOLEAN       NOT NULL,
    base_url              VARCHAR(500)  NOT NULL,
    account_id            VARCHAR(64)   NOT NULL,
    sender                VARCHAR(64)   NOT NULL,
    auth_token            VARCHAR(1000),
    secondary_auth_token  VARCHAR(1000),
    opt_out_keywords      VARCHAR(500)  NOT NULL,
    opt_in_keywords       VARCHAR(500)  NOT NULL,
    updated_at            TIMESTAMP     NOT NULL
);

-- Every number that wrote to the store, whether it opted out (STOP) since it last opted in (START), and the customer
-- (visitor) its first text reached, whom its texts keep going to. Its row is the lock under which one number's
-- requests are taken one at a time.
CREATE TABLE sms_contact (
    phone       VARCHAR(16) NOT NULL PRIMARY KEY,
    opted_out   BOOLEAN     NOT NULL,
    changed_at  TIMESTAMP   NOT NULL,
    visitor_id  VARCHAR(36)
);

-- The provider's ids of the messages received: a retried webhook stores nothing twice.
CREATE TABLE sms_inbound (
    message_sid  VARCHAR(64) NOT NULL PRIMARY KEY,
    received_at  TIMESTAMP   NOT NULL
);

-- Which number each SMS conversation talks to.
CREATE TABLE sms_thread (
    conversation_id  VARCHAR(36) NOT NULL PRIMARY KEY,
    phone            VARCHAR(16) NOT NULL,
    created_at       TIMESTAMP   NOT NULL
);
CREATE INDEX sms_thread_phone ON sms_thread (phone);

-- The SMS outbox: one row per reply sent by SMS, written in the reply's transaction. state is PENDING (claimable when
-- next_attempt_at is due), QUEUED, SENT, DELIVERED, UNDELIVERED or FAILED, and only moves forward.
CREATE TABLE sms_outgoing (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    conversation_id  VARCHAR(36)   NOT NULL,
    seq              BIGINT        NOT NULL,
    phone            VARCHAR(16)   NOT NULL,
    body             VARCHAR(1600) NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    next_attempt_at  TIMESTAMP     NOT NULL,
    provider_id      VARCHAR(64),
    error_code       VARCHAR(16),
    error            VARCHAR(300),
    updated_at       TIMESTAMP     NOT NULL,
    accepted_at      TIMESTAMP,
    CONSTRAINT sms_outgoing_message UNIQUE (conversation_id, seq)
);
CREATE INDEX sms_outgoing_due ON sms_outgoing (state, next_attempt_at);

-- Demo mode's fake provider: what it carried to and from the simulated phones (/demo/phone/).
CREATE TABLE demo_sms (
    sid              VARCHAR(40)   NOT NULL PRIMARY KEY,
    phone            VARCHAR(16)   NOT NULL,
    to_store         BOOLEAN       NOT NULL,
    body             VARCHAR(1600) NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    webhook_status   INTEGER,
    status_callback  VARCHAR(700),
    created_at       TIMESTAMP     NOT NULL,
    updated_at       TIMESTAMP     NOT NULL
);
CREATE INDEX demo_sms_phone ON demo_sms (phone, created_at);
CREATE INDEX demo_sms_status ON demo_sms (status, updated_at);
