-- Loket V8 (issue 7, part "followup"): the knowledge base, the requester's satisfaction rating,
-- escalations ("not satisfied") and the managers' escalation list fed by the escalation queue.

-- ---------------------------------------------------------------------------------------------
-- Knowledge base. Title and body in English and Bahasa Indonesia (one language may be missing;
-- pages fall back to the other). Bodies are Markdown-lite source text, rendered to escaped HTML
-- by the application, so the full-text vectors never index markup. The vectors are generated
-- columns (English stemming for English, 'simple' for Indonesian) with a GIN index each.
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE knowledge_article_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE knowledge_article (
    id          BIGINT                   NOT NULL,
    slug        VARCHAR(80)              NOT NULL,
    category    VARCHAR(40)              NOT NULL,
    title_en    VARCHAR(200),
    body_en     VARCHAR(20000),
    title_id    VARCHAR(200),
    body_id     VARCHAR(20000),
    status      VARCHAR(16)              NOT NULL,
    author      VARCHAR(64)              NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    search_en   TSVECTOR GENERATED ALWAYS AS (
                    setweight(to_tsvector('english'::regconfig, coalesce(title_en, '')), 'A')
                    || setweight(to_tsvector('english'::regconfig, coalesce(body_en, '')), 'B')) STORED,
    search_id   TSVECTOR GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple'::regconfig, coalesce(title_id, '')), 'A')
                    || setweight(to_tsvector('simple'::regconfig, coalesce(body_id, '')), 'B')) STORED,
    CONSTRAINT pk_knowledge_article PRIMARY KEY (id),
    CONSTRAINT uq_knowledge_article_slug UNIQUE (slug),
    CONSTRAINT ck_knowledge_article_status CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT ck_knowledge_article_language CHECK (
        (title_en IS NOT NULL AND body_en IS NOT NULL)
        OR (title_id IS NOT NULL AND body_id IS NOT NULL))
);

CREATE INDEX ix_knowledge_article_search_en ON knowledge_article USING GIN (search_en);
CREATE INDEX ix_knowledge_article_search_id ON knowledge_article USING GIN (search_id);
-- The help page lists by category, then slug; staff also see drafts.
CREATE INDEX ix_knowledge_article_list ON knowledge_article (status, category, slug);

INSERT INTO knowledge_article (id, slug, category, title_en, body_en, title_id, body_id, status,
                               author, updated_at, version)
VALUES (nextval('knowledge_article_seq'), 'raise-a-good-ticket', 'tickets',
'How to raise a good ticket',
'A good ticket gets solved faster. Before you send it:

- Give it a **short title** that says what is wrong, e.g. "Laptop does not start after update".
- Describe what you did, what you expected and what happened instead.
- Copy the exact error message, and say when it started.
- Choose the category and say how many people are affected (impact) and how soon it hurts (urgency).

Never put a password in a ticket: the service desk will never ask for it.',
'Cara membuat tiket yang baik',
'Tiket yang jelas lebih cepat diselesaikan. Sebelum mengirim:

- Beri **judul singkat** yang menyebutkan masalahnya, misalnya "Laptop tidak bisa menyala setelah pembaruan".
- Jelaskan apa yang Anda lakukan, apa yang Anda harapkan, dan apa yang terjadi.
- Salin pesan galat persis seperti yang muncul, dan sebutkan sejak kapan terjadi.
- Pilih kategori, lalu sebutkan berapa banyak orang yang terdampak (dampak) dan seberapa mendesak (urgensi).

Jangan pernah menuliskan kata sandi di tiket: petugas layanan tidak akan pernah memintanya.',
'PUBLISHED', 'admin', TIMESTAMP WITH TIME ZONE '2026-11-23 00:00:00+00', 0);

INSERT INTO knowledge_article (id, slug, category, title_en, body_en, title_id, body_id, status,
                               author, updated_at, version)
VALUES (nextval('knowledge_article_seq'), 'track-your-ticket', 'tickets',
'How to track your ticket',
'Every ticket has a number such as LKT-2026-000042-6. Open **My tickets** to see all of yours with their status:

- NEW: received, nobody has taken it yet.
- ASSIGNED / IN PROGRESS: an agent is working on it.
- WAITING FOR REQUESTER: the agent needs an answer from you; reply on the ticket page.
- RESOLVED: the agent thinks it is solved. Close it and rate the help, or reopen it with a reason.

You get a notification when something changes.',
'Cara memantau tiket Anda',
'Setiap tiket memiliki nomor seperti LKT-2026-000042-6. Buka **Tiket saya** untuk melihat semua tiket Anda beserta statusnya:

- BARU: sudah diterima, belum ada petugas yang menanganinya.
- DITUGASKAN / DIKERJAKAN: seorang agen sedang menanganinya.
- MENUNGGU PEMOHON: agen memerlukan jawaban Anda; balas di halaman tiket.
- SELESAI: agen menganggap masalahnya sudah teratasi. Tutup tiket dan beri penilaian, atau buka kembali dengan alasan.

Anda akan mendapat pemberitahuan setiap kali ada perubahan.',
'PUBLISHED', 'admin', TIMESTAMP WITH TIME ZONE '2026-11-23 00:00:00+00', 0);

INSERT INTO knowledge_article (id, slug, category, title_en, body_en, title_id, body_id, status,
                               author, updated_at, version)
