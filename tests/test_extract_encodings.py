"""Pages in legacy charsets and with wrong declarations, read the way each caller gets them.

The crawl hands extraction the body's bytes and Scrapy's `response.encoding`, `extract`
over WARCs the bytes and w3lib's reading of the archived Content-Type, the benchmark the
bytes alone. Every field a user relies on must come out the same, ungarbled, in all three.
"""

# ruff: noqa: E501  -- table rows of invented pages read best one case per line

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse
from w3lib.encoding import http_content_type_encoding
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsarchive.extract import extract_article
from newsarchive.extract.document import decode
from tests.plugins.crawling import PROJECT

URL = "https://lokalnews.example/2025/05/story"


@dataclass(frozen=True)
class Case:
    name: str
    title: str
    author: str
    paragraph: str
    charset: str  # how the bytes are written
    meta: str | None  # the page's own declaration: "<meta ...>" or "<?xml ...?>" markup, or none
    header: str | None  # the HTTP Content-Type header's charset, or none
    bom: bytes = b""
    padding: int = 0  # bytes of inline script before the meta (a long <head>)
    stray: str = ""  # a snippet written in windows-1252 inside an otherwise UTF-8 page


def _html(case: Case) -> bytes:
    ld = json.dumps(
        {
            "@type": "NewsArticle",
            "headline": case.title,
            "author": {"@type": "Person", "name": case.author},
            "datePublished": "2025-05-12T08:30:00+02:00",
        },
        ensure_ascii=False,
    )
    script = f"<script>var config = '{'x' * case.padding}';</script>" if case.padding else ""
    meta = case.meta if case.meta and case.meta.startswith("<meta") else ""
    head = f"<head>{script}{meta}<title>{case.title}</title><script type='application/ld+json'>{ld}</script></head>"
    body = f"<body><article><h1>{case.title}</h1><p class='byline'>{case.author}</p><p>{case.paragraph}</p><p>{case.paragraph}</p>"
    doctype = "<!DOCTYPE html>" if not case.meta or case.meta.startswith("<meta") else case.meta
    text = f"{doctype}<html>{head}{body}"
    data = case.bom + text.encode(case.charset)
    if case.stray:
        data += f"<aside><p>{case.stray}</p></aside>".encode("cp1252")
    return data + b"</article></body></html>"


def _content_type(case: Case) -> str:
    return f"text/html; charset={case.header}" if case.header else "text/html"


JA = (
    "港の新しい橋が開通、髙橋市長が式典で挨拶",
    "髙橋一郎",
    "港町の新しい橋が十二日に開通し、髙橋市長は式典で「地域の交通が大きく変わる」と述べた。①通勤時間は約十五分短くなる見込みだ。",
)
KO = (
    "항구 다리 재개통…주민들 환영",
    "김햏순",
    "항구 도시의 새 다리가 12일 개통됐다. 시장은 개통식에서 지역 교통이 크게 바뀔 것이라고 말했다. 뷁 소리가 나던 낡은 다리는 철거된다.",
)
ZH = (
    "港口大桥重新开放 市民欢迎",
    "朱镕华",
    "港口城市的新大桥于十二日正式通车，市长在仪式上表示，这将大大改善地区交通。居民们对此表示欢迎。",
)
TW = (
    "港口大橋重新開放 市民歡迎",
    "陳美玲",
    "港口城市的新大橋於十二日正式通車，市長在典禮上表示，這將大幅改善地區交通，居民們紛紛表示歡迎。",
)
RU = (
    "В порту открыли новый мост",
    "Анна Смирнова",
    "Новый мост в портовом городе открылся двенадцатого мая. Мэр заявил на церемонии, что движение в районе изменится, а жители встретили новость с радостью.",
)
CS = (
    "Ve přístavu otevřeli nový most",
    "Jiří Dvořák",
    "Nový most v přístavním městě byl otevřen dvanáctého května. Starosta při slavnostním zahájení řekl, že doprava v oblasti se výrazně zlepší, a obyvatelé zprávu přivítali.",
)
EN = (
    "Harbour bridge reopens: ‘a new start’ for the town",
    "Seán O’Brien",
    "The town’s new bridge opened on Monday. “It changes everything for commuters,” the mayor said at the ceremony – and residents agreed, café owners most of all.",
)
FR = (
    "Le pont du port rouvre à la circulation",
    "Hélène Lefèvre",
    "Le nouveau pont de la ville portuaire a été inauguré lundi. « Cela change tout pour les habitants », a déclaré le maire lors de la cérémonie, où l’on a beaucoup applaudi.",
)

