-- pgbench script: the database work of ONE `GET /api/tickets/{number}` by its requester, as
-- captured from Loket: one autocommit SELECT of the ticket by number (the caller is in the
-- credential cache, so no app_user/user_role query).
--   SELECT ID, assignee, ... FROM ticket WHERE (number = $1)
-- The numbers are the tickets the HTTP driver created (their check digits cannot be computed in
-- pgbench): write-path copies them into bench_read_target(i, number) and this script picks one at
-- random; the extra lookup in that 1-row-per-i table is an index probe in the same statement.
\set i random(1, :targets)
SELECT ID, assignee, category, closed_at, created_at, description, impact, number, priority, requester, resolved_at, status, title, updated_at, urgency, version FROM ticket WHERE (number = (SELECT number FROM bench_read_target WHERE i = :i));
