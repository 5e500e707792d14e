-- Loket V3: PostgreSQL only from here on (H2 is gone).
--  * a transactional outbox: events are rows written in the transaction of the change they
--    announce; a relay publishes them to JMS after commit (no XA anywhere);
--  * an inbox per consumer (event ids acted on) and dead letters, for idempotent consumers;
--  * history outside the aggregate: audit values typed as jsonb, keyset indexes for paging.

-- Outbox. id is the event id (deterministic, carried in the message). aggregate_key orders the
-- events of one ticket (JMSXGroupID). published_at NULL = still to publish.
CREATE SEQUENCE outbox_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE outbox_event (
    id             BIGINT       NOT NULL,
    event_id       BIGINT       NOT NULL,
    aggregate_type VARCHAR(40)  NOT NULL,
    aggregate_key  VARCHAR(64)  NOT NULL,
    event_type     VARCHAR(60)  NOT NULL,
    payload        JSONB        NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    published_at   TIMESTAMPTZ,
    CONSTRAINT pk_outbox_event PRIMARY KEY (id)
);

-- The relay's claim: unpublished rows in id order (small: only the backlog is in it).
CREATE INDEX ix_outbox_unpublished ON outbox_event (id) WHERE published_at IS NULL;
-- The purge of published rows past their retention, oldest first, in bounded batches.
CREATE INDEX ix_outbox_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- Inbox: one row per (consumer, event) acted on, written in the transaction of the effect.
CREATE TABLE consumed_event (
    consumer    VARCHAR(60)  NOT NULL,
    event_id    BIGINT       NOT NULL,
    consumed_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_consumed_event PRIMARY KEY (consumer, event_id)
);

CREATE INDEX ix_consumed_event_at ON consumed_event (consumed_at);

-- Messages a consumer gave up on after bounded redeliveries; admins list and retry them.
CREATE SEQUENCE dead_letter_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE dead_letter (
    id          BIGINT        NOT NULL,
    consumer    VARCHAR(60)   NOT NULL,
    destination VARCHAR(120)  NOT NULL,
    event_id    BIGINT,
    event_type  VARCHAR(60),
    body        TEXT          NOT NULL,
    error       VARCHAR(2000) NOT NULL,
    attempts    INTEGER       NOT NULL,
    failed_at   TIMESTAMPTZ   NOT NULL,
    retried_at  TIMESTAMPTZ,
    retried_by  VARCHAR(64),
    version     BIGINT        NOT NULL,
    CONSTRAINT pk_dead_letter PRIMARY KEY (id)
);

-- The admin list: open dead letters, newest first (keyset on id).
CREATE INDEX ix_dead_letter_open ON dead_letter (id DESC) WHERE retried_at IS NULL;

-- Event ids are outbox ids now; notifications keep theirs as text (older ones are UUIDs).
ALTER TABLE notification ALTER COLUMN event_id TYPE VARCHAR(40);
CREATE INDEX ix_notification_recipient_keyset ON notification (recipient, created_at DESC, id DESC);
DROP INDEX ix_notification_recipient;

-- History: values typed (JSON: strings for enums and texts, numbers as numbers), read newest
-- first per ticket with a keyset (changed_at, id).
ALTER TABLE ticket_audit ALTER COLUMN old_value TYPE JSONB USING to_jsonb(old_value);
ALTER TABLE ticket_audit ALTER COLUMN new_value TYPE JSONB USING to_jsonb(new_value);
DROP INDEX ix_ticket_audit_ticket_changed;
CREATE INDEX ix_ticket_audit_keyset ON ticket_audit (ticket_id, changed_at DESC, id DESC);
-- The requester's view leaves out the lines that record internal notes: its own partial index, so
-- that a page deep into a ticket with many internal notes does not walk past them.
CREATE INDEX ix_ticket_audit_requester_keyset ON ticket_audit (ticket_id, changed_at DESC, id DESC)
    WHERE NOT (field_name = 'comment' AND new_value = '"INTERNAL"'::jsonb);

DROP INDEX ix_ticket_comment_ticket;
CREATE INDEX ix_ticket_comment_keyset ON ticket_comment (ticket_id, created_at DESC, id DESC);
CREATE INDEX ix_ticket_comment_public_keyset ON ticket_comment (ticket_id, created_at DESC, id DESC)
    WHERE visibility = 'PUBLIC';

-- "My tickets", newest first, keyset (created_at, id).
DROP INDEX ix_ticket_requester_created;
CREATE INDEX ix_ticket_requester_keyset ON ticket (requester, created_at DESC, id DESC);
