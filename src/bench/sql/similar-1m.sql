-- The duplicate guard at 1 M tickets: EXPLAIN ANALYZE of the query SimilarTickets runs, for a
-- requester (own + watched + same category) and for staff. Run it on a THROW-AWAY database that
-- has Loket's schema (start Loket once against it, or apply the migrations), e.g.
--   createdb -h 127.0.0.1 -U postgres loket_similar
--   for f in ejb/src/main/resources/db/migration/V*.sql; do
--     psql -q -h 127.0.0.1 -U postgres -d loket_similar -f "$f"; done
--   psql -h 127.0.0.1 -U postgres -d loket_similar -f src/bench/sql/similar-1m.sql
--   dropdb -h 127.0.0.1 -U postgres loket_similar
-- 1 M tickets over 2,000 requesters and the 9 categories, titles and descriptions drawn from a
-- mixed Indonesian/English vocabulary of 60 words; 8 % open (NEW, ASSIGNED, IN_PROGRESS, ...),
-- the rest RESOLVED or CLOSED; user42 watches 200 tickets.
\timing off
SET client_min_messages = warning;
CREATE TEMP TABLE vocab (i int, w text);
INSERT INTO vocab SELECT row_number() OVER () - 1, w FROM unnest(string_to_array(
  'printer wifi vpn laptop monitor keyboard mouse email outlook excel word teams zoom projector '
  'password akun jaringan internet lambat mati rusak error gagal login sandi kartu akses gedung '
  'lantai ruang meeting kabel hdmi baterai charger layar biru hang update install lisensi office '
  'tiket pesawat hotel perjalanan jadwal batal ubah refund visa paspor server database backup '
  'folder drive share', ' ')) w;

INSERT INTO ticket (id, number, title, description, requester, category, impact, urgency, priority,
                    status, created_at, updated_at, version)
SELECT 10000000 + g,
       'B-' || g,
       (SELECT string_agg(w, ' ') FROM vocab WHERE i IN ((g * 7) % 60, (g * 13 + 5) % 60, (g * 31 + 11) % 60, (g / 7) % 60)),
       (SELECT string_agg(w, ' ') FROM vocab WHERE i IN ((g * 3) % 60, (g * 17 + 2) % 60, (g * 23 + 9) % 60, (g * 41 + 4) % 60, (g / 11) % 60, (g / 13) % 60))
         || ' ' || repeat('detail ', 20),
       'user' || (g % 2000),
       (ARRAY['hardware','software','network','access','email','travel-booking','travel-change','travel-cancellation','other'])[1 + g % 9],
       'LOW', 'LOW', 'P4',
       CASE WHEN g % 100 < 8 THEN (ARRAY['NEW','ASSIGNED','IN_PROGRESS','WAITING_FOR_REQUESTER'])[1 + g % 4]
            WHEN g % 2 = 0 THEN 'CLOSED' ELSE 'RESOLVED' END,
       now() - g * interval '30 seconds', now(), 1
FROM generate_series(1, 1000000) g;

INSERT INTO app_user (username, display_name, password_hash, created_at, security_stamp)
SELECT 'user' || g, 'User ' || g, 'x', now(), 'x' FROM generate_series(0, 1999) g ON CONFLICT DO NOTHING;
INSERT INTO ticket_watcher (ticket_id, username, added_by, added_at)
SELECT 10000000 + g * 4999, 'user42', 'user' || (g % 2000), now() FROM generate_series(1, 200) g
ON CONFLICT DO NOTHING;
ANALYZE ticket;
ANALYZE ticket_watcher;

SELECT count(*) AS tickets, count(*) FILTER (WHERE status NOT IN ('RESOLVED','CLOSED')) AS open FROM ticket;
SELECT pg_size_pretty(pg_relation_size('ix_ticket_open_terms')) AS open_terms_index;

\set q '(wifi & lantai) | (wifi & lambat) | (wifi & sekali) | (wifi & vpn) | (wifi & gagal) | (lantai & lambat) | (lantai & sekali) | (lantai & vpn) | (lantai & gagal) | (lambat & sekali) | (lambat & vpn) | (lambat & gagal) | (sekali & vpn) | (sekali & gagal) | (vpn & gagal)'
\set r 'wifi | lantai | lambat | sekali | vpn | gagal | login'
\set cat 'network'
\echo '--- requester user42, category network, 7 words (what the page sends while typing)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT number, title, status, descr, bool_or(yours) FROM (

