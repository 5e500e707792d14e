-- Loket V20: manager reports (issue 11).
--  * ticket_sla.business_seconds: the working time a clock took to be met, on its own calendar,
--    written by the application when the clock is met (MTTA / MTTR in business time are averages
--    and percentiles of it, in SQL).
--  * Indexes for the live reports: every report reads one index range of its time window.
--  * report_day: the inflow/outflow rollup (tickets created and resolved per desk day and per
--    team, category, priority and channel). A trigger on ticket writes each change's difference
--    to report_day_delta (append-only, no lock shared between two writers); a timer folds the
--    deltas into report_day (DELETE ... RETURNING under SKIP LOCKED: each delta is folded once,
--    by one node). A reader sums report_day and the deltas not folded yet, so the rollup always
--    equals a live recount over ticket.
--  * report_subscription / report_digest: managers' scheduled digests and the digests made.

ALTER TABLE ticket_sla ADD COLUMN business_seconds INTEGER;

-- SLA compliance: clocks met in a window (first response, resolution), with what the report needs.
CREATE INDEX ix_report_sla_met ON ticket_sla (target, met_at) INCLUDE (ticket_id, due_at, business_seconds)
    WHERE met_at IS NOT NULL;
-- Breaches still open: live clocks whose due instant passed.
CREATE INDEX ix_report_sla_overdue ON ticket_sla (target, due_at) INCLUDE (ticket_id)
    WHERE met_at IS NULL AND stopped_at IS NULL;

-- Inflow, outflow and load by window; the dimensions ride along for index-only scans.
CREATE INDEX ix_report_ticket_created ON ticket (created_at)
    INCLUDE (id, team, assignee, category, request_type, priority, channel, status);
CREATE INDEX ix_report_ticket_resolved ON ticket (resolved_at)
    INCLUDE (id, created_at, team, assignee, category, request_type, priority, channel)
    WHERE resolved_at IS NOT NULL;
-- Backlog: open tickets oldest first (age buckets, oldest-tickets list).
CREATE INDEX ix_report_ticket_open ON ticket (created_at, id)
    INCLUDE (team, assignee, category, request_type, priority, channel, status)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');

-- Escalations in a window; the open/acknowledged state of their cases.
CREATE INDEX ix_report_escalation_at ON ticket_escalation (escalated_at, id)
    INCLUDE (ticket_id, cause, target, level, escalated_by);
CREATE INDEX ix_report_escalation_case ON escalation_case (escalation_id)
    INCLUDE (status, acknowledged_at);

-- Reopens (status changes to REOPENED) in a window.
CREATE INDEX ix_report_reopened ON ticket_audit (changed_at) INCLUDE (ticket_id)
    WHERE field_name = 'status' AND new_value = '"REOPENED"'::jsonb;

-- Low ratings with comments, newest first.
CREATE INDEX ix_report_rating_low ON ticket_satisfaction (rated_at DESC, id DESC)
    WHERE rating <= 2;

-- Handling time: the minutes agents logged on a ticket.
CREATE INDEX ix_report_comment_minutes ON ticket_comment (ticket_id) INCLUDE (minutes_spent)
    WHERE minutes_spent IS NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- The inflow/outflow rollup.
-- ---------------------------------------------------------------------------------------------
-- The desk's zone: report days and weeks are counted in it (one row; LOKET_REPORT_ZONE sets it).
CREATE TABLE report_setting (
    id    INTEGER     DEFAULT 1 NOT NULL,
    zone  VARCHAR(64) NOT NULL,
    CONSTRAINT pk_report_setting PRIMARY KEY (id),
    CONSTRAINT ck_report_setting_one CHECK (id = 1)
);
INSERT INTO report_setting (id, zone) VALUES (1, 'Asia/Jakarta');

