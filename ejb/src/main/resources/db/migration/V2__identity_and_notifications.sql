-- Users of Loket and their roles. Passwords are stored only as PBKDF2 hashes
-- (algorithm:iterations:salt:hash, see PasswordHashing).
CREATE TABLE app_user (
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(254),
    password_hash VARCHAR(512) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    locale        VARCHAR(16),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (username)
);

CREATE TABLE user_role (
    username VARCHAR(64) NOT NULL,
    role     VARCHAR(16) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (username, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (username) REFERENCES app_user (username),
    CONSTRAINT ck_user_role_role CHECK (role IN ('REQUESTER', 'AGENT', 'TEAM_LEAD', 'MANAGER', 'ADMIN'))
);

-- Notifications recorded by message-driven beans. event_id makes a redelivered message
-- harmless: the second insert of the same event is refused by the unique constraint.
CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE notification (
    id            BIGINT       NOT NULL,
    event_id      VARCHAR(36)  NOT NULL,
    recipient     VARCHAR(64)  NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    ticket_number VARCHAR(32)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT uq_notification_event UNIQUE (event_id, recipient)
);

CREATE INDEX ix_notification_recipient ON notification (recipient, created_at);
