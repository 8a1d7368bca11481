-- The query plans of the ticket list's first page, as Parley asks for it (TicketPersistenceAdapter.page), on the
-- benchmark database:  psql -h 127.0.0.1 -U postgres -d parley_bench -X -f bench/explain.sql
-- :agent is the benchmark's admin (the "mine" view); the snooze cut-off is now.
\set ON_ERROR_STOP on
SELECT id AS agent FROM agent WHERE role = 'ADMIN' ORDER BY created_at LIMIT 1 \gset
\set now localtimestamp

\echo '== open, all (the default view)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t.* FROM ticket t, conversation c
WHERE c.id = t.conversation_id
  AND (t.status = 'OPEN' OR (t.status = 'SNOOZED' AND t.snoozed_until <= :now))
ORDER BY t.last_activity_at DESC, t.id DESC LIMIT 51;

\echo '== open, mine'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t.* FROM ticket t, conversation c
WHERE c.id = t.conversation_id
  AND (t.status = 'OPEN' OR (t.status = 'SNOOZED' AND t.snoozed_until <= :now))
  AND t.assignee_id = :'agent'
ORDER BY t.last_activity_at DESC, t.id DESC LIMIT 51;

\echo '== open, unassigned'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t.* FROM ticket t, conversation c
WHERE c.id = t.conversation_id
  AND (t.status = 'OPEN' OR (t.status = 'SNOOZED' AND t.snoozed_until <= :now))
  AND t.assignee_id IS NULL
ORDER BY t.last_activity_at DESC, t.id DESC LIMIT 51;

\echo '== snoozed'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t.* FROM ticket t, conversation c
WHERE c.id = t.conversation_id
  AND t.status = 'SNOOZED' AND t.snoozed_until > :now
ORDER BY t.last_activity_at DESC, t.id DESC LIMIT 51;

\echo '== open, sms'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t.* FROM ticket t, conversation c
WHERE c.id = t.conversation_id
  AND (t.status = 'OPEN' OR (t.status = 'SNOOZED' AND t.snoozed_until <= :now))
  AND c.channel = 'SMS'
ORDER BY t.last_activity_at DESC, t.id DESC LIMIT 51;

\echo '== the last messages of a page (summaries)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT m.* FROM message m, conversation c
WHERE c.id = m.conversation_id AND m.seq = c.last_seq
  AND c.id IN (SELECT conversation_id FROM ticket ORDER BY last_activity_at DESC LIMIT 51);

-- The inbox search (q), as TicketPersistenceAdapter.searchMatches and page ask for it: first up to 2,001 matching
-- rows of each source through the trigram indexes (V21), then the page among the tickets they name (a list of ids),
-- or, for a source that found more, the newest tickets tested one by one (EXISTS).
\echo '== search "refund": the messages that contain it (trigram index), at most 2,001'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT conversation_id FROM message WHERE LOWER(body) LIKE '%refund%' ESCAPE '!' LIMIT 2001;

\echo '== search "parcel": the messages that contain it, at most 2,001 (more do: the page then tests tickets)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT conversation_id FROM message WHERE LOWER(body) LIKE '%parcel%' ESCAPE '!' LIMIT 2001;

\echo '== search "żółtowski": profiles and store users that contain it, at most 2,001 each'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT visitor_id FROM profile WHERE LOWER(name) LIKE '%żółtowski%' ESCAPE '!'
  OR LOWER(email) LIKE '%żółtowski%' ESCAPE '!' OR LOWER(phone) LIKE '%żółtowski%' ESCAPE '!' LIMIT 2001;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT id FROM visitor WHERE LOWER(external_id) LIKE '%żółtowski%' ESCAPE '!' LIMIT 2001;

SELECT string_agg(quote_literal(conversation_id), ',') AS refund_conversations
FROM (SELECT conversation_id FROM message WHERE LOWER(body) LIKE '%refund%' ESCAPE '!' LIMIT 2001) found \gset
\echo '== search "refund", open: the page among the conversations found'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t.* FROM ticket t, conversation c
WHERE c.id = t.conversation_id
  AND (t.status = 'OPEN' OR (t.status = 'SNOOZED' AND t.snoozed_until <= :now))
  AND t.conversation_id IN (:refund_conversations)
ORDER BY t.last_activity_at DESC, t.id DESC LIMIT 51;

\echo '== search "parcel", open: the newest open tickets tested one by one'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t.* FROM ticket t, conversation c
WHERE c.id = t.conversation_id
  AND (t.status = 'OPEN' OR (t.status = 'SNOOZED' AND t.snoozed_until <= :now))
  AND EXISTS (SELECT 1 FROM message m WHERE m.conversation_id = t.conversation_id
              AND LOWER(m.body) LIKE '%parcel%' ESCAPE '!')
ORDER BY t.last_activity_at DESC, t.id DESC LIMIT 51;

\echo '== search "żółtowski", open: the newest open tickets tested one by one (profiles, store users)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t.* FROM ticket t, conversation c
WHERE c.id = t.conversation_id
  AND (t.status = 'OPEN' OR (t.status = 'SNOOZED' AND t.snoozed_until <= :now))
  AND (EXISTS (SELECT 1 FROM profile p WHERE p.visitor_id = t.visitor_id
               AND (LOWER(p.name) LIKE '%żółtowski%' ESCAPE '!' OR LOWER(p.email) LIKE '%żółtowski%' ESCAPE '!'
                    OR LOWER(p.phone) LIKE '%żółtowski%' ESCAPE '!'))
       OR EXISTS (SELECT 1 FROM visitor v WHERE v.id = t.visitor_id
                  AND LOWER(v.external_id) LIKE '%żółtowski%' ESCAPE '!'))
ORDER BY t.last_activity_at DESC, t.id DESC LIMIT 51;
