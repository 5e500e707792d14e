-- The portal's and the managers' lists at 1 M rows: EXPLAIN ANALYZE of the queries that
-- TicketService.mine (My tickets: keyset on updated_at, filtered, searched), Notifications
-- (page, unread count), Escalations.page (the managers' list) and Attachments (a ticket's files)
-- run. Run it on a THROW-AWAY database that has Loket's schema, e.g.
--   createdb -h 127.0.0.1 -U postgres loket_portal
--   for f in ejb/src/main/resources/db/migration/V*.sql; do
--     psql -q -h 127.0.0.1 -U postgres -d loket_portal -f "$f"; done
--   psql -h 127.0.0.1 -U postgres -d loket_portal -f src/bench/sql/portal-1m.sql
--   dropdb -h 127.0.0.1 -U postgres loket_portal
-- 1 M tickets over 2,000 requesters (user7 has 500), 1 M closed escalations (+1 open), 1 M
-- notifications over 2,000 users (10 % unread), 1 M attachments over 100,000 tickets.
\timing off
SET client_min_messages = warning;
INSERT INTO ticket (id, number, title, description, requester, category, impact, urgency, priority,
                    status, created_at, updated_at, version)
SELECT 10000000 + g, 'B-' || g, 'printer ' || (g % 997) || ' jams on floor ' || (g % 13), 'detail',
       'user' || (g % 2000), 'other', 'LOW', 'LOW', 'P4',
       (ARRAY['NEW','ASSIGNED','IN_PROGRESS','RESOLVED','CLOSED','CLOSED','CLOSED','CLOSED'])[1 + g % 8],
       now() - g * interval '1 minute', now() - g * interval '30 seconds', 1
FROM generate_series(1, 1000000) g;
INSERT INTO ticket_escalation (id, ticket_id, escalated_by, reason, escalated_at, event_id, closed_at)
SELECT g, 10000000 + g, 'user' || (g % 2000), 'no answer', now() - g * interval '10 seconds', g,
       CASE WHEN g = 1 THEN NULL ELSE now() END
FROM generate_series(1, 1000000) g;
INSERT INTO escalation_case (id, escalation_id, event_id, ticket_number, requester, reason,
                             escalated_at, recorded_at, status)
SELECT g, g, g, 'B-' || g, 'user' || (g % 2000), 'no answer', now() - g * interval '10 seconds',
       now() - g * interval '10 seconds', CASE WHEN g = 1 THEN 'OPEN' ELSE 'CLOSED' END
FROM generate_series(1, 1000000) g;
INSERT INTO notification (id, event_id, recipient, kind, ticket_number, created_at, read_at)
SELECT g, 'e' || g, 'user' || (g % 2000), 'TICKET_REPLIED', 'B-' || g, now() - g * interval '5 seconds',
       CASE WHEN g % 10 = 0 THEN NULL ELSE now() END
FROM generate_series(1, 1000000) g;
INSERT INTO attachment (id, ticket_id, comment_id, file_name, media_type, size_bytes, sha256,
                        internal, thumbnail, uploaded_by, uploaded_at)
SELECT g, 10000000 + (g % 100000) + 1, NULL, 'f' || g || '.png', 'image/png', 1000, repeat('a', 64),
       g % 5 = 0, TRUE, 'user' || (g % 2000), now() - g * interval '1 second'
FROM generate_series(1, 1000000) g;
ANALYZE;

\echo '== My tickets, first page (user7, all statuses)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t.* FROM ticket t WHERE t.requester = 'user7'
  AND (t.updated_at, t.id) < ('infinity'::timestamptz, 9223372036854775807)
ORDER BY t.updated_at DESC, t.id DESC LIMIT 26;
\echo '== My tickets, open only, a page deep in the list'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t.* FROM ticket t WHERE t.requester = 'user7'
  AND (t.updated_at, t.id) < (now() - interval '3 days', 9223372036854775807)
  AND t.status IN ('ASSIGNED', 'IN_PROGRESS', 'NEW', 'REOPENED', 'WAITING_FOR_REQUESTER', 'WAITING_FOR_THIRD_PARTY')
ORDER BY t.updated_at DESC, t.id DESC LIMIT 26;
\echo '== My tickets, searched'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t.* FROM ticket t WHERE t.requester = 'user7'
  AND (t.updated_at, t.id) < ('infinity'::timestamptz, 9223372036854775807)
  AND (t.title ILIKE '%jams on floor 3%' ESCAPE '\' OR t.number ILIKE '%jams on floor 3%' ESCAPE '\')
ORDER BY t.updated_at DESC, t.id DESC LIMIT 26;
\echo '== My tickets, count for the pager'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT COUNT(*) FROM ticket t WHERE t.requester = 'user7';
\echo '== Notifications page and unread count'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM notification WHERE recipient = 'user7'
  AND (created_at, id) < ('infinity'::timestamptz, 9223372036854775807)
ORDER BY created_at DESC, id DESC LIMIT 26;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT COUNT(*) FROM notification WHERE recipient = 'user7' AND read_at IS NULL;
\echo '== Managers: escalation list, first page and a page deep'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM escalation_case WHERE (escalated_at, id) < ('infinity'::timestamptz, 9223372036854775807)
ORDER BY escalated_at DESC, id DESC LIMIT 51;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM escalation_case WHERE (escalated_at, id) < (now() - interval '60 days', 9223372036854775807)
ORDER BY escalated_at DESC, id DESC LIMIT 51;
\echo '== A ticket''s attachments'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM attachment WHERE ticket_id = 10000042
  AND (uploaded_at, id) < ('infinity'::timestamptz, 9223372036854775807)
ORDER BY uploaded_at DESC, id DESC LIMIT 51;
