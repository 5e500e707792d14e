-- Loket V10: teams (queues), their members and leads, agents' skills, away flag and capacity,
-- and the team a ticket is in. Routing rules and traces (V11), queue views (V12) and the
-- workbench (V13) build on these tables.

CREATE TABLE team (
    code            VARCHAR(40)  NOT NULL,
    name_en         VARCHAR(120) NOT NULL,
    name_id         VARCHAR(120) NOT NULL,
    -- How an agent is picked inside the team: LEAST_LOADED or ROUND_ROBIN.
    assignment_mode VARCHAR(16)  DEFAULT 'LEAST_LOADED' NOT NULL,
    -- Round-robin position: the member picked last (NULL = start from the first).
    last_assigned   VARCHAR(64),
    active          BOOLEAN      DEFAULT TRUE NOT NULL,
    version         BIGINT       DEFAULT 1 NOT NULL,
    CONSTRAINT pk_team PRIMARY KEY (code),
    CONSTRAINT ck_team_mode CHECK (assignment_mode IN ('LEAST_LOADED', 'ROUND_ROBIN'))
);

CREATE TABLE team_member (
    team_code VARCHAR(40) NOT NULL,
    username  VARCHAR(64) NOT NULL,
    lead      BOOLEAN     DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_team_member PRIMARY KEY (team_code, username),
    CONSTRAINT fk_team_member_team FOREIGN KEY (team_code) REFERENCES team (code),
    CONSTRAINT fk_team_member_user FOREIGN KEY (username) REFERENCES app_user (username)
);

-- "Which teams am I in?" (queue scoping, on every queue request).
CREATE INDEX ix_team_member_user ON team_member (username, team_code);

-- One row per agent who has set anything; no row = available, no capacity limit.
CREATE TABLE agent_profile (
    username VARCHAR(64) NOT NULL,
    away     BOOLEAN     DEFAULT FALSE NOT NULL,
    -- Most open tickets auto-assignment gives this agent; NULL = no limit.
    capacity INTEGER,
    version  BIGINT      DEFAULT 1 NOT NULL,
    CONSTRAINT pk_agent_profile PRIMARY KEY (username),
    CONSTRAINT fk_agent_profile_user FOREIGN KEY (username) REFERENCES app_user (username),
    CONSTRAINT ck_agent_profile_capacity CHECK (capacity IS NULL OR capacity >= 0)
);

CREATE TABLE agent_skill (
    username VARCHAR(64) NOT NULL,
    skill    VARCHAR(40) NOT NULL,
    -- 1 = basic, 2 = good, 3 = expert
    level    SMALLINT    NOT NULL,
    CONSTRAINT pk_agent_skill PRIMARY KEY (username, skill),
    CONSTRAINT fk_agent_skill_user FOREIGN KEY (username) REFERENCES app_user (username),
    CONSTRAINT ck_agent_skill_level CHECK (level BETWEEN 1 AND 3)
);

CREATE INDEX ix_agent_skill_skill ON agent_skill (skill, level);

-- The teams the seed catalog routes to first (request_type.first_team).
INSERT INTO team (code, name_en, name_id) VALUES ('service-desk', 'Service desk', 'Meja layanan');
INSERT INTO team (code, name_en, name_id) VALUES ('applications', 'Applications', 'Aplikasi');
INSERT INTO team (code, name_en, name_id) VALUES ('identity', 'Identity and access', 'Identitas dan akses');
INSERT INTO team (code, name_en, name_id) VALUES ('messaging', 'E-mail and messaging', 'Surel dan perpesanan');
INSERT INTO team (code, name_en, name_id) VALUES ('network', 'Network', 'Jaringan');
INSERT INTO team (code, name_en, name_id) VALUES ('travel-desk', 'Travel desk', 'Meja perjalanan');
INSERT INTO team (code, name_en, name_id) VALUES ('workplace', 'Workplace and hardware', 'Perangkat kerja');

-- A request type routes first to a team that exists; a code an administrator typed before teams
-- existed and that names no team is cleared (routing then falls back to the rules).
UPDATE request_type SET first_team = NULL
 WHERE first_team IS NOT NULL AND first_team NOT IN (SELECT code FROM team);
ALTER TABLE request_type ADD CONSTRAINT fk_request_type_first_team
    FOREIGN KEY (first_team) REFERENCES team (code);

-- The team a ticket is in (NULL = not routed yet) and the SLA due instants that the SLA issue
-- fills; the queue indexes over them come with the queue views (V12).
ALTER TABLE ticket ADD COLUMN team VARCHAR(40);
ALTER TABLE ticket ADD CONSTRAINT fk_ticket_team FOREIGN KEY (team) REFERENCES team (code);
ALTER TABLE ticket ADD COLUMN first_response_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN resolution_due_at TIMESTAMP WITH TIME ZONE;