TH = (
    "เปิดสะพานใหม่ที่ท่าเรือ ชาวบ้านยินดี",
    "สมชาย ใจดี",
    "สะพานแห่งใหม่ในเมืองท่าเปิดใช้งานเมื่อวันที่สิบสอง นายกเทศมนตรีกล่าวในพิธีว่าการจราจรในพื้นที่จะดีขึ้นมาก และชาวบ้านต่างแสดงความยินดี",
)
AR = (
    "افتتاح جسر جديد في الميناء",
    "سارة بن علي",
    "افتتح الجسر الجديد في المدينة الساحلية يوم الاثنين، وقال رئيس البلدية خلال الحفل إن حركة المرور في المنطقة ستتحسن كثيرًا، ورحب السكان بالخبر.",
)
EL = (
    "Εγκαίνια της νέας γέφυρας στο λιμάνι",
    "Ελένη Παπαδοπούλου",
    "Η νέα γέφυρα της παραλιακής πόλης εγκαινιάστηκε τη Δευτέρα. Ο δήμαρχος είπε στην τελετή ότι η κυκλοφορία στην περιοχή θα βελτιωθεί πολύ.",
)
TR = (
    "Limanda yeni köprü açıldı",
    "Elif Yıldız",
    "Liman kentindeki yeni köprü pazartesi günü açıldı. Belediye başkanı törende bölgedeki trafiğin çok rahatlayacağını söyledi, sakinler haberi sevinçle karşıladı.",
)
HE = (
    "גשר חדש נפתח בנמל",
    "דנה לוי",
    "הגשר החדש בעיר הנמל נפתח ביום שני. ראש העירייה אמר בטקס כי התנועה באזור תשתפר מאוד, והתושבים בירכו על החדשות.",
)


def _meta(charset: str) -> str:
    return f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'


CASES = [
    Case("shift_jis-meta-http-equiv", *JA, charset="cp932", meta=_meta("Shift_JIS"), header=None),
    Case(
        "euc-jp-meta-charset",
        *(t.replace("髙", "高").replace("①", "1.") for t in JA),
        charset="euc_jp",
        meta='<meta charset="EUC-JP">',
        header=None,
    ),
    Case("euc-kr-declared-cp949-written", *KO, charset="cp949", meta=_meta("euc-kr"), header=None),
    Case(
        "gb2312-declared-gbk-written",
        *ZH,
        charset="gbk",
        meta='<meta charset="gb2312">',
        header=None,
    ),
    Case("big5-header-only", *TW, charset="big5", meta=None, header="Big5"),
    Case("windows-1251-meta-only", *RU, charset="cp1251", meta=_meta("windows-1251"), header=None),
    Case("koi8-r-header-only", *RU, charset="koi8_r", meta=None, header="KOI8-R"),
    Case(
        "iso-8859-2-meta", *CS, charset="iso8859_2", meta='<meta charset="iso-8859-2">', header=None
    ),
    Case(
        "cp1252-curly-quotes-declared-latin1",
        *EN,
        charset="cp1252",
        meta='<meta charset="iso-8859-1">',
        header="ISO-8859-1",
    ),
    Case("cp1252-undeclared", *EN, charset="cp1252", meta=None, header=None),
    Case(
        "header-latin1-meta-windows-1251",
        *RU,
        charset="cp1251",
        meta=_meta("windows-1251"),
        header="ISO-8859-1",
    ),
    Case(
        "header-utf8-meta-shift_jis", *JA, charset="cp932", meta=_meta("Shift_JIS"), header="utf-8"
    ),
    Case(
        "bom-over-a-latin1-meta",
        *FR,
        charset="utf-8",
        meta='<meta charset="iso-8859-1">',
        header=None,
        bom=b"\xef\xbb\xbf",
    ),
    Case("utf-16-bom", *FR, charset="utf-16-le", meta=None, header=None, bom=b"\xff\xfe"),
    Case(
        "utf8-declared-latin1-everywhere",
        *FR,
        charset="utf-8",
        meta='<meta charset="ISO-8859-1">',
        header="ISO-8859-1",
    ),
    Case(
        "utf8-declared-windows-1251", *CS, charset="utf-8", meta=_meta("windows-1251"), header=None
    ),
    Case(
        "utf8-with-a-cp1252-snippet",
        *FR,
        charset="utf-8",
        meta='<meta charset="utf-8">',
        header="utf-8",
        stray="Abonnez-vous à l’édition du matin",
    ),
    Case(
        "utf8-with-a-cp1252-snippet-declared-latin1",
        *FR,
        charset="utf-8",
        meta=None,
        header="ISO-8859-1",
        stray="Abonnez-vous à l’édition du matin",
    ),
    Case(
        "xml-declaration-windows-1250",
        *CS,
        charset="cp1250",
        meta='<?xml version="1.0" encoding="windows-1250"?>',
        header=None,
    ),
    Case("tis-620-thai", *TH, charset="cp874", meta=_meta("TIS-620"), header=None),
    Case("windows-1256-arabic", *AR, charset="cp1256", meta=_meta("windows-1256"), header=None),
    Case("iso-8859-7-greek-header", *EL, charset="iso8859_7", meta=None, header="ISO-8859-7"),
    Case(
        "iso-8859-9-declared-cp1254-written",
        *TR,
        charset="cp1254",
        meta='<meta charset="ISO-8859-9">',
        header=None,
    ),
    Case("windows-1255-hebrew", *HE, charset="cp1255", meta=_meta("windows-1255"), header=None),
    Case(
        "windows-1251-meta-after-a-long-script",
        *RU,
        charset="cp1251",
        meta=_meta("windows-1251"),
        header=None,
        padding=6000,
    ),
]


