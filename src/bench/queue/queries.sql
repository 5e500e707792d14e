-- The SQL that queue-bench times: the queue feature's queries, one block each. RE-SYNC this file
-- with the queue feature's control classes (ejb/src/main/java/id/loket/queue/control/*) after merging.
-- Format (read by QueueBench.java): "-- name:", "-- kind: page|count|search" (which target applies),
-- optional "-- params: SELECT ..." (rows of parameter values by column name; the iterations cycle
-- through them; run once, untimed), then the statement with :named parameters (:now = the instant).
-- Open = status NOT IN ('RESOLVED', 'CLOSED'); pages are 50 rows + 1 (is there a next page?),
-- keyset order (sort key, id); counts are bounded (LIMIT 1000 -> "999+").

-- name: my_open_by_due
-- kind: page
-- params: SELECT username AS me FROM team_member ORDER BY username
SELECT id, number, title, requester, priority, status, assignee, team, created_at, updated_at, resolution_due_at, version
FROM ticket
WHERE assignee = :me AND status NOT IN ('RESOLVED', 'CLOSED')
ORDER BY resolution_due_at, id
LIMIT 51;

-- name: my_teams_unassigned_by_due
-- kind: page
-- params: SELECT DISTINCT username AS me FROM team_member ORDER BY 1
SELECT t.* FROM team_member m CROSS JOIN LATERAL (
  SELECT id, number, title, requester, priority, status, assignee, team, created_at, updated_at, resolution_due_at, version
  FROM ticket
  WHERE team = m.team_code AND assignee IS NULL AND status NOT IN ('RESOLVED', 'CLOSED')
  ORDER BY resolution_due_at, id LIMIT 51) t
WHERE m.username = :me
ORDER BY t.resolution_due_at, t.id
LIMIT 51;

-- name: team_by_due
-- kind: page
-- params: SELECT code AS team FROM team ORDER BY code
SELECT id, number, title, requester, priority, status, assignee, team, created_at, updated_at, resolution_due_at, version
FROM ticket
WHERE team = :team AND status NOT IN ('RESOLVED', 'CLOSED')
ORDER BY resolution_due_at, id
LIMIT 51;

-- name: team_by_priority
-- kind: page
-- params: SELECT code AS team FROM team ORDER BY code
SELECT id, number, title, requester, priority, status, assignee, team, created_at, updated_at, resolution_due_at, version
FROM ticket
WHERE team = :team AND status NOT IN ('RESOLVED', 'CLOSED')
ORDER BY priority, created_at, id
LIMIT 51;

-- name: team_by_updated
-- kind: page
-- params: SELECT code AS team FROM team ORDER BY code
SELECT id, number, title, requester, priority, status, assignee, team, created_at, updated_at, resolution_due_at, version
FROM ticket
WHERE team = :team AND status NOT IN ('RESOLVED', 'CLOSED')
ORDER BY updated_at DESC, id DESC
LIMIT 51;

-- name: team_p1p2_by_due
-- kind: page
-- params: SELECT code AS team FROM team ORDER BY code
SELECT id, number, title, requester, priority, status, assignee, team, created_at, updated_at, resolution_due_at, version
FROM ticket
WHERE team = :team AND status NOT IN ('RESOLVED', 'CLOSED') AND priority IN ('P1', 'P2')
ORDER BY resolution_due_at, id
LIMIT 51;

-- name: team_by_due_deep_page
-- kind: page
-- params: SELECT team, resolution_due_at AS after_due, id AS after_id FROM (SELECT team, resolution_due_at, id, row_number() OVER (PARTITION BY team ORDER BY resolution_due_at, id) AS rn, count(*) OVER (PARTITION BY team) AS cnt FROM ticket WHERE team IS NOT NULL AND status NOT IN ('RESOLVED', 'CLOSED')) x WHERE rn = (cnt * 9) / 10 ORDER BY team
SELECT id, number, title, requester, priority, status, assignee, team, created_at, updated_at, resolution_due_at, version
FROM ticket
WHERE team = :team AND status NOT IN ('RESOLVED', 'CLOSED')
  AND (resolution_due_at, id) > (:after_due, :after_id)
ORDER BY resolution_due_at, id
LIMIT 51;

-- name: my_teams_waiting
-- kind: page
-- params: SELECT DISTINCT username AS me FROM team_member ORDER BY 1
SELECT t.* FROM team_member m CROSS JOIN LATERAL (
  SELECT id, number, title, requester, priority, status, assignee, team, created_at, updated_at, resolution_due_at, version
  FROM ticket
  WHERE team = m.team_code AND status IN ('WAITING_FOR_REQUESTER', 'WAITING_FOR_THIRD_PARTY')
  ORDER BY updated_at DESC, id DESC LIMIT 51) t
WHERE m.username = :me
ORDER BY t.updated_at DESC, t.id DESC
LIMIT 51;

-- name: my_teams_breaching_soon
-- kind: page
-- params: SELECT DISTINCT username AS me FROM team_member ORDER BY 1
SELECT t.* FROM team_member m CROSS JOIN LATERAL (
  SELECT id, number, title, requester, priority, status, assignee, team, created_at, updated_at, resolution_due_at, version
  FROM ticket
  WHERE team = m.team_code AND status NOT IN ('RESOLVED', 'CLOSED')
    AND resolution_due_at >= :now AND resolution_due_at < :now + interval '240 minutes'
  ORDER BY resolution_due_at, id LIMIT 51) t
WHERE m.username = :me
ORDER BY t.resolution_due_at, t.id
LIMIT 51;

