-- Fills a Loket database (schema from the Flyway migrations, no tickets yet) with :n tickets and
-- everything around them, in one transaction per table, fast (INSERT ... SELECT generate_series):
--   psql -v n=1000000 -v pwhash='PBKDF2WithHmacSHA512:...' -f generate.sql
-- Used by src/bench/queue-bench; not part of any migration. Deterministic (setseed), so that two
-- runs of the same N give the same data.
--
-- Spread (what a desk with ~900 tickets a day looks like after 3 years):
--  * 7 teams (V10), 40 agents agent01..agent40 (+ the demo staff sari, tono, maya, admin), each in one
--    team, 14 of them in a second one, one lead per team; 5,000 requesters req00001..req05000 (+ rina,
--    budi) with a skewed share (a few requesters open many tickets);
--  * created_at over 3 years in id order (ids are handed out at creation), updated_at >= created_at;
--  * ~12 % open (NEW, ASSIGNED, IN_PROGRESS, WAITING_*, REOPENED), mostly recent but with a tail of
--    old stuck tickets; the rest RESOLVED (recent) or CLOSED;
--  * request types of the seed catalog (80 %; their category and first team), the rest only a
--    category; priority from impact x urgency (P1 ~2 %, P2 ~11 %, P3 ~31 %, P4 ~56 %); channels
--    PORTAL/EMAIL/PHONE/API 60/25/10/5;
--  * SLA due instants on every ticket; on open tickets relative to now: ~20 % past, a few within
--    hours, most within the next 8 days;
--  * comments 0..8 per ticket (avg 4, 2/3 PUBLIC), audit rows 0..6 (avg 3) with typed JSON values;
--  * titles and texts mix Indonesian and English service-desk words, plus a host name PC-nnnnn
--    (20,000 distinct) so that a rare word has a realistic number of hits.
-- Secondary indexes and foreign keys of ticket, ticket_comment and ticket_audit are dropped for
-- the load and created again afterwards (same definitions, read from the catalog), then ANALYZE.
\set ON_ERROR_STOP on
\timing off
SET client_min_messages = warning;
SET synchronous_commit = off;
SET maintenance_work_mem = '512MB';
SET work_mem = '64MB';
SET max_parallel_maintenance_workers = 1;
SELECT setseed(0.2026);

CREATE TABLE IF NOT EXISTS bench_meta (
    n            BIGINT      NOT NULL,
    fingerprint  TEXT        NOT NULL,
    generated_at TIMESTAMPTZ NOT NULL,
    seconds      NUMERIC     NOT NULL
);
TRUNCATE bench_meta;

-- ---- people ----------------------------------------------------------------------------------------
CREATE TEMP TABLE bench_agent AS
SELECT 'agent' || lpad(g::text, 2, '0') AS username, g AS no,
       (ARRAY['Ahmad','Siti','Dewi','Rudi','Putri','Agus','Wulan','Bayu','Indah','Eko','Fitri','Hendra','Lestari','Yusuf','Ratna'])[1 + g % 15]
       || ' ' || (ARRAY['Santoso','Wijaya','Pratama','Hidayat','Saputra','Kusuma','Nugroho','Lubis','Siregar','Halim','Gunawan'])[1 + g % 11] AS display_name
FROM generate_series(1, 40) g;

INSERT INTO app_user (username, display_name, email, password_hash, active, locale, created_at, security_stamp)
SELECT username, display_name, username || '@loket.example', :'pwhash', TRUE, NULL, now() - interval '3 years', gen_random_uuid()::text
FROM bench_agent
UNION ALL
SELECT u, d, u || '@loket.example', :'pwhash', TRUE, NULL, now() - interval '3 years', gen_random_uuid()::text
FROM (VALUES ('sari', 'Sari Dewi'), ('tono', 'Tono Sutrisno'), ('maya', 'Maya Putri'),
             ('admin', 'Loket Administrator'), ('rina', 'Rina Wulandari'), ('budi', 'Budi Santoso')) v(u, d)
UNION ALL
SELECT 'req' || lpad(g::text, 5, '0'),
       (ARRAY['Andi','Bambang','Citra','Dian','Endah','Fajar','Gita','Hadi','Intan','Joko','Kartika','Lukman','Mega','Nanda','Oki','Purnama','Rizky','Sinta','Taufik','Umi','Vina','Wahyu','Yanti','Zainal'])[1 + g % 24]
       || ' ' || (ARRAY['Susanto','Rahman','Setiawan','Hakim','Wibowo','Permata','Harahap','Nasution','Tanjung','Purba','Sembiring','Simanjuntak','Manurung','Gultom','Pane','Daulay','Batubara'])[1 + (g / 24) % 17],
       'req' || lpad(g::text, 5, '0') || '@loket.example', :'pwhash', TRUE, NULL, now() - interval '3 years', gen_random_uuid()::text
