"""Authors and topics on German-language pages the way the region's CMSs print them, and their
French, Italian, Dutch and English twins: an author card's desk line under the writer's name
("Redaktion Region"), a byline's second sentence ("Von Anna Muster. Mitarbeit: Max Probe"),
"von den Redakteurinnen ..." and other plural staff words, interview credits ("Protokoll:",
"Propos recueillis par", "As told to"), readers' comments signed "Von ..." under a story with
no byline, an agency line ("red, APA") under the headline where the author meta names the
site; topic lists named only by an ARIA label ("Schlagwörter"), and lists of other stories'
topics ("weitere-themen", "trending", "autres-sujets") that are not the article's; then whole
invented pages (regional paper, Swiss and Austrian portals, public
broadcaster, magazine, tabloid) with every field checked. Every name, site and sentence here
is made up."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names

# --- bylines as text: what clean_names makes of them ----------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # an author card's second line names her desk, no second writer
        pytest.param(
            "Anna Muster | Redaktion Region | Max Probe | Redaktion Region",
            ["Anna Muster", "Max Probe"],
            id="de-card-desks",
        ),
        pytest.param("Anna Muster, Redaktion Wirtschaftsteil", ["Anna Muster"], id="de-desk"),
        pytest.param("Lea Beispiel | Redaktion Stadtmagazin", ["Lea Beispiel"], id="de-desk-bar"),
        pytest.param("Jeanne Exemple, Rédaction numérique", ["Jeanne Exemple"], id="fr-desk"),
        pytest.param("Mario Esempio, Redazione Esteri", ["Mario Esempio"], id="it-desk"),
        pytest.param("Jan Voorbeeld, redactie Binnenland", ["Jan Voorbeeld"], id="nl-desk"),
        pytest.param("Kari Eksempel, Redaksjonen Innenriks", ["Kari Eksempel"], id="nb-desk"),
        # the newsroom alone is still its credit
        pytest.param("Von Redaktion, Berlin", [], id="de-newsroom-place"),
        # "the"/"our" and plural staff words before the names
        pytest.param(
            "Von den Redakteurinnen Anna Muster und Lea Beispiel",
            ["Anna Muster", "Lea Beispiel"],
            id="de-den-plural",
        ),
        pytest.param("Von der Korrespondentin Anna Muster", ["Anna Muster"], id="de-der"),
        pytest.param(
            "Von unseren Redakteuren Anna Muster und Max Probe",
            ["Anna Muster", "Max Probe"],
            id="de-unseren-plural",
        ),
        pytest.param(
            "Par les envoyés spéciaux Jeanne Exemple et Paul Essai",
            ["Jeanne Exemple", "Paul Essai"],
            id="fr-les-plural",
        ),
        pytest.param(
            "Door onze verslaggevers Jan Voorbeeld en Piet Proef",
            ["Jan Voorbeeld", "Piet Proef"],
            id="nl-onze-plural",
        ),
        pytest.param(
            "By our reporters Jane Sample and John Trial",
            ["Jane Sample", "John Trial"],
            id="en-our-plural",
        ),
        pytest.param("By the correspondent Jane Sample", ["Jane Sample"], id="en-the"),
        # a byline's next sentence
        pytest.param(
            "Von Anna Muster. Mitarbeit: Max Probe",
            ["Anna Muster", "Max Probe"],
            id="de-mitarbeit-sentence",
        ),
        pytest.param(
            "Von Anna Muster. Mit Material von dpa",
            ["Anna Muster", "dpa"],
            id="de-material-sentence",
        ),
        pytest.param(
            "Par Jeanne Exemple. Avec Paul Essai",
            ["Jeanne Exemple", "Paul Essai"],
            id="fr-avec-sentence",
        ),
        pytest.param(
            "By Jane Sample. Additional reporting by John Trial",
            ["Jane Sample", "John Trial"],
            id="en-additional-sentence",
        ),
        pytest.param(
            "By Jane Sample; additional reporting by John Trial",
            ["Jane Sample", "John Trial"],
            id="en-additional-semicolon",
        ),
        pytest.param("Anna Muster. Zürich", ["Anna Muster"], id="de-place-sentence"),
        # interviews: who wrote it down
        pytest.param("Propos recueillis par Jeanne Exemple", ["Jeanne Exemple"], id="fr-propos"),
        pytest.param("As told to Jane Sample", ["Jane Sample"], id="en-as-told"),
        pytest.param("Protokoll: Anna Muster", ["Anna Muster"], id="de-protokoll"),
        # guards: abbreviations and initials are no sentence's end, names keep their words
        pytest.param(
            "Von Prof. Dr. med. Anna Muster", ["Prof. Dr. med. Anna Muster"], id="guard-titles"
        ),
        pytest.param("Von Dipl.-Ing. Max Probe", ["Dipl.-Ing. Max Probe"], id="guard-dipl"),
        pytest.param("Von Mag. Lea Beispiel", ["Mag. Lea Beispiel"], id="guard-mag"),
        pytest.param("Von Anna M. Muster", ["Anna M. Muster"], id="guard-initial"),
        pytest.param("By John St. Trial", ["John St. Trial"], id="guard-st"),
        pytest.param("Von Ursula von der Probe", ["Ursula von der Probe"], id="guard-particles"),
        pytest.param("Por Juan de la Prueba", ["Juan de la Prueba"], id="guard-de-la"),
        pytest.param("Von Anna Muster, Ressort Politik", ["Anna Muster"], id="guard-ressort"),
        pytest.param(
            "Von Anna Muster und Dr. Lea Beispiel",
            ["Anna Muster", "Dr. Lea Beispiel"],
            id="guard-dr-second",
        ),
    ],
)
def test_byline_texts(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


# --- bylines on a page --------------------------------------------------------------------

PARAS = [
    "Der Gemeinderat hat am Dienstagabend nach langer Sitzung beschlossen, das alte Hallenbad im Norden der Stadt bis zum Herbst des kommenden Jahres umfassend zu sanieren.",
    "Die Kosten von rund zwölf Millionen Euro sollen zur Hälfte aus Fördermitteln des Landes gedeckt werden, den Rest trägt die Stadt über einen Kredit mit langer Laufzeit.",
    "Schwimmvereine und Schulen müssen während der Bauzeit auf Bäder in den Nachbargemeinden ausweichen, für die Fahrten stellt die Verwaltung eigene Busse bereit.",
    "Kritik kam vor allem aus der Opposition, die ein neues Bad am Stadtrand für wirtschaftlicher gehalten hätte und nun eine Überprüfung durch den Rechnungshof verlangt.",
]
HEADLINE = "Hallenbad wird für zwölf Millionen saniert"
URL = "https://www.beispiel-tagblatt.de/region/hallenbad-saniert-123.html"


def _page(byline: str = "", after: str = "", wrap: str = "main", head: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        '<!doctype html><html lang="de"><head><meta charset="utf-8">'
        f"<title>{HEADLINE} | Beispiel-Tagblatt</title>{head}</head><body>"
        '<header><a href="/">Beispiel-Tagblatt</a><nav><a href="/region">Region</a><a href="/sport">Sport</a></nav></header>'
        f'<{wrap}><article><h1>{HEADLINE}</h1>{byline}<div class="article-body">{paras}</div>{after}</article></{wrap}>'
        '<footer><a href="/impressum">Impressum</a></footer></body></html>'
    )


def _comments(cls: str, by: str = "Von") -> str:
    return (
        f'<section class="{cls}"><h2>Kommentare (2)</h2>'
        f'<div class="entry"><span class="author">{by} Gartenfreund77</span><p>Endlich passiert etwas.</p></div>'
        f'<div class="entry"><span class="author">{by} Karl Probe</span><p>Viel zu teuer, finde ich.</p></div></section>'
    )


_WP_COMMENTS = (
    '<div id="comments"><ol class="commentlist"><li class="comment"><div class="comment-author vcard">'
    '<cite class="fn">Karl Probe</cite> <span class="says">sagt:</span></div><p>Viel zu teuer.</p></li></ol></div>'
)
_CARDS = (
    '<div class="authors">'
    '<div class="author-card"><a href="/autor/anna-muster" class="author-name">Anna Muster</a><span class="author-role">Redaktion Region</span></div>'
    '<div class="author-card"><a href="/autor/max-probe" class="author-name">Max Probe</a><span class="author-role">Redaktion Region</span></div>'
    "</div>"
)


@pytest.mark.parametrize(
    ("byline", "after", "wrap", "expected"),
    [
        pytest.param(_CARDS, "", "main", ["Anna Muster", "Max Probe"], id="de-author-cards-desk"),
        pytest.param(
            '<div class="byline"><span>Anna Muster</span><span>Redaktion Stadtmagazin</span></div>',
            "",
            "main",
            ["Anna Muster"],
            id="ch-byline-desk",
        ),
        pytest.param(
            '<p class="byline">Von Anna Muster. Mitarbeit: Max Probe</p>',
            "",
            "main",
            ["Anna Muster", "Max Probe"],
            id="de-mitarbeit",
        ),
        pytest.param(
            "<p>Protokoll: Anna Muster</p>", "", "main", ["Anna Muster"], id="de-protokoll-line"
        ),
        pytest.param(
            '<p class="byline">Von den Redakteurinnen Anna Muster und Lea Beispiel</p>',
            "",
            "main",
            ["Anna Muster", "Lea Beispiel"],
            id="de-den-redakteurinnen",
        ),
        # readers' comments are no byline: a story without one has no author
        pytest.param("", _comments("comments"), "main", [], id="de-comments"),
        pytest.param("", _comments("c-kommentare"), "main", [], id="de-kommentare"),
        pytest.param("", _comments("commentaires", "Par"), "main", [], id="fr-commentaires"),
        pytest.param("", _comments("reacties", "Door"), "main", [], id="nl-reacties"),
        pytest.param("", _comments("article-comments", "By"), "main", [], id="en-comments"),
        pytest.param("", _WP_COMMENTS, "main", [], id="wordpress-comments"),
        # ... and the story's own byline still wins
        pytest.param(
            '<p class="byline">Von Anna Muster</p>',
            _comments("comments"),
            "main",
            ["Anna Muster"],
            id="byline-and-comments",
        ),
        # guards: an opinion piece's own class, a comment count beside the byline
        pytest.param(
            '<p class="byline">Von Anna Muster</p>',
            "",
            'div class="tone-comment"',
            ["Anna Muster"],
            id="guard-opinion-class",
        ),
        pytest.param(
            '<div class="meta has-comments"><span class="author">Von Anna Muster</span> <a class="comments-count" href="#c">3 Kommentare</a></div>',
            "",
            "main",
            ["Anna Muster"],
            id="guard-has-comments",
        ),
    ],
)
def test_page_bylines(byline: str, after: str, wrap: str, expected: list[str]) -> None:
    html = _page(byline, after, wrap)
    if " " in wrap:  # "div class=...": the closing tag is the element's name
        html = html.replace(f"</{wrap}>", "</div>")
    assert extract_article(html, URL).authors == expected


# The site's name in its author meta (a CMS default), and the agencies the story credits in a
# line of its own under the headline: the agencies; a picture's credit is none.
@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        pytest.param(
            '<div class="meta"><span class="src">red, APA</span> <time>9. November 2026</time></div>',
            ["APA"],
            id="at-red-apa-over-site-meta",
        ),
        pytest.param(
            '<div class="info"><span>(dpa)</span></div>', ["dpa"], id="de-dpa-over-site-meta"
        ),
        pytest.param('<p class="info">AFP/sda</p>', ["AFP", "sda"], id="ch-two-agencies"),
        pytest.param('<p class="info">Berlin, dpa</p>', ["dpa"], id="guard-place-then-agency"),
        pytest.param(
            '<aside class="article-aside"><div class="src">APA</div><div>9. November 2026</div></aside>',
            ["Beispiel-Tagblatt"],
            id="guard-aside",
        ),
        pytest.param(
            '<figure><img src="/x.jpg" alt=""><figcaption>APA/dpa</figcaption></figure>',
            ["Beispiel-Tagblatt"],
            id="guard-picture-credit",
        ),
        pytest.param(
            '<div><img src="/x.jpg" alt=""><span class="image-credit">AFP</span></div>',
            ["Beispiel-Tagblatt"],
            id="guard-credit-class",
        ),
    ],
)
def test_header_agencies_over_site_meta(byline: str, expected: list[str]) -> None:
    html = _page(byline, head='<meta name="author" content="Beispiel-Tagblatt">')
    assert extract_article(html, URL).authors == expected


# --- whole invented pages: every field -----------------------------------------------------

P1 = [
    "Der Gemeinderat hat am Dienstagabend nach langer Sitzung beschlossen, das alte Hallenbad im Norden der Stadt bis zum Herbst des kommenden Jahres umfassend zu sanieren.",
    "Die Kosten von rund zwölf Millionen Euro sollen zur Hälfte aus Fördermitteln des Landes gedeckt werden, den Rest trägt die Stadt über einen Kredit mit langer Laufzeit.",
    "Schwimmvereine und Schulen müssen während der Bauzeit auf Bäder in den Nachbargemeinden ausweichen, für die Fahrten stellt die Verwaltung eigene Busse bereit.",
]
P2 = [
    "Die Nationalbank hat den Leitzins am Donnerstag überraschend um einen Viertelprozentpunkt gesenkt und begründet den Schritt mit der deutlich nachlassenden Teuerung.",
    "Ökonomen hatten mehrheitlich mit einer Pause gerechnet, an den Märkten legten die Kurse von Immobilienfirmen nach der Bekanntgabe spürbar zu.",
    "Für Mieterinnen und Mieter dürfte sich der Entscheid erst mit Verzögerung bemerkbar machen, da der Referenzzinssatz nur vierteljährlich angepasst wird.",
]
P3 = [
    "Im Landesgericht hat am Montag der Prozess gegen einen 51-jährigen Mann begonnen, der über Jahre Pensionisten mit falschen Gewinnversprechen betrogen haben soll.",
    "Der Angeklagte bekannte sich teilweise schuldig, bestritt aber, das Geld für sich selbst verwendet zu haben; ein Urteil wird für Donnerstag erwartet.",
    "Laut Staatsanwaltschaft beläuft sich der Schaden auf mehr als 600.000 Euro, rund dreißig Geschädigte haben sich dem Verfahren angeschlossen.",
]
P4 = [
    "Wegen anhaltender Hitze haben mehrere Straßenbahnlinien am Nachmittag ihren Betrieb eingeschränkt, weil sich Schienen verformt hatten und Weichen ausfielen.",
    "Die Verkehrsbetriebe setzten auf den betroffenen Abschnitten Ersatzbusse ein, Fahrgäste mussten dennoch mit Verspätungen von bis zu einer halben Stunde rechnen.",
    "Meteorologen erwarten erst zum Wochenende eine Abkühlung, bis dahin sollen die Temperaturen in der Region weiter über dreißig Grad liegen.",
]
P5 = [
    "Wer heute über Arbeit spricht, spricht meist über Effizienz, über Werkzeuge und Abläufe, selten aber darüber, was eine gute Stunde im Büro eigentlich ausmacht.",
    "Die Forschung zeigt seit Jahren, dass Unterbrechungen teurer sind als gedacht: Nach jeder Störung braucht es Minuten, bis die Konzentration zurückkehrt.",
    "Vielleicht wäre es an der Zeit, nicht mehr Stunden zu zählen, sondern ungestörte Stunden, und Teams daran zu messen, wie viele davon sie einander lassen.",
]
P6 = [
    "Nach dem Ausfall eines Stellwerks ist es am Freitagmorgen im Bahnverkehr rund um den Hauptbahnhof zu erheblichen Verspätungen und Zugausfällen gekommen.",
    "Betroffen waren vor allem Pendlerinnen und Pendler im Regionalverkehr, mehrere Verbindungen fielen ganz aus, Fernzüge wurden über Nebenstrecken umgeleitet.",
    "Nach Angaben der Bahn war ein defektes Kabel die Ursache, Techniker konnten den Schaden gegen Mittag beheben, der Verkehr normalisierte sich am Nachmittag.",
]


def ps(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def ld(data: dict[str, Any]) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


WHOLE: list[dict[str, Any]] = []
# 1 German regional chain: "Von X und Y" byline, news_keywords with ";", Themen list, Weitere Themen rail, breadcrumb
WHOLE.append(
    dict(
        id="de-regional",
        url="https://www.nordkreis-bote.de/lokales/nordstadt/hallenbad-wird-saniert-a123456.html",
        html=f"""<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Nordstadt: Hallenbad wird für zwölf Millionen saniert | Nordkreis-Bote</title>
