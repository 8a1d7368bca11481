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