CREATE TABLE report_day (
    day       DATE        NOT NULL,
    team      VARCHAR(40) NOT NULL,   -- '' = no team
    category  VARCHAR(40) NOT NULL,
    priority  VARCHAR(4)  NOT NULL,
    channel   VARCHAR(16) NOT NULL,
    created   INTEGER     NOT NULL,
    resolved  INTEGER     NOT NULL,
    CONSTRAINT pk_report_day PRIMARY KEY (day, team, category, priority, channel)
);

CREATE SEQUENCE report_day_delta_seq;
CREATE TABLE report_day_delta (
    id        BIGINT      DEFAULT nextval('report_day_delta_seq') NOT NULL,
    day       DATE        NOT NULL,
    team      VARCHAR(40) NOT NULL,
    category  VARCHAR(40) NOT NULL,
    priority  VARCHAR(4)  NOT NULL,
    channel   VARCHAR(16) NOT NULL,
    created   INTEGER     NOT NULL,
    resolved  INTEGER     NOT NULL,
    CONSTRAINT pk_report_day_delta PRIMARY KEY (id)
);
CREATE INDEX ix_report_day_delta_day ON report_day_delta (day);

-- A ticket's share of the rollup: +1 created on its creation day, +1 resolved on its resolution
-- day. An update writes minus the old share and plus the new one, only when a counted column
-- changed.
CREATE FUNCTION report_ticket_delta() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    z TEXT := (SELECT zone FROM report_setting WHERE id = 1);
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO report_day_delta (day, team, category, priority, channel, created, resolved)
        VALUES ((OLD.created_at AT TIME ZONE z)::date, COALESCE(OLD.team, ''), OLD.category,
                OLD.priority, OLD.channel, -1, 0);
        IF OLD.resolved_at IS NOT NULL THEN
            INSERT INTO report_day_delta (day, team, category, priority, channel, created, resolved)
            VALUES ((OLD.resolved_at AT TIME ZONE z)::date, COALESCE(OLD.team, ''), OLD.category,
                    OLD.priority, OLD.channel, 0, -1);
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO report_day_delta (day, team, category, priority, channel, created, resolved)
        VALUES ((NEW.created_at AT TIME ZONE z)::date, COALESCE(NEW.team, ''), NEW.category,
                NEW.priority, NEW.channel, 1, 0);
        IF NEW.resolved_at IS NOT NULL THEN
            INSERT INTO report_day_delta (day, team, category, priority, channel, created, resolved)
            VALUES ((NEW.resolved_at AT TIME ZONE z)::date, COALESCE(NEW.team, ''), NEW.category,
                    NEW.priority, NEW.channel, 0, 1);
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER tg_report_ticket_insert AFTER INSERT ON ticket
    FOR EACH ROW EXECUTE FUNCTION report_ticket_delta();
CREATE TRIGGER tg_report_ticket_update AFTER UPDATE OF created_at, resolved_at, team, category, priority, channel ON ticket
    FOR EACH ROW
    WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.resolved_at IS DISTINCT FROM NEW.resolved_at
          OR OLD.team IS DISTINCT FROM NEW.team OR OLD.category IS DISTINCT FROM NEW.category
          OR OLD.priority IS DISTINCT FROM NEW.priority OR OLD.channel IS DISTINCT FROM NEW.channel)
    EXECUTE FUNCTION report_ticket_delta();
CREATE TRIGGER tg_report_ticket_delete AFTER DELETE ON ticket
    FOR EACH ROW EXECUTE FUNCTION report_ticket_delta();

-- Folds at most max_rows deltas into report_day; returns how many. Safe on several nodes at once.
CREATE FUNCTION report_fold(max_rows INTEGER) RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
    n INTEGER;
