-- Fills what the manager reports read (issue 11) in a database made by queue/generate.sql and then
-- sla/fill.sql (run by src/bench/report-bench, with the rollup triggers tg_report_ticket_* off; the
-- runner rebuilds report_day afterwards with report_rebuild() and runs VACUUM ANALYZE):
--   psql -f fill.sql
-- Deterministic: every choice is a hash of the row's key (hashtext), no random(), so two runs on the
-- same base give the same rows. Idempotent: what an earlier run wrote is removed or overwritten.
--
--  * ticket_sla, met clocks (resolved and closed tickets): ~4 % of first responses and ~10 % of
--    resolutions met late (met_at > due_at, up to ~2 days), the others in time with the share of the
--    target used skewed low (~10 % past the 75 % warning); due_at and warn_at moved accordingly,
--    met_at kept (the ticket's own instants); business_seconds = that share of target_seconds;
--  * ticket_sla, live resolution clocks of open tickets that ran out (start + target, wall time x 3):
--    overdue since then (level 2, or 3 two hours after), their next look one to eight days ahead
--    (no sweep due while the benchmark runs);
--  * ticket_escalation, cause SLA, one per level a clock reached (V18: level 1 warning at warn_at,
--    2 breach at due_at, 3 the next management level 2 hours later, 4 reminders every 4 hours after
--    that, at most 2; round 1, reminder 0 except on level 4), escalated_by 'sla';
--  * ticket_escalation, cause REQUESTER ("not satisfied"), on ~1.2 % of tickets, a day or so after
--    creation; closed when the ticket was resolved;
--  * escalation_case, one per escalation (as the consumer records them): older than 14 days mostly
--    CLOSED (85 %) else ACKNOWLEDGED; recent ones OPEN 40 %, ACKNOWLEDGED 40 %, CLOSED 20 %;
--    acknowledged 10 minutes to ~1 day after the escalation;
--  * ticket_satisfaction on ~30 % of resolved and closed tickets (5: 45 %, 4: 30 %, 3: 12 %,
--    2: 7 %, 1: 6 %), rated after the resolution, comments on most low ratings;
--  * ticket_audit: ~4 % of resolved and closed tickets reopened once (status -> "REOPENED") between
--    creation and resolution (id ticket * 10 + 9: generate.sql uses + 1 .. + 6);
--  * ticket_comment.minutes_spent on ~60 % of the agents' comments, 5 to 120 minutes.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET synchronous_commit = off;
SET maintenance_work_mem = '512MB';
SET work_mem = '128MB';

-- ---- earlier runs -------------------------------------------------------------------------------------
-- (sla/fill.sql already removed the SLA escalations and their cases)
\echo reports fill: clean
-- V21's case trigger (mirror each case's status on its escalation) is off for the bulk load; one
-- set-based UPDATE does the same below. The stamp trigger (the ticket's columns) stays on.
ALTER TABLE escalation_case DISABLE TRIGGER tg_report_escalation_case;
TRUNCATE escalation_case, ticket_satisfaction;
DELETE FROM ticket_escalation;
DELETE FROM ticket_audit WHERE id % 10 = 9 AND field_name = 'status' AND new_value = '"REOPENED"'::jsonb;

-- ---- SLA clocks: met in time or late, business seconds ---------------------------------------------------
\echo reports fill: ticket_sla
CREATE TEMP TABLE bench_clock AS
SELECT s.ticket_id, s.target, s.started_at, s.met_at, s.target_seconds,
       -- share of the target used (business time / target): late 1.0 .. ~1.5+, in time skewed low
       CASE WHEN abs(hashtext('late' || s.ticket_id || s.target)) % 1000
                 < CASE s.target WHEN 'FIRST_RESPONSE' THEN 40 ELSE 100 END
            THEN 1.0 + (abs(hashtext('over' || s.ticket_id || s.target)) % 1000) / 2000.0
            ELSE 0.05 + 0.95 * power((abs(hashtext('used' || s.ticket_id || s.target)) % 1000) / 1000.0, 3)
       END AS used
FROM ticket_sla s
WHERE s.met_at IS NOT NULL AND s.met_at > s.started_at;

UPDATE ticket_sla s
SET due_at = x.due_at,
    warn_at = s.started_at + (x.due_at - s.started_at) * s.warn_percent / 100,
    business_seconds = x.business_seconds,
    level = CASE WHEN s.met_at > x.due_at THEN 2 WHEN s.met_at > s.started_at + (x.due_at - s.started_at) * s.warn_percent / 100 THEN 1 ELSE 0 END
FROM (SELECT ticket_id, target,
             -- the wall time to the due instant, so that met_at lands at share "used" of it
             started_at + (met_at - started_at) / used AS due_at,
             least(2000000000, round(target_seconds * used))::int AS business_seconds
      FROM bench_clock) x
WHERE s.ticket_id = x.ticket_id AND s.target = x.target;

-- Open tickets whose resolution clock ran out: due at the start plus the target (wall time x 3, as
-- sla/fill.sql counts business time), overdue since then (level 2, or 3 two hours after); the old
-- stuck tickets breached long ago, so the breaches spread over the years like the tickets.
UPDATE ticket_sla s
SET due_at = x.due_at,
    warn_at = s.started_at + (x.due_at - s.started_at) * s.warn_percent / 100,
    level = CASE WHEN x.due_at < now() - interval '2 hours' THEN 3 ELSE 2 END,
    next_at = date_trunc('second', now()) + interval '1 day' + (abs(hashtext('next' || s.ticket_id)) % 604800) * interval '1 second'
FROM (SELECT ticket_id, target, started_at + target_seconds * interval '3 seconds' AS due_at FROM ticket_sla
      WHERE target = 'RESOLUTION' AND met_at IS NULL AND stopped_at IS NULL) x
WHERE s.ticket_id = x.ticket_id AND s.target = x.target AND x.due_at < now();

-- ---- escalations ---------------------------------------------------------------------------------------
\echo reports fill: ticket_escalation
CREATE TEMP TABLE bench_esc AS
SELECT s.ticket_id, s.target, e.level, e.reminder, e.at
FROM ticket_sla s
CROSS JOIN LATERAL (VALUES (1, 0, s.warn_at), (2, 0, s.due_at), (3, 0, s.due_at + interval '2 hours'),
                           (4, 1, s.due_at + interval '6 hours'), (4, 2, s.due_at + interval '10 hours')) e(level, reminder, at)
WHERE s.due_at IS NOT NULL AND s.warn_at IS NOT NULL
  AND e.at < coalesce(s.met_at, s.stopped_at, now())
  AND (s.met_at IS NOT NULL OR e.level <= s.level);

INSERT INTO ticket_escalation (id, ticket_id, escalated_by, reason, escalated_at, event_id, closed_at,
                               cause, target, round, level, reminder)
SELECT row_number() OVER (ORDER BY b.at, b.ticket_id, b.target, b.level, b.reminder),
       b.ticket_id, 'sla',
       'SLA ' || CASE b.level WHEN 1 THEN 'warning' WHEN 2 THEN 'breach' WHEN 3 THEN 'second-level escalation'
                              ELSE 'reminder ' || b.reminder END || ' of ' || b.target || ' on ' || t.number,
       b.at, NULL, NULL, 'SLA', b.target, 1, b.level, b.reminder
FROM bench_esc b JOIN ticket t ON t.id = b.ticket_id;
DROP TABLE bench_esc;

-- The requesters' "not satisfied": one per ticket at most, closed once the ticket was resolved.
INSERT INTO ticket_escalation (id, ticket_id, escalated_by, reason, escalated_at, event_id, closed_at, cause)
SELECT (SELECT coalesce(max(id), 0) FROM ticket_escalation) + row_number() OVER (ORDER BY t.id),
       t.id, t.requester,
       (ARRAY['Sudah tiga hari belum ada kabar.', 'Nobody answers my emails.', 'Masalah yang sama terulang lagi.',
              'I need this fixed before the board meeting.', 'Solusinya tidak menyelesaikan masalah saya.'])[1 + abs(hashtext('why' || t.id)) % 5],
       x.at, NULL, CASE WHEN t.resolved_at IS NOT NULL THEN greatest(t.resolved_at, x.at) END, 'REQUESTER'
FROM ticket t
CROSS JOIN LATERAL (SELECT t.created_at + (abs(hashtext('when' || t.id)) % 172800) * interval '1 second' AS at) x
WHERE abs(hashtext('unhappy' || t.id)) % 1000 < 12 AND x.at < coalesce(t.resolved_at, now());

SELECT setval('ticket_escalation_seq', (SELECT coalesce(max(id), 0) FROM ticket_escalation) + 1000);

\echo reports fill: escalation_case
INSERT INTO escalation_case (id, escalation_id, event_id, ticket_number, requester, reason, escalated_at, recorded_at,
                             status, cause, target, level, reminder, ticket_id, team, acknowledged_at, acknowledged_by, version)
SELECT e.id, e.id, e.id, t.number, t.requester, e.reason, e.escalated_at, e.escalated_at + interval '2 seconds',
       x.status, e.cause, e.target, e.level, e.reminder, e.ticket_id, t.team,
       CASE WHEN x.status <> 'OPEN' THEN e.escalated_at + interval '10 minutes' + (x.h % 86400) * interval '1 second' END,
       CASE WHEN x.status <> 'OPEN' THEN (ARRAY['maya', 'tono', 'agent01', 'agent02', 'agent03', 'agent04', 'agent05', 'agent06', 'agent07'])[1 + x.h % 9] END,
       CASE WHEN x.status = 'OPEN' THEN 1 ELSE 2 END
FROM ticket_escalation e
JOIN ticket t ON t.id = e.ticket_id
CROSS JOIN LATERAL (SELECT abs(hashtext('case' || e.id)) AS h) h0
CROSS JOIN LATERAL (SELECT h0.h AS h,
                           CASE WHEN e.escalated_at < now() - interval '14 days'
                                THEN CASE WHEN h0.h % 100 < 85 THEN 'CLOSED' ELSE 'ACKNOWLEDGED' END
                                ELSE CASE WHEN h0.h % 100 < 40 THEN 'OPEN' WHEN h0.h % 100 < 80 THEN 'ACKNOWLEDGED' ELSE 'CLOSED' END
                           END AS status) x;
-- an acknowledgement is not in the future
UPDATE escalation_case SET acknowledged_at = now() - interval '1 minute' WHERE acknowledged_at > now();
SELECT setval('escalation_case_seq', (SELECT coalesce(max(id), 0) FROM escalation_case) + 1000);
\echo reports fill: case status on the escalations (V21)
UPDATE ticket_escalation e SET case_status = c.status
  FROM escalation_case c WHERE c.escalation_id = e.id AND c.status <> 'OPEN';
ALTER TABLE escalation_case ENABLE TRIGGER tg_report_escalation_case;

-- ---- satisfaction -----------------------------------------------------------------------------------------
\echo reports fill: ticket_satisfaction
INSERT INTO ticket_satisfaction (id, ticket_id, rating, comment, rated_by, rated_at)
SELECT t.id, t.id, x.rating,
       CASE WHEN x.rating <= 2 AND x.h % 10 < 8
            THEN (ARRAY['Masalah belum selesai, tiket ditutup begitu saja.', 'Took far too long and nobody called back.',
                        'Harus menjelaskan masalah yang sama tiga kali.', 'The fix only lasted a day.',
                        'Petugas tidak ramah.', 'I was never told what was done.'])[1 + x.h % 6]
            WHEN x.rating >= 4 AND x.h % 10 < 2
            THEN (ARRAY['Cepat dan jelas, terima kasih!', 'Great help, thanks.', 'Mantap, langsung beres.'])[1 + x.h % 3]
       END,
       t.requester,
       least(now(), t.resolved_at + interval '1 hour' + (x.h % 259200) * interval '1 second')
FROM ticket t
CROSS JOIN LATERAL (SELECT abs(hashtext('rate' || t.id)) AS h) h0
CROSS JOIN LATERAL (SELECT h0.h AS h,
                           CASE WHEN h0.h % 100 < 45 THEN 5 WHEN h0.h % 100 < 75 THEN 4 WHEN h0.h % 100 < 87 THEN 3
                                WHEN h0.h % 100 < 94 THEN 2 ELSE 1 END AS rating) x
WHERE t.status IN ('RESOLVED', 'CLOSED') AND t.resolved_at IS NOT NULL
  AND abs(hashtext('rated' || t.id)) % 100 < 30;
SELECT setval('ticket_satisfaction_seq', (SELECT coalesce(max(id), 0) FROM ticket_satisfaction) + 1000);

-- ---- reopens ------------------------------------------------------------------------------------------------
\echo reports fill: reopens
INSERT INTO ticket_audit (id, ticket_id, changed_at, actor, field_name, old_value, new_value)
SELECT t.id * 10 + 9, t.id, t.created_at + (t.resolved_at - t.created_at) * 0.6, t.requester, 'status',
       '"RESOLVED"'::jsonb, '"REOPENED"'::jsonb
FROM ticket t
WHERE t.resolved_at IS NOT NULL AND abs(hashtext('reopen' || t.id)) % 100 < 4;

-- ---- time logged by agents ------------------------------------------------------------------------------------
\echo reports fill: minutes_spent
UPDATE ticket_comment c
SET minutes_spent = x.minutes
FROM (SELECT id, CASE WHEN abs(hashtext('min' || id)) % 100 < 60 THEN 5 + abs(hashtext('mins' || id)) % 116 END AS minutes
      FROM ticket_comment
      WHERE author LIKE 'agent%' OR author IN ('sari', 'tono', 'maya', 'admin')) x
WHERE c.id = x.id AND c.minutes_spent IS DISTINCT FROM x.minutes;

SELECT 'reports fill: ' || (SELECT count(*) FROM ticket_escalation WHERE cause = 'SLA') || ' SLA escalations, '
       || (SELECT count(*) FROM ticket_escalation WHERE cause = 'REQUESTER') || ' not satisfied, '
       || (SELECT count(*) FROM escalation_case) || ' cases ('
       || (SELECT count(*) FROM escalation_case WHERE status = 'OPEN') || ' open), '
       || (SELECT count(*) FROM ticket_satisfaction) || ' ratings, '
       || (SELECT count(*) FROM ticket_audit WHERE field_name = 'status' AND new_value = '"REOPENED"'::jsonb) || ' reopens, '
       || (SELECT count(*) FROM ticket_comment WHERE minutes_spent IS NOT NULL) || ' comments with minutes, '
       || (SELECT count(*) FROM ticket_sla WHERE met_at > due_at) || ' clocks met late of '
       || (SELECT count(*) FROM ticket_sla WHERE met_at IS NOT NULL) || ' met, '
       || (SELECT count(*) FROM ticket_sla WHERE met_at IS NULL AND stopped_at IS NULL AND due_at < now()) || ' live overdue';
