-- Loket V9 (issue 7, portal): My tickets by last update with search, notifications for every
-- public change with an unread count, and per-user display settings.

-- "My tickets", most recently updated first: keyset (updated_at, id) per requester. The status
-- filter and the text search run on the rows this index yields for one requester.
CREATE INDEX ix_ticket_requester_updated_keyset ON ticket (requester, updated_at DESC, id DESC);

-- Search by words of the title or part of the number (ILIKE '%…%'), which a B-tree cannot serve.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_ticket_title_trgm ON ticket USING gin (title gin_trgm_ops);

-- What a notification is about beyond its kind: the new status of a status change, the author of
-- a reply. NULL for older rows.
ALTER TABLE notification ADD COLUMN detail VARCHAR(64);

-- The unread count in every page's header, and "mark all read".
CREATE INDEX ix_notification_unread ON notification (recipient) WHERE read_at IS NULL;

-- The time zone in which a user reads times (NULL: loket.display.zone), and a version for the
-- profile's optimistic lock (the API sends it back).
ALTER TABLE app_user ADD COLUMN time_zone VARCHAR(64);
ALTER TABLE app_user ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
