-- The bench's STAND-IN for the queue feature's V12 (helper B, /work/wt-queues), applied by
-- queue-bench only when the migration folder has no V12__*.sql. Delete this file once V12 is merged.
-- It is what the queries in queries.sql need: partial indexes over the open work (queues only
-- show open tickets, ~12 % of the rows), one per (scope, sort), keyset order (sort key, id); and a
-- full-text search over all tickets and their comments ('simple': Indonesian and English text).

CREATE INDEX ix_queue_team_due ON ticket (team, resolution_due_at, id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX ix_queue_team_priority ON ticket (team, priority, created_at, id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX ix_queue_team_updated ON ticket (team, updated_at DESC, id DESC)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX ix_queue_team_unassigned_due ON ticket (team, resolution_due_at, id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED') AND assignee IS NULL;
CREATE INDEX ix_queue_assignee_due ON ticket (assignee, resolution_due_at, id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX ix_queue_open_due ON ticket (resolution_due_at, id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX ix_queue_open_updated ON ticket (updated_at DESC, id DESC)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX ix_queue_waiting ON ticket (team, updated_at DESC, id DESC)
    WHERE status IN ('WAITING_FOR_REQUESTER', 'WAITING_FOR_THIRD_PARTY');

-- Search: every ticket's words (V7's index covers open tickets only), and the comments' words.
CREATE INDEX ix_ticket_search_terms ON ticket USING gin (search_terms);
ALTER TABLE ticket_comment ADD COLUMN search_terms tsvector
    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, left(body, 2000))) STORED;
CREATE INDEX ix_ticket_comment_search_terms ON ticket_comment USING gin (search_terms);