SELECT t.number, t.title, t.status, left(t.description, 2000) AS descr, ts_rank(t.search_terms, to_tsquery('simple', :'r')) AS score, t.id, (t.requester = 'user42' OR EXISTS (SELECT 1 FROM ticket_watcher w WHERE w.ticket_id = t.id AND w.username = 'user42')) AS yours FROM ticket t WHERE t.status NOT IN ('RESOLVED', 'CLOSED') AND t.search_terms @@ to_tsquery('simple', :'q') AND t.category = :'cat'
 UNION ALL SELECT t.number, t.title, t.status, left(t.description, 2000) AS descr, ts_rank(t.search_terms, to_tsquery('simple', :'r')) AS score, t.id, TRUE AS yours FROM (SELECT * FROM ticket WHERE requester = 'user42' OFFSET 0) t WHERE t.status NOT IN ('RESOLVED', 'CLOSED') AND t.search_terms @@ to_tsquery('simple', :'q')
 UNION ALL SELECT t.number, t.title, t.status, left(t.description, 2000) AS descr, ts_rank(t.search_terms, to_tsquery('simple', :'r')) AS score, t.id, TRUE AS yours FROM ticket t WHERE t.status NOT IN ('RESOLVED', 'CLOSED') AND t.search_terms @@ to_tsquery('simple', :'q') AND t.id IN (SELECT ticket_id FROM ticket_watcher WHERE username = 'user42')
) s GROUP BY number, title, status, descr, score, id ORDER BY score DESC, id DESC LIMIT 40;
\set q '(printer & rusak) | (printer & lantai) | (rusak & lantai)'
\set r 'printer | rusak | lantai'
\echo '--- requester user42 without a category: own and watched only'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT number, title, status, descr, bool_or(yours) FROM (

SELECT t.number, t.title, t.status, left(t.description, 2000) AS descr, ts_rank(t.search_terms, to_tsquery('simple', :'r')) AS score, t.id, TRUE AS yours FROM (SELECT * FROM ticket WHERE requester = 'user42' OFFSET 0) t WHERE t.status NOT IN ('RESOLVED', 'CLOSED') AND t.search_terms @@ to_tsquery('simple', :'q')
 UNION ALL SELECT t.number, t.title, t.status, left(t.description, 2000) AS descr, ts_rank(t.search_terms, to_tsquery('simple', :'r')) AS score, t.id, TRUE AS yours FROM ticket t WHERE t.status NOT IN ('RESOLVED', 'CLOSED') AND t.search_terms @@ to_tsquery('simple', :'q') AND t.id IN (SELECT ticket_id FROM ticket_watcher WHERE username = 'user42')
) s GROUP BY number, title, status, descr, score, id ORDER BY score DESC, id DESC LIMIT 40;
\set q '(laptop & layar) | (laptop & biru) | (laptop & hang) | (laptop & update) | (laptop & install) | (layar & biru) | (layar & hang) | (layar & update) | (layar & install) | (biru & hang) | (biru & update) | (biru & install) | (hang & update) | (hang & install) | (update & install)'
\set r 'laptop | layar | biru | hang | update | install | office | lisensi | excel | word'
\set cat 'hardware'
\echo '--- staff, category hardware, a long text (12 words: any two of the first 6, ranked by the first 10)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT number, title, status, descr, bool_or(yours) FROM (

SELECT t.number, t.title, t.status, left(t.description, 2000) AS descr, ts_rank(t.search_terms, to_tsquery('simple', :'r')) AS score, t.id, TRUE AS yours FROM ticket t WHERE t.status NOT IN ('RESOLVED', 'CLOSED') AND t.search_terms @@ to_tsquery('simple', :'q') AND t.category = :'cat'
) s GROUP BY number, title, status, descr, score, id ORDER BY score DESC, id DESC LIMIT 40;
\set q '(paspor & refund)'
\set r 'paspor | refund'
\echo '--- staff, no category, two words'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT number, title, status, descr, bool_or(yours) FROM (

SELECT t.number, t.title, t.status, left(t.description, 2000) AS descr, ts_rank(t.search_terms, to_tsquery('simple', :'r')) AS score, t.id, TRUE AS yours FROM ticket t WHERE t.status NOT IN ('RESOLVED', 'CLOSED') AND t.search_terms @@ to_tsquery('simple', :'q')
) s GROUP BY number, title, status, descr, score, id ORDER BY score DESC, id DESC LIMIT 40;