BEGIN
    WITH taken AS (
        DELETE FROM report_day_delta WHERE id IN (
            SELECT id FROM report_day_delta ORDER BY id LIMIT max_rows FOR UPDATE SKIP LOCKED)
        RETURNING day, team, category, priority, channel, created, resolved
    ), summed AS (
        SELECT day, team, category, priority, channel, sum(created)::int AS created,
               sum(resolved)::int AS resolved, count(*) AS rows
        FROM taken GROUP BY day, team, category, priority, channel
    ), folded AS (
        -- a data-modifying WITH runs once, whether or not the outer query reads it
        INSERT INTO report_day AS r (day, team, category, priority, channel, created, resolved)
        SELECT day, team, category, priority, channel, created, resolved FROM summed
        ON CONFLICT (day, team, category, priority, channel)
        DO UPDATE SET created = r.created + EXCLUDED.created, resolved = r.resolved + EXCLUDED.resolved
    )
    SELECT COALESCE(sum(rows), 0) INTO n FROM summed;
    RETURN n;
END $$;

-- Recomputes the rollup from ticket (after a bulk load with the triggers off, or a zone change).
CREATE FUNCTION report_rebuild() RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    z TEXT := (SELECT zone FROM report_setting WHERE id = 1);
BEGIN
    LOCK TABLE report_day, report_day_delta IN EXCLUSIVE MODE;
    DELETE FROM report_day_delta;
    DELETE FROM report_day;
    INSERT INTO report_day (day, team, category, priority, channel, created, resolved)
    SELECT day, team, category, priority, channel, sum(created)::int, sum(resolved)::int FROM (
        SELECT (created_at AT TIME ZONE z)::date AS day, COALESCE(team, '') AS team, category, priority,
               channel, 1 AS created, 0 AS resolved
        FROM ticket
        UNION ALL
        SELECT (resolved_at AT TIME ZONE z)::date, COALESCE(team, ''), category, priority, channel, 0, 1
        FROM ticket WHERE resolved_at IS NOT NULL) s
    GROUP BY day, team, category, priority, channel;
END $$;

SELECT report_rebuild();

-- ---------------------------------------------------------------------------------------------
-- Scheduled digests.
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE report_subscription_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE report_subscription (
    id          BIGINT                   NOT NULL,
    username    VARCHAR(64)              NOT NULL,
    frequency   VARCHAR(8)               NOT NULL,
    -- the reports in the digest, e.g. ["ESCALATIONS","SLA"]
    reports     JSONB                    NOT NULL,
    -- the filters (team, agent, category, request type, priority, channel), as on the pages
    filters     JSONB                    DEFAULT '{}'::jsonb NOT NULL,
    language    VARCHAR(8)               NOT NULL,
    active      BOOLEAN                  DEFAULT TRUE NOT NULL,
    -- the end of the next period to send (the sweeper takes rows whose next_at has passed)
    next_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT pk_report_subscription PRIMARY KEY (id),
    CONSTRAINT fk_report_subscription_user FOREIGN KEY (username) REFERENCES app_user (username),
    CONSTRAINT ck_report_subscription_frequency CHECK (frequency IN ('DAILY', 'WEEKLY')),
    CONSTRAINT ck_report_subscription_reports CHECK (jsonb_typeof(reports) = 'array'),
    CONSTRAINT ck_report_subscription_filters CHECK (jsonb_typeof(filters) = 'object')
);
CREATE INDEX ix_report_subscription_due ON report_subscription (next_at) WHERE active;
CREATE INDEX ix_report_subscription_user ON report_subscription (username, id);

CREATE SEQUENCE report_digest_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE report_digest (
    id               BIGINT                   NOT NULL,
    subscription_id  BIGINT                   NOT NULL,
    username         VARCHAR(64)              NOT NULL,
    period_from      TIMESTAMP WITH TIME ZONE NOT NULL,
    period_to        TIMESTAMP WITH TIME ZONE NOT NULL,
    language         VARCHAR(8)               NOT NULL,
    subject          VARCHAR(300)             NOT NULL,
    body             TEXT                     NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_report_digest PRIMARY KEY (id),
    -- one digest per subscription and period, whichever node makes it
    CONSTRAINT uq_report_digest_period UNIQUE (subscription_id, period_to),
    CONSTRAINT fk_report_digest_subscription FOREIGN KEY (subscription_id) REFERENCES report_subscription (id)
);
CREATE INDEX ix_report_digest_user ON report_digest (username, created_at DESC, id DESC);
