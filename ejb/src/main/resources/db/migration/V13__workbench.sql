-- Loket V13: the agent's workbench on one ticket (issue 8).
--  * ticket.merged_into: a duplicate merged into its primary is CLOSED and points at it.
--  * ticket_link: related tickets and parent/child (major incident), listed per ticket with a keyset.
--  * ticket_presence: who has a ticket open right now (a heartbeat row per user; a row older than
--    the presence window counts as gone and is purged by a sweep). In the database, not in a node's
--    memory, so that two nodes see each other's agents.

-- Time spent per reply or note (minutes, optional; summed per ticket over its comments).
ALTER TABLE ticket_comment ADD COLUMN minutes_spent INTEGER;
ALTER TABLE ticket_comment ADD CONSTRAINT ck_ticket_comment_minutes
    CHECK (minutes_spent IS NULL OR minutes_spent BETWEEN 1 AND 1440);

ALTER TABLE ticket ADD COLUMN merged_into BIGINT;
ALTER TABLE ticket ADD CONSTRAINT fk_ticket_merged_into FOREIGN KEY (merged_into) REFERENCES ticket (id);
-- "Which tickets were merged into this one?" (and the foreign key's checks).
CREATE INDEX ix_ticket_merged_into ON ticket (merged_into) WHERE merged_into IS NOT NULL;

CREATE SEQUENCE ticket_link_seq START WITH 1 INCREMENT BY 50;

-- One row per link, stored once from the "from" side: RELATED (symmetric) or PARENT_CHILD
-- (from = parent, to = child).
CREATE TABLE ticket_link (
    id          BIGINT                   NOT NULL,
    from_ticket BIGINT                   NOT NULL,
    to_ticket   BIGINT                   NOT NULL,
    kind        VARCHAR(16)              NOT NULL,
    created_by  VARCHAR(64)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ticket_link PRIMARY KEY (id),
    CONSTRAINT fk_ticket_link_from FOREIGN KEY (from_ticket) REFERENCES ticket (id),
    CONSTRAINT fk_ticket_link_to FOREIGN KEY (to_ticket) REFERENCES ticket (id),
    CONSTRAINT ck_ticket_link_kind CHECK (kind IN ('RELATED', 'PARENT_CHILD')),
    CONSTRAINT ck_ticket_link_self CHECK (from_ticket <> to_ticket),
    CONSTRAINT uq_ticket_link UNIQUE (from_ticket, to_ticket)
);
-- A ticket's links from either side, keyset (id): one index per side.
CREATE INDEX ix_ticket_link_from ON ticket_link (from_ticket, id);
CREATE INDEX ix_ticket_link_to ON ticket_link (to_ticket, id);
-- A child has at most one parent.
CREATE UNIQUE INDEX uq_ticket_link_parent ON ticket_link (to_ticket) WHERE kind = 'PARENT_CHILD';

CREATE TABLE ticket_presence (
    ticket_id BIGINT                   NOT NULL,
    username  VARCHAR(64)              NOT NULL,
    mode      VARCHAR(16)              NOT NULL,
    seen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ticket_presence PRIMARY KEY (ticket_id, username),
    CONSTRAINT fk_ticket_presence_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT ck_ticket_presence_mode CHECK (mode IN ('VIEWING', 'EDITING'))
);
-- The sweep that purges stale rows.
CREATE INDEX ix_ticket_presence_seen ON ticket_presence (seen_at);