FROM generate_series(1, 5000) g;

INSERT INTO user_role (username, role)
SELECT username, 'AGENT' FROM bench_agent
UNION ALL SELECT username, 'TEAM_LEAD' FROM bench_agent WHERE no <= 7
UNION ALL VALUES ('sari', 'AGENT'), ('tono', 'AGENT'), ('tono', 'TEAM_LEAD'), ('maya', 'MANAGER'),
                 ('admin', 'ADMIN'), ('rina', 'REQUESTER'), ('budi', 'REQUESTER')
UNION ALL SELECT 'req' || lpad(g::text, 5, '0'), 'REQUESTER' FROM generate_series(1, 5000) g;

CREATE TEMP TABLE bench_team AS
SELECT code, row_number() OVER (ORDER BY code) - 1 AS no FROM team;

INSERT INTO team_member (team_code, username, lead)
SELECT t.code, a.username, a.no <= 7
FROM bench_agent a JOIN bench_team t ON t.no = (a.no - 1) % 7
UNION ALL
SELECT t.code, a.username, FALSE
FROM bench_agent a JOIN bench_team t ON t.no = (a.no + 2) % 7
WHERE a.no <= 14
UNION ALL VALUES ('service-desk', 'sari', FALSE), ('network', 'sari', FALSE), ('service-desk', 'tono', TRUE);

INSERT INTO agent_profile (username, away, capacity)
SELECT username, no % 13 = 0, CASE WHEN no % 4 = 0 THEN 15 END FROM bench_agent;
INSERT INTO agent_skill (username, skill, level)
SELECT a.username, s.skill, 1 + (a.no + s.k) % 3
FROM bench_agent a
JOIN (VALUES (0, 'network'), (1, 'sap'), (2, 'laptops'), (3, 'travel'), (4, 'email'), (5, 'access'), (6, 'printers')) s(k, skill)
  ON (a.no + s.k) % 3 = 0;

-- Members per team as an array (assignee of a ticket = a member of its team).
CREATE TEMP TABLE bench_team_members AS
SELECT team_code, array_agg(username ORDER BY username) AS members FROM team_member GROUP BY team_code;

-- Request types with a weight (the catalog's seed types; the cumulative share picks one).
CREATE TEMP TABLE bench_type AS
SELECT code, category, first_team,
       sum(w) OVER (ORDER BY code) - w AS lo, sum(w) OVER (ORDER BY code) AS hi
FROM (SELECT code, category, first_team,
             CASE code WHEN 'cannot-sign-in' THEN 14 WHEN 'application-error' THEN 12 WHEN 'hardware-fault' THEN 10
                       WHEN 'network-vpn' THEN 10 WHEN 'email-problem' THEN 8 WHEN 'new-access' THEN 8
                       WHEN 'software-install' THEN 7 WHEN 'general-question' THEN 7 ELSE 3 END::numeric AS w
      FROM request_type WHERE NOT retired) x;
CREATE TEMP TABLE bench_category AS
SELECT code, row_number() OVER (ORDER BY code) - 1 AS no,
       CASE WHEN code IN ('network') THEN 'network' WHEN code IN ('access') THEN 'identity'
            WHEN code IN ('email') THEN 'messaging' WHEN code IN ('software') THEN 'applications'
            WHEN code IN ('hardware') THEN 'workplace' WHEN code LIKE 'travel%' THEN 'travel-desk'
            ELSE 'service-desk' END AS team
FROM category;

CREATE OR REPLACE FUNCTION pg_temp.damm(digits text) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  t int[] := ARRAY[[0,3,1,7,5,9,8,6,4,2],[7,0,9,2,1,5,4,8,6,3],[4,2,0,6,8,7,1,3,5,9],[1,7,5,0,9,8,3,4,2,6],
                   [6,1,2,3,0,4,5,9,7,8],[3,6,7,4,2,0,9,5,8,1],[5,8,6,9,7,2,0,1,3,4],[8,9,4,5,3,6,2,0,1,7],
                   [9,4,3,8,6,1,7,2,0,5],[2,5,8,1,4,3,6,7,9,0]];
  interim int := 0;
BEGIN
  FOR i IN 1 .. length(digits) LOOP
    interim := t[interim + 1][ascii(substr(digits, i, 1)) - 47];
  END LOOP;
  RETURN interim;
END $$;

-- ---- drop secondary indexes and foreign keys of the three big tables for the load --------------
CREATE TEMP TABLE bench_ddl (kind text, tbl text, name text, ddl text);
INSERT INTO bench_ddl
SELECT 'fk', conrelid::regclass::text, conname,
       format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
FROM pg_constraint
WHERE contype = 'f' AND conrelid IN ('ticket'::regclass, 'ticket_comment'::regclass, 'ticket_audit'::regclass);
INSERT INTO bench_ddl
SELECT 'ix', i.indrelid::regclass::text, c.relname, pg_get_indexdef(i.indexrelid)
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
WHERE i.indrelid IN ('ticket'::regclass, 'ticket_comment'::regclass, 'ticket_audit'::regclass)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'));
-- foreign keys from other tables INTO these (watchers, attachments, ...) stay: those tables are empty.
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM bench_ddl WHERE kind = 'fk' LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.name);
  END LOOP;
  FOR r IN SELECT * FROM bench_ddl WHERE kind = 'ix' LOOP
    EXECUTE format('DROP INDEX %I', r.name);
  END LOOP;