<meta property="og:title" content="Nordstadt: Hallenbad wird für zwölf Millionen saniert">
<meta property="og:site_name" content="Nordkreis-Bote"><meta name="author" content="Nordkreis-Bote">
<meta name="description" content="Der Gemeinderat gibt grünes Licht: Das Hallenbad im Norden schließt für ein Jahr.">
<meta name="news_keywords" content="Hallenbad; Gemeinderat; Nordstadt; Sanierung">
<meta property="og:image" content="https://www.nordkreis-bote.de/bilder/hallenbad-1200.jpg">
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Hallenbad wird für zwölf Millionen saniert", "datePublished": "2026-03-04T18:20:00+01:00", "dateModified": "2026-03-04T19:05:00+01:00", "author": [{"@type": "Person", "name": "Anna Muster"}, {"@type": "Person", "name": "Jörg Beispiel"}], "publisher": {"@type": "Organization", "name": "Nordkreis-Bote"}, "articleSection": "Lokales"})}
</head><body><header><a href="/" class="logo">Nordkreis-Bote</a><nav><a href="/lokales">Lokales</a><a href="/sport">Sport</a><a href="/politik">Politik</a></nav></header>
<main><nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/lokales">Lokales</a> › <a href="/lokales/nordstadt">Nordstadt</a></nav>
<article><span class="kicker">Nordstadt</span><h1>Hallenbad wird für zwölf Millionen saniert</h1>
<p class="teaser">Der Gemeinderat gibt grünes Licht: Das Hallenbad im Norden schließt für ein Jahr.</p>
<div class="byline">Von <a href="/autor/anna-muster">Anna Muster</a> und <a href="/autor/joerg-beispiel">Jörg Beispiel</a></div>
<time datetime="2026-03-04T18:20:00+01:00">04.03.2026, 18:20 Uhr</time>
<div class="article-body">{ps(P1)}</div>
<div class="tags"><h3>Themen</h3><ul><li><a href="/thema/hallenbad">Hallenbad</a></li><li><a href="/thema/gemeinderat">Gemeinderat</a></li><li><a href="/thema/nordstadt">Nordstadt</a></li><li><a href="/thema/sanierung">Sanierung</a></li></ul></div>
</article><aside><h2>Weitere Themen</h2><ul><li><a href="/thema/wetter">Wetter</a></li><li><a href="/thema/verkehr">Verkehr</a></li><li><a href="/thema/polizeibericht">Polizeibericht</a></li></ul>
<h2>Meistgelesen</h2><ul><li><a href="/lokales/markt-a1.html">Wochenmarkt zieht auf den Rathausplatz</a><span class="author">Von Lea Probe</span></li></ul></aside></main>
<footer><a href="/impressum">Impressum</a><a href="/datenschutz">Datenschutz</a><p>© 2026 Nordkreis-Bote</p></footer></body></html>""",
    )
)
# 2 Swiss portal: author card with desk line, "Publiziert: heute um 14:05 Uhr", JSON-LD keywords string, no tag links
WHOLE.append(
    dict(
        id="ch-portal",
        url="https://www.seeland-zeitung.ch/wirtschaft/nationalbank-senkt-zins-123456789",
        html=f"""<!doctype html><html lang="de-CH"><head><meta charset="utf-8">
