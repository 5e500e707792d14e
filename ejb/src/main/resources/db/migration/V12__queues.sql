-- Loket V12: the agents' queues, search over every ticket and its comments, and saved views.
--
-- Queues show open work only (status not RESOLVED/CLOSED), so every queue index is partial on
-- exactly that predicate: they stay the size of the open work, not of ten years of closed tickets,
-- and the queries in queue.control.QueueSql repeat the predicate word for word so the planner uses
-- them. Each index is (scope column, sort key…, id): a page is one index range from the cursor on
-- (keyset, no OFFSET), and a bounded count (LIMIT 1000) reads at most 1000 index entries.
--
-- Sort keys: due = COALESCE(resolution_due_at, 'infinity') ascending (no due instant sorts last),
-- priority = (priority, created_at) ascending (P1 first, oldest first within), age = created_at
-- ascending (oldest first), updated = updated_at descending.

-- Scope "team" (team queues, my teams' unassigned, an agent's scoped views).
CREATE INDEX ix_queue_team_due ON ticket
    (team, (COALESCE(resolution_due_at, 'infinity'::timestamptz)), id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX ix_queue_team_priority ON ticket (team, priority, created_at, id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX ix_queue_team_created ON ticket (team, created_at, id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX ix_queue_team_updated ON ticket (team, updated_at DESC, id DESC)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');

-- Scope "assignee" (my open tickets; an agent's own tickets outside their teams).
CREATE INDEX ix_queue_assignee_due ON ticket
    (assignee, (COALESCE(resolution_due_at, 'infinity'::timestamptz)), id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX ix_queue_assignee_priority ON ticket (assignee, priority, created_at, id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX ix_queue_assignee_created ON ticket (assignee, created_at, id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX ix_queue_assignee_updated ON ticket (assignee, updated_at DESC, id DESC)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');

-- Scope "team", unassigned only (my teams' unassigned): unassigned tickets can be rare in a big
-- team, so a filter on the team indexes could read the whole team's range to find a page.
CREATE INDEX ix_queue_unassigned_due ON ticket
    (team, (COALESCE(resolution_due_at, 'infinity'::timestamptz)), id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED') AND assignee IS NULL;
CREATE INDEX ix_queue_unassigned_priority ON ticket (team, priority, created_at, id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED') AND assignee IS NULL;
CREATE INDEX ix_queue_unassigned_created ON ticket (team, created_at, id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED') AND assignee IS NULL;
CREATE INDEX ix_queue_unassigned_updated ON ticket (team, updated_at DESC, id DESC)
    WHERE status NOT IN ('RESOLVED', 'CLOSED') AND assignee IS NULL;

-- No scope (all open work: team leads, managers, administrators).
CREATE INDEX ix_queue_all_due ON ticket
    ((COALESCE(resolution_due_at, 'infinity'::timestamptz)), id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX ix_queue_all_priority ON ticket (priority, created_at, id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX ix_queue_all_created ON ticket (created_at, id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX ix_queue_all_updated ON ticket (updated_at DESC, id DESC)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');

-- Breaching soon: open tickets with a due instant before a limit. The due indexes above sort by
-- COALESCE(…), which PostgreSQL cannot answer index-only; these hold the raw instant (and only
-- tickets that have one), so a bounded count is an index-only range.
CREATE INDEX ix_queue_team_breaching ON ticket (team, resolution_due_at, id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED') AND resolution_due_at IS NOT NULL;
CREATE INDEX ix_queue_assignee_breaching ON ticket (assignee, resolution_due_at, id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED') AND resolution_due_at IS NOT NULL;
CREATE INDEX ix_queue_all_breaching ON ticket (resolution_due_at, id)
    WHERE status NOT IN ('RESOLVED', 'CLOSED') AND resolution_due_at IS NOT NULL;

-- Waiting (for the requester or a third party): a small slice of the open work, by team and by
-- assignee, so that an agent's waiting page and its bounded count read only waiting tickets.
CREATE INDEX ix_queue_waiting_team ON ticket
    (team, (COALESCE(resolution_due_at, 'infinity'::timestamptz)), id)
    WHERE status IN ('WAITING_FOR_REQUESTER', 'WAITING_FOR_THIRD_PARTY');
CREATE INDEX ix_queue_waiting_assignee ON ticket
    (assignee, (COALESCE(resolution_due_at, 'infinity'::timestamptz)), id)
    WHERE status IN ('WAITING_FOR_REQUESTER', 'WAITING_FOR_THIRD_PARTY');

-- Search: the words of every ticket (V7's index covers open tickets only), and of every comment,
-- 'simple' configuration (no stemming: Indonesian and English mixed).
CREATE INDEX ix_ticket_terms ON ticket USING gin (search_terms);
ALTER TABLE ticket_comment ADD COLUMN search_terms tsvector GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig, left(body, 4000))) STORED;
CREATE INDEX ix_ticket_comment_terms ON ticket_comment USING gin (search_terms);
-- Requester by name: lower(display_name) prefix.
CREATE INDEX ix_app_user_display_name ON app_user (lower(display_name) varchar_pattern_ops);

-- An agent's saved views: a name and the filters/sort as JSON, listed by name.
CREATE SEQUENCE saved_view_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE saved_view (
    id         BIGINT                   NOT NULL,
    owner      VARCHAR(64)              NOT NULL,
    name       VARCHAR(80)              NOT NULL,
    definition VARCHAR(4000)            NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL,
    CONSTRAINT pk_saved_view PRIMARY KEY (id),
    CONSTRAINT uq_saved_view_owner_name UNIQUE (owner, name),
    CONSTRAINT fk_saved_view_owner FOREIGN KEY (owner) REFERENCES app_user (username)
);
-- Listing "my saved views" by name is a range of uq_saved_view_owner_name (owner, name).