END $$;

-- ---- tickets -----------------------------------------------------------------------------------------
\echo generate: tickets
CREATE TEMP TABLE bench_ticket AS
WITH base AS (
  SELECT g AS id,
         -- ids in creation order over 3 years, a little jitter
         now() - interval '1095 days' * (1 - (g - 0.5) / :n) - random() * interval '20 minutes' AS created_at,
         random() AS r_open, random() AS r_status, random() AS r_type, random() AS r_req, random() AS r_imp,
         random() AS r_urg, random() AS r_chan, random() AS r_asg, random() AS r_upd, random() AS r_due,
         random() AS r_res, (random() * 1000000)::int AS w1, (random() * 1000000)::int AS w2
  FROM generate_series(1, :n) g
), aged AS (
  SELECT b.*, extract(epoch FROM now() - created_at) / 86400 AS age_days FROM base b
), st AS (
  SELECT a.*,
         CASE WHEN r_open < CASE WHEN age_days < 14 THEN 0.85 WHEN age_days < 90 THEN 0.20 ELSE 0.10 END
              THEN CASE WHEN r_status < 0.15 THEN 'NEW' WHEN r_status < 0.35 THEN 'ASSIGNED'
                        WHEN r_status < 0.70 THEN 'IN_PROGRESS' WHEN r_status < 0.85 THEN 'WAITING_FOR_REQUESTER'
                        WHEN r_status < 0.95 THEN 'WAITING_FOR_THIRD_PARTY' ELSE 'REOPENED' END
              ELSE CASE WHEN age_days < 7 AND r_status < 0.7 THEN 'RESOLVED' ELSE 'CLOSED' END
         END AS status,
         CASE WHEN r_imp < 0.10 THEN 'HIGH' WHEN r_imp < 0.45 THEN 'MEDIUM' ELSE 'LOW' END AS impact,
         CASE WHEN r_urg < 0.20 THEN 'HIGH' WHEN r_urg < 0.60 THEN 'MEDIUM' ELSE 'LOW' END AS urgency
  FROM aged a
)
SELECT s.*,
       CASE WHEN impact = 'HIGH' THEN CASE urgency WHEN 'HIGH' THEN 'P1' WHEN 'MEDIUM' THEN 'P2' ELSE 'P3' END
            WHEN impact = 'MEDIUM' THEN CASE urgency WHEN 'HIGH' THEN 'P2' WHEN 'MEDIUM' THEN 'P3' ELSE 'P4' END
            ELSE CASE urgency WHEN 'HIGH' THEN 'P3' ELSE 'P4' END END AS priority,
       CASE WHEN r_type < 0.8 THEN (SELECT code FROM bench_type WHERE r_type / 0.8 * (SELECT max(hi) FROM bench_type) >= lo
                                      AND r_type / 0.8 * (SELECT max(hi) FROM bench_type) < hi LIMIT 1) END AS request_type,
       CASE WHEN r_req < 0.002 THEN (ARRAY['rina', 'budi'])[1 + (id % 2)]
            ELSE 'req' || lpad((1 + floor(power(r_req, 1.6) * 5000))::int::text, 5, '0') END AS requester,
       CASE WHEN r_chan < 0.60 THEN 'PORTAL' WHEN r_chan < 0.85 THEN 'EMAIL' WHEN r_chan < 0.95 THEN 'PHONE' ELSE 'API' END AS channel