<title>Nationalbank senkt Leitzins überraschend | Seeland Zeitung</title>
<meta property="og:title" content="Zinsentscheid: Nationalbank senkt Leitzins überraschend">
<meta property="og:site_name" content="Seeland Zeitung">
<meta property="article:section" content="Wirtschaft">
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Nationalbank senkt Leitzins überraschend", "description": "Die Währungshüter reagieren auf die sinkende Teuerung.", "datePublished": "2026-06-18T09:45:00Z", "keywords": "Nationalbank,Leitzins,Geldpolitik,Hypotheken", "author": [{"@type": "Person", "name": "Selina Probe"}, {"@type": "Person", "name": "Marco Beispiel"}], "image": {"@type": "ImageObject", "url": "https://www.seeland-zeitung.ch/img/snb.jpg"}})}
</head><body><header><a href="/">Seeland Zeitung</a></header><main><article>
<h1>Nationalbank senkt Leitzins überraschend</h1><p class="lead">Die Währungshüter reagieren auf die sinkende Teuerung.</p>
<div class="authors"><div class="author-card"><a href="/autor/selina-probe" class="name">Selina Probe</a><span class="role">Redaktion Wirtschaft</span></div>
<div class="author-card"><a href="/autor/marco-beispiel" class="name">Marco Beispiel</a><span class="role">Redaktion Tamedia</span></div></div>
<p class="date">Publiziert: 18.06.2026, 11:45 Uhr</p>
<div class="body">{ps(P2)}</div></article>
<section id="comments"><h2>Kommentare</h2><div class="comment"><span class="author">Von Hans Leser</span><p>Endlich!</p></div></section></main></body></html>""",
    )
)
# 3 Austrian: APA byline + "red", keywords meta comma, Schlagwörter links
WHOLE.append(
    dict(
        id="at-apa",
        url="https://www.alpenblatt.at/chronik/betrugsprozess-landesgericht-1234567",
        html=f"""<!doctype html><html lang="de-AT"><head><meta charset="utf-8">