-- name: my_teams_recently_updated
-- kind: page
-- params: SELECT DISTINCT username AS me FROM team_member ORDER BY 1
SELECT t.* FROM team_member m CROSS JOIN LATERAL (
  SELECT id, number, title, requester, priority, status, assignee, team, created_at, updated_at, resolution_due_at, version
  FROM ticket
  WHERE team = m.team_code AND status NOT IN ('RESOLVED', 'CLOSED')
  ORDER BY updated_at DESC, id DESC LIMIT 51) t
WHERE m.username = :me
ORDER BY t.updated_at DESC, t.id DESC
LIMIT 51;

-- name: all_open_by_due
-- kind: page
SELECT id, number, title, requester, priority, status, assignee, team, created_at, updated_at, resolution_due_at, version
FROM ticket
WHERE status NOT IN ('RESOLVED', 'CLOSED')
ORDER BY resolution_due_at, id
LIMIT 51;

-- name: all_open_by_updated
-- kind: page
SELECT id, number, title, requester, priority, status, assignee, team, created_at, updated_at, resolution_due_at, version
FROM ticket
WHERE status NOT IN ('RESOLVED', 'CLOSED')
ORDER BY updated_at DESC, id DESC
LIMIT 51;

-- name: all_breaching_soon
-- kind: page
SELECT id, number, title, requester, priority, status, assignee, team, created_at, updated_at, resolution_due_at, version
FROM ticket
WHERE status NOT IN ('RESOLVED', 'CLOSED')
  AND resolution_due_at >= :now AND resolution_due_at < :now + interval '240 minutes'
ORDER BY resolution_due_at, id
LIMIT 51;

-- name: count_my_open
-- kind: count
-- params: SELECT username AS me FROM team_member ORDER BY username
SELECT count(*) FROM (SELECT 1 FROM ticket WHERE assignee = :me AND status NOT IN ('RESOLVED', 'CLOSED') LIMIT 1000) x;

-- name: count_team_open
-- kind: count
-- params: SELECT code AS team FROM team ORDER BY code
SELECT count(*) FROM (SELECT 1 FROM ticket WHERE team = :team AND status NOT IN ('RESOLVED', 'CLOSED') LIMIT 1000) x;

-- name: count_my_teams_unassigned
-- kind: count
-- params: SELECT DISTINCT username AS me FROM team_member ORDER BY 1
SELECT count(*) FROM (
  SELECT 1 FROM team_member m CROSS JOIN LATERAL (
    SELECT 1 FROM ticket WHERE team = m.team_code AND assignee IS NULL AND status NOT IN ('RESOLVED', 'CLOSED') LIMIT 1000) t
  WHERE m.username = :me LIMIT 1000) x;

-- name: count_all_open
-- kind: count
SELECT count(*) FROM (SELECT 1 FROM ticket WHERE status NOT IN ('RESOLVED', 'CLOSED') LIMIT 1000) x;

-- name: count_all_breaching_soon
-- kind: count
SELECT count(*) FROM (SELECT 1 FROM ticket WHERE status NOT IN ('RESOLVED', 'CLOSED')
  AND resolution_due_at >= :now AND resolution_due_at < :now + interval '240 minutes' LIMIT 1000) x;

-- name: search_number
-- kind: search
-- params: SELECT number FROM ticket WHERE id % 997 = 13 ORDER BY id
SELECT id, number, title, requester, priority, status, assignee, team, created_at, updated_at, resolution_due_at, version
FROM ticket WHERE number = :number;

-- name: search_one_word
-- kind: search
-- params: SELECT unnest(ARRAY['berkedip', 'syncing', 'medan', 'toner', 'pc-01234', 'pc-17777']) AS q
WITH q AS (SELECT plainto_tsquery('simple', :q) AS q),
hits AS (
  SELECT t.id FROM ticket t, q WHERE t.search_terms @@ q.q
  UNION
  SELECT c.ticket_id FROM ticket_comment c, q WHERE c.search_terms @@ q.q)
SELECT t.id, t.number, t.title, t.requester, t.status, t.updated_at, ts_rank(t.search_terms, q.q) AS rank
FROM hits h JOIN ticket t ON t.id = h.id, q
ORDER BY rank DESC, t.updated_at DESC, t.id DESC
LIMIT 20;

-- name: search_two_words
-- kind: search
-- params: SELECT unnest(ARRAY['blue screen', 'printer lantai', 'zoom crashing', 'refund airline', 'outlook attachment']) AS q
WITH q AS (SELECT plainto_tsquery('simple', :q) AS q),
hits AS (
  SELECT t.id FROM ticket t, q WHERE t.search_terms @@ q.q
  UNION
  SELECT c.ticket_id FROM ticket_comment c, q WHERE c.search_terms @@ q.q)
SELECT t.id, t.number, t.title, t.requester, t.status, t.updated_at, ts_rank(t.search_terms, q.q) AS rank
FROM hits h JOIN ticket t ON t.id = h.id, q
ORDER BY rank DESC, t.updated_at DESC, t.id DESC
LIMIT 20;

-- name: search_requester
-- kind: search
-- params: SELECT unnest(ARRAY['req00042', 'Sinta Rahman', 'rina', 'Gita Purba', 'req04711']) AS who
SELECT t.id, t.number, t.title, t.requester, t.status, t.updated_at
FROM app_user u JOIN ticket t ON t.requester = u.username
WHERE u.username = lower(:who) OR u.display_name ILIKE '%' || :who || '%'
ORDER BY t.updated_at DESC, t.id DESC
LIMIT 20;
