-- pgbench script: the consumer's transaction for one TICKET_CREATED event, as captured from
-- Loket (TicketEventListener -> NotificationRecorder, one JTA transaction per message):
--   BEGIN; INSERT consumed_event ... ON CONFLICT DO NOTHING; INSERT notification; COMMIT
-- (notification ids from notification_seq, preallocated by 50: inline nextval here).
-- Reported by src/bench/write-path as a separate line: it runs after the response, on the MDB's
-- threads, once per created ticket. The relay's transaction (pg_try_advisory_xact_lock, claim
-- FOR UPDATE SKIP LOCKED LIMIT 200, UPDATE outbox_event SET published_at = $1 WHERE id = ANY($2),
-- COMMIT) is batched, so its per-event cost shrinks with the backlog; it is not scripted here,
-- the drain time after the load shows whether it keeps up.
\set e random(1000000000, 9000000000)
BEGIN;
INSERT INTO consumed_event (consumer, event_id, consumed_at) VALUES ('pgbench', :e, now()) ON CONFLICT DO NOTHING;
INSERT INTO notification (ID, created_at, event_id, kind, read_at, recipient, ticket_number) VALUES (nextval('notification_seq'), now(), :e::text || '-' || nextval('notification_seq')::text, 'TICKET_RECEIVED', NULL, 'pgbench', 'LKT-2026-000000-0');
COMMIT;