<title>Betrugsprozess gegen 51-Jährigen begonnen - alpenblatt.at</title>
<meta property="og:title" content="Betrugsprozess gegen 51-Jährigen begonnen">
<meta property="og:site_name" content="alpenblatt.at"><meta name="author" content="alpenblatt.at">
<meta name="keywords" content="Betrug, Prozess, Landesgericht, Pensionisten">
<meta property="article:published_time" content="2026-11-09T13:12:00+01:00">
</head><body><header><a href="/">alpenblatt.at</a><nav><a href="/chronik">Chronik</a><a href="/politik">Politik</a></nav></header>
<main><article><h1>Betrugsprozess gegen 51-Jährigen begonnen</h1>
<div class="meta"><span class="source">red, APA</span> <time datetime="2026-11-09T13:12:00+01:00">9. November 2026, 13:12</time></div>
<div class="text">{ps(P3)}</div>
<div class="keywords"><span>Schlagwörter:</span> <a href="/tag/betrug">Betrug</a> <a href="/tag/prozess">Prozess</a> <a href="/tag/landesgericht">Landesgericht</a> <a href="/tag/pensionisten">Pensionisten</a></div>
</article></main></body></html>""",
    )
)
# 4 public broadcaster: "Stand:", JSON-LD author Organization + Person, "Mehr zu" tag list, sections in breadcrumbs
WHOLE.append(
    dict(
        id="de-broadcaster",
        url="https://www.rundfunk-mitte.de/nachrichten/region/hitze-strassenbahn-100.html",
        html=f"""<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Hitze legt Straßenbahnen lahm | Rundfunk Mitte</title>
