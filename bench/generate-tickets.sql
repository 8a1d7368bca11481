-- Fills a migrated Parley database (PostgreSQL) with a helpdesk's worth of history, for the ticket-list benchmark.
-- Run by bench/run after Parley has started once against the database (so that Flyway made the schema and the
-- first admin exists):  psql -h 127.0.0.1 -U postgres -d parley_bench -v tickets=500000 -f bench/generate-tickets.sql
--
-- What it makes, from :tickets (N, default 500,000):
--   * 19 more agents (they cannot sign in), so 20 with the admin; tickets are assigned round robin over all of them;
--   * N/2 visitors: the older half of the tickets belongs to them too (a visitor's earlier, closed ticket);
--   * N conversations with their tickets, over the year before today (UTC), newest activity last; the newest 30,000 are mostly
--     open (70 % open, 10 % snoozed, 20 % closed), the older new ones mostly closed (90 / 7 / 3), the oldest half all
--     closed; 10 % are SMS, 30 % of the tickets that are not closed are unassigned;
--   * 2 to 5 messages per conversation (a welcome, then the visitor and the agent in turn): about 3.5 N messages;
--     a fifth of the conversations are in Polish ("gdzie jest moja przesyłka?"), the rest in English ("where is my
--     parcel?"); one ticket in 1,000 asks for a refund ("refund" / "zwrot"); every message names the ticket's order
--     number (#100001 and up);
--   * a profile per visitor: 60 % named (English and Polish first and last names, with diacritics), 50 % with an
--     email (first.last.<visitor number>@example.com), 20 % with a phone (+48 600 <visitor number>); 30 % of the
--     visitors are store users (external id store-user-<visitor number>);
--   * read marks of the admin on every other ticket.
-- Ids are deterministic (md5 of a counter), so two runs make the same data. It refuses a database that has some
-- tickets already but fewer than N, and does nothing when it has N or more.

\set ON_ERROR_STOP on
\if :{?tickets}
\else
  \set tickets 500000
\endif

SELECT count(*) AS existing FROM ticket \gset
SELECT :existing >= :tickets AS enough, :existing > 0 AS partial \gset
\if :enough
  \echo 'bench: the database has' :existing 'tickets already; nothing to generate'
  \quit
\endif
\if :partial
  \echo 'bench: the database has' :existing 'tickets, fewer than' :tickets '- start again with bench/run --fresh'
  SELECT 1/0 AS refuse_partial_database;
\endif

\timing on
\echo 'bench: generating' :tickets 'tickets'

BEGIN;

INSERT INTO agent (id, email, display_name, role, password_hash, created_at, deactivated)
SELECT md5('bench-agent-' || a)::uuid::text, 'bench-agent-' || a || '@parley.bench', 'Bench Agent ' || a, 'AGENT',
       'bench: no password', now() - interval '400 days', FALSE
FROM generate_series(1, 19) AS a;

CREATE TEMPORARY TABLE bench_agent ON COMMIT DROP AS
SELECT (row_number() OVER (ORDER BY id)) - 1 AS n, id FROM agent WHERE deactivated = FALSE;
SELECT count(*) AS agent_count FROM bench_agent \gset

CREATE TEMPORARY TABLE bench_ticket ON COMMIT DROP AS
WITH numbered AS (
    SELECT i,
           :tickets - i AS age,                                         -- 0 for the newest ticket
           ((i - 1) % (:tickets / 2)) + 1 AS visitor,
           abs(hashtext('bench-' || i)) % 100 AS r,                     -- a stable "random" 0..99
           2 + (i % 4) AS messages
    FROM generate_series(1, :tickets) AS i
), shaped AS (
    SELECT n.*,
           CASE
               WHEN i <= :tickets - :tickets / 2 THEN 'CLOSED'
               WHEN age < 30000 THEN CASE WHEN r < 70 THEN 'OPEN' WHEN r < 80 THEN 'SNOOZED' ELSE 'CLOSED' END
               ELSE CASE WHEN r < 90 THEN 'CLOSED' WHEN r < 97 THEN 'OPEN' ELSE 'SNOOZED' END
           END AS status,
           CASE WHEN r % 10 = 3 THEN 'SMS' ELSE 'CHAT' END AS channel,
           date_trunc('minute', localtimestamp) - interval '366 days' + (i::float8 / :tickets) * interval '365 days'
               + (r % 7) * interval '1 minute' AS activity
    FROM numbered n
)
SELECT s.*,
       md5('bench-ticket-' || i)::uuid::text AS ticket_id,
       md5('bench-conversation-' || i)::uuid::text AS conversation_id,
       md5('bench-visitor-' || visitor)::uuid::text AS visitor_id,
       activity - ((r % 48) + 1) * interval '1 hour' AS created,
       CASE WHEN status <> 'CLOSED' AND r % 10 < 3 THEN NULL
            ELSE (SELECT id FROM bench_agent WHERE n = i % :agent_count) END AS assignee
FROM shaped s;

INSERT INTO visitor (id, token_hash, created_at, external_id)
SELECT md5('bench-visitor-' || v)::uuid::text, md5('bench-token-' || v) || md5('bench-token2-' || v),
       localtimestamp - interval '400 days', CASE WHEN v % 10 IN (1, 4, 7) THEN 'store-user-' || v END
FROM generate_series(1, :tickets / 2) AS v;


INSERT INTO profile (id, visitor_id, name, email, phone, properties, created_at, updated_at)
SELECT md5('bench-profile-' || v)::uuid::text, md5('bench-visitor-' || v)::uuid::text,
       CASE WHEN v % 10 < 6 THEN first || ' ' || last END,
       CASE WHEN v % 2 = 0 THEN lower(translate(first || '.' || last, 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ', 'acelnoszzACELNOSZZ'))
                                || '.' || v || '@example.com' END,
       CASE WHEN v % 5 = 0 THEN '+48 600 ' || lpad(v::text, 6, '0') END,
       '{}', localtimestamp - interval '400 days', localtimestamp - interval '400 days'
FROM generate_series(1, :tickets / 2) AS v,
     LATERAL (SELECT (ARRAY['Anna', 'Małgorzata', 'Łukasz', 'Żaneta', 'Grzegorz', 'Zofia', 'Paweł', 'Michał',
                            'Emily', 'James', 'Olivia', 'William', 'Sophie', 'Thomas', 'Jessica', 'Daniel'])
                     [1 + v % 16] AS first,
                     (ARRAY['Kowalska', 'Wiśniewski', 'Wójcik', 'Dąbrowska', 'Żółtowski', 'Lewandowska',
                            'Szczęsny', 'Kamińska', 'Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Evans',
                            'Walker', 'Wright', 'Nowak', 'Zieliński', 'Mazur'])[1 + (v / 16) % 19] AS last) AS names;

INSERT INTO conversation (id, visitor_id, channel, status, open_key, last_seq, started_at, closed_at,
                          visitor_seen_seq, agent_seen_seq, stage, away_replied)
SELECT conversation_id, visitor_id, channel,
       CASE WHEN status = 'CLOSED' THEN 'CLOSED' ELSE 'OPEN' END,
       CASE WHEN status = 'CLOSED' THEN NULL ELSE visitor_id || ':' || channel END,
       messages, created, CASE WHEN status = 'CLOSED' THEN activity END,
       messages, messages - 1, CASE WHEN status = 'CLOSED' THEN 'CLOSED' ELSE 'LIVE' END, 0
FROM bench_ticket;

INSERT INTO ticket (id, conversation_id, visitor_id, status, assignee_id, created_at, last_activity_at,
                    snoozed_until, waiting_since, closed_at)
SELECT ticket_id, conversation_id, visitor_id, status, assignee, created, activity,
       CASE WHEN status <> 'SNOOZED' THEN NULL
            WHEN age < 30000 AND r % 2 = 0 THEN localtimestamp + interval '30 days'  -- still snoozed
            ELSE activity + interval '1 day' END,                                -- snooze over: counts as open
       CASE WHEN status <> 'CLOSED' AND messages % 2 = 0 THEN activity END,      -- the visitor wrote last
       CASE WHEN status = 'CLOSED' THEN activity END
FROM bench_ticket;

INSERT INTO message (id, conversation_id, seq, client_message_id, author_kind, author_agent_id, sender, body,
                     sent_at)
SELECT md5('bench-message-' || t.i || '-' || m.seq)::uuid::text, t.conversation_id, m.seq,
       CASE WHEN m.seq > 1 THEN 'bench-' || t.i || '-' || m.seq END,
       CASE WHEN m.seq = 1 THEN 'SYSTEM' WHEN m.seq % 2 = 0 THEN 'VISITOR' ELSE 'AGENT' END,
       CASE WHEN m.seq > 1 AND m.seq % 2 = 1 THEN coalesce(t.assignee, (SELECT id FROM bench_agent WHERE n = 0)) END,
       CASE WHEN m.seq = 1 THEN 'system' WHEN m.seq % 2 = 0 THEN 'visitor'
            ELSE coalesce(t.assignee, (SELECT id FROM bench_agent WHERE n = 0)) END,
       CASE WHEN t.r % 5 = 4 THEN
                CASE WHEN m.seq = 1 THEN 'Dzień dobry! W czym możemy pomóc?'
                     WHEN m.seq % 2 = 0 THEN 'Pytanie ' || m.seq || ' o zamówienie #' || (100000 + t.i) || ': '
                                            || CASE WHEN t.i % 1000 = 7 THEN 'proszę o zwrot pieniędzy.'
                                                    ELSE 'gdzie jest moja przesyłka?' END
                     ELSE 'Odpowiedź ' || m.seq || ' do zamówienia #' || (100000 + t.i) || ': wyślemy ją jutro.' END
            WHEN m.seq = 1 THEN 'Hi! How can we help you today?'
            WHEN m.seq % 2 = 0 THEN 'Question ' || m.seq || ' about order #' || (100000 + t.i) || ': '
                                    || CASE WHEN t.i % 1000 = 7 THEN 'I would like a refund, please.'
                                            ELSE 'where is my parcel?' END
            ELSE 'Answer ' || m.seq || ' for order #' || (100000 + t.i) || ': it ships tomorrow.' END,
       t.created + (t.activity - t.created) * ((m.seq - 1)::float8 / (t.messages - 1))
FROM bench_ticket t, LATERAL generate_series(1, t.messages) AS m(seq);

INSERT INTO ticket_read (ticket_id, agent_id, seen_seq, marked_unread)
SELECT t.ticket_id, a.id, t.messages, 0
FROM bench_ticket t, agent a
WHERE t.i % 2 = 0 AND a.role = 'ADMIN';

COMMIT;

-- VACUUM as well as ANALYZE: it also moves what the bulk insert left in the trigram indexes' pending lists (GIN's
-- fast update) into the indexes, which autovacuum would do later; until then every search reads those lists.
VACUUM (ANALYZE) visitor;
VACUUM (ANALYZE) profile;
VACUUM (ANALYZE) conversation;
VACUUM (ANALYZE) ticket;
VACUUM (ANALYZE) message;
VACUUM (ANALYZE) ticket_read;
VACUUM (ANALYZE) agent;

SELECT status, count(*) FROM ticket GROUP BY status ORDER BY status;
SELECT count(*) AS messages FROM message;
