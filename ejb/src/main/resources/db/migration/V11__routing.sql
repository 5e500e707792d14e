-- Loket V11: the routing table (ordered rules that choose a team and the skills an agent needs)
-- and one row per routing decision with its trace, so that agents can read why a ticket went
-- where it did (issue 8).

CREATE SEQUENCE routing_rule_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ticket_routing_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE routing_rule (
    id              BIGINT      NOT NULL,
    -- Rules are tried by ascending position; the first that holds decides.
    position        INTEGER     NOT NULL,
    team            VARCHAR(40) NOT NULL,
    -- {"CATEGORY": ["network"], "KEYWORD": ["vpn", "wifi"]}: for each attribute the values it
    -- accepts (any of them); attributes not named accept anything. Attributes: TYPE, CATEGORY,
    -- SERVICE, KEYWORD, DEPARTMENT, LOCATION.
    conditions      JSONB       DEFAULT '{}'::jsonb NOT NULL,
    -- [{"skill": "network", "level": 2}]: what an agent needs at least.
    required_skills JSONB       DEFAULT '[]'::jsonb NOT NULL,
    active          BOOLEAN     DEFAULT TRUE NOT NULL,
    version         BIGINT      DEFAULT 1 NOT NULL,
    CONSTRAINT pk_routing_rule PRIMARY KEY (id),
    CONSTRAINT fk_routing_rule_team FOREIGN KEY (team) REFERENCES team (code),
    CONSTRAINT ck_routing_rule_position CHECK (position > 0),
    CONSTRAINT ck_routing_rule_conditions CHECK (jsonb_typeof(conditions) = 'object'),
    CONSTRAINT ck_routing_rule_skills CHECK (jsonb_typeof(required_skills) = 'array')
);

-- The active table in order (read on every new ticket); one active rule per position.
CREATE UNIQUE INDEX ux_routing_rule_active_position ON routing_rule (position) WHERE active;
-- The admin list, retired rules included, in order.
CREATE INDEX ix_routing_rule_position ON routing_rule (position, id);

CREATE TABLE ticket_routing (
    id            BIGINT                   NOT NULL,
    ticket_id     BIGINT                   NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- 'system' for routing on create, else the user who asked to route again.
    actor         VARCHAR(64)              NOT NULL,
    -- The rule that matched (NULL: none did; the request type's first team or the default team).
    rule_id       BIGINT,
    rule_position INTEGER,
    team          VARCHAR(40)              NOT NULL,
    assignee      VARCHAR(64),
    -- The engine's RoutingTrace as data, rendered in English or Indonesian when shown.
    trace         JSONB                    NOT NULL,
    CONSTRAINT pk_ticket_routing PRIMARY KEY (id),
    CONSTRAINT fk_ticket_routing_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT fk_ticket_routing_rule FOREIGN KEY (rule_id) REFERENCES routing_rule (id),
    CONSTRAINT ck_ticket_routing_trace CHECK (jsonb_typeof(trace) = 'object')
);

-- A ticket's decisions, newest first, keyset-paged.
CREATE INDEX ix_ticket_routing_keyset ON ticket_routing (ticket_id, decided_at DESC, id DESC);

-- An agent's open load, counted for every auto-assignment (one grouped query over the members).
CREATE INDEX ix_ticket_assignee_open ON ticket (assignee)
    WHERE assignee IS NOT NULL AND status NOT IN ('RESOLVED', 'CLOSED');

-- A few sensible rules; request types that name a first team need none.
INSERT INTO routing_rule (id, position, team, conditions, required_skills)
VALUES (nextval('routing_rule_seq'), 10, 'network', '{"CATEGORY": ["network"]}'::jsonb,
        '[{"skill": "network", "level": 1}]'::jsonb);
INSERT INTO routing_rule (id, position, team, conditions, required_skills)
VALUES (nextval('routing_rule_seq'), 20, 'network', '{"KEYWORD": ["vpn", "wifi", "wi-fi"]}'::jsonb,
        '[{"skill": "network", "level": 1}]'::jsonb);
INSERT INTO routing_rule (id, position, team, conditions, required_skills)
VALUES (nextval('routing_rule_seq'), 30, 'travel-desk',
        '{"CATEGORY": ["travel-booking", "travel-change", "travel-cancellation", "travel-claim"]}'::jsonb,
        '[{"skill": "travel", "level": 1}]'::jsonb);
INSERT INTO routing_rule (id, position, team, conditions, required_skills)
VALUES (nextval('routing_rule_seq'), 40, 'workplace', '{"CATEGORY": ["hardware"]}'::jsonb,
        '[]'::jsonb);
INSERT INTO routing_rule (id, position, team, conditions, required_skills)
VALUES (nextval('routing_rule_seq'), 50, 'messaging', '{"CATEGORY": ["email"]}'::jsonb,
        '[]'::jsonb);

-- Whether routing picks an agent in the team at all; off until an administrator switches it on,
-- so that a team starts as a plain queue its members take tickets from.
ALTER TABLE team ADD COLUMN auto_assign BOOLEAN DEFAULT FALSE NOT NULL;