def _crawl_encoding(case: Case, data: bytes) -> str:
    """What the crawl passes: Scrapy's response.encoding."""
    headers = {"Content-Type": _content_type(case)}
    return str(HtmlResponse(URL, body=data, headers=headers).encoding)


def _warc_encoding(case: Case, data: bytes) -> str:
    """What `extract` over WARCs passes: the archived Content-Type's charset, as w3lib reads it."""
    return http_content_type_encoding(_content_type(case)) or ""


# The benchmark and `extract --input` pass the bytes alone: only pages whose bytes say it all
# (no charset in a header) are read that way.
CALLS = [
    pytest.param(case, caller, id=f"{caller}-{case.name}")
    for caller in ("crawl", "warc", "bytes-alone")
    for case in CASES
    if not (caller == "bytes-alone" and case.header)
]


@pytest.mark.parametrize(("case", "caller"), CALLS)
def test_legacy_and_mislabelled_pages_read_whole(case: Case, caller: str) -> None:
    data = _html(case)
    encoding = {"crawl": _crawl_encoding, "warc": _warc_encoding}.get(caller, lambda c, d: None)(
        case, data
    )
    art = extract_article(data, URL, encoding=encoding)
    assert art.title == case.title
    assert art.authors == [case.author]
    assert case.paragraph in (art.body or "")
    assert "\ufffd" not in (art.body or "")
    if case.stray:
        assert case.stray in decode(data, encoding)


_SJIS_TEXT = "防波堤の補強予算を可決、髙橋市長"


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        pytest.param(_SJIS_TEXT.encode("cp932") + b"\x81", "shift_jis", _SJIS_TEXT + "\ufffd", id="shift_jis-cut-mid-character"),
        pytest.param(b'<meta charset="Shift_JIS"><p>' + _SJIS_TEXT.encode("cp932") + b"</p><p>\x81 x</p>", None,
                     f'<meta charset="Shift_JIS"><p>{_SJIS_TEXT}</p><p>\ufffd x</p>', id="shift_jis-with-a-broken-byte"),
        pytest.param("Ærø".encode() + b"\x00", None, "Ærø\x00", id="a NUL byte is no reason to leave UTF-8"),
        pytest.param(b"plain ascii", "utf-16", "plain ascii", id="ascii-fast-path"),
        pytest.param("Žluťoučký kůň".encode("cp1250"), "windows-1250", "Žluťoučký kůň", id="header-only-single-byte"),
        pytest.param("Ñandú".encode("cp1252") + "—".encode(), None, "Ñandú—", id="mostly-cp1252-with-one-utf8-dash"),
    ],
)  # fmt: skip
def test_decode(data: bytes, encoding: str | None, text: str) -> None:
    assert decode(data, encoding) == text


def test_extract_command_reads_legacy_pages_from_a_warc(tmp_path: Path) -> None:
    """The whole `extract` path: WARC response records, their Content-Type, the items."""
    chosen = [c for c in CASES if c.name in _WARC_CASES]
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True, warc_version="1.1")
    for n, case in enumerate(chosen):
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", _content_type(case))], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            f"{URL}-{n}",
            "response",
            payload=BytesIO(_html(case)),
            length=len(_html(case)),
            http_headers=headers,
        )
        writer.write_record(record)
    (tmp_path / "pages.warc.gz").write_bytes(buffer.getvalue())
    out = tmp_path / "items.jsonl"
    command = [
        sys.executable,
        "-m",
        "newsarchive",
        "extract",
        str(tmp_path / "pages.warc.gz"),
        "-o",
        str(out),
    ]
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(i["title"], i["authors"]) for i in items] == [(c.title, [c.author]) for c in chosen]


_WARC_CASES = {
    "shift_jis-meta-http-equiv",
    "gb2312-declared-gbk-written",
    "header-latin1-meta-windows-1251",
    "utf8-declared-latin1-everywhere",
    "utf8-with-a-cp1252-snippet",
}