FROM st s;

CREATE TEMP TABLE bench_ticket2 AS
SELECT t.*,
       coalesce(bt.category, (SELECT code FROM bench_category WHERE no = t.w1 % (SELECT count(*) FROM bench_category))) AS category,
       coalesce(bt.first_team, (SELECT team FROM bench_category WHERE no = t.w1 % (SELECT count(*) FROM bench_category))) AS team0
FROM bench_ticket t LEFT JOIN bench_type bt ON bt.code = t.request_type;
DROP TABLE bench_ticket;

INSERT INTO ticket (id, number, title, description, requester, category, impact, urgency, priority, status,
                    assignee, created_at, updated_at, resolved_at, closed_at, version, request_type, fields,
                    channel, team, first_response_due_at, resolution_due_at)
SELECT id,
       'LKT-' || yr || '-' || lpad(id::text, 6, '0') || '-' || pg_temp.damm(yr || lpad(id::text, 6, '0')),
       title, description, requester, category, impact, urgency, priority, status,
       assignee, created_at, updated_at, resolved_at, closed_at, 4, request_type, '{}'::jsonb,
       channel, team, first_response_due_at, resolution_due_at
FROM (
  SELECT t.*, extract(year FROM created_at)::int::text AS yr,
         (ARRAY['VPN','Laptop','Outlook','Printer','SAP','Akun','Password','Wi-Fi','Email','Monitor','Teams','Zoom','Tiket pesawat','Refund','Akses folder','Keyboard','Docking station','Aplikasi HR','Excel','Server'])[1 + w1 % 20]
         || ' ' ||
         (ARRAY['tidak bisa connect','does not start','minta password terus','error saat login','lambat sekali','cannot print','access denied','tidak muncul','keeps crashing','perlu diganti','not syncing','mati total','blue screen','jadwal berubah','butuh akses baru','lupa password','sering putus','cannot open attachment','layar berkedip','please reset'])[1 + w2 % 20]
         || CASE WHEN w1 % 3 = 0 THEN ' di ' || (ARRAY['lantai 3','kantor Jakarta','cabang Surabaya','rumah','ruang rapat','gedung B','Bandung','Medan'])[1 + w2 % 8] ELSE '' END
         AS title,
         (ARRAY['Sejak pagi ','Since this morning ','Setelah update Windows ','After the last update ','Mulai kemarin ','Every time I log in '])[1 + w2 % 6]
         || (ARRAY['saya tidak bisa bekerja. ','nothing works on my machine. ','muncul pesan error 0x80070005. ','the screen shows an error. ','koneksi putus-putus. ','aplikasi menutup sendiri. '])[1 + w1 % 6]
         || 'Perangkat PC-' || lpad((w1 % 20000)::text, 5, '0') || ', '
         || (ARRAY['mohon dibantu segera.','please help as soon as possible.','terima kasih.','thanks in advance.','ini mendesak untuk rapat direksi.','a colleague has the same problem.'])[1 + (w1 + w2) % 6]
         AS description,
         CASE WHEN status = 'NEW' THEN NULL
              ELSE m.members[1 + (floor(r_asg * array_length(m.members, 1)))::int] END AS assignee,
         -- the NEW tickets of the last hour are not routed yet
         CASE WHEN status = 'NEW' AND age_days < 1.0 / 24 THEN NULL ELSE team0 END AS team,
         CASE WHEN status IN ('RESOLVED', 'CLOSED') THEN least(now(), created_at + interval '1 hour' + r_res * interval '10 days') END AS resolved_at,
         CASE WHEN status = 'CLOSED' THEN least(now(), created_at + interval '1 hour' + r_res * interval '10 days' + interval '3 days') END AS closed_at,
         CASE WHEN status = 'CLOSED' THEN least(now(), created_at + interval '1 hour' + r_res * interval '10 days' + interval '3 days')
              WHEN status = 'RESOLVED' THEN least(now(), created_at + interval '1 hour' + r_res * interval '10 days')
              -- open: touched some time since creation, more often recently
              ELSE created_at + (now() - created_at) * (1 - power(r_upd, 3)) END AS updated_at,
         created_at + CASE priority WHEN 'P1' THEN interval '30 minutes' WHEN 'P2' THEN interval '2 hours'
                                    WHEN 'P3' THEN interval '8 hours' ELSE interval '1 day' END AS first_response_due_at,
         CASE WHEN status IN ('RESOLVED', 'CLOSED')
              THEN created_at + CASE priority WHEN 'P1' THEN interval '4 hours' WHEN 'P2' THEN interval '1 day'
                                              WHEN 'P3' THEN interval '3 days' ELSE interval '5 days' END
              -- open: -2 days .. +8 days from now (20 % already past, ~2 % within the next 4 hours)
              ELSE date_trunc('minute', now()) + interval '1 minute' * floor(-2880 + r_due * 14400) END AS resolution_due_at
  FROM bench_ticket2 t LEFT JOIN bench_team_members m ON m.team_code = t.team0
) x;
DROP TABLE bench_ticket2;

