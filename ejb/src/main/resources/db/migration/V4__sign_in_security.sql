-- Loket V4: sign-in security.
--  * a security stamp per user: changed whenever the user is disabled, the password changes or
--    the roles change; every signed-in request compares it (cached briefly per node), so such a
--    change ends the user's sessions and cached credentials on every node;
--  * sign-in throttling state shared by all nodes (a growing delay per account and per address);
--  * personal API tokens, stored as SHA-256 hashes.

ALTER TABLE app_user ADD COLUMN security_stamp VARCHAR(36);
UPDATE app_user SET security_stamp = gen_random_uuid()::text;
ALTER TABLE app_user ALTER COLUMN security_stamp SET NOT NULL;

-- One row per throttled key ('account:<name>' or 'address:<ip>'), written only on failures.
-- failures counts the failures since the last quiet window; blocked_until is when the next
-- attempt for the key will be checked again.
CREATE TABLE sign_in_throttle (
    throttle_key  VARCHAR(200) NOT NULL,
    failures      INTEGER      NOT NULL,
    blocked_until TIMESTAMPTZ,
    last_failure  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_sign_in_throttle PRIMARY KEY (throttle_key)
);

-- The purge of rows quiet for longer than the decay window.
CREATE INDEX ix_sign_in_throttle_last_failure ON sign_in_throttle (last_failure);

CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;

-- Personal access tokens: lkt_<prefix>_<secret>; only the SHA-256 of the whole token is kept.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL,
    username     VARCHAR(64)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    prefix       VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    expires_at   TIMESTAMPTZ  NOT NULL,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ,
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uq_api_token_prefix UNIQUE (prefix),
    CONSTRAINT fk_api_token_user FOREIGN KEY (username) REFERENCES app_user (username)
);

CREATE INDEX ix_api_token_user ON api_token (username, created_at);
