-- The e-mail channel's lists and lookups at 1 M rows each: EXPLAIN ANALYZE of what the review
-- queue (InboundMails.review), the administrators' inbound list (InboundMails.all, with and
-- without an outcome), the per-sender rate limit (InboundRecords.sentWithinHour), threading by
-- Message-ID (Threading), the dedupe on mailbox UID and Message-ID, the mail sender's claim
-- (MailDrain.claim) and the outbound list run. Run it on a THROW-AWAY database with Loket's schema:
--   createdb -h 127.0.0.1 -U postgres loket_mail
--   for f in $(ls ejb/src/main/resources/db/migration/V*.sql | sort -V); do
--     psql -q -h 127.0.0.1 -U postgres -d loket_mail -f "$f"; done
--   psql -h 127.0.0.1 -U postgres -d loket_mail -f src/bench/sql/mail-1m.sql
--   dropdb -h 127.0.0.1 -U postgres loket_mail
-- 1 M inbound mails over 5,000 senders (1 in 1,000 in review, 30 still open; 2 % quarantined),
-- 1 M outbound mails (200 pending, 150 of them due), 100,000 tickets.
\timing off
SET client_min_messages = warning;
INSERT INTO ticket (id, number, title, description, requester, category, impact, urgency, priority,
                    status, created_at, updated_at, version)
SELECT 10000000 + g, 'B-' || g, 'printer ' || g, 'detail', 'user' || (g % 2000), 'other', 'LOW', 'LOW',
       'P4', 'CLOSED', now() - g * interval '1 minute', now() - g * interval '30 seconds', 1
FROM generate_series(1, 100000) g;
INSERT INTO mail_in (id, mailbox, uid_validity, uid, message_id, received_at, from_address, subject,
                     outcome, reason, ticket_id, ticket_number, parsed, raw, raw_size, review_status)
SELECT g, 'imap:servicedesk@loket.local@mail/INBOX', 1, g, 'm' || g || '@client.example',
       now() - g * interval '20 seconds', 'sender' || (g % 5000) || '@example.org', 'subject ' || g,
       CASE WHEN g % 1000 = 0 THEN 'review' WHEN g % 50 = 1 THEN 'quarantined'
            WHEN g % 3 = 0 THEN 'comment-added' ELSE 'ticket-created' END,
       NULL, CASE WHEN g % 50 = 1 THEN NULL ELSE 10000000 + (g % 100000) + 1 END, NULL,
       '{}'::jsonb, convert_to('From: x', 'UTF8'), 7,
       CASE WHEN g % 1000 = 0 THEN (CASE WHEN g <= 30000 THEN 'OPEN' ELSE 'DISCARDED' END) END
FROM generate_series(1, 1000000) g;
INSERT INTO mail_out (id, kind, cause, ticket_id, ticket_number, recipient, language, subject, body,
                      message_id, status, attempts, next_attempt_at, created_at, sent_at)
SELECT g, 'confirmation', 'ticket:' || g || ':created', 10000000 + (g % 100000) + 1, 'B-' || g,
       'user' || (g % 2000) || '@example.org', 'en', 'subject', 'body',
       'loket.t' || g || '.m' || g || '.abcdefghabcdefgh@loket.local',
       CASE WHEN g <= 200 THEN 'PENDING' ELSE 'SENT' END, 0,
       CASE WHEN g <= 150 THEN now() - interval '1 minute' ELSE now() + interval '1 hour' END,
       now() - g * interval '20 seconds', CASE WHEN g > 200 THEN now() END
FROM generate_series(1, 1000000) g;
ANALYZE;

\echo '== review queue, first page (InboundMails.review)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT id, received_at, from_address, subject, outcome, reason, ticket_number, review_status
FROM mail_in WHERE (received_at, id) < ('9999-12-31', 9223372036854775807) AND review_status = 'OPEN'
ORDER BY received_at DESC, id DESC LIMIT 51;

\echo '== admin inbound list, first page and a page 10,000 rows deep (InboundMails.all)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT id, received_at, from_address, subject, outcome FROM mail_in
WHERE (received_at, id) < ('9999-12-31', 9223372036854775807) ORDER BY received_at DESC, id DESC LIMIT 51;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT id, received_at, from_address, subject, outcome FROM mail_in
WHERE (received_at, id) < (now() - 10000 * interval '20 seconds', 10000)
ORDER BY received_at DESC, id DESC LIMIT 51;

\echo '== admin inbound list filtered by outcome quarantined (InboundMails.all)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT id, received_at, from_address, subject, outcome FROM mail_in
WHERE (received_at, id) < ('9999-12-31', 9223372036854775807) AND outcome = 'quarantined'
ORDER BY received_at DESC, id DESC LIMIT 51;

\echo '== admin inbound list filtered by a rare outcome, rejected (none among the million)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT id, received_at, from_address, subject, outcome FROM mail_in
WHERE (received_at, id) < ('9999-12-31', 9223372036854775807) AND outcome = 'rejected'
ORDER BY received_at DESC, id DESC LIMIT 51;

\echo '== per-sender rate limit (InboundRecords.sentWithinHour)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*) FROM mail_in WHERE from_address = 'sender42@example.org'
AND received_at > now() - interval '1 hour';

\echo '== threading by Message-ID (Threading)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT ticket_id FROM mail_out WHERE message_id = 'loket.t4242.m4242.abcdefghabcdefgh@loket.local'
AND ticket_id IS NOT NULL
UNION ALL SELECT ticket_id FROM mail_in WHERE message_id = 'm4242@client.example'
AND ticket_id IS NOT NULL LIMIT 1;

\echo '== dedupe: mailbox UID, Message-ID that changed a ticket (InboundRecords.seen/changedTicket)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT id FROM mail_in WHERE mailbox = 'imap:servicedesk@loket.local@mail/INBOX' AND uid_validity = 1
AND uid = 777777;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT id FROM mail_in WHERE message_id = 'm777777@client.example'
AND outcome IN ('ticket-created', 'comment-added', 'review');

\echo '== the sender claim (MailDrain.claim)'
BEGIN;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT id FROM mail_out WHERE status = 'PENDING' AND next_attempt_at <= statement_timestamp()
ORDER BY next_attempt_at, id LIMIT 50 FOR UPDATE SKIP LOCKED;
ROLLBACK;

\echo '== outbound list, newest first, and by status (MailOutbound)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT id, status, recipient, subject FROM mail_out ORDER BY created_at DESC, id DESC LIMIT 51;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT id, status, recipient, subject FROM mail_out WHERE status = 'PENDING'
ORDER BY created_at DESC, id DESC LIMIT 51;