<meta property="og:title" content="Hitze legt Straßenbahnen lahm">
<meta property="og:site_name" content="Rundfunk Mitte">
{ld({"@context": "https://schema.org", "@graph": [{"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Nachrichten", "item": "https://www.rundfunk-mitte.de/nachrichten"}, {"@type": "ListItem", "position": 2, "name": "Region", "item": "https://www.rundfunk-mitte.de/nachrichten/region"}]}, {"@type": "NewsArticle", "headline": "Hitze legt Straßenbahnen lahm", "datePublished": "2026-07-08T16:40:00+02:00", "author": [{"@type": "Organization", "name": "Rundfunk Mitte Nachrichten"}, {"@type": "Person", "name": "Tobias Probe"}], "keywords": ["Hitze", "Straßenbahn", "Verkehr"]}]})}
</head><body><header><a href="/">Rundfunk Mitte</a></header><main>
<nav class="breadcrumb"><ol><li><a href="/nachrichten">Nachrichten</a></li><li><a href="/nachrichten/region">Region</a></li></ol></nav>
<article><h1><span class="topline">Verkehr</span> Hitze legt Straßenbahnen lahm</h1>
<p class="meta">Stand: 08.07.2026, 16:40 Uhr</p>
{ps(P4)}
<div class="topics"><span>Mehr zu:</span><ul><li><a href="/themen/hitze">Hitze</a></li><li><a href="/themen/strassenbahn">Straßenbahn</a></li><li><a href="/themen/verkehr">Verkehr</a></li></ul></div>
</article></main></body></html>""",
    )
)
# 5 magazine guest piece: "Ein Gastbeitrag von", author box "Über die Autorin", article:tag metas
WHOLE.append(
    dict(
        id="de-magazine-guest",
        url="https://www.arbeitswelt-magazin.de/meinung/ungestoerte-stunden/",
        html=f"""<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Zählt ungestörte Stunden! – Arbeitswelt Magazin</title>
