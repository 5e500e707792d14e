#!/usr/bin/env python3
"""Writes the mail parser corpus (ejb/src/test/resources/mail/corpus/*.eml) and expected.tsv.

The messages are written for Loket (no real mail). Legacy charsets need exact bytes, hence a
generator; run it from anywhere: python3 generate.py. Expected values are written by hand here,
only attachment sizes are counted from the bytes put in.
"""
import base64
import os
import quopri
import zlib
import struct

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "mail", "corpus")
ROWS = []


def png(w=1, h=1):
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


PNG = png()
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
BIN = bytes(range(256)) * 3


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def uu(data):
    lines = []
    for i in range(0, len(data), 45):
        chunk = data[i:i + 45]
        lines.append(bytes(__import__("binascii").b2a_uu(chunk)).decode().rstrip("\n"))
    return "\n".join(lines) + "\n`\nend"


def write(name, content, frm, subject, contains, noise="NONE", quarantined="no", atts="-",
          warning="-", crlf=True):
    data = content.encode("latin-1") if isinstance(content, str) else content
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    ROWS.append([name, frm, subject, contains, noise, quarantined, atts, warning])


def att(name, ctype, data):
    return f"{name}|{ctype}|{len(data)}"


H = """Message-ID: <{id}@example.co.id>
Date: Tue, 03 Nov 2026 09:15:00 +0700
From: {frm}
To: helpdesk@loket.example
Subject: {subject}
MIME-Version: 1.0
"""