VALUES (nextval('knowledge_article_seq'), 'not-satisfied-escalate', 'tickets',
'Not satisfied? How to escalate',
'If your ticket is not moving or the answer does not help you:

1. Reply on the ticket first and say what is still missing.
2. If a resolved ticket is not solved, choose **Not solved — reopen** and give the reason.
3. If you are still not satisfied, choose **Escalate** on the ticket page and explain why. A service-desk manager reviews every escalation.

A ticket can have one open escalation at a time.',
'Tidak puas? Cara melakukan eskalasi',
'Jika tiket Anda tidak ada kemajuan atau jawabannya tidak membantu:

1. Balas dulu di tiket dan sebutkan apa yang masih kurang.
2. Jika tiket yang sudah selesai ternyata belum teratasi, pilih **Belum teratasi — buka kembali** dan tuliskan alasannya.
3. Jika Anda masih belum puas, pilih **Eskalasi** di halaman tiket dan jelaskan alasannya. Setiap eskalasi ditinjau oleh manajer layanan.

Satu tiket hanya dapat memiliki satu eskalasi terbuka pada satu waktu.',
'PUBLISHED', 'admin', TIMESTAMP WITH TIME ZONE '2026-11-23 00:00:00+00', 0);

INSERT INTO knowledge_article (id, slug, category, title_en, body_en, title_id, body_id, status,
                               author, updated_at, version)
VALUES (nextval('knowledge_article_seq'), 'password-and-phishing', 'security',
'Never share your password: recognising phishing',
'The service desk will **never** ask for your password, not by phone, e-mail, chat or in a ticket.

Signs of a phishing message:

- It is urgent or threatening ("your account will be blocked today").
- The sender address or the link does not match the company''s real domain.
- It asks you to sign in through a link or to open an unexpected attachment.

If you are unsure, do not click. Raise a ticket in the category *Access* and forward the message. If you already typed your password somewhere suspicious, change it at once and tell the service desk.',
'Jangan pernah membagikan kata sandi: mengenali phishing',
'Petugas layanan **tidak akan pernah** meminta kata sandi Anda, baik lewat telepon, surel, obrolan, maupun tiket.

Ciri-ciri pesan phishing:

- Bernada mendesak atau mengancam ("akun Anda akan diblokir hari ini").
- Alamat pengirim atau tautannya tidak sesuai dengan domain resmi perusahaan.
- Meminta Anda masuk melalui tautan atau membuka lampiran yang tidak Anda duga.

Jika ragu, jangan klik. Buat tiket dengan kategori *Akses* dan teruskan pesannya. Jika Anda terlanjur mengetikkan kata sandi di tempat yang mencurigakan, segera ganti kata sandi dan beri tahu petugas layanan.',
'PUBLISHED', 'admin', TIMESTAMP WITH TIME ZONE '2026-11-23 00:00:00+00', 0);

-- ---------------------------------------------------------------------------------------------
-- Satisfaction: one rating per ticket, given by its requester when closing it.
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE ticket_satisfaction_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE ticket_satisfaction (
    id         BIGINT                   NOT NULL,
    ticket_id  BIGINT                   NOT NULL,
    rating     SMALLINT                 NOT NULL,
    comment    VARCHAR(2000),
    rated_by   VARCHAR(64)              NOT NULL,
    rated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ticket_satisfaction PRIMARY KEY (id),
    CONSTRAINT uq_ticket_satisfaction_ticket UNIQUE (ticket_id),
    CONSTRAINT fk_ticket_satisfaction_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT ck_ticket_satisfaction_rating CHECK (rating BETWEEN 1 AND 5)
);

-- Reports by time (ratings of a period, newest first).
CREATE INDEX ix_ticket_satisfaction_rated ON ticket_satisfaction (rated_at DESC, id DESC);

-- ---------------------------------------------------------------------------------------------
-- Escalations by the requester. At most one open escalation per ticket (partial unique index:
-- the database settles a race between two requests). event_id is the outbox event announcing it.
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE ticket_escalation_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE ticket_escalation (
    id            BIGINT                   NOT NULL,
    ticket_id     BIGINT                   NOT NULL,
    escalated_by  VARCHAR(64)              NOT NULL,
    reason        VARCHAR(2000)            NOT NULL,
    escalated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    event_id      BIGINT,
    closed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_ticket_escalation PRIMARY KEY (id),
    CONSTRAINT fk_ticket_escalation_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);

CREATE UNIQUE INDEX ux_ticket_escalation_open ON ticket_escalation (ticket_id) WHERE closed_at IS NULL;
CREATE INDEX ix_ticket_escalation_ticket ON ticket_escalation (ticket_id, escalated_at DESC);

-- What managers work through, written by the escalation queue's consumer (one per escalation).
CREATE SEQUENCE escalation_case_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE escalation_case (
    id             BIGINT                   NOT NULL,
    escalation_id  BIGINT                   NOT NULL,
    event_id       BIGINT                   NOT NULL,
    ticket_number  VARCHAR(32)              NOT NULL,
    requester      VARCHAR(64)              NOT NULL,
    reason         VARCHAR(2000)            NOT NULL,
    escalated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status         VARCHAR(16)              NOT NULL,
    CONSTRAINT pk_escalation_case PRIMARY KEY (id),
    CONSTRAINT uq_escalation_case_escalation UNIQUE (escalation_id),
    CONSTRAINT fk_escalation_case_escalation FOREIGN KEY (escalation_id) REFERENCES ticket_escalation (id),
    CONSTRAINT ck_escalation_case_status CHECK (status IN ('OPEN', 'CLOSED'))
);

-- The managers' list: keyset pages, newest first.
CREATE INDEX ix_escalation_case_keyset ON escalation_case (escalated_at DESC, id DESC);
