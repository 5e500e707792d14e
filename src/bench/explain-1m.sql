-- EXPLAIN ANALYZE of the lists the queues and the relay use, at 1 M rows. Run it on a THROW-AWAY
-- database that has Loket's schema (start Loket once against it, then stop it), e.g.
--   createdb -h 127.0.0.1 -U postgres loket_explain
--   LOKET_DB_URL=jdbc:postgresql://127.0.0.1:5432/loket_explain LOKET_DB_USER=postgres \
--     LOKET_DB_PASSWORD=postgres src/main/sh/loket     # Ctrl+C once it is ready
--   psql -h 127.0.0.1 -U postgres -d loket_explain -f src/bench/explain-1m.sql
-- It inserts 1 M history rows (plus one ticket with 2,000), 1 M published outbox rows with 200
-- waiting, and 1 M notifications, then prints the plans.
-- 1 M audit rows over 20,000 tickets (50 each), one ticket with 2,000 more; 1 M published outbox rows + 200 waiting.
INSERT INTO ticket (id, number, title, description, requester, category, impact, urgency, priority, status, created_at, updated_at, version)
SELECT 1000000 + g, 'X-' || g, 't', 'd', 'user' || (g % 500), 'other', 'LOW', 'LOW', 'P4', 'NEW', now() - g * interval '1 minute', now(), 1
FROM generate_series(1, 20000) g;
INSERT INTO ticket_audit (id, ticket_id, changed_at, actor, field_name, old_value, new_value)
SELECT -g, 1000000 + (g % 20000) + 1, now() - g * interval '1 second', 'sari', 'status', '"NEW"', '"ASSIGNED"'
FROM generate_series(1, 1000000) g;
INSERT INTO ticket_audit (id, ticket_id, changed_at, actor, field_name, old_value, new_value)
SELECT -2000000 - g, 1000001, now() - g * interval '1 second', 'sari', 'comment', NULL, '"INTERNAL"'
FROM generate_series(1, 2000) g;
INSERT INTO outbox_event (id, event_id, aggregate_type, aggregate_key, event_type, payload, created_at, published_at)
SELECT -g, -g, 'ticket', 'X-' || (g % 20000), 'TICKET_CREATED', '{}'::jsonb, now() - g * interval '1 second', now() - g * interval '1 second' + interval '50 ms'
FROM generate_series(1, 1000000) g;
INSERT INTO outbox_event (id, event_id, aggregate_type, aggregate_key, event_type, payload, created_at)
SELECT -2000000 - g, -2000000 - g, 'ticket', 'X-' || g, 'TICKET_CREATED', '{}'::jsonb, now() FROM generate_series(1, 200) g;
INSERT INTO notification (id, event_id, recipient, kind, ticket_number, created_at)
SELECT -g, g::text, 'user' || (g % 500), 'TICKET_RECEIVED', 'X-' || g, now() - g * interval '1 second' FROM generate_series(1, 1000000) g;
ANALYZE;
\echo '--- history page (staff), newest first, first page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM ticket_audit WHERE ticket_id = 1000001 AND (changed_at, id) < ('9999-12-31', 9223372036854775807) ORDER BY changed_at DESC, id DESC LIMIT 51;
\echo '--- history page (requester: internal notes hidden), a page deep in'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM ticket_audit WHERE ticket_id = 1000001 AND NOT (field_name = 'comment' AND new_value = '"INTERNAL"'::jsonb) AND (changed_at, id) < (now() - interval '1000 seconds', 0) ORDER BY changed_at DESC, id DESC LIMIT 51;
\echo '--- relay claim (200 waiting among 1,000,200 rows)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id, event_id, aggregate_type, aggregate_key, event_type, payload::text, created_at FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT 200 FOR UPDATE SKIP LOCKED;
\echo '--- backlog count and age'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT (SELECT count(*) FROM outbox_event WHERE published_at IS NULL), (SELECT min(created_at) FROM outbox_event WHERE published_at IS NULL);
\echo '--- purge batch'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id FROM outbox_event WHERE published_at < now() - interval '7 days' ORDER BY published_at LIMIT 1000;
\echo '--- conversation page (requester: public replies only)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM ticket_comment WHERE ticket_id = 1000001 AND visibility = 'PUBLIC' AND (created_at, id) < ('9999-12-31', 0) ORDER BY created_at DESC, id DESC LIMIT 51;
\echo '--- my notifications'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM notification WHERE recipient = 'user42' ORDER BY created_at DESC, id DESC LIMIT 50;
\echo '--- my tickets'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM ticket WHERE requester = 'user42' ORDER BY created_at DESC, id DESC LIMIT 50;