-- ---- comments: 0..8 per ticket (avg 4), 2/3 public, the requester and the assignee talking ---------
\echo generate: comments
INSERT INTO ticket_comment (id, ticket_id, author, body, visibility, created_at)
SELECT t.id * 10 + j, t.id,
       CASE WHEN j % 2 = 1 OR t.assignee IS NULL THEN t.requester ELSE t.assignee END,
       (ARRAY['Sudah saya coba restart, masih sama. ','I tried again after lunch, same result. ','Terima kasih, sekarang sudah normal. ',
              'Could you check the VPN profile on my laptop? ','Mohon info perkembangannya. ','Attached the screenshot of the error. ',
              'Sudah dicek di server, tidak ada masalah. ','Escalated to the network vendor. ','Printer sudah diganti tonernya. ',
              'Password sudah direset, silakan login ulang. ','Waiting for the airline to confirm the refund. ','Jadwal penerbangan sudah diubah. '])[1 + (t.id + j * 7) % 12]
       || (ARRAY['Salam.','Regards.','Tks.','Best, the service desk.','Ditunggu kabarnya.','Host PC-' || lpad(((t.id * 13 + j) % 20000)::text, 5, '0') || '.'])[1 + (t.id + j) % 6],
       CASE WHEN j % 2 = 1 OR t.assignee IS NULL OR (t.id + j) % 3 <> 0 THEN 'PUBLIC' ELSE 'INTERNAL' END,
       t.created_at + (t.updated_at - t.created_at) * j / 9.0
FROM ticket t CROSS JOIN LATERAL generate_series(1, ((t.id * 7919) % 9)::int) j;

-- ---- audit: 0..6 rows per ticket (avg 3) --------------------------------------------------------------
\echo generate: audit
INSERT INTO ticket_audit (id, ticket_id, changed_at, actor, field_name, old_value, new_value)
SELECT t.id * 10 + j, t.id, t.created_at + (t.updated_at - t.created_at) * j / 7.0,
       coalesce(t.assignee, 'agent01'),
       (ARRAY['status', 'assignee', 'priority', 'team', 'status', 'comment'])[j],
       CASE j WHEN 1 THEN '"NEW"'::jsonb WHEN 2 THEN 'null'::jsonb WHEN 3 THEN '"P4"'::jsonb
              WHEN 4 THEN '"service-desk"'::jsonb WHEN 5 THEN '"ASSIGNED"'::jsonb ELSE NULL END,
       CASE j WHEN 1 THEN '"ASSIGNED"'::jsonb WHEN 2 THEN to_jsonb(coalesce(t.assignee, 'agent01'))
              WHEN 3 THEN to_jsonb(t.priority) WHEN 4 THEN to_jsonb(coalesce(t.team, 'service-desk'))
              WHEN 5 THEN to_jsonb(t.status) ELSE '"PUBLIC"'::jsonb END
FROM ticket t CROSS JOIN LATERAL generate_series(1, ((t.id * 31) % 7)::int) j;

-- ---- indexes and foreign keys back, sequences past the data, statistics ------------------------------
\echo generate: indexes
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM bench_ddl WHERE kind = 'ix' ORDER BY tbl, name LOOP
    EXECUTE r.ddl;
  END LOOP;
  FOR r IN SELECT * FROM bench_ddl WHERE kind = 'fk' LOOP
    EXECUTE r.ddl;
  END LOOP;
END $$;

SELECT setval('ticket_seq', (SELECT max(id) FROM ticket) + 1000);
SELECT setval('ticket_number_seq', (SELECT max(id) FROM ticket) + 1);
SELECT setval('ticket_comment_seq', (SELECT max(id) FROM ticket_comment) + 1000);
SELECT setval('ticket_audit_seq', (SELECT max(id) FROM ticket_audit) + 1000);

\echo generate: analyze
VACUUM ANALYZE;
