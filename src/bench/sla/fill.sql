-- Fills ticket_sla of a database made by queue/generate.sql (run by src/bench/sla-bench on every run,
-- so every run starts from the same state):
--   psql -v all_live=0 -f fill.sql
-- Two clocks per ticket, FIRST_RESPONSE and RESOLUTION, on the default policy of its priority
-- (p1-default .. p4-default, V18) and calendar office-jakarta, started at the ticket's creation:
--  * open tickets: live, level 0, the next look (next_at = warn_at) spread over 8 days from 2 hours
--    ahead (none due during a run), due_at after it by the rest of the target;
--  * resolved and closed tickets: met (first response an hour after creation, resolution when
--    resolved), next_at NULL: not in the sweeper's partial index;
--  * all_live=1: every clock live with a next look in the future, as if all N tickets were open
--    (the issue's "1,000,000 open tickets of which none are due").
-- Earlier runs' SLA escalations, cases, ledger, events and notifications are removed first.
-- bench_sla_pick numbers the clocks of open tickets that have a team in a fixed pseudo-random order:
-- each burst of the benchmark makes the next rows of it due (see sla/due.sql).
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET synchronous_commit = off;
SET maintenance_work_mem = '512MB';

DELETE FROM escalation_case WHERE cause = 'SLA';
DELETE FROM ticket_escalation WHERE cause = 'SLA';
TRUNCATE sla_ledger, consumed_event, notification, dead_letter, outbox_event;
TRUNCATE ticket_sla;
DROP INDEX IF EXISTS ix_ticket_sla_next;
ALTER TABLE ticket_sla DROP CONSTRAINT IF EXISTS fk_ticket_sla_ticket;

INSERT INTO ticket_sla (ticket_id, target, round, policy_code, calendar_code, target_seconds, warn_percent,
                        started_at, pauses, warn_at, due_at, met_at, stopped_at, level, reminders, next_at)
SELECT t.id, g.target, 1, p.code, 'office-jakarta', g.secs, p.warn_percent, t.created_at, '[]'::jsonb,
       CASE WHEN live THEN nxt ELSE t.created_at + g.secs * p.warn_percent / 100 * interval '1 second' * 3 END,
       CASE WHEN live THEN nxt + g.secs * (100 - p.warn_percent) / 100 * interval '1 second' * 3
            ELSE t.created_at + g.secs * interval '1 second' * 3 END,
       CASE WHEN live THEN NULL WHEN g.target = 'FIRST_RESPONSE' THEN t.created_at + interval '1 hour'
            ELSE coalesce(t.resolved_at, t.closed_at, t.updated_at) END,
       NULL, 0, 0,
       CASE WHEN live THEN nxt END
FROM ticket t
JOIN sla_policy p ON p.code = lower(t.priority) || '-default'
CROSS JOIN LATERAL (VALUES ('FIRST_RESPONSE', p.first_response_seconds), ('RESOLUTION', p.resolution_seconds)) g(target, secs)
CROSS JOIN LATERAL (SELECT (:all_live = 1 OR t.status NOT IN ('RESOLVED', 'CLOSED')) AS live,
                           -- a hash, not random(): a lateral subquery's random() may be evaluated once per status (Memoize)
                           date_trunc('second', now()) + interval '2 hours'
                           + (abs(hashtext(t.id || g.target)) % 691200) * interval '1 second' AS nxt) x;

CREATE INDEX ix_ticket_sla_next ON ticket_sla (next_at) WHERE next_at IS NOT NULL;
ALTER TABLE ticket_sla ADD CONSTRAINT fk_ticket_sla_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id);

DROP TABLE IF EXISTS bench_sla_pick;
CREATE TABLE bench_sla_pick AS
SELECT row_number() OVER (ORDER BY md5(s.ticket_id || s.target)) AS rn, s.ticket_id, s.target
FROM ticket_sla s JOIN ticket t ON t.id = s.ticket_id
WHERE t.status NOT IN ('RESOLVED', 'CLOSED') AND t.team IS NOT NULL;
CREATE UNIQUE INDEX ON bench_sla_pick (rn);
DROP TABLE IF EXISTS bench_sla_burst;
CREATE TABLE bench_sla_burst (used INTEGER NOT NULL);
INSERT INTO bench_sla_burst VALUES (0);

VACUUM ANALYZE ticket_sla;
ANALYZE bench_sla_pick;
SELECT 'ticket_sla: ' || count(*) || ' clocks, ' || count(next_at) || ' live (in ix_ticket_sla_next), due now: '
       || count(*) FILTER (WHERE next_at <= now()) || ', next look from ' || min(next_at) || ' to ' || max(next_at)
       || '; open clocks with a team to make due: ' || (SELECT count(*) FROM bench_sla_pick)
FROM ticket_sla;
