-- The e-mail channel (feature id.loket.mail).
--
--  * mail_in: every message that reached the desk (IMAP poller or the admins' replay entry), once:
--    its raw source (size-limited), what was parsed, and what became of it (ticket created, comment
--    added, review, ignored, quarantined). Written in the same transaction as the ticket change, so a
--    crash before the commit leaves no row and the poller reads the message again; a crash after it
--    finds the row (mailbox + UID, or Message-ID) and only marks the message.
--  * mail_out: the outbound mail outbox. A mail is a row written in the transaction of the change
--    that causes it (never sent for a change that rolled back); the sender drains due rows with
--    FOR UPDATE SKIP LOCKED, retries with back-off while SMTP is down, and never loses one.
--  * mail_key: the secret for the signed reply tokens, made once per installation (unless the
--    configuration gives one), never in git.

CREATE TABLE mail_key (
    id         SMALLINT     NOT NULL DEFAULT 1,
    secret     VARCHAR(128) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT pk_mail_key PRIMARY KEY (id),
    CONSTRAINT ck_mail_key_one CHECK (id = 1)
);
INSERT INTO mail_key (id, secret)
VALUES (1, encode(sha256(convert_to(random()::text || clock_timestamp()::text || random()::text, 'UTF8')), 'hex')
        || encode(sha256(convert_to(random()::text || txid_current()::text, 'UTF8')), 'hex'));

CREATE SEQUENCE mail_in_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE mail_in (
    id              BIGINT       NOT NULL,
    mailbox         VARCHAR(200) NOT NULL,         -- 'imap:user@host/INBOX' or 'replay:<admin>'
    uid_validity    BIGINT,
    uid             BIGINT,
    message_id      VARCHAR(998),
    received_at     TIMESTAMPTZ  NOT NULL,
    from_address    VARCHAR(320),
    subject         VARCHAR(1000),
    outcome         VARCHAR(24)  NOT NULL,
    reason          VARCHAR(1000),
    ticket_id       BIGINT,
    ticket_number   VARCHAR(32),
    parsed          JSONB        NOT NULL DEFAULT '{}'::jsonb,  -- from, to, cc, snippet, attachments, warnings
    raw             BYTEA        NOT NULL,
    raw_size        INTEGER      NOT NULL,
    raw_truncated   BOOLEAN      NOT NULL DEFAULT FALSE,
    review_status   VARCHAR(16),                   -- OPEN, APPENDED, NEW_TICKET, DISCARDED (outcome review)
    reviewed_by     VARCHAR(64),
    reviewed_at     TIMESTAMPTZ,
    version         BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT pk_mail_in PRIMARY KEY (id),
    CONSTRAINT ck_mail_in_outcome CHECK (outcome IN ('ticket-created', 'comment-added', 'review',
        'ignored-auto-reply', 'ignored-bounce', 'ignored-own-mail', 'rate-limited', 'rejected', 'quarantined')),
    CONSTRAINT ck_mail_in_review CHECK (review_status IS NULL OR review_status IN ('OPEN', 'APPENDED', 'NEW_TICKET', 'DISCARDED')),
    CONSTRAINT fk_mail_in_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
-- Exactly once per mailbox message (UIDs are unique within a UIDVALIDITY epoch).
CREATE UNIQUE INDEX ux_mail_in_uid ON mail_in (mailbox, uid_validity, uid) WHERE uid IS NOT NULL;
-- Exactly once per Message-ID for what changed tickets (the same mail reaching the desk through
-- two aliases, or replayed by an admin, changes nothing twice); noise and quarantine may repeat.
CREATE UNIQUE INDEX ux_mail_in_message ON mail_in (message_id)
    WHERE message_id IS NOT NULL AND outcome IN ('ticket-created', 'comment-added', 'review');
-- Threading by In-Reply-To/References finds the ticket of a mail we received.
CREATE INDEX ix_mail_in_message_ticket ON mail_in (message_id, ticket_id) WHERE ticket_id IS NOT NULL;
-- The admins' list of all inbound mail, newest first (keyset).
CREATE INDEX ix_mail_in_recent ON mail_in (received_at DESC, id DESC);
-- The same list of one outcome (quarantined, rejected ... may be rare among a million).
CREATE INDEX ix_mail_in_outcome ON mail_in (outcome, received_at DESC, id DESC);
-- The agents' review queue, oldest first (keyset).
CREATE INDEX ix_mail_in_review ON mail_in (received_at, id) WHERE review_status = 'OPEN';
-- Rate limit per sender: this sender's mails of the last hour.
CREATE INDEX ix_mail_in_sender ON mail_in (from_address, received_at);
-- A ticket's mails on its page (keyset, newest first).
CREATE INDEX ix_mail_in_ticket ON mail_in (ticket_id, received_at DESC, id DESC) WHERE ticket_id IS NOT NULL;

CREATE SEQUENCE mail_out_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE mail_out (
    id              BIGINT        NOT NULL,
    kind            VARCHAR(40)   NOT NULL,   -- confirmation, agent-reply, waiting, resolved, escalation, satisfaction, rejection, secret-warning
    cause           VARCHAR(120)  NOT NULL,   -- what caused it, unique per recipient: e.g. 'ticket:42:created'
    ticket_id       BIGINT,
    ticket_number   VARCHAR(32),
    recipient       VARCHAR(320)  NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    subject         VARCHAR(1000) NOT NULL,
    body            TEXT          NOT NULL,
    message_id      VARCHAR(998)  NOT NULL,
    in_reply_to     VARCHAR(998),
    refs            TEXT,
    reply_to        VARCHAR(320),
    status          VARCHAR(12)   NOT NULL,   -- PENDING, SENT, FAILED (gave up after the last attempt)
    attempts        INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ   NOT NULL,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMPTZ   NOT NULL,
    sent_at         TIMESTAMPTZ,
    CONSTRAINT pk_mail_out PRIMARY KEY (id),
    CONSTRAINT ck_mail_out_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT fk_mail_out_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
-- One mail per cause and recipient: a retried transaction or a redelivered event writes it once.
CREATE UNIQUE INDEX ux_mail_out_cause ON mail_out (cause, recipient);
-- The sender's claim: due pending rows only (the partial index holds only the backlog).
CREATE INDEX ix_mail_out_due ON mail_out (next_attempt_at, id) WHERE status = 'PENDING';
-- Threading: a reply's In-Reply-To/References names one of our Message-IDs.
CREATE INDEX ix_mail_out_message ON mail_out (message_id);
-- The admins' outbound list, newest first (keyset), and per status.
CREATE INDEX ix_mail_out_recent ON mail_out (created_at DESC, id DESC);
CREATE INDEX ix_mail_out_status ON mail_out (status, created_at DESC, id DESC);
-- A ticket's mails (keyset, newest first).
CREATE INDEX ix_mail_out_ticket ON mail_out (ticket_id, created_at DESC, id DESC) WHERE ticket_id IS NOT NULL;

-- Requesters found or created by their address.
CREATE INDEX ix_app_user_email ON app_user (lower(email));
