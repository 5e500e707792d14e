-- pgbench script: the database work of ONE `POST /api/tickets` by a REQUESTER, statement for
-- statement and row for row, as captured from Loket with log_statement=all (2026-11-23, EclipseLink
-- 4.0.7 on PostgreSQL 17.6). Run by src/bench/write-path as
--   pgbench -n -M prepared -f create-path.sql -c C -j C -T S
-- Loket uses the extended protocol with prepared statements, hence -M prepared.
--
-- What the request does, in order (one backend; ticket row first, then history, then event):
--   1. SELECT code, active, sort_order FROM category WHERE code = $1   -- Catalog.isActive: em.find,
--      Category is not in the shared cache, so every create reads it; autocommit, BEFORE the BEGIN.
--   2. BEGIN
--   3. SELECT nextval('ticket_number_seq')                              -- TicketNumbers.next, a round trip
--   4. INSERT INTO ticket (16 columns)                                  -- id from ticket_seq, preallocated
--                                                                       --   by 50 (one nextval per 50 creates)
--   5. INSERT INTO ticket_audit (7 columns, field 'created', new_value jsonb '"LKT-..."')
--                                                                       -- id from ticket_audit_seq (by 50)
--   6. select nextval('outbox_event_seq')                               -- allocationSize 1: a round trip
--                                                                       --   per event
--   7. INSERT INTO outbox_event (8 columns, payload jsonb)
--   8. COMMIT
-- Not in this script: the two auth queries (app_user, user_role), which run once per account
-- until the credential cache holds it (the HTTP driver warms all accounts up first), and
-- everything after the commit: the relay (advisory lock, claim FOR UPDATE SKIP LOCKED, UPDATE
-- published_at, batched up to 200 events per transaction) and the consumer (consumed_event +
-- notification, one transaction per event). Those run on other threads after the response and
-- are measured separately (consumer-path.sql, and the outbox drain time).
--
-- Ids: ticket and ticket_audit ids are taken from their own sequences inline (nextval in the
-- VALUES, no extra round trip, like Loket's preallocated ids); the sequences keep pgbench's rows
-- and Loket's rows apart. pgbench rows are marked requester 'pgbench' and deleted after the run.
-- Text shapes are those of the driver's request: title "Bench n", description "benchmark ...",
-- category 'other', LOW/LOW -> P4.
SELECT code, active, sort_order FROM category WHERE (code = 'other');
BEGIN;
SELECT nextval('ticket_number_seq') AS n \gset
INSERT INTO ticket (ID, assignee, category, closed_at, created_at, description, impact, number, priority, requester, resolved_at, status, title, updated_at, urgency, version) VALUES (nextval('ticket_seq'), NULL, 'other', NULL, now(), 'benchmark: opened by the write-path driver', 'LOW', 'LKT-2026-' || lpad(:n::text, 6, '0') || '-0', 'P4', 'pgbench', NULL, 'NEW', 'Bench ' || :n, now(), 'LOW', 1);
INSERT INTO ticket_audit (ID, actor, changed_at, field_name, new_value, old_value, ticket_id) VALUES (nextval('ticket_audit_seq'), 'pgbench', now(), 'created', to_jsonb('LKT-2026-' || lpad(:n::text, 6, '0') || '-0'), NULL, currval('ticket_seq'));
select nextval('outbox_event_seq') AS oe \gset
INSERT INTO outbox_event (ID, aggregate_key, aggregate_type, created_at, event_id, payload, published_at, event_type) VALUES (:oe, 'LKT-2026-' || lpad(:n::text, 6, '0') || '-0', 'ticket', now(), :oe, jsonb_build_object('number', 'LKT-2026-' || lpad(:n::text, 6, '0') || '-0', 'status', 'NEW', 'version', 1, 'priority', 'P4', 'requester', 'pgbench'), NULL, 'TICKET_CREATED');
COMMIT;
