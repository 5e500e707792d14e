-- Loket V6: evidence attachments (screenshots, short videos, documents) on tickets and comments.
--  * attachment: the metadata, listed per ticket newest first with a keyset (uploaded_at, id); a
--    requester's list leaves out attachments of internal notes (its own partial index).
--  * attachment_content: the bytes (and the image thumbnail) in their own table, so that listing
--    never reads them; behind AttachmentStore, which a file or object store can replace.
CREATE SEQUENCE attachment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE attachment (
    id           BIGINT                   NOT NULL,
    ticket_id    BIGINT                   NOT NULL,
    comment_id   BIGINT,
    internal     BOOLEAN                  NOT NULL,
    file_name    VARCHAR(200)             NOT NULL,
    media_type   VARCHAR(120)             NOT NULL,
    size_bytes   BIGINT                   NOT NULL,
    sha256       CHAR(64)                 NOT NULL,
    thumbnail    BOOLEAN                  NOT NULL,
    uploaded_by  VARCHAR(64)              NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_attachment PRIMARY KEY (id),
    CONSTRAINT fk_attachment_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT fk_attachment_comment FOREIGN KEY (comment_id) REFERENCES ticket_comment (id),
    CONSTRAINT ck_attachment_size CHECK (size_bytes > 0)
);

-- A ticket's attachments, newest first (staff), and without internal ones (requesters).
CREATE INDEX ix_attachment_keyset ON attachment (ticket_id, uploaded_at DESC, id DESC);
CREATE INDEX ix_attachment_public_keyset ON attachment (ticket_id, uploaded_at DESC, id DESC)
    WHERE NOT internal;
-- The attachments of one comment (and the foreign key's deletes).
CREATE INDEX ix_attachment_comment ON attachment (comment_id) WHERE comment_id IS NOT NULL;

CREATE TABLE attachment_content (
    attachment_id BIGINT NOT NULL,
    content       BYTEA  NOT NULL,
    thumbnail     BYTEA,
    CONSTRAINT pk_attachment_content PRIMARY KEY (attachment_id),
    CONSTRAINT fk_attachment_content FOREIGN KEY (attachment_id) REFERENCES attachment (id)
        ON DELETE CASCADE
);
-- Bytes are already compressed (images, video, office files): no TOAST compression attempt.
ALTER TABLE attachment_content ALTER COLUMN content SET STORAGE EXTERNAL;
