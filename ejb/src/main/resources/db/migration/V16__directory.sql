-- Loket V16 (issue 8, directory): the requester's department and location, which routing rules on
-- DEPARTMENT and LOCATION compare with. Set by administrators; NULL while unknown. Values are
-- trimmed by the application, so a stored value is never empty.
ALTER TABLE app_user ADD COLUMN department VARCHAR(100);
ALTER TABLE app_user ADD COLUMN location VARCHAR(100);
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_department
    CHECK (department IS NULL OR length(btrim(department)) BETWEEN 1 AND 100);
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_location
    CHECK (location IS NULL OR length(btrim(location)) BETWEEN 1 AND 100);

-- The administrators' user list: keyset by user name (the primary key) and a search for part of
-- the user name or display name (LIKE '%…%'), which only a trigram index serves (pg_trgm: V9).
CREATE INDEX ix_app_user_search_trgm
    ON app_user USING gin (lower(username || ' ' || display_name) gin_trgm_ops);
