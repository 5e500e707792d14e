-- Loket V7: guards at intake and watchers.
--  * duplicate guard: each ticket carries its searchable words (title weighted above the start of
--    the description), 'simple' configuration (no stemming: requesters mix Indonesian and
--    English), kept by PostgreSQL itself. Only open tickets are ever suggested, so the GIN index
--    is partial: it stays the size of the open work, not of ten years of closed tickets.
--    Texts are masked by the secret guard before they are stored, so no secret reaches it.
--  * watchers: colleagues a requester (or staff) lets follow a ticket; a watcher reads it and its
--    public conversation and may reply, but cannot close or reopen it. At most 50 per ticket
--    (enforced by the application), read by the primary key; "tickets I watch" by the user index.

ALTER TABLE ticket ADD COLUMN search_terms tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, title), 'A')
    || setweight(to_tsvector('simple'::regconfig, left(description, 2000)), 'B')) STORED;

-- Category first (btree_gin), so that "open tickets of this category with two of these words"
-- is answered inside the index; staff without a category use the same index on the words alone.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX ix_ticket_open_terms ON ticket USING gin (category, search_terms)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');

CREATE TABLE ticket_watcher (
    ticket_id BIGINT      NOT NULL,
    username  VARCHAR(64) NOT NULL,
    added_by  VARCHAR(64) NOT NULL,
    added_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT pk_ticket_watcher PRIMARY KEY (ticket_id, username),
    CONSTRAINT fk_ticket_watcher_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT fk_ticket_watcher_user FOREIGN KEY (username) REFERENCES app_user (username)
);

CREATE INDEX ix_ticket_watcher_user ON ticket_watcher (username, ticket_id);
