-- Loket V1: the ticket aggregate (ticket, its comments and its audit trail) and ticket categories.
-- Portable SQL only: this script must run unchanged on H2 2.2 and PostgreSQL 15.
-- Instants are stored as TIMESTAMP WITH TIME ZONE; all constraints and indexes are named explicitly.

-- JPA identifiers (allocationSize 50 in the entities, so the sequences step by 50).
CREATE SEQUENCE ticket_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ticket_comment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ticket_audit_seq START WITH 1 INCREMENT BY 50;

-- Sequence part of the human-readable ticket number (LKT-YYYY-NNNNNN-C); gaps are acceptable.
CREATE SEQUENCE ticket_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE category (
    code        VARCHAR(40) NOT NULL,
    sort_order  INTEGER     NOT NULL,
    active      BOOLEAN     DEFAULT TRUE NOT NULL,
    CONSTRAINT pk_category PRIMARY KEY (code)
);

INSERT INTO category (code, sort_order, active) VALUES ('hardware', 10, TRUE);
INSERT INTO category (code, sort_order, active) VALUES ('software', 20, TRUE);
INSERT INTO category (code, sort_order, active) VALUES ('network', 30, TRUE);
INSERT INTO category (code, sort_order, active) VALUES ('access', 40, TRUE);
INSERT INTO category (code, sort_order, active) VALUES ('email', 50, TRUE);
INSERT INTO category (code, sort_order, active) VALUES ('travel-booking', 60, TRUE);
INSERT INTO category (code, sort_order, active) VALUES ('travel-change', 70, TRUE);
INSERT INTO category (code, sort_order, active) VALUES ('travel-cancellation', 80, TRUE);
INSERT INTO category (code, sort_order, active) VALUES ('other', 90, TRUE);

CREATE TABLE ticket (
    id           BIGINT                   NOT NULL,
    number       VARCHAR(32)              NOT NULL,
    title        VARCHAR(200)             NOT NULL,
    description  VARCHAR(10000)           NOT NULL,
    requester    VARCHAR(64)              NOT NULL,
    category     VARCHAR(40)              NOT NULL,
    impact       VARCHAR(16)              NOT NULL,
    urgency      VARCHAR(16)              NOT NULL,
    priority     VARCHAR(4)               NOT NULL,
    status       VARCHAR(32)              NOT NULL,
    assignee     VARCHAR(64),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at  TIMESTAMP WITH TIME ZONE,
    closed_at    TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL,
    CONSTRAINT pk_ticket PRIMARY KEY (id),
    CONSTRAINT uq_ticket_number UNIQUE (number),
    CONSTRAINT fk_ticket_category FOREIGN KEY (category) REFERENCES category (code)
);

CREATE INDEX ix_ticket_requester_created ON ticket (requester, created_at);
CREATE INDEX ix_ticket_status_priority ON ticket (status, priority);
CREATE INDEX ix_ticket_assignee ON ticket (assignee);

CREATE TABLE ticket_comment (
    id          BIGINT                   NOT NULL,
    ticket_id   BIGINT                   NOT NULL,
    author      VARCHAR(64)              NOT NULL,
    body        VARCHAR(10000)           NOT NULL,
    visibility  VARCHAR(16)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ticket_comment PRIMARY KEY (id),
    CONSTRAINT fk_ticket_comment_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);

CREATE INDEX ix_ticket_comment_ticket ON ticket_comment (ticket_id);

CREATE TABLE ticket_audit (
    id          BIGINT                   NOT NULL,
    ticket_id   BIGINT                   NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64)              NOT NULL,
    field_name  VARCHAR(40)              NOT NULL,
    old_value   VARCHAR(10000),
    new_value   VARCHAR(10000),
    CONSTRAINT pk_ticket_audit PRIMARY KEY (id),
    CONSTRAINT fk_ticket_audit_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);

CREATE INDEX ix_ticket_audit_ticket_changed ON ticket_audit (ticket_id, changed_at);