def head(frm="Budi Santoso <budi@example.co.id>", subject="Printer rusak", id="m1", date=True):
    h = H.format(id=id, frm=frm, subject=subject)
    return h if date else h.replace("Date: Tue, 03 Nov 2026 09:15:00 +0700\n", "")


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "expected.tsv":
            os.remove(os.path.join(OUT, f))

    write("01-plain-indonesian.eml", head(id="01") + """In-Reply-To: <t-100@loket.example>
References: <t-99@loket.example> <t-100@loket.example>
Cc: Ani <ANI@Example.co.id>
Reply-To: budi.s@example.co.id
Content-Type: text/plain; charset=us-ascii

Selamat pagi,

Printer di lantai 3 tidak bisa mencetak sejak kemarin.
Mohon bantuannya.

Terima kasih,
Budi
""", "budi@example.co.id", "Printer rusak", "Printer di lantai 3 tidak bisa mencetak")

    subj = ("=?utf-8?B?" + base64.b64encode("Žádost – ".encode()).decode() + "?= "
            + "=?iso-8859-2?Q?=A9koda_?= =?koi8-r?B?" + base64.b64encode("Привет".encode("koi8_r")).decode()
            + "?==?utf-8?Q?_caf=C3=A9?=" + " =?windows-1252?Q?_=80uro?= plain")
    write("02-rfc2047-mixed-charsets.eml",
          head(frm="=?iso-8859-1?Q?Jos=E9_Garc=EDa?= <JOSE@Example.com>", subject=subj, id="02")
          + "Content-Type: text/plain; charset=utf-8\n\nSubject in five charsets.\n",
          "jose@example.com", "Žádost – Škoda Привет café €uro plain", "five charsets")

    euro = "Laporan 2026 €".encode()
    subj = ("=?UTF-8?B?" + base64.b64encode(euro[:-2]).decode() + "?=\n =?UTF-8?B?"
            + base64.b64encode(euro[-2:]).decode() + "?= =?gb18030?B?"
            + base64.b64encode("你好".encode("gb18030")).decode() + "?=")
    write("03-rfc2047-split-multibyte.eml", head(subject=subj, id="03")
          + "Content-Type: text/plain\n\nThe euro sign is split over two encoded words.\n",
          "budi@example.co.id", "Laporan 2026 €你好", "split over two encoded words")

    pdfname = "Rechnung €.pdf"
    body = f"""Content-Type: multipart/mixed; boundary="b04"

--b04
Content-Type: text/plain; charset=utf-8

Four files attached.
--b04
Content-Type: application/pdf
Content-Disposition: attachment;
 filename*0*=utf-8''Rechnung%20;
 filename*1*=%E2%82%AC.pdf
Content-Transfer-Encoding: base64

{b64(PDF)}
--b04
Content-Type: image/png
Content-Disposition: attachment; filename="=?utf-8?Q?foto_kerusakan_=F0=9F=93=B7?=.png"
Content-Transfer-Encoding: base64

{b64(PNG)}
--b04
Content-Type: application/octet-stream; name="C:\\\\Users\\\\budi\\\\data.bin"
Content-Transfer-Encoding: base64

{b64(BIN)}
--b04
Content-Type: application/pdf
Content-Transfer-Encoding: base64

{b64(PDF)}
--b04--
"""
    write("04-rfc2231-filenames.eml", head(subject="Lampiran", id="04") + body, "budi@example.co.id",
          "Lampiran", "Four files attached.",
          atts=";".join([att(pdfname, "application/pdf", PDF),
                         att("foto kerusakan 📷.png", "image/png", PNG),
                         att("data.bin", "application/octet-stream", BIN),
                         att("attachment-4.pdf", "application/pdf", PDF)]))

    write("05-iso-8859-1.eml", (head(subject="=?iso-8859-1?Q?R=E9sum=E9?=", id="05")
                                + "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n"
                                ).encode() + "Größe: 5 m², Café crème à 3 €?\n".replace("€", "EUR").encode("iso-8859-1"),
          "budi@example.co.id", "Résumé", "Größe: 5 m², Café crème")

    text = "Dobrý den, příliš žluťoučký kůň úpěl ďábelské ódy.\n"
    write("06-iso-8859-2-qp.eml", head(subject="Czech", id="06")
          + "Content-Type: text/plain; charset=\"ISO-8859-2\"\nContent-Transfer-Encoding: quoted-printable\n\n"
          + quopri.encodestring(text.encode("iso-8859-2")).decode(),
          "budi@example.co.id", "Czech", "příliš žluťoučký kůň úpěl ďábelské ódy")

    write("07-windows-1252.eml", (head(subject="Quotes", id="07")
                                  + "Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: 8bit\n\n").encode()
          + "It’s “broken” – costs 20 € … again.\n".encode("cp1252"),
          "budi@example.co.id", "Quotes", "It’s “broken” – costs 20 € … again.")

    write("08-koi8-r-base64.eml", head(subject="=?KOI8-R?B?" + base64.b64encode("Ошибка".encode("koi8_r")).decode() + "?=", id="08")
          + "Content-Type: text/plain; charset=koi8-r\nContent-Transfer-Encoding: base64\n\n"
          + b64("Компьютер не включается.\n".encode("koi8_r")) + "\n",
          "budi@example.co.id", "Ошибка", "Компьютер не включается.")

    write("09-gb18030-8bit.eml", (head(subject="=?GB18030?B?" + base64.b64encode("打印机".encode("gb18030")).decode() + "?=", id="09")
                                  + "Content-Type: text/plain; charset=GB18030\nContent-Transfer-Encoding: 8bit\n\n").encode()
          + "打印机卡纸了，请帮忙。\n".encode("gb18030"),
          "budi@example.co.id", "打印机", "打印机卡纸了，请帮忙。")

    write("10-iso-2022-jp.eml", (head(subject="=?ISO-2022-JP?B?" + base64.b64encode("プリンター故障".encode("iso2022_jp")).decode() + "?=", id="10")
                                 + "Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n").encode()
          + "プリンターが動きません。\n".encode("iso2022_jp"),
          "budi@example.co.id", "プリンター故障", "プリンターが動きません。")

    text = "Laptop saya tidak bisa terhubung ke Wi-Fi kantor.\nSudah saya coba restart berkali-kali.\n"
    write("11-base64-utf8-indonesian.eml", head(subject="Wi-Fi tidak tersambung", id="11")
          + "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(text.encode()) + "\n",
          "budi@example.co.id", "Wi-Fi tidak tersambung", "Sudah saya coba restart berkali-kali.")

    write("12-quoted-printable.eml", head(subject="QP", id="12")
          + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
          + "This line is long and is wrapped by a soft line break right he=\nre, then =C3=A9t=C3=A9 =3D summer.\n",
          "budi@example.co.id", "QP", "wrapped by a soft line break right here, then été = summer.")

    inner = f"""From: Siti <siti@example.co.id>
To: budi@example.co.id
Subject: Error di aplikasi gaji
Date: Mon, 02 Nov 2026 16:00:00 +0700
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="inner13"

--inner13
Content-Type: text/plain; charset=utf-8

Aplikasi gaji menampilkan error 500.
--inner13
Content-Type: image/png; name="error.png"
Content-Disposition: attachment; filename="error.png"
Content-Transfer-Encoding: base64

{b64(PNG)}
--inner13--
"""
    body = f"""Content-Type: multipart/mixed; boundary="outer13"

--outer13
Content-Type: text/plain; charset=utf-8

Tolong dilihat, diteruskan dari Siti.
--outer13
Content-Type: message/rfc822
Content-Disposition: inline

{inner}
--outer13--
"""
    inner_bytes = inner.replace("\n", "\r\n").encode()
    write("13-forwarded-rfc822.eml", head(subject="Fwd: Error di aplikasi gaji", id="13") + body,
          "budi@example.co.id", "Fwd: Error di aplikasi gaji",
          "---- Forwarded message ----\nFrom: Siti <siti@example.co.id>\nSubject: Error di aplikasi gaji\n\nAplikasi gaji menampilkan error 500.",
          atts=";".join(["Error di aplikasi gaji.eml|message/rfc822|" + str(len(inner_bytes)),
                         att("error.png", "image/png", PNG)]))

    write("14-alternative.eml", head(subject="Alternative", id="14") + """Content-Type: multipart/alternative; boundary="alt14"

--alt14
Content-Type: text/plain; charset=utf-8

The plain version wins.
--alt14
Content-Type: text/html; charset=utf-8

<p>The <b>HTML</b> version loses.</p>
--alt14--
""", "budi@example.co.id", "Alternative", "The plain version wins.")

    write("15-related-inline-image.eml", head(subject="Screenshot", id="15") + f"""Content-Type: multipart/related; boundary="rel15"; type="text/html"

--rel15
Content-Type: text/html; charset=utf-8

<html><body><p>Lihat gambar:</p><img src="cid:shot1@loket"><p>Layar biru.</p></body></html>
--rel15
Content-Type: image/png
Content-ID: <shot1@loket>
Content-Transfer-Encoding: base64

{b64(PNG)}
--rel15--
""", "budi@example.co.id", "Screenshot", "Lihat gambar:\n\nLayar biru.", atts=att("attachment-1.png", "image/png", PNG))

    write("16-missing-date.eml", head(subject="No date", id="16", date=False)
          + "Content-Type: text/plain\n\nThis mail has no Date header.\n",
          "budi@example.co.id", "No date", "no Date header", warning="no Date header")

    write("17-broken-date.eml", head(subject="Broken date", id="17").replace("Tue, 03 Nov 2026 09:15:00 +0700", "kemarin sore, sekitar jam 3")
          + "Content-Type: text/plain\n\nThe Date header is nonsense.\n",
          "budi@example.co.id", "Broken date", "nonsense", warning="broken Date header")

    write("18-bare-lf.eml", (head(subject="Bare LF", id="18") + f"""Content-Type: multipart/mixed; boundary="lf18"

--lf18
Content-Type: text/plain

Written by a Unix tool with bare LF line ends.
--lf18
Content-Type: application/pdf; name="a.pdf"
Content-Transfer-Encoding: base64

{b64(PDF)}
--lf18--
""").encode(), "budi@example.co.id", "Bare LF", "bare LF line ends", atts=att("a.pdf", "application/pdf", PDF),
          warning="line ends repaired", crlf=False)

    write("19-missing-closing-boundary.eml", head(subject="Truncated", id="19") + f"""Content-Type: multipart/mixed; boundary="cut19"

--cut19
Content-Type: text/plain

The closing boundary never comes.
--cut19
Content-Type: image/png; name="last.png"
Content-Transfer-Encoding: base64

{b64(PNG)}
""", "budi@example.co.id", "Truncated", "The closing boundary never comes.",
          atts=att("last.png", "image/png", PNG), warning="missing closing boundary")

    write("20-missing-boundary-param.eml", head(subject="No boundary", id="20") + """Content-Type: multipart/mixed

--something
Content-Type: text/plain

Multipart without a boundary parameter.
--something--
""", "budi@example.co.id", "No boundary", "Multipart without a boundary parameter.",
          warning="multipart without boundary parameter")

    log = b"2026-11-03 09:00:01 ERROR disk full\n" * 4
    write("21-uuencode-part.eml", head(subject="Log file", id="21") + f"""Content-Type: multipart/mixed; boundary="uu21"

--uu21
Content-Type: text/plain

The log is attached.
--uu21
Content-Type: application/octet-stream
Content-Transfer-Encoding: x-uuencode

begin 644 server.log
{uu(log)}
--uu21--
""", "budi@example.co.id", "Log file", "The log is attached.", atts=att("server.log", "application/octet-stream", log))

    write("22-uuencode-inline.eml", head(subject="Scan", id="22") + f"""Content-Type: text/plain

Here is the scan from the old machine:

begin 644 scan.pdf
{uu(PDF)}

Regards, Budi
""", "budi@example.co.id", "Scan", "Here is the scan from the old machine:\n\nRegards, Budi",
          atts=att("scan.pdf", "application/pdf", PDF))

    write("23-html-only.eml", head(subject="HTML only", id="23") + """Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><head><style>p {color: red}</style></head><body>
<p>Halo tim,</p><p>Langkah yang sudah dicoba:<br>1. restart<br>2. ganti kabel</p>
<ul><li>Ruang rapat A</li><li>Ruang rapat B</li></ul>
<p>Detail di <a href=3D"https://wiki.example.co.id/printer">wiki</a>.</p>
<script>alert(1)</script></body></html>
""", "budi@example.co.id", "HTML only",
          "Halo tim,\n\nLangkah yang sudah dicoba:\n1. restart\n2. ganti kabel\n\n- Ruang rapat A\n- Ruang rapat B\n\nDetail di wiki (https://wiki.example.co.id/printer).")

    write("24-reply-en.eml", head(subject="Re: [LKT-42] VPN", id="24") + """In-Reply-To: <t-42@loket.example>
Content-Type: text/plain; charset=utf-8

Thanks, it works now.

--\x20
Budi Santoso
IT Finance

On Mon, 2 Nov 2026 at 10:00, Loket Helpdesk <helpdesk@loket.example> wrote:
> Please reconnect the VPN.
> Regards
""", "budi@example.co.id", "Re: [LKT-42] VPN", "Thanks, it works now.")

    write("25-reply-id.eml", head(subject="Balas: [LKT-43] Email", id="25") + """In-Reply-To: <t-43@loket.example>
Content-Type: text/plain; charset=utf-8

Sudah bisa, terima kasih banyak.

Dikirim dari iPhone saya

Pada Sen, 2 Nov 2026 pukul 10.00, Loket Helpdesk <helpdesk@loket.example> menulis:
> Silakan coba lagi.
""", "budi@example.co.id", "Balas: [LKT-43] Email", "Sudah bisa, terima kasih banyak.")

    auto = [
        ("26-auto-submitted.eml", "Auto-Submitted: auto-replied\n", "Re: Printer rusak"),
        ("27-x-autoreply.eml", "X-Autoreply: yes\n", "Re: Printer rusak"),
        ("28-x-autorespond.eml", "X-Autorespond: Budi is away\n", "Re: Printer rusak"),
        ("29-auto-response-suppress.eml", "X-Auto-Response-Suppress: All\n", "Re: Printer rusak"),
        ("30-precedence-bulk.eml", "Precedence: bulk\n", "Newsletter November"),
        ("31-list-id.eml", "List-Id: IT news <it-news.example.co.id>\n", "[it-news] Maintenance"),
        ("32-list-unsubscribe.eml", "List-Unsubscribe: <mailto:unsub@example.co.id>\n", "Promo"),
        ("33-out-of-office-subject.eml", "", "Out of Office: Printer rusak"),
        ("34-balasan-otomatis-subject.eml", "", "Balasan otomatis: Printer rusak"),
    ]
    for name, header, subject in auto:
        reason = header.split(":")[0] if header else "Subject"
        write(name, head(subject=subject, id=name[:2]) + header
              + "Content-Type: text/plain\n\nSaya sedang cuti sampai 10 November.\n",
              "budi@example.co.id", subject, "sedang cuti", noise="AUTO_REPLY:" + reason)

    write("35-bounce-report.eml", """Message-ID: <dsn35@mx.example.co.id>
Date: Tue, 03 Nov 2026 09:20:00 +0700
From: Mail Delivery System <dsn@mx.example.co.id>
To: helpdesk@loket.example
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn35"

--dsn35
Content-Type: text/plain

The mail could not be delivered to nobody@example.co.id.
--dsn35
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.co.id
Final-Recipient: rfc822; nobody@example.co.id
Action: failed
Status: 5.1.1
--dsn35--
""", "dsn@mx.example.co.id", "Undelivered Mail Returned to Sender", "could not be delivered",
          noise="BOUNCE:multipart/report; delivery-status", atts="attachment-1.txt|message/delivery-status|"
          + str(len("Reporting-MTA: dns; mx.example.co.id\r\nFinal-Recipient: rfc822; nobody@example.co.id\r\nAction: failed\r\nStatus: 5.1.1"))
          )

    write("36-bounce-mailer-daemon.eml", head(frm="MAILER-DAEMON@mx.example.co.id", subject="failure notice", id="36")
          + "Content-Type: text/plain\n\nSorry, I couldn't deliver your message.\n",
          "mailer-daemon@mx.example.co.id", "failure notice", "couldn't deliver", noise="BOUNCE:From: mailer-daemon@")

    write("37-own-mail.eml", head(frm="Loket <helpdesk@loket.example>", subject="[LKT-44] Tiket diterima", id="37")
          + "X-Loket-Origin: ticket-44\nContent-Type: text/plain\n\nTiket Anda sudah kami terima.\n",
          "helpdesk@loket.example", "[LKT-44] Tiket diterima", "sudah kami terima", noise="OWN_MAIL:X-Loket-Origin")

    garbage = bytes((i * 73 + 41) % 256 for i in range(2000))
    write("38-garbage.eml", b"\x00\x01\x02\xff\xfe" + garbage, "-", "", "-", quarantined="yes:no headers", crlf=False)
    write("39-empty.eml", b"", "-", "", "-", quarantined="yes:empty message", crlf=False)

    raw_subject = "Kopi ☕ rusak".encode()
    write("40-raw-8bit-headers.eml", b"Message-ID: <40@example.co.id>\nDate: Tue, 03 Nov 2026 09:15:00 +0700\nFrom: "
          + "Jürgen Müller".encode("cp1252") + b" <jm@example.de>\nTo: helpdesk@loket.example\nSubject: " + raw_subject
          + b"\nContent-Type: text/plain\n\nRaw 8-bit header bytes.\n",
          "jm@example.de", "Kopi ☕ rusak", "Raw 8-bit header bytes.")

    write("41-unknown-charset.eml", (head(subject="=?x-klingon?Q?Caf=E9?=", id="41")
                                     + "Content-Type: text/plain; charset=x-klingon\nContent-Transfer-Encoding: 8bit\n\n").encode()
          + "Café crème for € 3.\n".encode("cp1252"),
          "budi@example.co.id", "Café", "Café crème for € 3.", warning="unknown charset x-klingon")

    write("42-no-from-no-body.eml", "Subject: nothing\nTo: helpdesk@loket.example\n\n", "-", "nothing", "-",
          quarantined="yes:no sender and no body", warning="no Date header")

    write("43-bounce-empty-return-path.eml", "Return-Path: <>\n" + head(frm="Relay <relay@mx.example.co.id>", subject="Delivery delayed", id="43")
          + "Content-Type: text/plain\n\nYour message is delayed.\n",
          "relay@mx.example.co.id", "Delivery delayed", "delayed", noise="BOUNCE:Return-Path: <>")

    notes = "Nomor seri: SN-123\n"
    write("44-text-attachment-and-broken-base64.eml", head(subject="Catatan", id="44") + f"""Content-Type: multipart/mixed; boundary="b44"

--b44
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("Isi pesan dengan base64 yang rusak di tengah.".encode())[:20]}!!**
{b64("Isi pesan dengan base64 yang rusak di tengah.".encode())[20:]}
--b44
Content-Type: text/plain; charset=utf-8; name="catatan.txt"
Content-Disposition: attachment

{notes}--b44--
""", "budi@example.co.id", "Catatan", "Isi pesan dengan base64 yang rusak di tengah.",
          atts=att("catatan.txt", "text/plain", notes.replace("\n", "\r\n")[:-2].encode()))

    write("45-alternative-html-related.eml", head(subject="=?utf-8?Q?Tampilan_rusak?=", id="45") + f"""Content-Type: multipart/alternative; boundary="a45"

--a45
Content-Type: text/plain; charset=utf-8


--a45
Content-Type: multipart/related; boundary="r45"

--r45
Content-Type: text/html; charset=utf-8

<div>Tampilan aplikasi <i>rusak</i> setelah update.</div><img src="cid:img45">
--r45
Content-Type: image/png; name="layar.png"
Content-Disposition: inline; filename="layar.png"
Content-ID: <img45>
Content-Transfer-Encoding: base64

{b64(PNG)}
--r45--

--a45--
""", "budi@example.co.id", "Tampilan rusak", "Tampilan aplikasi rusak setelah update.",
          atts=att("layar.png", "image/png", PNG))

    with open(os.path.join(OUT, "expected.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# file\tfrom\tsubject\ttext contains (\\n = newline)\tnoise[:reason contains]\tquarantined[:reason contains]\tattachments name|type|size;...\twarning contains\n")
        for r in ROWS:
            f.write("\t".join(c.replace("\n", "\\n") for c in r) + "\n")


if __name__ == "__main__":
    main()