<meta property="og:title" content="Zählt ungestörte Stunden!">
<meta property="og:site_name" content="Arbeitswelt Magazin">
<meta property="article:published_time" content="2026-02-12T07:00:00+00:00">
<meta property="article:section" content="Meinung">
<meta property="article:tag" content="Arbeit"><meta property="article:tag" content="Konzentration"><meta property="article:tag" content="Büro">
</head><body><header><a href="/">Arbeitswelt Magazin</a></header><main><article>
<h1>Zählt ungestörte Stunden!</h1><p class="standfirst">Warum wir Arbeit anders messen sollten.</p>
<p class="byline">Ein Gastbeitrag von Dr. Hanna Beispiel</p>
<div class="entry-content">{ps(P5)}</div>
<aside class="author-box"><h3>Über die Autorin</h3><p><strong>Dr. Hanna Beispiel</strong> forscht an einer Hochschule über Arbeitsorganisation.</p></aside>
</article><section class="related"><h2>Weitere Themen</h2><a href="/thema/homeoffice">Homeoffice</a> <a href="/thema/karriere">Karriere</a></section></main></body></html>""",
    )
)
# 6 news portal: byline "Von X. Mit Material von dpa", comments with "Von", hashtag topics
WHOLE.append(
    dict(
        id="de-portal-dpa",
        url="https://www.stadtportal-beispiel.de/news/stellwerk-ausfall-bahn-chaos-id4711.html",
        html=f"""<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Stellwerk fällt aus: Stundenlang Chaos am Hauptbahnhof</title>
