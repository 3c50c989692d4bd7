"""Whole invented pages in the shapes of German-language sites (a public broadcaster, an
Austrian and a Swiss paper, a regional paper): navigation, kicker, lead, crossheads, inline
furniture, an agency tag, a forum or channel promo, a teaser grid and a footer around the
article; the body must be the lead and the text only."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://zeitung.example/region/2026/hafen-ausbau-123.html"
LEAD = "Nach jahrelangem Streit ist die Entscheidung gefallen: Der alte Hafen wird für 48 Millionen Euro umgebaut."
S = [
    "Der Gemeinderat hat am Dienstagabend beschlossen, den alten Hafen für den Fährverkehr wieder auszubauen.",
    "Die Entscheidung fiel nach einer langen Debatte, in der die Opposition vor den verdoppelten Kosten warnte.",
    "Nach dem Plan sollen die ersten Fähren bereits im Sommer 2028 an der neuen Kaimauer anlegen können.",
    "Der Baubeginn ist für das Frühjahr geplant, die Arbeiten sollen in mehreren Etappen fast zwei Jahre dauern.",
    "Die Bürgermeisterin sprach von einem wichtigen Tag für die Stadt und ihre Verbindung zu den Inseln.",
    "Kritiker kündigten an, die Finanzierung im Landtag noch einmal prüfen lassen zu wollen, bevor gebaut wird.",
]
X = "Kosten verdoppelt"
NAV = "<header><nav><a href='/'>Start</a> <a href='/politik'>Politik</a> <a href='/sport'>Sport</a></nav></header>"
FOOT = "<footer><p>© 2026 Beispiel Medien GmbH. Alle Rechte vorbehalten.</p><a href='/impressum'>Impressum</a></footer>"
TEASERS = (
    "<div class='m5'>"
    + "".join(
        f"<div class='t'><a href='/x/{i}'><img src='/t{i}.jpg'><h3>Andere Meldung Nummer {i} aus der Region heute</h3></a>"
        f"<p>Kurzer Anreißer zur anderen Meldung {i}, die mit dem Hafen nichts zu tun hat.</p></div>"
        for i in range(6)
    )
    + "</div>"
)


def _ps(texts: list[str]) -> str:
    return "".join(f"<p>{s}</p>" for s in texts)


PAGES = {
    "broadcaster": (
        f"<div class='c1'><div class='c2'><span class='c3'>Stand: 03.12.2026 10:15 Uhr</span><h1>Gemeinderat stimmt für neuen Fährhafen</h1>"
        f"<h2>{LEAD}</h2></div><div class='c4'>{_ps(S[:3])}<h2>{X}</h2>{_ps(S[3:])}"
        "<div class='c9'><p>Über dieses Thema berichtete Radio Beispiel am 3. Dezember 2026 um 10:00 Uhr.</p></div>"
        "<div class='c8'><h2>Mehr zu diesem Thema</h2><ul><li><a href='/a'>Fähren: Neue Linie ab Mai</a></li><li><a href='/b'>Hafen: Streit um Kosten</a></li></ul></div></div></div>",
        [LEAD, *S[:3], X, *S[3:]],
    ),
    "austrian": (
        f"<div class='story'><h1>Gemeinderat stimmt für neuen Fährhafen</h1><p class='x1'>{LEAD}</p><div class='x2'>{_ps(S[:2])}"
        "<div class='x3'><strong>Lesen Sie auch:</strong> <a href='/y'>Hafen in Bregenz wird saniert</a></div>"
        "<div class='x5'><p>Mit Ihrer Zustimmung werden hier externe Inhalte von Instagram geladen. Mehr dazu in unserer Datenschutzerklärung.</p><button>Inhalt laden</button></div>"
        f"{_ps(S[2:4])}<h3>{X}</h3>{_ps(S[4:])}<p>APA/red</p></div>"
        "<div class='x4'><h2>Postings</h2><div><p>Leser1: Das ist doch alles viel zu teuer und keiner braucht den Hafen in dieser Stadt wirklich.</p>"
        "<p>Leser2: Endlich passiert etwas, ich freue mich schon auf die erste Fahrt mit der neuen Fähre im Sommer.</p></div></div></div>",
        [LEAD, *S[:4], X, *S[4:]],
    ),
    "swiss": (
        f"<article><h1>Gemeinderat stimmt für neuen Fährhafen</h1><p class='lead'>{LEAD}</p>"
        "<div class='q'><div class='InfoBox'><h3>Darum gehts</h3><ul><li><p>Der Rat will den Hafen ausbauen.</p></li><li><p>Die Kosten verdoppeln sich.</p></li></ul></div>"
        f"{_ps(S[:3])}<p><strong>Mehr News aus der Region Basel</strong></p>{_ps(S[3:])}<p>(SDA)</p>"
        "<div class='q2'><p>Folgst du schon Beispiel News auf Whatsapp?</p><p>Eine Übersicht am Morgen und am Abend: Abonniere den Whatsapp-Kanal von Beispiel News.</p></div></div></article>",
        [
            LEAD,
            "Darum gehts",
            "Der Rat will den Hafen ausbauen.",
            "Die Kosten verdoppeln sich.",
            *S,
        ],
    ),
    "regional": (
        "<div class='w'><div class='kicker'>Hafenausbau</div><h1>Gemeinderat stimmt für neuen Fährhafen</h1><div class='byl'>Von Jana Beispiel</div>"
        f"<div class='txt'><p><b>Beispielstadt.</b> {LEAD}</p>{_ps(S[:2])}<p>Hier geht's zum Liveblog zur Hafensanierung</p>"
        "<div class='v'><p>Video | So sieht der neue Hafen aus</p><p>01:45 Min.</p></div>"
        f"{_ps(S[2:])}<p>Symbolbild: dpa</p><p>Jana Beispiel ist Redakteurin im Ressort Lokales.</p></div>"
        "<div class='s'><p>Anzeige</p></div></div>",
        ["Beispielstadt. " + LEAD, *S],
    ),
}


@pytest.mark.parametrize("kind", list(PAGES))
def test_a_german_language_page_gives_its_lead_and_text_only(kind: str) -> None:
    inner, want = PAGES[kind]
    html = f"<html lang='de'><head><title>Gemeinderat stimmt für neuen Fährhafen</title></head><body>{NAV}{inner}{TEASERS}{FOOT}</body></html>"
    assert (extract_article(html, URL).body or "").split("\n\n") == want
