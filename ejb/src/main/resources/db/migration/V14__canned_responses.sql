-- Loket V14: canned responses (issue 8, agent workspace). A team's responses (team_code set) are
-- used by its members and kept by its leads and administrators; a personal one (owner set) is its
-- owner's alone. Lists read by title, id (keyset) per owner and per team over partial indexes.

CREATE SEQUENCE canned_response_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE canned_response (
    id         BIGINT                   NOT NULL,
    scope      VARCHAR(16)              NOT NULL,
    team_code  VARCHAR(40),
    owner      VARCHAR(64),
    language   VARCHAR(2)               NOT NULL,
    title      VARCHAR(120)             NOT NULL,
    body       VARCHAR(4000)            NOT NULL,
    created_by VARCHAR(64)              NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL,
    CONSTRAINT pk_canned_response PRIMARY KEY (id),
    CONSTRAINT fk_canned_response_team FOREIGN KEY (team_code) REFERENCES team (code),
    CONSTRAINT fk_canned_response_owner FOREIGN KEY (owner) REFERENCES app_user (username),
    CONSTRAINT ck_canned_response_scope CHECK (
        (scope = 'TEAM' AND team_code IS NOT NULL AND owner IS NULL)
        OR (scope = 'PERSONAL' AND owner IS NOT NULL AND team_code IS NULL)),
    CONSTRAINT ck_canned_response_language CHECK (language IN ('en', 'id')),
    CONSTRAINT ck_canned_response_title CHECK (length(btrim(title)) > 0),
    CONSTRAINT ck_canned_response_body CHECK (length(btrim(body)) > 0)
);

-- "My responses by title" and "my teams' responses by title": one keyset range each
-- (CannedResponses.USABLE reads both branches and merges them).
CREATE INDEX ix_canned_response_personal ON canned_response (owner, title, id)
    WHERE scope = 'PERSONAL';
CREATE INDEX ix_canned_response_team ON canned_response (team_code, title, id)
    WHERE scope = 'TEAM';
