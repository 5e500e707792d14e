-- 2026-12-03 13:25 UTC, loket_report_bench (1 M tickets, 108,965 escalations in the 90-day window), psql \timing, warm cache,
-- load average ~5 on 2 shared cores. A throw-away experiment (TEMP table), not what Loket runs: what the escalation
-- statements cost if each escalation row carried its ticket's dimensions and its case state, and the originals with hash joins off.
-- Times in the order of the statements below (the SET line is one of them):
--   Time: 204.271 ms
--   Time: 213.827 ms
--   Time: 65.950 ms
--   Time: 301.560 ms
--   Time: 492.964 ms
--   Time: 0.222 ms
--   Time: 1502.269 ms (00:01.502)
--   Time: 1802.857 ms (00:01.803)

SELECT (max(created_at) AT TIME ZONE 'Asia/Jakarta')::date AS to_day FROM ticket \gset
SELECT (:'to_day'::date - 89)::timestamp AT TIME ZONE 'Asia/Jakarta' AS w_start, (:'to_day'::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta' AS w_end \gset
-- what the escalation statements would cost if each escalation carried its ticket's dimensions and case state
CREATE TEMP TABLE esc AS SELECT e.id, e.escalated_at, e.cause, e.level, t.team, t.category, t.priority, t.requester, COALESCE(t.request_type, t.category) AS service, e.ticket_id, COALESCE(c.status, 'OPEN') AS status
FROM ticket_escalation e JOIN ticket t ON t.id = e.ticket_id LEFT JOIN escalation_case c ON c.escalation_id = e.id;
CREATE INDEX ON esc (escalated_at) INCLUDE (cause, level, team, category, priority, status, requester, service, ticket_id);
VACUUM ANALYZE esc;
\timing on
\o /dev/null
SELECT cause, level, team, category, priority, week, status, count(*) FROM (SELECT cause, level, team, category, priority, date_trunc('week', escalated_at AT TIME ZONE 'Asia/Jakarta')::date AS week, status FROM esc WHERE escalated_at >= :'w_start' AND escalated_at < :'w_end') x GROUP BY 1,2,3,4,5,6,7;
SELECT cause, level, team, category, priority, week, status, count(*) FROM (SELECT cause, level, team, category, priority, date_trunc('week', escalated_at AT TIME ZONE 'Asia/Jakarta')::date AS week, status FROM esc WHERE escalated_at >= :'w_start' AND escalated_at < :'w_end') x GROUP BY 1,2,3,4,5,6,7;
SELECT cause, level, team, category, priority, week, status, count(*) FROM (SELECT cause, level, team, category, priority, date_trunc('week', escalated_at AT TIME ZONE 'Asia/Jakarta')::date AS week, status FROM esc WHERE escalated_at >= :'w_start' AND escalated_at < :'w_end' AND team = 'travel-desk') x GROUP BY 1,2,3,4,5,6,7;
SELECT GROUPING(requester), requester, service, count(DISTINCT ticket_id) FROM esc WHERE escalated_at >= :'w_start' AND escalated_at < :'w_end' GROUP BY GROUPING SETS ((requester), (service)) HAVING count(DISTINCT ticket_id) >= 2;
SELECT GROUPING(requester), requester, service, count(DISTINCT ticket_id) FROM esc WHERE escalated_at >= :'w_start' AND escalated_at < :'w_end' GROUP BY GROUPING SETS ((requester), (service)) HAVING count(DISTINCT ticket_id) >= 2;
-- the original statements, with hash joins off (nested loops over pk_ticket instead of reading every ticket)
SET enable_hashjoin = off;
SELECT cause, level, team, category, priority, week, status, count(*) FROM (SELECT e.cause, e.level, t.team, t.category, t.priority, date_trunc('week', e.escalated_at AT TIME ZONE 'Asia/Jakarta')::date AS week, COALESCE(c.status, 'OPEN') AS status FROM ticket_escalation e JOIN ticket t ON t.id = e.ticket_id LEFT JOIN escalation_case c ON c.escalation_id = e.id WHERE e.escalated_at >= :'w_start' AND e.escalated_at < :'w_end') x GROUP BY cause, level, team, category, priority, week, status;
SELECT cause, level, team, category, priority, week, status, count(*) FROM (SELECT e.cause, e.level, t.team, t.category, t.priority, date_trunc('week', e.escalated_at AT TIME ZONE 'Asia/Jakarta')::date AS week, COALESCE(c.status, 'OPEN') AS status FROM ticket_escalation e JOIN ticket t ON t.id = e.ticket_id LEFT JOIN escalation_case c ON c.escalation_id = e.id WHERE e.escalated_at >= :'w_start' AND e.escalated_at < :'w_end') x GROUP BY cause, level, team, category, priority, week, status;