<meta property="og:title" content="Stellwerk fällt aus: Stundenlang Chaos am Hauptbahnhof">
<meta property="og:site_name" content="Stadtportal Beispiel">
<meta property="article:published_time" content="2026-09-25T10:15:00+02:00">
</head><body><header><a href="/">Stadtportal Beispiel</a></header><main><article>
<h1>Stellwerk fällt aus: Stundenlang Chaos am Hauptbahnhof</h1>
<p class="author">Von Lena Probe. Mit Material von dpa</p>
<div class="article-text">{ps(P6)}</div>
<div class="article-tags"><a href="/themen/bahn">#Bahn</a> <a href="/themen/pendler">#Pendler</a></div>
</article>
<section class="comment-list"><h2>Leserkommentare</h2><div><span class="author">Von Karl Pendler</span><p>Wie jede Woche.</p></div></section></main></body></html>""",
    )
)

EXPECTED: dict[str, dict[str, Any]] = {
    "de-regional": dict(
        title="Hallenbad wird für zwölf Millionen saniert",
        subtitle="Der Gemeinderat gibt grünes Licht: Das Hallenbad im Norden schließt für ein Jahr.",
        authors=["Anna Muster", "Jörg Beispiel"],
        published="2026-03-04T18:20:00+01:00",
        section="Lokales",
        topics=["Hallenbad", "Gemeinderat", "Nordstadt", "Sanierung"],
        image="https://www.nordkreis-bote.de/bilder/hallenbad-1200.jpg",
        story=P1,
    ),
    "ch-portal": dict(
        title="Nationalbank senkt Leitzins überraschend",
        subtitle="Die Währungshüter reagieren auf die sinkende Teuerung.",
        authors=["Selina Probe", "Marco Beispiel"],
        published="2026-06-18T09:45:00+00:00",
        section="Wirtschaft",
        topics=["Nationalbank", "Leitzins", "Geldpolitik", "Hypotheken"],
        image="https://www.seeland-zeitung.ch/img/snb.jpg",
        story=P2,
    ),
    "at-apa": dict(
        title="Betrugsprozess gegen 51-Jährigen begonnen",
        subtitle=None,
        authors=["APA"],
        published="2026-11-09T13:12:00+01:00",
        section=None,
        topics=["Betrug", "Prozess", "Landesgericht", "Pensionisten"],
        image=None,
        story=P3,
    ),
    "de-broadcaster": dict(
        title="Hitze legt Straßenbahnen lahm",
        subtitle=None,
        authors=["Rundfunk Mitte Nachrichten", "Tobias Probe"],
        published="2026-07-08T16:40:00+02:00",
        section="Region",
        topics=["Hitze", "Straßenbahn", "Verkehr"],
        image=None,
        story=P4,
    ),
    "de-magazine-guest": dict(
        title="Zählt ungestörte Stunden!",
        subtitle="Warum wir Arbeit anders messen sollten.",
        authors=["Dr. Hanna Beispiel"],
        published="2026-02-12T07:00:00+00:00",
        section="Meinung",
        topics=["Arbeit", "Konzentration", "Büro"],
        image=None,
        story=P5,
    ),
    "de-portal-dpa": dict(
        title="Stellwerk fällt aus: Stundenlang Chaos am Hauptbahnhof",
        subtitle=None,
        authors=["Lena Probe", "dpa"],
        published="2026-09-25T10:15:00+02:00",
        section=None,
        topics=["Bahn", "Pendler"],
        image=None,
        story=P6,
    ),
}


def _instant(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value).astimezone(UTC) if value else None


@pytest.mark.parametrize("page", WHOLE, ids=[p["id"] for p in WHOLE])
def test_whole_pages(page: dict[str, Any]) -> None:
    """Each field as a reader keys it: the story's writers (no desk line, no reader's comment,
    no teaser's byline), the article's own topic list (no "Weitere Themen" rail, no
    breadcrumb), the section, and the story's own paragraphs in order."""
    exp = EXPECTED[page["id"]]
    got = extract_article(page["html"], page["url"])
    assert got.title == exp["title"]
    assert got.subtitle == exp["subtitle"]
    assert got.authors == exp["authors"]
    assert _instant(got.published) == _instant(exp["published"])
    assert got.section == exp["section"]
    assert got.topics == exp["topics"]
    assert got.image == exp["image"]
    assert got.language == "de"
    body = got.body or ""
    at = [body.find(p) for p in exp["story"]]
    assert all(i >= 0 for i in at) and at == sorted(at), body
    assert "Kommentar" not in body and "Weitere Themen" not in body and "Meistgelesen" not in body


