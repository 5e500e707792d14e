-- Loket V18: the SLA engine (issue 9).
--  * sla_policy: targets by priority, optionally narrowed to a request type and/or a requester
--    group (the requester's department); the most specific active row wins. Each names its
--    calendar and carries its escalation matrix (warning %, second level after, reminder every).
--  * team.calendar_code: a team that works its own hours counts SLA time on its own calendar.
--  * ticket_sla: one clock per ticket and target (first response, resolution, next response), its
--    pauses, due and warning instants and how far it has escalated. next_at is when the sweeper
--    must look at it next; the sweeper finds due rows by the partial index on it alone.
--  * sla_ledger: every start, pause, resume, recalculation, warning, breach and stop, read paged.
--  * ticket_escalation / escalation_case: SLA escalations join the requesters' "not satisfied" in
--    the same records and on the same queue; a (ticket, target, round, level, reminder) happens
--    once, guaranteed by a unique index.

CREATE SEQUENCE sla_policy_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE sla_policy (
    id                       BIGINT                   NOT NULL,
    code                     VARCHAR(40)              NOT NULL,
    name                     VARCHAR(120)             NOT NULL,
    priority                 VARCHAR(4)               NOT NULL,
    request_type             VARCHAR(40),
    requester_group          VARCHAR(100),
    calendar_code            VARCHAR(40)              NOT NULL,
    first_response_seconds   INTEGER                  NOT NULL,
    resolution_seconds       INTEGER                  NOT NULL,
    next_response_seconds    INTEGER,
    warn_percent             INTEGER                  DEFAULT 75 NOT NULL,
    second_level_seconds     INTEGER                  NOT NULL,
    reminder_seconds         INTEGER                  NOT NULL,
    escalation_team          VARCHAR(40),
    active                   BOOLEAN                  DEFAULT TRUE NOT NULL,
    updated_by               VARCHAR(64)              NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT                   NOT NULL,
    CONSTRAINT pk_sla_policy PRIMARY KEY (id),
    CONSTRAINT uq_sla_policy_code UNIQUE (code),
    CONSTRAINT ck_sla_policy_code CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    CONSTRAINT ck_sla_policy_priority CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
    CONSTRAINT ck_sla_policy_targets CHECK (first_response_seconds > 0 AND resolution_seconds > 0
        AND (next_response_seconds IS NULL OR next_response_seconds > 0)
        AND second_level_seconds > 0 AND reminder_seconds > 0),
    CONSTRAINT ck_sla_policy_warn CHECK (warn_percent BETWEEN 1 AND 99),
    CONSTRAINT fk_sla_policy_calendar FOREIGN KEY (calendar_code) REFERENCES sla_calendar (code),
    CONSTRAINT fk_sla_policy_type FOREIGN KEY (request_type) REFERENCES request_type (code),
    CONSTRAINT fk_sla_policy_team FOREIGN KEY (escalation_team) REFERENCES team (code)
);
-- One active policy per (priority, type, group): the choice is never ambiguous.
CREATE UNIQUE INDEX ux_sla_policy_scope ON sla_policy
    (priority, COALESCE(request_type, ''), COALESCE(requester_group, '')) WHERE active;

ALTER TABLE team ADD COLUMN calendar_code VARCHAR(40);
ALTER TABLE team ADD CONSTRAINT fk_team_calendar FOREIGN KEY (calendar_code) REFERENCES sla_calendar (code);

-- Defaults on Jakarta office hours (8 working hours a day): P1 30 min / 4 h, P2 1 h / 8 h,
-- P3 4 h / 3 days, P4 8 h / 5 days; warning at 75 %, the next management level 2 working hours
-- after a breach, a reminder every 4 working hours while a breach is not acknowledged.
INSERT INTO sla_policy (id, code, name, priority, calendar_code, first_response_seconds,
                        resolution_seconds, next_response_seconds, warn_percent,
                        second_level_seconds, reminder_seconds, updated_by, updated_at, version)
VALUES (nextval('sla_policy_seq'), 'p1-default', 'P1 critical', 'P1', 'office-jakarta', 1800, 14400, 3600, 75, 7200, 14400, 'system', now(), 1),
       (nextval('sla_policy_seq'), 'p2-default', 'P2 high', 'P2', 'office-jakarta', 3600, 28800, 14400, 75, 7200, 14400, 'system', now(), 1),
       (nextval('sla_policy_seq'), 'p3-default', 'P3 normal', 'P3', 'office-jakarta', 14400, 86400, NULL, 75, 7200, 14400, 'system', now(), 1),
       (nextval('sla_policy_seq'), 'p4-default', 'P4 low', 'P4', 'office-jakarta', 28800, 144000, NULL, 75, 7200, 14400, 'system', now(), 1);

CREATE TABLE ticket_sla (
    ticket_id        BIGINT                   NOT NULL,
    target           VARCHAR(16)              NOT NULL,
    round            INTEGER                  DEFAULT 1 NOT NULL,
    policy_code      VARCHAR(40)              NOT NULL,
    calendar_code    VARCHAR(40)              NOT NULL,
    target_seconds   INTEGER                  NOT NULL,
    warn_percent     INTEGER                  NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- [{"from": instant, "to": instant|null, "reason": status}], ordered; only the last may be open
    pauses           JSONB                    DEFAULT '[]'::jsonb NOT NULL,
    warn_at          TIMESTAMP WITH TIME ZONE,
    due_at           TIMESTAMP WITH TIME ZONE,
    met_at           TIMESTAMP WITH TIME ZONE,
    stopped_at       TIMESTAMP WITH TIME ZONE,
    -- 0 nothing yet, 1 warned, 2 breached, 3 next management level told
    level            INTEGER                  DEFAULT 0 NOT NULL,
    reminders        INTEGER                  DEFAULT 0 NOT NULL,
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    next_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_ticket_sla PRIMARY KEY (ticket_id, target),
    CONSTRAINT fk_ticket_sla_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT ck_ticket_sla_target CHECK (target IN ('FIRST_RESPONSE', 'RESOLUTION', 'NEXT_RESPONSE')),
    CONSTRAINT ck_ticket_sla_pauses CHECK (jsonb_typeof(pauses) = 'array')
);
-- The sweeper's only access path: rows whose next look is due, oldest first. Rows with nothing
-- left to do (met, stopped, paused) have next_at NULL and are not in the index at all.
CREATE INDEX ix_ticket_sla_next ON ticket_sla (next_at) WHERE next_at IS NOT NULL;

CREATE SEQUENCE sla_ledger_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE sla_ledger (
    id        BIGINT                   NOT NULL,
    ticket_id BIGINT                   NOT NULL,
    target    VARCHAR(16)              NOT NULL,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    kind      VARCHAR(20)              NOT NULL,
    actor     VARCHAR(64)              NOT NULL,
    -- what changed, as facts (old/new priority, policy, status, percent …) for the page to word
    detail    JSONB                    DEFAULT '{}'::jsonb NOT NULL,
    old_due   TIMESTAMP WITH TIME ZONE,
    new_due   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_sla_ledger PRIMARY KEY (id),
    CONSTRAINT fk_sla_ledger_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
CREATE INDEX ix_sla_ledger_keyset ON sla_ledger (ticket_id, at DESC, id DESC);

-- SLA escalations in the escalation records.
ALTER TABLE ticket_escalation ADD COLUMN cause VARCHAR(16) DEFAULT 'REQUESTER' NOT NULL;
ALTER TABLE ticket_escalation ADD COLUMN target VARCHAR(16);
ALTER TABLE ticket_escalation ADD COLUMN round INTEGER;
ALTER TABLE ticket_escalation ADD COLUMN level INTEGER;
ALTER TABLE ticket_escalation ADD COLUMN reminder INTEGER;
ALTER TABLE ticket_escalation ADD CONSTRAINT ck_ticket_escalation_cause CHECK (
    (cause = 'REQUESTER' AND target IS NULL AND level IS NULL)
    OR (cause = 'SLA' AND target IS NOT NULL AND round IS NOT NULL AND level BETWEEN 1 AND 4
        AND reminder IS NOT NULL));
DROP INDEX ux_ticket_escalation_open;
CREATE UNIQUE INDEX ux_ticket_escalation_open ON ticket_escalation (ticket_id)
    WHERE closed_at IS NULL AND cause = 'REQUESTER';
-- Each level of each target happens once per ticket (and each reminder once).
CREATE UNIQUE INDEX ux_ticket_escalation_sla ON ticket_escalation (ticket_id, target, round, level, reminder)
    WHERE cause = 'SLA';

ALTER TABLE escalation_case ADD COLUMN cause VARCHAR(16) DEFAULT 'REQUESTER' NOT NULL;
ALTER TABLE escalation_case ADD COLUMN target VARCHAR(16);
ALTER TABLE escalation_case ADD COLUMN level INTEGER;
ALTER TABLE escalation_case ADD COLUMN reminder INTEGER;
ALTER TABLE escalation_case ADD COLUMN ticket_id BIGINT;
ALTER TABLE escalation_case ADD COLUMN team VARCHAR(40);
ALTER TABLE escalation_case ADD COLUMN acknowledged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE escalation_case ADD COLUMN acknowledged_by VARCHAR(64);
ALTER TABLE escalation_case ADD COLUMN ack_note VARCHAR(2000);
ALTER TABLE escalation_case ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
UPDATE escalation_case c SET ticket_id = e.ticket_id FROM ticket_escalation e WHERE e.id = c.escalation_id;
ALTER TABLE escalation_case DROP CONSTRAINT ck_escalation_case_status;
ALTER TABLE escalation_case ADD CONSTRAINT ck_escalation_case_status
    CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'CLOSED'));
-- Open cases of a team (team leads), newest first; a ticket's escalation history.
CREATE INDEX ix_escalation_case_open_team ON escalation_case (team, escalated_at DESC, id DESC)
    WHERE status = 'OPEN';
CREATE INDEX ix_escalation_case_open ON escalation_case (escalated_at DESC, id DESC)
    WHERE status = 'OPEN';
CREATE INDEX ix_escalation_case_ticket ON escalation_case (ticket_id, escalated_at DESC, id DESC);
