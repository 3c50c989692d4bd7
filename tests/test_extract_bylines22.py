"""Bylines an unseen site may print (issue 10, bylines-22): a "by" word before a public body
("Από τον Δήμο Αθηναίων", "Von der Stadt", "Por el Gobierno"), Thai "เรื่อง:" before a
subject, a role and where it is posted ("Staff Reporter, London"), a surname that is a word
for today before a clock ("Chris Hoy, 10:15"), the role after the name in Chinese ("张伟/文"),
and more shapes across languages; and a publisher's address abroad, which zones a naive
stamp only where its country's press writes the page's language.

Every name, paper and page here is made up for the test; the shapes are the ones news sites
print.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names

URL = "https://www.example.org/news/41"
PARA = (
    "<p>"
    + "An invented paragraph about the town budget and the fire brigade in the winter months. " * 4
    + "</p>"
)


def _page(under_headline: str, lang: str, head: str = "") -> str:
    return (
        f"<html lang='{lang}'><head>{head}</head><body><article>"
        f"<h1>An invented headline of the story</h1>{under_headline}{PARA}</article></body></html>"
    )


def _authors(under_headline: str, lang: str, head: str = "") -> list[str]:
    return extract_article(_page(under_headline, lang, head), URL).authors


# (lang, byline, authors): read alone (clean_names) and in a byline-classed block
BYLINES = [
    # a "by" word before a public body: a sentence's "from the city", nobody's byline
    ("el", "Από τον Δήμο Αθηναίων", []),
    ("el", "Από τον Δήμο Λάρισας", []),
    ("el", "Από το Υπουργείο Υγείας", []),
    ("de", "Von der Stadt Hannover", []),
    ("de", "Von der Landesregierung", []),
    ("fr", "Par la mairie de Lyon", []),
    ("fr", "Par le gouvernement", []),
    ("es", "Por el Gobierno de España", []),
    ("es", "Por el Ayuntamiento de Sevilla", []),
    ("it", "Da Roma", []),
    ("it", "Dal Comune di Torino", []),
    ("pt", "Pela Prefeitura", []),
    ("nb", "Av regjeringen", []),
    ("nl", "Door de gemeente Utrecht", []),
    ("en", "By the City Council", []),
    ("en", "By the Ministry of Health", []),
    ("en", "By the police", []),
    ("de", "Von der Polizei Hannover", []),
    ("de", "Vom Landratsamt Harburg", []),
    ("fr", "Par la préfecture du Nord", []),
    ("es", "Por la Policía Nacional", []),
    ("it", "Dalla Regione Lombardia", []),
    ("pt", "Pelo Governo do Estado", []),
    ("sv", "Av polisen", []),
    ("da", "Af politiet", []),
    ("nl", "Door de politie", []),
    # ... but a person after it stays, Δήμος a given name too (a surname after it)
    ("el", "Από τον Γιώργο Παπαδόπουλο", ["Γιώργο Παπαδόπουλο"]),
    ("el", "Από τον Δήμο Νικολάου", ["Δήμο Νικολάου"]),
    ("de", "Von Anna Muster, Stadt Hannover", ["Anna Muster"]),
    ("en", "By the City Desk", ["the City Desk"]),  # a desk, as before
    ("fr", "Par Le Monde avec AFP", ["Le Monde", "AFP"]),
    ("pt", "Por Ana da Silva", ["Ana da Silva"]),
    # Thai "เรื่อง:" (story): the writer only where a name follows
    ("th", "เรื่อง: สมชาย ใจดี ภาพ: วิชัย รักไทย", ["สมชาย ใจดี"]),
    ("th", "เรื่อง: น้ำท่วมภาคเหนือ", []),
    ("th", "เรื่อง: นายสมชาย ใจดี", ["นายสมชาย ใจดี"]),
    ("th", "เรื่อง/ภาพ: สมชาย ใจดี", ["สมชาย ใจดี"]),
    ("th", "เรื่องและภาพ: สมชาย ใจดี", ["สมชาย ใจดี"]),
    # a role and where it is posted: nobody (one name stays where writers go by one)
    ("en", "Staff Reporter, London", []),
    ("en", "Correspondent, Paris", []),
    ("de", "Korrespondent, Brüssel", []),
    ("en", "Staff Reporter, Jane Doe", ["Jane Doe"]),
    ("id", "Wartawan, Budi", ["Budi"]),
    ("id", "Reporter, Budi", ["Budi"]),
    ("vi", "Phóng viên, Minh", ["Minh"]),
    ("en", "Correspondent, Reuters", ["Reuters"]),  # an agency after a role stays
    ("de", "Korrespondent, AFP", ["AFP"]),
    # a word for today as a surname before a clock
    ("en", "Chris Hoy, 10:15", ["Chris Hoy"]),
    ("en", "Chris Hoy 12.03.2025", ["Chris Hoy"]),
    ("de", "Anna Muster Heute, 10:15 Uhr", ["Anna Muster"]),
    ("en", "By Chris Hoy, yesterday at 10:15", ["Chris Hoy"]),
    # the role after a Chinese name
    ("zh", "张伟/文", ["张伟"]),
    ("zh", "张伟／文", ["张伟"]),
    ("zh", "张伟/文 李华/图", ["张伟"]),
    ("zh", "张伟/文、图", ["张伟"]),
    ("zh", "文/张伟", ["张伟"]),
    ("zh", "李华/图", []),
    # writers and credits across languages
    ("es", "Por Ana García / Agencia EFE", ["Ana García", "EFE"]),
    ("es", "Por Ana García / Agencia", ["Ana García"]),
    ("en", "Words by Jane Doe. Photographs by John Roe", ["Jane Doe"]),
    ("en", "Words: Jane Doe | Pictures: John Roe", ["Jane Doe"]),
    ("fr", "Entretien réalisé par Jeanne Martin", ["Jeanne Martin"]),
    ("es", "Entrevista realizada por Ana García", ["Ana García"]),
    ("de", "Interview mit Angela Merkel", []),
    ("fr", "Entretien avec Jeanne Martin", []),
    ("en", "Interview with Jane Doe | By John Roe", ["John Roe"]),
    ("it", "Intervista a Mario Rossi", []),
    ("it", "Intervista a cura di Mario Rossi", ["Mario Rossi"]),
    ("it", "Dal nostro inviato Mario Rossi", ["Mario Rossi"]),
    ("it", "Dalla nostra inviata a Kyiv, Giulia Bianchi", ["Giulia Bianchi"]),
    ("fr", "De notre correspondante à Bruxelles, Jeanne Martin", ["Jeanne Martin"]),
    ("pt", "Por Ana Souza, especial para o Diário", ["Ana Souza"]),
    ("en", "By Jane Doe, Special to The Example Times", ["Jane Doe"]),
    ("ar", "كتب - أحمد علي", ["أحمد علي"]),
    ("tr", "Haber: Ahmet Yılmaz", ["Ahmet Yılmaz"]),
    ("tr", "Ahmet Yılmaz / İstanbul", ["Ahmet Yılmaz"]),
    ("de", "Text: Anna Muster, Fotos: Bernd Beispiel", ["Anna Muster"]),
    ("de", "Interview: Anna Muster", ["Anna Muster"]),
    ("de", "Aufgezeichnet von Anna Muster", ["Anna Muster"]),
    (
        "fr",
        "Reportage de Jeanne Martin et Paul Durand, envoyés spéciaux à Kyiv",
        ["Jeanne Martin", "Paul Durand"],
    ),
    ("it", "Mario Rossi e Giulia Bianchi, da Milano", ["Mario Rossi", "Giulia Bianchi"]),
    ("nb", "Av Kari Nordmann og Ola Hansen", ["Kari Nordmann", "Ola Hansen"]),
    ("pl", "Jan Kowalski i Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
    ("hr", "Ivan Horvat i Ana Kovač", ["Ivan Horvat", "Ana Kovač"]),
    ("ja", "（山田太郎記者）", ["山田太郎"]),
    ("ko", "김민수·이영희 기자", ["김민수", "이영희"]),
    ("ar", "بقلم أحمد علي", ["أحمد علي"]),
    ("en", "Jane Doe | Senior Political Correspondent | @janedoe", ["Jane Doe"]),
    (
        "de",
        "Von Anna Muster und Max Probe (Text) sowie Bernd Beispiel (Fotos)",
        ["Anna Muster", "Max Probe"],
    ),
    ("de", "Von Anna Muster sowie Max Probe", ["Anna Muster", "Max Probe"]),
    ("de", "Eine Analyse von Anna Muster, Berlin", ["Anna Muster"]),
    ("fr", "Par Jeanne Martin (avec AFP)", ["Jeanne Martin", "AFP"]),
    ("it", "di Mario Rossi - 05 dicembre 2026", ["Mario Rossi"]),
    ("cs", "Autor: Jan Novák | Foto: Petr Svoboda, ČTK", ["Jan Novák"]),
    ("hu", "Kovács Anna és Nagy Péter", ["Kovács Anna", "Nagy Péter"]),
    ("tr", "Ahmet Yılmaz - Ankara / AA", ["Ahmet Yılmaz", "AA"]),
    ("id", "Penulis: Budi Santoso | Editor: Siti Rahayu", ["Budi Santoso"]),
    ("sw", "na Juma Mwangi, Dar es Salaam", ["Juma Mwangi"]),
    ("en", "Story by Jane Doe • Photos by John Roe", ["Jane Doe"]),
    ("en", "By Jane Doe | Updated Dec 5, 2026 10:15 a.m. ET", ["Jane Doe"]),
    # German-language shapes: a guest's job and university after the name, lead-ins
    ("de", "Ein Gastbeitrag von Max Probe, Professor für Ökonomie", ["Max Probe"]),
    ("de", "Professorin Anna Muster, Universität Beispielstadt", ["Professorin Anna Muster"]),
    ("en", "By Jane Doe and John Roe, Institute for Fiscal Examples", ["Jane Doe", "John Roe"]),
    ("de", "Protokolliert von Anna Muster", ["Anna Muster"]),
    ("de", "Gastautorin: Anna Muster", ["Anna Muster"]),
    ("de", "Von Anna Muster, Bern, und Max Probe, Zürich", ["Anna Muster", "Max Probe"]),
    ("de", "Von Anna Muster mit Material von dpa und AFP", ["Anna Muster", "dpa", "AFP"]),
    ("de", "Von Stadt-Reporterin Anna Muster", ["Anna Muster"]),
    ("de", "Von der Gemeinde Musterstadt", []),
    ("th", "ข่าวโดย สมชาย ใจดี", ["สมชาย ใจดี"]),  # "news by"
    ("th", "เรื่องโดย สมชาย ใจดี", ["สมชาย ใจดี"]),
]


@pytest.mark.parametrize(
    ("lang", "byline", "expected"), BYLINES, ids=[f"{c[0]}-{i}" for i, c in enumerate(BYLINES)]
)
def test_a_byline_read_alone(lang: str, byline: str, expected: list[str]) -> None:
    assert clean_names([byline], lang=lang) == expected


@pytest.mark.parametrize(
    ("lang", "byline", "expected"), BYLINES, ids=[f"{c[0]}-{i}" for i, c in enumerate(BYLINES)]
)
def test_a_byline_block(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(f"<div class='byline'>{byline}</div>", lang) == expected


@pytest.mark.parametrize(
    ("lang", "byline", "expected"),
    [
        # a newsroom and its place after a dash: the newsroom, no place as a writer (the
        # dash after a label counts only in Arabic, Persian, Urdu, Hebrew)
        ("de", "Redaktion - Berlin", ["Redaktion"]),
        ("es", "Redacción – Madrid", ["Redacción"]),
        ("he", "מאת - יוסי כהן", ["יוסי כהן"]),
        ("fa", "نویسنده - علی رضایی", ["علی رضایی"]),
    ],
)
def test_a_label_before_a_dash(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(f"<div class='byline'>{byline}</div>", lang) == expected


# (lang, a line of its own under the headline, no byline markup, authors)
LINES = [
    ("el", "Από τον Δήμο Αθηναίων", []),
    ("es", "Por el Gobierno de España", []),
    ("de", "Von der Stadt Hannover", []),
    ("th", "เรื่อง: สมชาย ใจดี ภาพ: วิชัย รักไทย", ["สมชาย ใจดี"]),
    ("th", "เรื่อง: น้ำท่วมภาคเหนือ", []),
    ("en", "Staff Reporter, London", []),
    ("en", "Chris Hoy, 10:15", ["Chris Hoy"]),
    ("zh", "张伟/文", ["张伟"]),
    ("zh", "张伟/文 李华/图", ["张伟"]),
    ("en", "Words: Jane Doe | Pictures: John Roe", ["Jane Doe"]),
    ("ko", "글·사진 김민수", ["김민수"]),
    ("vi", "Phóng viên Nguyễn Văn An", ["Nguyễn Văn An"]),
    ("tr", "Haber: Ahmet Yılmaz", ["Ahmet Yılmaz"]),
    ("fr", "Entretien réalisé par Jeanne Martin", ["Jeanne Martin"]),
    ("de", "Gespräch: Anna Muster", ["Anna Muster"]),
    ("de", "Reportage: Anna Muster", ["Anna Muster"]),
    ("de", "Gastautorin: Anna Muster", ["Anna Muster"]),
    ("de", "Protokolliert von Anna Muster", ["Anna Muster"]),
    ("de", "Interview: Anna Muster", ["Anna Muster"]),
    ("fr", "De notre correspondante à Bruxelles, Jeanne Martin", ["Jeanne Martin"]),
    ("it", "Dal nostro inviato Mario Rossi", ["Mario Rossi"]),
    ("ar", "كتب - أحمد علي", ["أحمد علي"]),
    ("ja", "（ワシントン＝山田太郎）", ["山田太郎"]),
    ("es", "Por Ana García / Agencia EFE", ["Ana García", "EFE"]),
    # a kicker naming whom an interview asks is no byline
    ("de", "Interview Angela Merkel", []),
    ("de", "Interview: Angela Merkel über die Krise am Bau", []),
]


@pytest.mark.parametrize(
    ("lang", "line", "expected"), LINES, ids=[f"{c[0]}-{i}" for i, c in enumerate(LINES)]
)
def test_a_line_under_the_headline(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(f"<p>{line}</p>", lang) == expected


# (lang, JSON-LD author, authors): several writers in one string
JSONLD = [
    ("en", "Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("en", "Jane Doe, John Roe and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]),
    ("en", "Jane Doe & John Roe", ["Jane Doe", "John Roe"]),
    ("en", "Jane Doe, Staff Writer", ["Jane Doe"]),
    ("en", "Jane Doe (@janedoe)", ["Jane Doe"]),
    ("de", "Anna Muster und Max Probe", ["Anna Muster", "Max Probe"]),
    ("fr", "Jeanne Martin et Paul Durand", ["Jeanne Martin", "Paul Durand"]),
    ("es", "Ana García y Luis Pérez", ["Ana García", "Luis Pérez"]),
]


@pytest.mark.parametrize(
    ("lang", "author", "expected"), JSONLD, ids=[f"{c[0]}-{i}" for i, c in enumerate(JSONLD)]
)
def test_jsonld_authors_in_one_string(lang: str, author: str, expected: list[str]) -> None:
    obj = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "x",
        "author": author,
    }
    head = f"<script type='application/ld+json'>{json.dumps(obj, ensure_ascii=False)}</script>"
    assert _authors("", lang, head) == expected


BOXES = [
    (
        "en",
        '<div class="author-box"><img src="/a.jpg"><a href="/author/jane-doe">Jane Doe</a><p>Senior Political Correspondent</p><a href="https://twitter.com/janedoe">@janedoe</a></div>',
        ["Jane Doe"],
    ),
    (
        "en",
        '<div class="byline">By <a href="/author/jane-doe">Jane Doe</a> <span class="role">Senior Political Correspondent</span> <a href="https://twitter.com/janedoe">@janedoe</a></div>',
        ["Jane Doe"],
    ),
    (
        "en",
        '<div class="byline"><span>By Jane Doe</span><span>Political Editor</span><span>Twitter: @janedoe</span></div>',
        ["Jane Doe"],
    ),
    (
        "de",
        '<div class="autor"><span class="name">Anna Muster</span><span class="job">Redakteurin Politik</span><a href="https://x.com/annamuster">Folgen</a></div>',
        ["Anna Muster"],
    ),
    (
        "en",
        '<p class="byline">By Jane Doe, Health Reporter, and John Roe, Science Editor</p>',
        ["Jane Doe", "John Roe"],
    ),
    (
        "en",
        '<p class="byline">By Jane Doe in Kyiv and John Roe in Moscow</p>',
        ["Jane Doe", "John Roe"],
    ),
    (
        "es",
        '<div class="byline">Por <a href="/autor/ana-garcia">Ana García</a> / Agencia EFE</div>',
        ["Ana García", "EFE"],
    ),
]


@pytest.mark.parametrize(
    ("lang", "block", "expected"), BOXES, ids=[f"{c[0]}-{i}" for i, c in enumerate(BOXES)]
)
def test_author_boxes(lang: str, block: str, expected: list[str]) -> None:
    assert _authors(block, lang) == expected


_EN_TEXT = (
    "<p>After a long debate in the evening a narrow majority of the council backed the plan "
    "to pull down the old bridge and build a new one by the summer.</p>"
    "<p>The costs are spread over three years, the council said afterwards.</p>"
)
_FR_TEXT = (
    "<p>Après un long débat dans la soirée, une courte majorité du conseil a approuvé le "
    "projet de démolir le vieux pont et d'en construire un nouveau avant l'été.</p>"
    "<p>Les coûts sont répartis sur trois ans, a indiqué le conseil ensuite.</p>"
)
_ES_TEXT = (
    "<p>Tras un largo debate por la tarde, una estrecha mayoría del consejo aprobó el plan de "
    "derribar el viejo puente y construir uno nuevo antes del verano.</p>"
    "<p>Los costes se reparten en tres años, dijo el consejo después.</p>"
)
_PT_TEXT = (
    "<p>Depois de um longo debate à noite, uma curta maioria do conselho aprovou o plano de "
    "demolir a velha ponte e construir uma nova até ao verão.</p>"
    "<p>Os custos repartem-se por três anos, disse o conselho depois.</p>"
)
_DE_TEXT = (
    "<p>Nach einer langen Debatte am Abend stimmte eine knappe Mehrheit dem Entwurf zu, die "
    "alte Brücke abzureissen und bis zum Sommer eine neue zu bauen.</p>"
    "<p>Die Kosten verteilen sich auf drei Jahre, wie die Verwaltung danach mitteilte.</p>"
)


def _publisher_page(lang: str, text: str, country: str, stamp: str) -> str:
    org = {
        "@type": "NewsMediaOrganization",
        "name": "Daily",
        "address": {"@type": "PostalAddress", "addressCountry": country},
    }
    obj = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "The new bridge",
        "datePublished": stamp,
        "publisher": org,
    }
    block = f"<script type='application/ld+json'>{json.dumps(obj)}</script>"
    return (
        f"<html lang='{lang}'><head><title>The new bridge</title>{block}</head><body><article>"
        f"<h1>The new bridge</h1>{text}</article></body></html>"
    )


NAIVE = "2026-01-29T18:40:00"


@pytest.mark.parametrize(
    ("lang", "text", "country", "expected"),
    [
        # the country's press writes the page's language: its zone
        pytest.param("en", _EN_TEXT, "ZA", "2026-01-29T18:40:00+02:00", id="en-za"),
        pytest.param("en", _EN_TEXT, "GB", "2026-01-29T18:40:00+00:00", id="en-gb"),
        pytest.param("en", _EN_TEXT, "IE", "2026-01-29T18:40:00+00:00", id="en-ie"),
        pytest.param("fr", _FR_TEXT, "BE", "2026-01-29T18:40:00+01:00", id="fr-be"),
        pytest.param("fr", _FR_TEXT, "SN", "2026-01-29T18:40:00+00:00", id="fr-sn"),
        pytest.param("es", _ES_TEXT, "AR", "2026-01-29T18:40:00-03:00", id="es-ar"),
        pytest.param("pt", _PT_TEXT, "AO", "2026-01-29T18:40:00+01:00", id="pt-ao"),
        # English-language papers sit in Luxembourg, the Netherlands, Germany (session 23: on
        # a .com their address is all that says where; a UK site names itself by domain or
        # og:locale first)
        pytest.param("en", _EN_TEXT, "LU", "2026-01-29T18:40:00+01:00", id="en-lu"),
        pytest.param("en", _EN_TEXT, "NL", "2026-01-29T18:40:00+01:00", id="en-nl"),
        pytest.param("en", _EN_TEXT, "DE", "2026-01-29T18:40:00+01:00", id="en-de"),
        # a holding registered abroad: a Spanish page whose publisher sits in Portugal
        pytest.param("es", _ES_TEXT, "PT", NAIVE, id="es-pt"),
        pytest.param("fr", _FR_TEXT, "GB", NAIVE, id="fr-gb"),
        # German words under a CMS's default "en": no South African zone
        pytest.param("en", _DE_TEXT, "ZA", NAIVE, id="de-words-en-tag-za"),
        # a country of several zones names none, as before
        pytest.param("en", _EN_TEXT, "US", NAIVE, id="en-us"),
    ],
)
def test_a_publishers_country_zones_a_page_in_its_language(
    lang: str, text: str, country: str, expected: str
) -> None:
    html = _publisher_page(lang, text, country, NAIVE)
    assert extract_article(html, "https://www.daily.example.com/news/41").published == expected