# --- topics: lists marked by an ARIA label, and lists of other stories' topics ---------------

OWN = ["Hallenbad", "Gemeinderat", "Sanierung"]
OTHER = ["Wetter", "Verkehr", "Polizeibericht"]


def _links(labels: list[str], base: str = "/t/") -> str:
    return " ".join(f'<a href="{base}{t.lower()}">{t}</a>' for t in labels)


def _items(labels: list[str], base: str = "/s/") -> str:
    return "".join(f'<li><a href="{base}{t.lower()}">{t}</a></li>' for t in labels)


@pytest.mark.parametrize(
    ("in_article", "rail", "expected"),
    [
        # the article's list named only by its ARIA label, links under no topic path
        pytest.param(
            f'<nav aria-label="Themen zum Artikel">{_links(OWN)}</nav>',
            "",
            OWN,
            id="de-nav-aria-themen",
        ),
        pytest.param(
            f'<ul aria-label="Schlagwörter">{_items(OWN)}</ul>',
            "",
            OWN,
            id="de-ul-aria-schlagwoerter",
        ),
        pytest.param(f'<div aria-label="Tags">{_links(OWN)}</div>', "", OWN, id="en-aria-tags"),
        pytest.param(f'<div aria-label="Sujets">{_links(OWN)}</div>', "", OWN, id="fr-aria-sujets"),
        # other stories' topics, marked as such, are not the article's
        pytest.param(
            "",
            f'<div class="weitere-themen">{_links(OTHER)}</div>',
            [],
            id="de-weitere-themen-class",
        ),
        pytest.param(
            "",
            f'<aside aria-label="Weitere Themen">{_links(OTHER)}</aside>',
            [],
            id="de-weitere-themen-aria",
        ),
        pytest.param(
            "", f'<div class="trendingTopics">{_links(OTHER)}</div>', [], id="en-trending"
        ),
        pytest.param(
            "", f'<div class="autres-sujets">{_links(OTHER)}</div>', [], id="fr-autres-sujets"
        ),
        pytest.param(
            "", f'<div class="altri-argomenti">{_links(OTHER)}</div>', [], id="it-altri-argomenti"
        ),
        pytest.param(
            f'<div class="weitere-themen">{_links(OTHER, "/thema/")}</div><div class="article-tags">{_links(OWN, "/thema/")}</div>',
            "",
            OWN,
            id="de-weitere-before-own",
        ),
        # guards: "related", "mehr zum Thema" and a list's place name the article's own
        pytest.param(
            f'<div class="related-topics">{_links(OWN)}</div>', "", OWN, id="guard-related-topics"
        ),
        pytest.param(
            f'<div class="mehr-zum-thema">{_links(OWN)}</div>', "", OWN, id="guard-mehr-zum-thema"
        ),
        pytest.param(f'<div class="tags-top">{_links(OWN)}</div>', "", OWN, id="guard-tags-top"),
        pytest.param(
            f'<div class="article-tags">{_links(OWN, "/thema/")}</div>',
            f'<div class="weitere-themen">{_links(OTHER, "/thema/")}</div>',
            OWN,
            id="guard-own-then-weitere",
        ),
    ],
)
def test_topic_lists(in_article: str, rail: str, expected: list[str]) -> None:
    """`in_article` after the story's text, `rail` after the <article> in <main>."""
    html = _page(after=in_article).replace("</main>", f"{rail}</main>", 1)
    assert extract_article(html, URL).topics == expected
