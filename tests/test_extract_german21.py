"""Whole invented German-language article pages (Germany, Austria, Switzerland) in the CMS
shapes the region's sites serve: a regional-newspaper platform serving many local titles, public
broadcasters (a "Stand:" line, a topline over the headline, "Mehr zum Thema"), Swiss papers ("ss"
for "ß", «guillemets», "Mio.", "5.12.2026, 10.15 Uhr"), Austrian pages ("Jänner", "APA"),
magazines, agency copy ("dpa", "(dpa/lnw)", "AFP", "KNA", "epd") and paid articles (a teaser,
then "Jetzt weiterlesen mit ..."). Every field of each page is checked: title (Dachzeile and
Spitzmarke kickers, paid badges), authors (pairs, opinion and guest lead-ins, "Text: ...
Fotos: ...", a writer and her place, initials, an agency alone, desk names), published and
modified (the region's date lines), topics ("Themen:", "Schlagworte", tag links), body (picture
captions, "Lesen Sie auch", newsletter boxes, "Anzeige", "Zur Startseite", consent placeholders
for social embeds) and the lead image; then rows of one line each for what the pages found
failing: byline lines holding a date with its weekday or "heute"/"gestern", a publication
label, WordPress's "Veröffentlicht von"; a comment section's disclaimer under the text; a
paragraph classed "teaser" under the headline; guillemet quotes and paid badges in titles; a
writer's name with her initials closing a story. Written for issue 10's twenty-first
session; every site, name, sentence and markup here is made up."""

# ruff: noqa: E501  -- page tables read best one case per line

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest

from newsarchive.extract import extract_article

FETCHED = datetime(2026, 12, 5, 14, 0, tzinfo=UTC)

# paragraphs of made-up reports, by subject
TXT = {
    "bad": [
        "Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die Sanierung des Hallenbads um zwei Jahre zu verschieben, weil die Kosten zuletzt stark gestiegen sind.",
        "Die Verwaltung rechnet inzwischen mit knapp neun Millionen Euro statt der ursprünglich veranschlagten sechs Millionen, vor allem die Technik im Keller sei teurer geworden.",
        "Schwimmvereine und Schulen müssen damit weiter in das Nachbarbad ausweichen, die Busfahrten dorthin zahlt vorerst der Landkreis.",
        "Die Opposition kritisierte den Beschluss scharf und kündigte an, im Frühjahr einen Bürgerantrag für eine schnellere Sanierung einzureichen.",
    ],
    "bahn": [
        "Wegen einer Signalstörung zwischen den beiden Hauptbahnhöfen ist es am Freitagmorgen im Regionalverkehr zu erheblichen Verspätungen gekommen.",
        "Nach Angaben des Bahnunternehmens fielen mehrere Züge im Berufsverkehr ganz aus, Pendler mussten teils über eine Stunde auf Ersatzbusse warten.",
        "Techniker hatten den Fehler gegen Mittag gefunden und behoben, bis zum Abend könne es aber noch zu einzelnen Ausfällen kommen, hieß es.",
        "Der Fahrgastverband forderte erneut mehr Personal für die Instandhaltung und eine bessere Information der Reisenden an den Bahnsteigen.",
    ],
    "zins": [
        "Die Nationalbank hat den Leitzins überraschend um einen Viertelprozentpunkt gesenkt und begründet den Schritt mit der deutlich nachlassenden Teuerung.",
        "Ökonomen hatten mehrheitlich mit einer Pause gerechnet, an der Börse legten die Aktien von Immobilienfirmen nach der Mitteilung kräftig zu.",
        "Für Hypothekarschuldner mit variablen Verträgen dürften die Zinskosten schon im nächsten Quartal sinken, schätzen die Fachleute der Grossbanken.",
        "Der Franken gab gegenüber dem Euro leicht nach, die Exportwirtschaft begrüsste den Entscheid als Entlastung in schwierigen Zeiten.",
    ],
    "gericht": [
        "Im Landesgericht hat am Montag der Prozess gegen einen 51-jährigen Mann begonnen, der über Jahre Pensionisten mit falschen Gewinnversprechen betrogen haben soll.",
        "Der Angeklagte bekannte sich teilweise schuldig, bestritt aber, das Geld für sich selbst verwendet zu haben; ein Urteil wird für Donnerstag erwartet.",
        "Laut Staatsanwaltschaft beläuft sich der Schaden auf mehr als 700.000 Euro, rund dreißig Geschädigte haben sich dem Verfahren als Privatbeteiligte angeschlossen.",
    ],
    "wald": [
        "Der Zustand der Wälder im Bundesland hat sich nach dem feuchten Sommer leicht verbessert, wie aus dem neuen Waldzustandsbericht des Ministeriums hervorgeht.",
        "Dennoch zeigen noch immer mehr als die Hälfte der untersuchten Bäume deutliche Schäden an ihren Kronen, besonders betroffen sind Fichten und Buchen.",
        "Förster setzen beim Umbau der Bestände vermehrt auf Eichen, Douglasien und Esskastanien, die mit Trockenheit besser zurechtkommen sollen.",
        "Naturschutzverbände fordern, mehr alte Bäume stehen zu lassen und größere Flächen ganz aus der Nutzung zu nehmen.",
    ],
    "kirche": [
        "Die katholische Bischofskonferenz hat bei ihrer Herbstversammlung neue Regeln für den Umgang mit Kirchenaustritten beschlossen, die ab Januar gelten sollen.",
        "Künftig sollen Gemeinden ausgetretene Mitglieder aktiv anschreiben und zu einem Gespräch einladen, hieß es zum Abschluss des Treffens.",
        "Der Vorsitzende sprach von einem Signal der Offenheit, Kritiker innerhalb der Kirche halten die Maßnahme dagegen für zu zaghaft.",
    ],
    "handy": [
        "Der Hersteller hat am Dienstag sein neues Smartphone vorgestellt, das mit einem größeren Akku und einer verbesserten Kamera vor allem Vielnutzer ansprechen soll.",
        "Im Test hielt das Gerät bei gemischter Nutzung knapp zwei Tage durch, die Ladezeit von null auf hundert Prozent lag bei rund vierzig Minuten.",
        "Kritik gibt es an der Update-Politik: Sicherheitsaktualisierungen verspricht das Unternehmen nur für fünf Jahre, weniger als manche Konkurrenten.",
        "Wer auf die Kamera verzichten kann, findet beim Vorgängermodell inzwischen ein deutlich besseres Verhältnis von Preis und Leistung.",
    ],
    "fussball": [
        "Im Heimspiel gegen den Tabellenführer lag die Mannschaft schon nach zwölf Minuten mit zwei Toren zurück, kämpfte sich aber vor der Pause wieder heran.",
        "Der Trainer lobte nach dem Schlusspfiff die Moral seiner Spieler und kündigte an, in der kommenden Woche vor allem an der Abwehrarbeit zu feilen.",
        "Mit dem Unentschieden bleibt der Verein auf dem siebten Platz, der Abstand zu den internationalen Rängen beträgt weiterhin vier Punkte.",
    ],
    "wahl": [
        "Bei der Gemeinderatswahl hat die bisherige Bürgermeisterpartei deutlich verloren und kommt nur noch auf knapp ein Drittel der Stimmen.",
        "Die Wahlbeteiligung lag mit 58 Prozent etwas höher als vor fünf Jahren, in den Außenbezirken gingen besonders viele junge Menschen zur Wahl.",
        "Wer künftig die Stadt regiert, ist offen: Für eine Mehrheit braucht jede denkbare Koalition mindestens drei Parteien.",
        "Die Spitzenkandidatin der Grünen sprach von einem historischen Abend und kündigte rasche Gespräche mit allen Fraktionen an.",
    ],
    "kommentar": [
        "Man kann es drehen und wenden, wie man will: Die Verschiebung der Sanierung ist ein Armutszeugnis für eine Stadt, die sich gern als familienfreundlich bezeichnet.",
        "Seit Jahren war bekannt, dass die Technik des Bades am Ende ist, doch statt vorzusorgen, wurde jede Entscheidung auf die nächste Sitzung vertagt.",
        "Leidtragende sind Kinder, die nicht mehr schwimmen lernen, und Vereine, die ihre Mitglieder verlieren, weil die Fahrten ins Nachbarbad zu weit sind.",
    ],
    "reise": [
        "Wer im Winter auf die Insel fährt, erlebt ein anderes Eiland als im Sommer: Die Strände sind leer, die Cafés haben verkürzte Öffnungszeiten und der Wind pfeift.",
        "Gerade diese Ruhe suchen aber immer mehr Gäste, sagt die Tourismusdirektorin, die Übernachtungszahlen im Dezember haben sich in zehn Jahren verdoppelt.",
        "Besonders beliebt sind geführte Wattwanderungen bei Sonnenaufgang, für die man sich allerdings schon Wochen vorher anmelden muss.",
        "Zum Aufwärmen empfiehlt sich danach ein Besuch in einer der kleinen Teestuben im Ortskern, wo es Friesentorte und heißen Punsch gibt.",
    ],
}


def ps(subject: str, idx: tuple[int, ...], cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "".join(f"<p{c}>{TXT[subject][i]}</p>" for i in idx)


def want(subject: str, idx: tuple[int, ...]) -> list[str]:
    return [TXT[subject][i] for i in idx]


def ld(obj: dict[str, Any]) -> str:
    obj = {"@context": "https://schema.org", **obj}
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def meta(prop: str, content: str) -> str:
    kind = "property" if prop.startswith(("og:", "article:")) else "name"
    return f'<meta {kind}="{prop}" content="{content}">'


def header(site: str) -> str:
    return (
        f'<header class="site-header"><a class="logo" href="/"><img src="/img/logo.svg" alt="{site}"></a>'
        '<nav class="main-nav"><ul><li><a href="/lokales">Lokales</a></li><li><a href="/politik">Politik</a></li>'
        '<li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li></ul></nav>'
        '<a class="login" href="/login">Anmelden</a> <a class="abo" href="/abo">Abo</a></header>'
    )


def footer(site: str) -> str:
    return (
        '<footer class="site-footer"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li>'
        f'<li><a href="/agb">AGB</a></li><li><a href="/kontakt">Kontakt</a></li></ul><p>© 2026 {site}. Alle Rechte vorbehalten.</p></footer>'
    )


def doc(lang: str, site: str, head: str, main: str, after: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>'
        f"{header(site)}<main>{main}</main>{after}{footer(site)}</body></html>"
    )


# furniture blocks the regions' sites put in the text
NEWSLETTER = '<div class="newsletter-box"><h3>Der Morgen-Newsletter</h3><p>Die wichtigsten Nachrichten aus der Region jeden Morgen um 6 Uhr in Ihrem Postfach.</p><form><input type="email" placeholder="Ihre E-Mail-Adresse"><button>Jetzt kostenlos abonnieren</button></form></div>'
AD = '<div class="ad-slot"><span class="ad-label">Anzeige</span><div id="ad-medium-rectangle"></div></div>'
HOME = '<p class="back"><a href="/">Zur Startseite</a></p>'
EMBED = '<div class="embed-consent"><p class="embed-consent__title">Externer Inhalt</p><p>An dieser Stelle finden Sie einen Beitrag von X. Um ihn zu sehen, stimmen Sie bitte der Anzeige externer Inhalte zu.</p><button>Externe Inhalte anzeigen</button><p class="small">Dabei können personenbezogene Daten an Drittplattformen übermittelt werden. Mehr dazu in unserer Datenschutzerklärung.</p></div>'
SHARE = '<div class="share-bar"><span>Artikel teilen:</span> <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a> <a href="https://wa.me/?text=x">WhatsApp</a> <a href="mailto:?subject=x">E-Mail</a></div>'


def also(path: str, text: str, label: str = "Lesen Sie auch") -> str:
    return f'<p class="read-also"><strong>{label}:</strong> <a href="{path}">{text}</a></p>'


def fig(src: str, caption: str, credit: str) -> str:
    return (
        f'<figure class="article-image"><img src="{src}" alt="" width="1200" height="675">'
        f'<figcaption><span class="caption">{caption}</span> <span class="credit">{credit}</span></figcaption></figure>'
    )


def tags(words: list[str], label: str = "Themen:", cls: str = "tags") -> str:
    links = "".join(
        f'<li><a href="/thema/{w.lower().replace(" ", "-")}">{w}</a></li>' for w in words
    )
    return f'<div class="{cls}"><span class="tags__label">{label}</span><ul>{links}</ul></div>'


def related(head: str = "Mehr zum Thema") -> str:
    return (
        f'<aside class="related"><h2>{head}</h2><ul>'
        '<li><a href="/lokales/freibad-oeffnet-spaeter-201.html">Freibad öffnet im Mai zwei Wochen später</a></li>'
        '<li><a href="/lokales/haushalt-beschlossen-202.html">Gemeinderat beschließt Haushalt mit Rekordschulden</a></li>'
        "</ul></aside>"
    )


@dataclass
class Page:
    pid: str
    url: str
    html: str
    title: str
    authors: list[str] | None
    published: str | None
    topics: list[str] | None
    body: list[str]
    image: str | None = None
    modified: str | None = None
    # text the body must not hold (furniture)
    absent: list[str] = field(default_factory=list)


PAGES: list[Page] = []


def add(page: Page) -> None:
    PAGES.append(page)


# --- a regional-newspaper platform: one CMS, many local titles --------------------------------


def regio(
    host: str,
    site: str,
    path: str,
    head: str,
    h1: str,
    byline: str,
    dateline: str,
    text: str,
    *,
    after_text: str = "",
    lang: str = "de",
) -> str:
    """The platform's article: a Dachzeile span in the h1, a meta row with byline and date,
    the lead picture, the text, the tag row, the platform's related box."""
    return doc(
        lang,
        site,
        head,
        f'<article class="article-detail" data-id="{path}"><header class="article-detail__header">'
        f'<h1 class="article-detail__title">{h1}</h1>'
        f'<div class="article-detail__meta"><span class="article-detail__author">{byline}</span> '
        f'<span class="article-detail__date">{dateline}</span></div></header>'
        f'<div class="article-detail__body">{text}</div>{after_text}</article>',
        related(),
    )


IMG1 = "https://img.probe-medien.de/2026/12/hallenbad-1200.jpg"
add(
    Page(
        "regio-kicker-two-writers",
        "https://www.musterstadt-kurier.de/lokales/musterstadt/hallenbad-sanierung-verschoben-a-4711.html",
        regio(
            "www.musterstadt-kurier.de",
            "Musterstadt-Kurier",
            "4711",
            "<title>Musterstadt: Gemeinderat verschiebt Sanierung des Hallenbads | Musterstadt-Kurier</title>"
            + meta("og:title", "Gemeinderat verschiebt Sanierung des Hallenbads")
            + meta("og:image", IMG1)
            + meta("og:site_name", "Musterstadt-Kurier")
            + ld(
                {
                    "@type": "NewsArticle",
                    "headline": "Gemeinderat verschiebt Sanierung des Hallenbads",
                    "datePublished": "2026-12-05T10:15:00+01:00",
                    "dateModified": "2026-12-05T12:40:00+01:00",
                    "author": [
                        {"@type": "Person", "name": "Anna Muster"},
                        {"@type": "Person", "name": "Ben Beispiel"},
                    ],
                    "publisher": {"@type": "Organization", "name": "Musterstadt-Kurier"},
                    "keywords": "Hallenbad, Gemeinderat, Musterstadt",
                    "image": {"@type": "ImageObject", "url": IMG1},
                }
            ),
            '<span class="article-detail__kicker">Musterstadt</span> Gemeinderat verschiebt Sanierung des Hallenbads',
            "Von Anna Muster und Ben Beispiel",
            "Veröffentlicht am 05.12.2026 um 10:15 Uhr",
            fig(
                IMG1,
                "Das Hallenbad an der Schulstraße bleibt vorerst, wie es ist.",
                "Foto: Anna Muster",
            )
            + ps("bad", (0, 1))
            + also("/lokales/freibad-201.html", "Freibad öffnet im Mai zwei Wochen später")
            + ps("bad", (2,))
            + NEWSLETTER
            + ps("bad", (3,))
            + AD
            + HOME,
            after_text=tags(["Hallenbad", "Gemeinderat", "Musterstadt"]),
        ),
        "Gemeinderat verschiebt Sanierung des Hallenbads",
        ["Anna Muster", "Ben Beispiel"],
        "2026-12-05T10:15:00+01:00",
        ["Hallenbad", "Gemeinderat", "Musterstadt"],
        want("bad", (0, 1, 2, 3)),
        IMG1,
        "2026-12-05T12:40:00+01:00",
        ["Lesen Sie auch", "Newsletter", "Anzeige", "Startseite", "Foto: Anna Muster"],
    )
)

# the same platform, another local title: agency copy, the dateline in the first paragraph
add(
    Page(
        "regio-dpa-lnw",
        "https://www.talbote-online.de/nrw/bahn-stoerung-pendler-a-5120.html",
        regio(
            "www.talbote-online.de",
            "Talbote",
            "5120",
            "<title>Signalstörung: Pendler warten stundenlang | Talbote</title>"
            + meta("og:title", "Signalstörung: Pendler warten stundenlang")
            + meta("og:image", "https://img.probe-medien.de/2026/12/bahnsteig-1200.jpg")
            + ld(
                {
                    "@type": "NewsArticle",
                    "headline": "Signalstörung: Pendler warten stundenlang",
                    "datePublished": "2026-12-05T09:02:00+01:00",
                    "author": {"@type": "Organization", "name": "dpa"},
                    "publisher": {"@type": "Organization", "name": "Talbote"},
                }
            ),
            '<span class="article-detail__kicker">Signalstörung</span> Pendler warten stundenlang',
            "dpa",
            "Veröffentlicht am 05.12.2026 um 09:02 Uhr",
            f"<p>Düsseldorf (dpa/lnw) - {TXT['bahn'][0]}</p>"
            + ps("bahn", (1, 2, 3))
            + "<p>(dpa/lnw)</p>",
            after_text=tags(["Bahn", "Nordrhein-Westfalen"]),
        ),
        "Signalstörung: Pendler warten stundenlang",
        ["dpa"],
        "2026-12-05T09:02:00+01:00",
        ["Bahn", "Nordrhein-Westfalen"],
        ["Düsseldorf (dpa/lnw) - " + TXT["bahn"][0], *want("bahn", (1, 2, 3))],
        "https://img.probe-medien.de/2026/12/bahnsteig-1200.jpg",
    )
)

# the platform's paid article: a badge in the h1, the teaser, then the offer
add(
    Page(
        "regio-paid-teaser",
        "https://www.talbote-online.de/lokales/wald-zustand-besser-a-5188.html",
        regio(
            "www.talbote-online.de",
            "Talbote",
            "5188",
            "<title>Waldzustand: Bäume erholen sich nach feuchtem Sommer | Talbote</title>"
            + meta("og:title", "Waldzustand: Bäume erholen sich nach feuchtem Sommer")
            + meta("og:image", "https://img.probe-medien.de/2026/12/wald-1200.jpg")
            + ld(
                {
                    "@type": "NewsArticle",
                    "headline": "Waldzustand: Bäume erholen sich nach feuchtem Sommer",
                    "datePublished": "2026-12-04T18:30:00+01:00",
                    "isAccessibleForFree": False,
                    "author": {"@type": "Person", "name": "Carla Probst"},
                }
            ),
            '<span class="badge badge--plus">Talbote+</span> <span class="article-detail__kicker">Waldzustand</span> Bäume erholen sich nach feuchtem Sommer',
            'Von <a href="/autoren/carla-probst">Carla Probst</a>',
            "04.12.2026, 18:30 Uhr",
            ps("wald", (0,), "article-detail__intro")
            + '<div class="paywall-offer"><h3>Jetzt weiterlesen mit Talbote+</h3><p>Alle Artikel aus Ihrer Region lesen – 4 Wochen für 0,99 €.</p><a class="button" href="/abo">Jetzt testen</a><p>Bereits Abonnent? <a href="/login">Hier anmelden</a></p></div>',
        ),
        "Waldzustand: Bäume erholen sich nach feuchtem Sommer",
        ["Carla Probst"],
        "2026-12-04T18:30:00+01:00",
        None,
        want("wald", (0,)),
        "https://img.probe-medien.de/2026/12/wald-1200.jpg",
        None,
        ["weiterlesen", "Abonnent", "0,99"],
    )
)

# the platform with initials only at the end and a desk in the meta row
add(
    Page(
        "regio-desk-initials",
        "https://www.kreisblatt-probe.de/lokales/gemeinderatswahl-ergebnis-a-6001.html",
        regio(
            "www.kreisblatt-probe.de",
            "Kreisblatt",
            "6001",
            "<title>Gemeinderatswahl: Bürgermeisterpartei stürzt ab | Kreisblatt</title>"
            + meta("og:title", "Gemeinderatswahl: Bürgermeisterpartei stürzt ab")
            + meta("og:image", "https://img.probe-medien.de/2026/12/wahl-1200.jpg")
            + meta("keywords", "Gemeinderatswahl, Kommunalpolitik"),
            '<span class="article-detail__kicker">Gemeinderatswahl</span> Bürgermeisterpartei stürzt ab',
            "Online-Redaktion",
            "Sa., 05.12.2026 - 08:45 Uhr",
            ps("wahl", (0, 1, 2, 3)) + "<p>(kbp)</p>",
        ),
        "Gemeinderatswahl: Bürgermeisterpartei stürzt ab",
        # a desk printed with the date credits no one, as "Redaktion 05.12.2026" did; the
        # weekday before the date is no name ("Online-Redaktion Sa" before)
        [],
        "2026-12-05T08:45:00+01:00",
        ["Gemeinderatswahl", "Kommunalpolitik"],
        want("wahl", (0, 1, 2, 3)),
        "https://img.probe-medien.de/2026/12/wahl-1200.jpg",
    )
)

# --- public broadcasters -----------------------------------------------------------------------

add(
    Page(
        "broadcaster-stand-topline",
        "https://www.probeschau.de/inland/bahn-signalstoerung-100.html",
        doc(
            "de",
            "probeschau.de",
            "<title>Signalstörung legt Regionalverkehr lahm | probeschau.de</title>"
            + meta("og:title", "Signalstörung legt Regionalverkehr lahm")
            + meta("og:image", "https://images.probeschau.de/image/bahn-100~_v-original.jpg")
            + meta("keywords", "Bahn, Pendler, Signalstörung")
            + ld(
                {
                    "@type": "NewsArticle",
                    "headline": "Signalstörung legt Regionalverkehr lahm",
                    "datePublished": "2026-12-05T08:12:40+01:00",
                    "dateModified": "2026-12-05T13:05:00+01:00",
                    "author": {"@type": "Organization", "name": "probeschau.de"},
                    "publisher": {"@type": "Organization", "name": "probeschau.de"},
                }
            ),
            '<article class="container"><div class="seitenkopf"><h1 class="seitenkopf__headline">'
            '<span class="seitenkopf__topline">Störung im Bahnverkehr</span> '
            '<span class="seitenkopf__headlinetext">Signalstörung legt Regionalverkehr lahm</span></h1>'
            '<p class="metatextline">Stand: 05.12.2026 13:05 Uhr</p><div class="authorline"><span class="authorline__author">Von <em>Lena Beispiel</em>, SWR</span></div></div>'
            '<p class="textabsatz"><strong>Pendler im Südwesten brauchten am Morgen viel Geduld. Eine Störung legte den Regionalverkehr stundenlang lahm.</strong></p>'
            + "".join(f'<p class="textabsatz">{t}</p>' for t in TXT["bahn"])
            + '<div class="teaser-xs"><h2 class="meldungsfooter__headline">Mehr zum Thema</h2><ul><li><a href="/inland/bahn-streik-101.html">Gewerkschaft droht mit neuem Streik</a></li></ul></div>'
            + '<div class="taglist"><h2>Schlagworte</h2><ul><li><a class="tag-btn" href="/thema/bahn/">Bahn</a></li><li><a class="tag-btn" href="/thema/pendler/">Pendler</a></li><li><a class="tag-btn" href="/thema/signalstoerung/">Signalstörung</a></li></ul></div>'
            + "</article>",
        ),
        "Signalstörung legt Regionalverkehr lahm",
        ["Lena Beispiel"],
        "2026-12-05T08:12:40+01:00",
        ["Bahn", "Pendler", "Signalstörung"],
        [
            "Pendler im Südwesten brauchten am Morgen viel Geduld. Eine Störung legte den Regionalverkehr stundenlang lahm.",
            *TXT["bahn"],
        ],
        "https://images.probeschau.de/image/bahn-100~_v-original.jpg",
        "2026-12-05T13:05:00+01:00",
        ["Gewerkschaft droht"],
    )
)

# an Austrian broadcaster's story page: no author, "(APA)" mark, date line in the footer
add(
    Page(
        "broadcaster-at-footer-date",
        "https://wien.probe-rundfunk.at/stories/3341290/",
        doc(
            "de-AT",
            "wien.PRF.at",
            "<title>Betrugsprozess gegen 51-Jährigen begonnen - wien.PRF.at</title>"
            + meta("og:title", "Betrugsprozess gegen 51-Jährigen begonnen")
            + meta("og:image", "https://ptvthek.probe-rundfunk.at/assets/prozess-3341290.jpg")
            + meta("og:site_name", "wien.PRF.at"),
            '<div class="story"><div class="story-lead"><h1>Betrugsprozess gegen 51-Jährigen begonnen</h1>'
            '<p class="teaser">Am Landesgericht hat ein Prozess um mutmaßlich betrogene Pensionisten begonnen.</p></div>'
            f'<div class="story-content">{ps("gericht", (0, 1, 2))}</div>'
            '<div class="story-meta"><div class="byline"><p>red, wien.PRF.at/Agenturen</p></div>'
            '<div class="date">Publiziert am 04.12.2026</div></div>'
            '<div class="related"><h3>Link:</h3><ul><li><a href="https://www.landesgericht.example/">Landesgericht</a></li></ul></div></div>',
        ),
        "Betrugsprozess gegen 51-Jährigen begonnen",
        None,
        "2026-12-04",
        None,
        [
            "Am Landesgericht hat ein Prozess um mutmaßlich betrogene Pensionisten begonnen.",
            *want("gericht", (0, 1, 2)),
        ],
        "https://ptvthek.probe-rundfunk.at/assets/prozess-3341290.jpg",
    )
)

# a Swiss broadcaster: "Heute, 10:15 Uhr" beside an "Aktualisiert vor 2 Stunden"
add(
    Page(
        "broadcaster-ch-relative",
        "https://www.probe-srg.ch/news/wirtschaft/leitzins-gesenkt-nationalbank-ueberrascht",
        doc(
            "de-CH",
            "PRG",
            "<title>Leitzins gesenkt: Nationalbank überrascht - News - PRG</title>"
            + meta("og:title", "Leitzins gesenkt: Nationalbank überrascht")
            + meta("og:image", "https://www.probe-srg.ch/static/cms/images/960w/zins.jpg")
            + meta("article:published_time", "2026-12-05T10:15:00+01:00")
            + meta("article:modified_time", "2026-12-05T12:00:00+01:00"),
            '<article class="article"><header class="article-header"><h1 class="article-title">'
            '<span class="article-title__overline">Geldpolitik</span><span class="article-title__text">Leitzins gesenkt: Nationalbank überrascht</span></h1>'
            '<p class="article-lead">Die Nationalbank senkt den Leitzins um 0,25 Prozentpunkte. Damit hatten die wenigsten gerechnet.</p>'
            '<div class="article-meta"><span class="article-author">Anna Muster</span> <time datetime="2026-12-05T10:15:00+01:00">Heute, 10:15 Uhr</time> '
            '<span class="article-updated">Aktualisiert vor 2 Stunden</span></div></header>'
            + ps("zins", (0, 1, 2, 3))
            + '<div class="article-box"><h3>Mehr Informationen</h3><p>Die Nationalbank überprüft ihre Geldpolitik viermal im Jahr.</p></div>'
            + "</article>",
        ),
        "Leitzins gesenkt: Nationalbank überrascht",
        ["Anna Muster"],
        "2026-12-05T10:15:00+01:00",
        None,
        [
            "Die Nationalbank senkt den Leitzins um 0,25 Prozentpunkte. Damit hatten die wenigsten gerechnet.",
            *TXT["zins"],
            "Mehr Informationen",
            "Die Nationalbank überprüft ihre Geldpolitik viermal im Jahr.",
        ],
        "https://www.probe-srg.ch/static/cms/images/960w/zins.jpg",
        "2026-12-05T12:00:00+01:00",
    )
)

# --- Swiss papers ------------------------------------------------------------------------------

add(
    Page(
        "ch-paper-guillemets",
        "https://www.probe-zeitung.ch/wirtschaft/zinsentscheid-nationalbank-senkt-ld.1823344",
        doc(
            "de-CH",
            "Probe Zeitung",
            "<title>Zinsentscheid: «Wir mussten handeln» | Probe Zeitung</title>"
            + meta("og:title", "Zinsentscheid: «Wir mussten handeln»")
            + meta("og:image", "https://img.probe-zeitung.ch/2026/12/05/zins.jpeg?width=1200")
            + meta("article:published_time", "2026-12-05T10:15:00.000Z")
            + meta("article:section", "Wirtschaft"),
            '<article><header><p class="headline__kicker">Zinsentscheid</p><h1 class="headline__title">«Wir mussten handeln»</h1>'
            '<p class="headline__lead">Die Nationalbank senkt den Zins erneut. Die Grossbanken rechnen mit 120 Mio. Franken weniger Zinsertrag.</p>'
            '<div class="metainfo"><span class="metainfo__author">Anna Muster, Zürich</span> '
            '<span class="metainfo__date">5.12.2026, 11.15 Uhr</span></div></header>'
            + ps("zins", (0, 1, 2, 3))
            + '<div class="tags"><span>Mehr zum Thema:</span> <a href="/themen/snb">SNB</a> <a href="/themen/geldpolitik">Geldpolitik</a></div>'
            + "</article>",
        ),
        # the og:title's Spitzmarke is set apart above the h1: the h1's quote is the title
        # (before: "Wir mussten handeln»", the opening guillemet taken for a mark)
        "«Wir mussten handeln»",
        ["Anna Muster"],
        "2026-12-05T10:15:00+00:00",
        ["SNB", "Geldpolitik"],
        [
            "Die Nationalbank senkt den Zins erneut. Die Grossbanken rechnen mit 120 Mio. Franken weniger Zinsertrag.",
            *TXT["zins"],
        ],
        "https://img.probe-zeitung.ch/2026/12/05/zins.jpeg?width=1200",
    )
)

# a Swiss regional paper with sda copy and an "Aktualisiert" line
add(
    Page(
        "ch-regional-sda",
        "https://www.probe-tagblatt.ch/schweiz/bahn-stoerung-ld.2619001",
        doc(
            "de-CH",
            "Probe Tagblatt",
            "<title>Bahnstörung: Pendler sitzen fest | Probe Tagblatt</title>"
            + meta("og:title", "Bahnstörung: Pendler sitzen fest")
            + meta("og:image", "https://img.probe-tagblatt.ch/bahn.jpg"),
            "<article><h1>Bahnstörung: Pendler sitzen fest</h1>"
            '<div class="article-meta"><span class="author">sda</span> '
            '<span class="date">05.12.2026, 09.32 Uhr</span> <span class="update">Aktualisiert 05.12.2026, 11.50 Uhr</span></div>'
            + ps("bahn", (0, 1, 2, 3))
            + '<p class="copyright">Copyright © Schweizerische Depeschenagentur. Alle Rechte vorbehalten.</p>'
            + "</article>",
        ),
        "Bahnstörung: Pendler sitzen fest",
        ["sda"],
        "2026-12-05T09:32:00+01:00",
        None,
        want("bahn", (0, 1, 2, 3)),
        "https://img.probe-tagblatt.ch/bahn.jpg",
        "2026-12-05T11:50:00+01:00",
        ["Depeschenagentur"],
    )
)

# a Swiss tabloid portal: "Publiziert: 05.12.2026 um 10:15 Uhr | Aktualisiert: 05.12.2026 um 12:02 Uhr"
add(
    Page(
        "ch-portal-publiziert",
        "https://www.probe-blick.ch/sport/fussball/unentschieden-gegen-leader-id20991.html",
        doc(
            "de-CH",
            "Probeblick",
            "<title>Unentschieden gegen den Leader | Probeblick</title>"
            + meta("og:title", "Unentschieden gegen den Leader")
            + meta("og:image", "https://img.probe-blick.ch/incoming/20991-v2/fussball.jpg"),
            '<article><h1><span class="title-kicker">Moral bewiesen</span> Unentschieden gegen den Leader</h1>'
            '<div class="meta"><p>Publiziert: 05.12.2026 um 10:15 Uhr | Aktualisiert: 05.12.2026 um 12:02 Uhr</p>'
            '<div class="authors"><a href="/autoren/ben-beispiel">Ben Beispiel</a><span class="role">Fussballreporter</span></div></div>'
            + ps("fussball", (0, 1, 2))
            + "</article>",
        ),
        "Unentschieden gegen den Leader",
        ["Ben Beispiel"],
        "2026-12-05T10:15:00+01:00",
        None,
        want("fussball", (0, 1, 2)),
        "https://img.probe-blick.ch/incoming/20991-v2/fussball.jpg",
        "2026-12-05T12:02:00+01:00",
    )
)

# --- Austrian papers ---------------------------------------------------------------------------

add(
    Page(
        "at-paper-jaenner-apa",
        "https://www.probe-standard.at/story/3000000201/prozess-pensionisten-betrug",
        doc(
            "de-AT",
            "Der Probe-Standard",
            "<title>Prozess um Pensionistenbetrug: Angeklagter teilweise geständig - Inland - derprobestandard.at</title>"
            + meta("og:title", "Prozess um Pensionistenbetrug: Angeklagter teilweise geständig")
            + meta("og:image", "https://i.probe-standard.at/img/prozess.jpg"),
            '<article class="story-article"><header><h2 class="article-kicker">Landesgericht</h2>'
            "<h1>Prozess um Pensionistenbetrug: Angeklagter teilweise geständig</h1>"
            '<p class="article-subtitle">Ein 51-Jähriger soll Senioren um 700.000 Euro gebracht haben</p>'
            '<div class="article-byline"><div class="article-origins">APA</div>'
            '<p class="article-pubdate"><time datetime="2026-01-12T11:47">12. Jänner 2026, 11:47</time></p></div></header>'
            + ps("gericht", (0, 1, 2))
            + '<p class="article-origin">(APA, 12.1.2026)</p>'
            + "</article>",
        ),
        "Prozess um Pensionistenbetrug: Angeklagter teilweise geständig",
        ["APA"],
        "2026-01-12T11:47:00+01:00",
        None,
        [
            "Ein 51-Jähriger soll Senioren um 700.000 Euro gebracht haben",
            *want("gericht", (0, 1, 2)),
        ],
        "https://i.probe-standard.at/img/prozess.jpg",
    )
)

# an Austrian regional paper: writer and "red, APA"-style mix, "Jänner" in text only
add(
    Page(
        "at-regional-writer-apa",
        "https://www.probe-nachrichten.at/oberoesterreich/wald-bericht;art4,4011223",
        doc(
            "de-AT",
            "Probe Nachrichten",
            "<title>Waldbericht: Bäume erholen sich leicht | Probe Nachrichten</title>"
            + meta("og:title", "Waldbericht: Bäume erholen sich leicht")
            + meta("og:image", "https://www.probe-nachrichten.at/storage/wald.jpg")
            + ld(
                {
                    "@type": "NewsArticle",
                    "headline": "Waldbericht: Bäume erholen sich leicht",
                    "datePublished": "2026-12-05T06:00:00+01:00",
                    "dateModified": "2026-12-05T09:30:00+01:00",
                    "author": [{"@type": "Person", "name": "Martina Probst"}],
                    "keywords": ["Wald", "Klimawandel", "Oberösterreich"],
                }
            ),
            "<article><h1>Waldbericht: Bäume erholen sich leicht</h1>"
            '<div class="artDetail__meta"><span class="artDetail__author">Von <a href="/autor/martina-probst">Martina Probst</a></span> '
            '<span class="artDetail__date">05. Dezember 2026 - 06:00 Uhr</span></div>'
            + fig(
                "https://www.probe-nachrichten.at/storage/wald.jpg",
                "Fichten leiden besonders unter der Trockenheit.",
                "Bild: APA/Max Probe",
            )
            + ps("wald", (0, 1, 2, 3))
            + '<div class="artDetail__tags"><a href="/tag/wald">Wald</a> <a href="/tag/klimawandel">Klimawandel</a> <a href="/tag/oberoesterreich">Oberösterreich</a></div>'
            + "</article>",
        ),
        "Waldbericht: Bäume erholen sich leicht",
        ["Martina Probst"],
        "2026-12-05T06:00:00+01:00",
        ["Wald", "Klimawandel", "Oberösterreich"],
        want("wald", (0, 1, 2, 3)),
        "https://www.probe-nachrichten.at/storage/wald.jpg",
        "2026-12-05T09:30:00+01:00",
        ["Bild: APA"],
    )
)

# --- agency copy -------------------------------------------------------------------------------

add(
    Page(
        "agency-kna-church",
        "https://www.probe-kirchenzeitung.de/nachrichten/bischofskonferenz-austritte-12345",
        doc(
            "de",
            "Probe Kirchenzeitung",
            "<title>Bischöfe wollen Ausgetretene anschreiben - Probe Kirchenzeitung</title>"
            + meta("og:title", "Bischöfe wollen Ausgetretene anschreiben")
            + meta("og:image", "https://www.probe-kirchenzeitung.de/bilder/bischoefe.jpg"),
            '<article class="news"><h1>Bischöfe wollen Ausgetretene anschreiben</h1>'
            '<p class="news-date">05.12.2026</p>'
            f"<p>Bonn (KNA) {TXT['kirche'][0]}</p>"
            + ps("kirche", (1, 2))
            + '<p class="source">kna</p>'
            + "</article>",
        ),
        "Bischöfe wollen Ausgetretene anschreiben",
        ["KNA"],
        "2026-12-05",
        None,
        ["Bonn (KNA) " + TXT["kirche"][0], *want("kirche", (1, 2))],
        "https://www.probe-kirchenzeitung.de/bilder/bischoefe.jpg",
    )
)

add(
    Page(
        "agency-epd-afp",
        "https://www.probe-sonntagsblatt.de/artikel/kirche/austritte-bischoefe",
        doc(
            "de",
            "Probe Sonntagsblatt",
            "<title>Kirche: Bischöfe wollen Ausgetretene anschreiben | Probe Sonntagsblatt</title>"
            + meta("og:title", "Bischöfe wollen Ausgetretene anschreiben")
            + meta("og:image", "https://www.probe-sonntagsblatt.de/media/bischoefe-1.jpg")
            + meta("article:published_time", "2026-12-05T15:20:00+01:00"),
            "<article><h1>Bischöfe wollen Ausgetretene anschreiben</h1>"
            '<div class="meta">Quelle: epd/AFP</div>' + ps("kirche", (0, 1, 2)) + "</article>",
        ),
        "Bischöfe wollen Ausgetretene anschreiben",
        ["epd", "AFP"],
        "2026-12-05T15:20:00+01:00",
        None,
        want("kirche", (0, 1, 2)),
        "https://www.probe-sonntagsblatt.de/media/bischoefe-1.jpg",
    )
)

# --- magazines ---------------------------------------------------------------------------------

add(
    Page(
        "magazine-text-fotos",
        "https://www.probe-reisemagazin.de/deutschland/nordsee-im-winter",
        doc(
            "de",
            "Probe Reisemagazin",
            "<title>Nordsee im Winter: Die Insel für sich allein | Probe Reisemagazin</title>"
            + meta("og:title", "Nordsee im Winter: Die Insel für sich allein")
            + meta("og:image", "https://cdn.probe-reisemagazin.de/nordsee-winter.jpg")
            + meta("article:published_time", "2026-12-01T07:00:00+01:00")
            + meta("article:tag", "Nordsee")
            + meta("article:tag", "Winterurlaub"),
            '<article class="magazine-story"><header><span class="rubrik">Reise</span>'
            "<h1>Nordsee im Winter: Die Insel für sich allein</h1>"
            '<p class="credits">Text: Jana Beispiel Fotos: Tom Probe</p></header>'
            + ps("reise", (0, 1))
            + fig(
                "https://cdn.probe-reisemagazin.de/watt.jpg",
                "Wattwanderung im Morgenlicht.",
                "Foto: Tom Probe",
            )
            + ps("reise", (2, 3))
            + '<div class="info-box"><h3>Anreise</h3><p>Die Fähre fährt im Winter zweimal täglich, eine Reservierung für Autos ist nötig.</p></div>'
            + "</article>",
        ),
        "Nordsee im Winter: Die Insel für sich allein",
        ["Jana Beispiel"],
        "2026-12-01T07:00:00+01:00",
        ["Nordsee", "Winterurlaub"],
        [
            *TXT["reise"],
            "Anreise",
            "Die Fähre fährt im Winter zweimal täglich, eine Reservierung für Autos ist nötig.",
        ],
        "https://cdn.probe-reisemagazin.de/nordsee-winter.jpg",
        None,
        ["Wattwanderung im Morgenlicht"],
    )
)

add(
    Page(
        "magazine-tech-guest",
        "https://www.probe-technik.de/meinung/smartphone-updates-gastbeitrag-a-887766.html",
        doc(
            "de",
            "Probe Technik",
            "<title>Gastbeitrag: Fünf Jahre Updates sind zu wenig | Probe Technik</title>"
            + meta("og:title", "Fünf Jahre Updates sind zu wenig")
            + meta("og:image", "https://cdn.probe-technik.de/handy-updates.png")
            + ld(
                {
                    "@type": "OpinionNewsArticle",
                    "headline": "Fünf Jahre Updates sind zu wenig",
                    "datePublished": "2026-12-04T16:00:00+01:00",
                    "author": {"@type": "Person", "name": "Dr. Lisa Probe"},
                }
            ),
            '<article><h1><span class="kicker">Gastbeitrag</span> Fünf Jahre Updates sind zu wenig</h1>'
            '<p class="byline">Ein Gastbeitrag von Dr. Lisa Probe</p>'
            '<p class="date">04.12.2026, 16:00 Uhr</p>'
            + ps("handy", (0, 1, 2, 3))
            + '<p class="author-info"><em>Dr. Lisa Probe ist Informatikerin und forscht an der Universität Probstadt zu IT-Sicherheit.</em></p>'
            + "</article>",
        ),
        "Fünf Jahre Updates sind zu wenig",
        ["Dr. Lisa Probe"],
        "2026-12-04T16:00:00+01:00",
        None,
        want("handy", (0, 1, 2, 3)),
        "https://cdn.probe-technik.de/handy-updates.png",
    )
)

# a news magazine's opinion: "Ein Kommentar von", a paid badge in the og:title
add(
    Page(
        "magazine-comment-plus",
        "https://www.probe-spiegel.de/politik/hallenbad-kommentar-a-1234-5678.html",
        doc(
            "de",
            "PROBE SPIEGEL",
            "<title>(S+) Hallenbad-Debakel: Ein Armutszeugnis - PROBE SPIEGEL</title>"
            + meta("og:title", "(S+) Hallenbad-Debakel: Ein Armutszeugnis")
            + meta("og:image", "https://cdn.probe-spiegel.de/images/hallenbad-kommentar.jpg")
            + meta("date", "2026-12-05T17:40:00+01:00")
            + meta("news_keywords", "Hallenbad, Kommunalpolitik"),
            '<article><header><h2><span class="kicker">Hallenbad-Debakel</span> <span class="headline">Ein Armutszeugnis</span></h2></header>'
            '<div class="lead">Die Verschiebung der Sanierung zeigt, wie wenig die Stadt an Familien denkt.</div>'
            '<div class="author-line">Ein Kommentar von <a href="/impressum/autor-1">Hanna Beispiel</a></div>'
            + ps("kommentar", (0, 1, 2))
            + "</article>",
        ),
        "Hallenbad-Debakel: Ein Armutszeugnis",
        ["Hanna Beispiel"],
        "2026-12-05T17:40:00+01:00",
        ["Hallenbad", "Kommunalpolitik"],
        [
            "Die Verschiebung der Sanierung zeigt, wie wenig die Stadt an Familien denkt.",
            *TXT["kommentar"],
        ],
        "https://cdn.probe-spiegel.de/images/hallenbad-kommentar.jpg",
    )
)

# --- news portals ------------------------------------------------------------------------------

add(
    Page(
        "portal-erstellt-dot-time",
        "https://www.probe-merkur.de/lokales/musterstadt/hallenbad-sanierung-zr-93001234.html",
        doc(
            "de",
            "Probe Merkur",
            "<title>Hallenbad-Sanierung verschoben – Vereine sind entsetzt</title>"
            + meta("og:title", "Hallenbad-Sanierung verschoben – Vereine sind entsetzt")
            + meta(
                "og:image", "https://www.probe-merkur.de/bilder/2026/12/05/93001234/hallenbad.jpg"
            ),
            '<article class="id-Article"><p class="id-StoryElement-kicker">Musterstadt</p>'
            '<h1 class="id-StoryElement-headline">Hallenbad-Sanierung verschoben – Vereine sind entsetzt</h1>'
            '<p class="id-StoryElement-timestamp">Erstellt: 05.12.2026, 10.15 Uhr</p>'
            '<p class="id-StoryElement-author">Von: <a href="/autoren/anna-muster">Anna Muster</a></p>'
            '<p class="id-StoryElement-leadText">Der Gemeinderat schiebt die Sanierung auf. Schwimmvereine fürchten um ihre Mitglieder.</p>'
            + ps("bad", (0, 1, 2, 3), "id-StoryElement-paragraph")
            + '<p class="id-StoryElement-paragraph"><a href="/lokales/">Mehr News aus Musterstadt lesen Sie hier.</a></p>'
            + "</article>",
        ),
        "Hallenbad-Sanierung verschoben – Vereine sind entsetzt",
        ["Anna Muster"],
        "2026-12-05T10:15:00+01:00",
        None,
        [
            "Der Gemeinderat schiebt die Sanierung auf. Schwimmvereine fürchten um ihre Mitglieder.",
            *TXT["bad"],
        ],
        "https://www.probe-merkur.de/bilder/2026/12/05/93001234/hallenbad.jpg",
        None,
        ["Mehr News aus"],
    )
)

add(
    Page(
        "portal-embed-consent",
        "https://www.probe-online.de/sport/fussball/moral-bewiesen-id100234567.html",
        doc(
            "de",
            "probe-online",
            "<title>Moral bewiesen: Remis gegen den Spitzenreiter | probe-online</title>"
            + meta("og:title", "Moral bewiesen: Remis gegen den Spitzenreiter")
            + meta("og:image", "https://images.probe-online.de/fussball-remis.jpg")
            + ld(
                {
                    "@type": "NewsArticle",
                    "headline": "Moral bewiesen: Remis gegen den Spitzenreiter",
                    "datePublished": "2026-12-05T20:31:00+01:00",
                    "author": [{"@type": "Person", "name": "Ben Beispiel"}],
                }
            ),
            "<article><h1>Moral bewiesen: Remis gegen den Spitzenreiter</h1>"
            '<div class="byline">Ben Beispiel <time datetime="2026-12-05T20:31:00+01:00">05.12.2026 - 20:31 Uhr</time></div>'
            + ps("fussball", (0,))
            + EMBED
            + ps("fussball", (1, 2))
            + SHARE
            + '<div class="topics"><h3>Themen</h3><a href="/themen/bundesliga/">Bundesliga</a><a href="/themen/fussball/">Fußball</a></div>'
            + "</article>",
        ),
        "Moral bewiesen: Remis gegen den Spitzenreiter",
        ["Ben Beispiel"],
        "2026-12-05T20:31:00+01:00",
        ["Bundesliga", "Fußball"],
        want("fussball", (0, 1, 2)),
        "https://images.probe-online.de/fussball-remis.jpg",
        None,
        ["Externer Inhalt", "Datenschutz", "teilen"],
    )
)

# a portal's tech story: "Aktualisiert: vor 2 Stunden" under a dated publication
add(
    Page(
        "portal-updated-relative",
        "https://www.probe-chip.de/news/smartphone-test-akku_198765.html",
        doc(
            "de",
            "PROBE CHIP",
            "<title>Neues Smartphone im Test: Akku hält zwei Tage - PROBE CHIP</title>"
            + meta("og:title", "Neues Smartphone im Test: Akku hält zwei Tage")
            + meta("og:image", "https://i.probe-chip.de/handy-test.jpg"),
            "<article><h1>Neues Smartphone im Test: Akku hält zwei Tage</h1>"
            '<div class="meta"><span class="author">Von Max Muster</span> '
            '<span class="published">Veröffentlicht: 04.12.2026 18:00</span> '
            '<span class="updated">Aktualisiert: vor 2 Stunden</span></div>'
            + ps("handy", (0, 1, 2, 3))
            + '<div class="affiliate"><span>Anzeige</span><p>Das Smartphone jetzt bei Händler X ab 699 Euro kaufen</p></div>'
            + "</article>",
        ),
        "Neues Smartphone im Test: Akku hält zwei Tage",
        ["Max Muster"],
        "2026-12-04T18:00:00+01:00",
        None,
        want("handy", (0, 1, 2, 3)),
        "https://i.probe-chip.de/handy-test.jpg",
        "2026-12-05T12:00:00+00:00",
        ["699 Euro"],
    )
)

# a national paper: "Dachzeile" paragraph above the h1, og:title with it, author cards.
# The title is the h1's headline alone, although og:title and the JSON-LD headline agree on
# "Dachzeile: headline". Looked-at evidence (dev and world minus kept-aside, session 21): every
# page whose metadata title is "X: H" (or "X | H") while its h1 is H alone, with X printed in its
# own element just above the h1 in the same header, expects H -- 3 of 3 pages, 3 publishers, 3
# languages (a German one with an h2 over the h1 and "X | H" in og:title, a Norwegian one with a
# kicker div and "X: H" in the JSON-LD headline, an English one with a kicker div and "X: H" in
# twitter:title). In each, one metadata title holds X and the others H; no looked-at page has
# them all agree on X with X outside the h1, and none expects the kicker when it sits there.
# When the kicker is inside the h1 (a span) the answers keep it (row "de-spitzmarke-in-h1-og-same";
# the same German publisher expects "X / H" there), so the h1's edge decides, not the metadata.
add(
    Page(
        "national-dachzeile-og",
        "https://www.probe-allgemeine.de/politik/inland/gemeinderatswahl-analyse-110123456.html",
        doc(
            "de",
            "PAZ",
            "<title>Gemeinderatswahl: Warum die Bürgermeisterpartei verlor | PAZ</title>"
            + meta("og:title", "Gemeinderatswahl: Warum die Bürgermeisterpartei verlor")
            + meta("og:image", "https://media0.probe-allgemeine.de/wahl-analyse.jpg")
            + ld(
                {
                    "@type": "NewsArticle",
                    "headline": "Gemeinderatswahl: Warum die Bürgermeisterpartei verlor",
                    "datePublished": "2026-12-05T19:00:00+01:00",
                    "author": [
                        {
                            "@type": "Person",
                            "name": "Anna Muster",
                            "url": "https://www.probe-allgemeine.de/autor/anna-muster",
                        },
                        {
                            "@type": "Person",
                            "name": "Ben Beispiel",
                            "url": "https://www.probe-allgemeine.de/autor/ben-beispiel",
                        },
                    ],
                }
            ),
            '<article><header><div class="atc-Header"><span class="atc-HeadlineEmphasis">Gemeinderatswahl</span>'
            '<h1 class="atc-HeadlineText">Warum die Bürgermeisterpartei verlor</h1></div>'
            '<div class="atc-Meta"><a class="atc-MetaAuthorLink" href="/autor/anna-muster">Anna Muster</a>, '
            '<a class="atc-MetaAuthorLink" href="/autor/ben-beispiel">Ben Beispiel</a>'
            '<time class="atc-MetaTime" datetime="2026-12-05T19:00:00+01:00">05.12.2026-19:00</time></div></header>'
            + ps("wahl", (0, 1, 2, 3))
            + '<div class="atc-Footer"><p>Quelle: PAZ.NET</p></div>'
            + "</article>",
        ),
        "Warum die Bürgermeisterpartei verlor",
        ["Anna Muster", "Ben Beispiel"],
        "2026-12-05T19:00:00+01:00",
        None,
        want("wahl", (0, 1, 2, 3)),
        "https://media0.probe-allgemeine.de/wahl-analyse.jpg",
    )
)

# a regional paper without og:image: the lead picture is the first figure in the article
add(
    Page(
        "regional-figure-image-no-og",
        "https://www.probe-volksstimme.de/lokal/wald/waldbericht-3344556",
        doc(
            "de",
            "Probe Volksstimme",
            "<title>Waldbericht: Fichten leiden weiter | Probe Volksstimme</title>",
            "<article><h1>Waldbericht: Fichten leiden weiter</h1>"
            '<div class="meta"><span>Von Ralf Probe</span> · <span>05.12.2026, 07:30 Uhr</span></div>'
            + '<figure class="lead-image"><picture><source srcset="/img/wald-fichten-800.webp 800w, /img/wald-fichten-1600.webp 1600w" type="image/webp">'
            '<img src="/img/wald-fichten-800.jpg" alt="Kranke Fichten"></picture><figcaption>Kranke Fichten im Forst. Foto: Ralf Probe</figcaption></figure>'
            + ps("wald", (0, 1, 2, 3))
            + '<p class="author-short">(rp)</p>'
            + "</article>",
        ),
        "Waldbericht: Fichten leiden weiter",
        ["Ralf Probe"],
        "2026-12-05T07:30:00+01:00",
        None,
        want("wald", (0, 1, 2, 3)),
        "https://www.probe-volksstimme.de/img/wald-fichten-800.jpg",
        None,
        ["Kranke Fichten im Forst"],
    )
)

# a local weekly: date as "Sa., 05.12.2026" and a "Redaktion" desk as the only credit
add(
    Page(
        "weekly-weekday-date-desk",
        "https://www.probe-wochenblatt.de/musterstadt/c-lokales/hallenbad-bleibt-zu_a123456",
        doc(
            "de",
            "Probe Wochenblatt",
            "<title>Hallenbad bleibt vorerst, wie es ist - Musterstadt - Probe Wochenblatt</title>"
            + meta("og:title", "Hallenbad bleibt vorerst, wie es ist")
            + meta(
                "og:image", "https://media04.probe-wochenblatt.de/article/2026/12/05/hallenbad.jpg"
            ),
            "<article><h1>Hallenbad bleibt vorerst, wie es ist</h1>"
            '<div class="article-head"><span class="author-name">Redaktion</span>'
            '<span class="date">Sa., 05.12.2026</span></div>'
            + ps("bad", (0, 1, 2))
            + '<div class="tags"><b>Schlagworte:</b> <a href="/tag/hallenbad">Hallenbad</a>, <a href="/tag/musterstadt">Musterstadt</a></div>'
            + "</article>",
        ),
        "Hallenbad bleibt vorerst, wie es ist",
        ["Redaktion"],
        "2026-12-05",
        ["Hallenbad", "Musterstadt"],
        want("bad", (0, 1, 2)),
        "https://media04.probe-wochenblatt.de/article/2026/12/05/hallenbad.jpg",
    )
)

# a portal that names its desk "Newsdesk" with the agency after it
add(
    Page(
        "portal-newsdesk-afp",
        "https://www.probe-news.at/welt/kirche-austritte-briefe/401234567",
        doc(
            "de-AT",
            "probenews.at",
            "<title>Kirche will Ausgetretene anschreiben | probenews.at</title>"
            + meta("og:title", "Kirche will Ausgetretene anschreiben")
            + meta("og:image", "https://image.probe-news.at/images/kirche.jpg")
            + meta("article:published_time", "2026-12-05T13:10:00+01:00"),
            "<article><h1>Kirche will Ausgetretene anschreiben</h1>"
            '<div class="article-meta"><span class="author">Newsdesk</span> | <span class="agency">AFP</span></div>'
            + ps("kirche", (0, 1, 2))
            + "</article>",
        ),
        "Kirche will Ausgetretene anschreiben",
        ["AFP"],
        "2026-12-05T13:10:00+01:00",
        None,
        want("kirche", (0, 1, 2)),
        "https://image.probe-news.at/images/kirche.jpg",
    )
)

# a paid national article: "F+" badge in the h1, teaser and "Jetzt weiterlesen" offer box
add(
    Page(
        "national-paid-badge",
        "https://www.probe-faz.de/aktuell/wirtschaft/leitzins-gesenkt-1100223344.html",
        doc(
            "de",
            "PAZ",
            "<title>Leitzins gesenkt: Was Sparer jetzt wissen müssen</title>"
            + meta("og:title", "F+ Leitzins gesenkt: Was Sparer jetzt wissen müssen")
            + meta("og:image", "https://media1.probe-faz.de/zins-sparer.jpg")
            + ld(
                {
                    "@type": "NewsArticle",
                    "headline": "Leitzins gesenkt: Was Sparer jetzt wissen müssen",
                    "datePublished": "2026-12-05T11:45:00+01:00",
                    "author": {"@type": "Person", "name": "Karl Probe"},
                    "isAccessibleForFree": "False",
                }
            ),
            '<article><h1><span class="badge-plus">F+</span><span class="kicker">Leitzins gesenkt:</span> Was Sparer jetzt wissen müssen</h1>'
            '<p class="author">Von Karl Probe, Frankfurt</p>'
            '<p class="time">05.12.2026, 11:45</p>'
            + ps("zins", (0,))
            + '<div class="paywall"><p>Jetzt weiterlesen mit F+</p><p>Zugang zu allen Artikeln – 30 Tage kostenlos testen.</p><a href="/plus">Jetzt F+ lesen</a></div>'
            + "</article>",
        ),
        "Leitzins gesenkt: Was Sparer jetzt wissen müssen",
        ["Karl Probe"],
        "2026-12-05T11:45:00+01:00",
        None,
        want("zins", (0,)),
        "https://media1.probe-faz.de/zins-sparer.jpg",
        None,
        ["weiterlesen", "kostenlos"],
    )
)

# a Swiss paper: "Mio." amounts, ss-spelling, date in "5.12.2026" with no time, AFP/sda credit
add(
    Page(
        "ch-afp-sda-date-only",
        "https://www.probe-anzeiger.ch/ausland/kirche-austritte-123456789",
        doc(
            "de-CH",
            "Probe-Anzeiger",
            "<title>Kirche will Ausgetretene anschreiben | Probe-Anzeiger</title>"
            + meta("og:title", "Kirche will Ausgetretene anschreiben")
            + meta("og:image", "https://cdn.probe-anzeiger.ch/kirche.jpg"),
            "<article><h1>Kirche will Ausgetretene anschreiben</h1>"
            '<div class="byline"><span>AFP/sda</span></div>'
            '<div class="datetime">Publiziert: 5.12.2026</div>'
            + ps("kirche", (0, 1))
            + "<p>Die Kirche nahm im vergangenen Jahr rund 12 Mio. Franken weniger Kirchensteuer ein, heisst es in der Mitteilung.</p>"
            + "</article>",
        ),
        "Kirche will Ausgetretene anschreiben",
        ["AFP", "sda"],
        "2026-12-05",
        None,
        [
            *want("kirche", (0, 1)),
            "Die Kirche nahm im vergangenen Jahr rund 12 Mio. Franken weniger Kirchensteuer ein, heisst es in der Mitteilung.",
        ],
        "https://cdn.probe-anzeiger.ch/kirche.jpg",
    )
)

# a broadcaster's regional page: author line after the text, "Stand:" with a weekday
add(
    Page(
        "broadcaster-regional-author-after",
        "https://www.probe-br.de/nachrichten/bayern/waldbericht-fichten,UAbc123",
        doc(
            "de",
            "PR24",
            "<title>Waldbericht: Fichten leiden weiter | PR24</title>"
            + meta("og:title", "Waldbericht: Fichten leiden weiter")
            + meta("og:image", "https://img.probe-br.de/wald-fichten.jpg"),
            '<article><header><p class="topline">Waldzustand</p><h1>Waldbericht: Fichten leiden weiter</h1>'
            '<p class="stand">Stand: Samstag, 05.12.2026, 07:30 Uhr</p></header>'
            + ps("wald", (0, 1, 2, 3))
            + '<p class="author">Von Ralf Probe</p>'
            + '<div class="teaser-list"><h2>Mehr zum Thema</h2><ul><li><a href="/nachrichten/klima-1">Klima: Der Sommer war zu warm</a></li></ul></div>'
            + "</article>",
        ),
        "Waldbericht: Fichten leiden weiter",
        ["Ralf Probe"],
        "2026-12-05T07:30:00+01:00",
        None,
        want("wald", (0, 1, 2, 3)),
        "https://img.probe-br.de/wald-fichten.jpg",
        None,
        ["Der Sommer war zu warm"],
    )
)


# --- more shapes, built from one article frame -------------------------------------------------


def frame(
    pid: str,
    url: str,
    lang: str,
    site: str,
    head: str,
    top: str,
    text: str,
    end: str = "",
    *,
    title: str,
    authors: list[str] | None,
    published: str | None,
    topics: list[str] | None,
    body: list[str],
    image: str | None = None,
    modified: str | None = None,
    absent: tuple[str, ...] = (),
) -> None:
    """A page whose <article> holds `top` (heading, meta rows), `text` and `end` (the rows
    after the text): the shape most of the region's CMSs share."""
    add(
        Page(
            pid,
            url,
            doc(lang, site, head, f"<article>{top}{text}{end}</article>"),
            title,
            authors,
            published,
            topics,
            body,
            image,
            modified,
            list(absent),
        )
    )


def og(title: str, image: str | None = None, tab: str | None = None) -> str:
    out = f"<title>{tab or title}</title>" + meta("og:title", title)
    return out + (meta("og:image", image) if image else "")


# two Swiss writers, each with her place, and «guillemets» in the text
frame(
    "ch-two-writers-places",
    "https://www.probe-bund.ch/schweiz/zinsen-hypotheken-881234",
    "de-CH",
    "Probe Bund",
    og(
        "Tiefere Zinsen: Was Hausbesitzer jetzt tun sollten",
        "https://www.probe-bund.ch/img/haus.jpg",
        "Tiefere Zinsen: Was Hausbesitzer jetzt tun sollten | Probe Bund",
    ),
    "<h1>Tiefere Zinsen: Was Hausbesitzer jetzt tun sollten</h1>"
    '<div class="byline">Anna Muster, Zürich, und Ben Beispiel, Bern</div>'
    '<div class="date">Publiziert: 05.12.2026, 06.00 Uhr</div>',
    ps("zins", (0, 1, 2))
    + "<p>«Wer jetzt eine Festhypothek abschliesst, sollte die Laufzeit gut überlegen», sagt eine Beraterin der Kantonalbank.</p>",
    title="Tiefere Zinsen: Was Hausbesitzer jetzt tun sollten",
    authors=["Anna Muster", "Ben Beispiel"],
    published="2026-12-05T06:00:00+01:00",
    topics=None,
    body=[
        *want("zins", (0, 1, 2)),
        "«Wer jetzt eine Festhypothek abschliesst, sollte die Laufzeit gut überlegen», sagt eine Beraterin der Kantonalbank.",
    ],
    image="https://www.probe-bund.ch/img/haus.jpg",
)

# a writer with her initials in brackets, the initials again at the end
frame(
    "de-writer-initials-both",
    "https://www.probe-rundschau.de/region/wald-bericht-91234567.html",
    "de",
    "Probe Rundschau",
    og("Waldbericht: Buchen schwächeln", "https://www.probe-rundschau.de/bilder/buche.jpg"),
    "<h1>Waldbericht: Buchen schwächeln</h1>"
    '<p class="article-author">Von Martina Probst (mpr)</p>'
    '<p class="article-date"><time>05.12.2026, 11:00 Uhr</time></p>',
    ps("wald", (0, 1, 2, 3)) + "<p>(mpr)</p>",
    title="Waldbericht: Buchen schwächeln",
    authors=["Martina Probst"],
    published="2026-12-05T11:00:00+01:00",
    topics=None,
    body=want("wald", (0, 1, 2, 3)),
    image="https://www.probe-rundschau.de/bilder/buche.jpg",
)

# a writer and an agency in one line, "Anna Muster, dpa"
frame(
    "de-writer-and-dpa",
    "https://www.probe-abendblatt.de/wirtschaft/article2611234/handy-test.html",
    "de",
    "Probe Abendblatt",
    og("Handy im Test: Zwei Tage Akku", "https://img.probe-abendblatt.de/handy.jpg")
    + meta("article:published_time", "2026-12-05T07:15:00+01:00"),
    '<h1>Handy im Test: Zwei Tage Akku</h1><div class="author">Jan Beispiel, dpa</div>',
    ps("handy", (0, 1, 2)),
    title="Handy im Test: Zwei Tage Akku",
    authors=["Jan Beispiel", "dpa"],
    published="2026-12-05T07:15:00+01:00",
    topics=None,
    body=want("handy", (0, 1, 2)),
    image="https://img.probe-abendblatt.de/handy.jpg",
)

# agency only, named after the text ("Quelle: dpa") and a "Von dpa" byline
frame(
    "de-von-dpa-quelle",
    "https://www.probe-nachrichten.de/politik/wahl-ergebnis-100.html",
    "de",
    "Probe Nachrichten",
    og("Gemeinderatswahl: Grüne vorn", "https://www.probe-nachrichten.de/img/wahl.jpg")
    + meta("article:published_time", "2026-12-05T22:40:00+01:00"),
    '<h1>Gemeinderatswahl: Grüne vorn</h1><p class="byline">Von dpa</p>',
    ps("wahl", (0, 1, 2, 3)),
    '<p class="source">Quelle: dpa</p>',
    title="Gemeinderatswahl: Grüne vorn",
    authors=["dpa"],
    published="2026-12-05T22:40:00+01:00",
    topics=None,
    body=want("wahl", (0, 1, 2, 3)),
    image="https://www.probe-nachrichten.de/img/wahl.jpg",
    absent=("Quelle",),
)

# agency initials at the end "(AFP/dpa/jm)" only
frame(
    "de-agencies-initials-end",
    "https://www.probe-tagblatt.de/welt/kirche-austritte-55667788.html",
    "de",
    "Probe Tagblatt",
    og("Bischöfe setzen auf Briefe an Ausgetretene", "https://www.probe-tagblatt.de/img/kirche.jpg")
    + meta("article:published_time", "2026-12-05T16:00:00+01:00"),
    "<h1>Bischöfe setzen auf Briefe an Ausgetretene</h1>",
    ps("kirche", (0, 1, 2)) + "<p>(AFP/dpa/jm)</p>",
    title="Bischöfe setzen auf Briefe an Ausgetretene",
    authors=["AFP", "dpa"],
    published="2026-12-05T16:00:00+01:00",
    topics=None,
    body=want("kirche", (0, 1, 2)),
    image="https://www.probe-tagblatt.de/img/kirche.jpg",
)

# "Text und Fotos: ..." on a magazine
frame(
    "magazine-text-und-fotos",
    "https://www.probe-landleben.de/reisen/insel-im-winter",
    "de",
    "Probe Landleben",
    og("Eine Insel im Winterschlaf", "https://www.probe-landleben.de/media/insel.jpg")
    + meta("article:published_time", "2026-11-28T09:00:00+01:00"),
    '<h1>Eine Insel im Winterschlaf</h1><p class="credits">Text und Fotos: Jana Beispiel</p>',
    ps("reise", (0, 1, 2, 3)),
    title="Eine Insel im Winterschlaf",
    authors=["Jana Beispiel"],
    published="2026-11-28T09:00:00+01:00",
    topics=None,
    body=want("reise", (0, 1, 2, 3)),
    image="https://www.probe-landleben.de/media/insel.jpg",
)

# guest piece with a doctor title, no JSON-LD
frame(
    "de-gastbeitrag-prof",
    "https://www.probe-handelsblatt.de/meinung/gastbeitraege/zinsen-gastbeitrag/100212345.html",
    "de",
    "Probe Handelsblatt",
    og("Gastbeitrag: Die Zinswende kommt zu spät", "https://www.probe-handelsblatt.de/img/zins.jpg")
    + meta("article:published_time", "2026-12-05T05:00:00+01:00"),
    "<h1>Gastbeitrag: Die Zinswende kommt zu spät</h1>"
    '<div class="author">Gastbeitrag von Prof. Dr. Karl Beispiel</div>',
    ps("zins", (0, 1, 2, 3)),
    '<p class="author-bio"><em>Der Autor ist Professor für Volkswirtschaft an der Universität Probstadt.</em></p>',
    title="Gastbeitrag: Die Zinswende kommt zu spät",
    authors=["Prof. Dr. Karl Beispiel"],
    published="2026-12-05T05:00:00+01:00",
    topics=None,
    body=want("zins", (0, 1, 2, 3)),
    image="https://www.probe-handelsblatt.de/img/zins.jpg",
)

# an Austrian byline with the date after a bar: "Von Anna Muster | 12. Jänner 2026, 06:00"
frame(
    "at-byline-bar-jaenner",
    "https://www.probe-kurier.at/chronik/wien/betrug-pensionisten/402345678",
    "de-AT",
    "probe-kurier.at",
    og("Pensionisten betrogen: Prozess beginnt", "https://image.probe-kurier.at/prozess.jpg"),
    "<h1>Pensionisten betrogen: Prozess beginnt</h1>"
    '<div class="article-meta">Von Anna Muster | 12. Jänner 2026, 06:00</div>',
    ps("gericht", (0, 1, 2)),
    title="Pensionisten betrogen: Prozess beginnt",
    authors=["Anna Muster"],
    published="2026-01-12T06:00:00+01:00",
    topics=None,
    body=want("gericht", (0, 1, 2)),
    image="https://image.probe-kurier.at/prozess.jpg",
)

# an Austrian broadcaster's "red, PRF.at/Agenturen": the desk and the agencies, no writer
frame(
    "at-red-agenturen",
    "https://probe-rundfunk.at/stories/3341999/",
    "de-AT",
    "PRF.at",
    og("Waldzustand leicht verbessert", "https://probe-rundfunk.at/static/images/wald.jpg")
    + meta("article:published_time", "2026-12-05T08:03:00+01:00"),
    "<h1>Waldzustand leicht verbessert</h1>",
    ps("wald", (0, 1, 2)),
    '<div class="byline"><p>red, PRF.at/Agenturen</p></div>',
    title="Waldzustand leicht verbessert",
    authors=None,
    published="2026-12-05T08:03:00+01:00",
    topics=None,
    body=want("wald", (0, 1, 2)),
    image="https://probe-rundfunk.at/static/images/wald.jpg",
    absent=("Agenturen",),
)

# Swiss date with a dot in the time and "Aktualisiert vor 45 Minuten" only as a modified line
frame(
    "ch-stand-dot-time",
    "https://www.probe-landbote.ch/region/hallenbad-12345678",
    "de-CH",
    "Probe Landbote",
    og("Hallenbad: Sanierung wird verschoben", "https://www.probe-landbote.ch/img/bad.jpg"),
    "<h1>Hallenbad: Sanierung wird verschoben</h1>"
    '<div class="meta"><span class="author">Lea Probst</span> <span class="date">Stand: 5.12.2026, 10.15 Uhr</span></div>',
    ps("bad", (0, 1, 2, 3)),
    title="Hallenbad: Sanierung wird verschoben",
    authors=["Lea Probst"],
    published="2026-12-05T10:15:00+01:00",
    topics=None,
    body=want("bad", (0, 1, 2, 3)),
    image="https://www.probe-landbote.ch/img/bad.jpg",
)

# "Zuletzt aktualisiert" printed before "Veröffentlicht", both with "am ... um ..."
frame(
    "de-updated-before-published",
    "https://www.probe-post.de/lokales/bahn-stoerung-123456.html",
    "de",
    "Probe Post",
    og("Signalstörung: Pendler warten auf Busse", "https://www.probe-post.de/img/bus.jpg"),
    "<h1>Signalstörung: Pendler warten auf Busse</h1>"
    '<div class="dates"><p>Zuletzt aktualisiert am 05.12.2026 um 12:31 Uhr</p><p>Veröffentlicht am 05.12.2026 um 07:48 Uhr</p></div>'
    '<p class="author">Von Tom Probe</p>',
    ps("bahn", (0, 1, 2, 3)),
    title="Signalstörung: Pendler warten auf Busse",
    authors=["Tom Probe"],
    published="2026-12-05T07:48:00+01:00",
    topics=None,
    body=want("bahn", (0, 1, 2, 3)),
    image="https://www.probe-post.de/img/bus.jpg",
    modified="2026-12-05T12:31:00+01:00",
)

# the weekday written out: "Samstag, 05.12.2026, 10:15 Uhr" in the byline row
frame(
    "de-weekday-long-in-byline",
    "https://www.probe-bote.de/sport/remis-gegen-spitzenreiter-a-998877",
    "de",
    "Probe Bote",
    og("Remis gegen den Spitzenreiter", "https://www.probe-bote.de/img/fussball.jpg"),
    "<h1>Remis gegen den Spitzenreiter</h1>"
    '<div class="byline">Ben Beispiel, Samstag, 05.12.2026, 10:15 Uhr</div>',
    ps("fussball", (0, 1, 2)),
    title="Remis gegen den Spitzenreiter",
    authors=["Ben Beispiel"],
    published="2026-12-05T10:15:00+01:00",
    topics=None,
    body=want("fussball", (0, 1, 2)),
    image="https://www.probe-bote.de/img/fussball.jpg",
)

# topics under a heading "Themen in diesem Artikel" and an "Anzeige" product box in the text
frame(
    "de-topics-heading-product-ad",
    "https://www.probe-computer.de/news/smartphone-akku-test-12345.html",
    "de",
    "Probe Computer",
    og(
        "Smartphone-Test: Akku stark, Updates schwach",
        "https://www.probe-computer.de/img/handy.jpg",
    )
    + meta("article:published_time", "2026-12-04T12:00:00+01:00"),
    '<h1>Smartphone-Test: Akku stark, Updates schwach</h1><p class="author">Von Max Muster</p>',
    ps("handy", (0, 1))
    + '<div class="product-box"><span class="label">Anzeige</span><p class="product-name">Probefon 12 Pro</p><p class="price">ab 699,00 €</p><a href="https://shop.example/probefon">Zum Angebot</a></div>'
    + ps("handy", (2, 3)),
    '<section class="article-topics"><h2>Themen in diesem Artikel</h2><ul><li><a href="/thema/smartphone">Smartphone</a></li><li><a href="/thema/akku">Akku</a></li></ul></section>',
    title="Smartphone-Test: Akku stark, Updates schwach",
    authors=["Max Muster"],
    published="2026-12-04T12:00:00+01:00",
    topics=["Smartphone", "Akku"],
    body=want("handy", (0, 1, 2, 3)),
    image="https://www.probe-computer.de/img/handy.jpg",
    absent=("Zum Angebot", "699"),
)

# "Lesen Sie auch" as an inline teaser card with a picture, and a hashtag tag row
frame(
    "de-inline-teaser-card-hashtags",
    "https://www.probe-express.de/koeln/bahn-chaos-pendler-12345",
    "de",
    "Probe Express",
    og("Bahn-Chaos am Morgen: Pendler stranden", "https://www.probe-express.de/img/bahn.jpg")
    + meta("article:published_time", "2026-12-05T09:40:00+01:00"),
    '<h1>Bahn-Chaos am Morgen: Pendler stranden</h1><p class="author">Von Lisa Probe</p>',
    ps("bahn", (0, 1))
    + '<div class="inline-teaser"><span class="inline-teaser__label">Lesen Sie auch</span><a href="/koeln/streik-101"><img src="/img/streik.jpg" alt=""><span class="inline-teaser__title">Gewerkschaft kündigt neuen Streik an</span></a></div>'
    + ps("bahn", (2, 3)),
    '<div class="hashtags"><a href="/tag/bahn">#Bahn</a> <a href="/tag/koeln">#Köln</a></div>',
    title="Bahn-Chaos am Morgen: Pendler stranden",
    authors=["Lisa Probe"],
    published="2026-12-05T09:40:00+01:00",
    topics=["Bahn", "Köln"],
    body=want("bahn", (0, 1, 2, 3)),
    image="https://www.probe-express.de/img/bahn.jpg",
    absent=("Gewerkschaft kündigt", "Lesen Sie auch"),
)

# a live ticker: "+++ Liveticker +++" in the title, entries with their times
frame(
    "de-liveticker",
    "https://www.probe-welt.de/sport/live250123/remis-liveticker.html",
    "de",
    "PROBE WELT",
    og(
        "Remis gegen den Spitzenreiter – der Liveticker zum Nachlesen",
        "https://img.probe-welt.de/live.jpg",
    )
    + meta("article:published_time", "2026-12-05T18:00:00+01:00"),
    "<h1>Remis gegen den Spitzenreiter – der Liveticker zum Nachlesen</h1>",
    '<div class="ticker"><div class="ticker-entry"><time>20:21 Uhr</time><p>'
    + TXT["fussball"][2]
    + '</p></div><div class="ticker-entry"><time>19:35 Uhr</time><p>'
    + TXT["fussball"][1]
    + '</p></div><div class="ticker-entry"><time>18:12 Uhr</time><p>'
    + TXT["fussball"][0]
    + "</p></div></div>",
    title="Remis gegen den Spitzenreiter – der Liveticker zum Nachlesen",
    authors=None,
    published="2026-12-05T18:00:00+01:00",
    topics=None,
    body=[TXT["fussball"][2], TXT["fussball"][1], TXT["fussball"][0]],
    image="https://img.probe-welt.de/live.jpg",
)

# an opinion page with "Ein Kommentar von" in the h1's kicker line and JSON-LD naming a desk too
frame(
    "de-kommentar-ld-desk",
    "https://www.probe-kreiszeitung.de/meinung/hallenbad-kommentar-9912345.html",
    "de",
    "Probe Kreiszeitung",
    og("Ein Armutszeugnis für die Stadt", "https://www.probe-kreiszeitung.de/img/bad.jpg")
    + ld(
        {
            "@type": "OpinionNewsArticle",
            "headline": "Ein Armutszeugnis für die Stadt",
            "datePublished": "2026-12-05T17:00:00+01:00",
            "author": [
                {"@type": "Person", "name": "Hanna Beispiel"},
                {"@type": "Organization", "name": "Probe Kreiszeitung"},
            ],
        }
    ),
    "<h1>Ein Armutszeugnis für die Stadt</h1>"
    '<p class="byline">Ein Kommentar von <a href="/autor/hanna-beispiel">Hanna Beispiel</a></p>',
    ps("kommentar", (0, 1, 2)),
    title="Ein Armutszeugnis für die Stadt",
    # the paper beside its writer in the JSON-LD list is credited too, as the answer keys of
    # the looked-at German pages do ("Julian Seiferth", "t-online")
    authors=["Hanna Beispiel", "Probe Kreiszeitung"],
    published="2026-12-05T17:00:00+01:00",
    topics=None,
    body=want("kommentar", (0, 1, 2)),
    image="https://www.probe-kreiszeitung.de/img/bad.jpg",
)

# a page with only JSON-LD images (no og:image), the first of a list
frame(
    "de-ld-image-list",
    "https://www.probe-zeitung.de/kultur/festival-bilanz-1234.html",
    "de",
    "Probe Zeitung",
    "<title>Wattwandern im Winter: Die stille Saison | Probe Zeitung</title>"
    + ld(
        {
            "@type": "NewsArticle",
            "headline": "Wattwandern im Winter: Die stille Saison",
            "datePublished": "2026-12-02T10:00:00+01:00",
            "image": [
                "https://www.probe-zeitung.de/img/watt-16x9.jpg",
                "https://www.probe-zeitung.de/img/watt-4x3.jpg",
                "https://www.probe-zeitung.de/img/watt-1x1.jpg",
            ],
            "author": {"@type": "Person", "name": "Jana Beispiel"},
        }
    ),
    "<h1>Wattwandern im Winter: Die stille Saison</h1>",
    ps("reise", (0, 1, 2, 3)),
    title="Wattwandern im Winter: Die stille Saison",
    authors=["Jana Beispiel"],
    published="2026-12-02T10:00:00+01:00",
    topics=None,
    body=want("reise", (0, 1, 2, 3)),
    image="https://www.probe-zeitung.de/img/watt-16x9.jpg",
)

# a regional page whose og:image is the site's logo; the article's lead picture is in the text
frame(
    "de-og-logo-lead-figure",
    "https://www.probe-landeszeitung.de/lokales/wahl-ergebnis-3456.html",
    "de",
    "Probe Landeszeitung",
    og(
        "Gemeinderatswahl: Knappe Mehrheiten",
        "https://www.probe-landeszeitung.de/static/logo-share.png",
    )
    + meta("article:published_time", "2026-12-05T21:30:00+01:00"),
    "<h1>Gemeinderatswahl: Knappe Mehrheiten</h1>",
    fig(
        "https://www.probe-landeszeitung.de/bilder/2026/wahlabend.jpg",
        "Auszählung im Rathaus.",
        "Foto: Tom Probe",
    )
    + ps("wahl", (0, 1, 2, 3)),
    title="Gemeinderatswahl: Knappe Mehrheiten",
    authors=None,
    published="2026-12-05T21:30:00+01:00",
    topics=None,
    body=want("wahl", (0, 1, 2, 3)),
    image="https://www.probe-landeszeitung.de/bilder/2026/wahlabend.jpg",
    absent=("Auszählung im Rathaus",),
)

# a "Dachzeile" with a colon inside the h1 as spans, og:title the same: kept whole
frame(
    "de-spitzmarke-in-h1-og-same",
    "https://www.probe-morgenpost.de/berlin/bahn-stoerung-2345.html",
    "de",
    "Probe Morgenpost",
    og("Berlin: Signalstörung legt S-Bahn lahm", "https://www.probe-morgenpost.de/img/sbahn.jpg")
    + meta("article:published_time", "2026-12-05T08:20:00+01:00"),
    '<h1><span class="spitzmarke">Berlin:</span> <span class="headline">Signalstörung legt S-Bahn lahm</span></h1>',
    ps("bahn", (0, 1, 2)),
    title="Berlin: Signalstörung legt S-Bahn lahm",
    authors=None,
    published="2026-12-05T08:20:00+01:00",
    topics=None,
    body=want("bahn", (0, 1, 2)),
    image="https://www.probe-morgenpost.de/img/sbahn.jpg",
)

# a newsletter box without a class, its heading and form only; "Zur Startseite" as a button
frame(
    "de-newsletter-plain-box",
    "https://www.probe-anzeiger.de/lokal/wald-12345.html",
    "de",
    "Probe Anzeiger",
    og("Förster pflanzen Eichen statt Fichten", "https://www.probe-anzeiger.de/img/eiche.jpg")
    + meta("article:published_time", "2026-12-03T14:00:00+01:00"),
    '<h1>Förster pflanzen Eichen statt Fichten</h1><p class="author">Von Ralf Probe</p>',
    ps("wald", (0, 1))
    + '<div><h3>Newsletter „Region kompakt“</h3><p>Jeden Freitag die wichtigsten Nachrichten aus dem Landkreis.</p><form><input type="email"><button>Anmelden</button></form></div>'
    + ps("wald", (2, 3)),
    '<a class="btn" href="/">Zur Startseite</a>',
    title="Förster pflanzen Eichen statt Fichten",
    authors=["Ralf Probe"],
    published="2026-12-03T14:00:00+01:00",
    topics=None,
    body=want("wald", (0, 1, 2, 3)),
    image="https://www.probe-anzeiger.de/img/eiche.jpg",
    absent=("Newsletter", "Startseite", "Freitag die wichtigsten"),
)


# a Swiss portal's byline block holding only the date, "Publiziert heute um 10:15 Uhr"
frame(
    "ch-byline-block-today",
    "https://www.probe-heute.ch/news/schweiz/bahnstoerung-pendler-987654",
    "de-CH",
    "probe-heute.ch",
    og("Bahnstörung: Tausende Pendler betroffen", "https://www.probe-heute.ch/img/bahn.jpg")
    + ld(
        {
            "@type": "NewsArticle",
            "headline": "Bahnstörung: Tausende Pendler betroffen",
            "datePublished": "2026-12-05T10:15:00+01:00",
            "author": {"@type": "Person", "name": "Lea Probst"},
        }
    ),
    "<h1>Bahnstörung: Tausende Pendler betroffen</h1>"
    '<div class="byline"><span class="byline__date">Publiziert heute um 10:15 Uhr</span></div>',
    ps("bahn", (0, 1, 2, 3)),
    title="Bahnstörung: Tausende Pendler betroffen",
    authors=["Lea Probst"],
    published="2026-12-05T10:15:00+01:00",
    topics=None,
    body=want("bahn", (0, 1, 2, 3)),
    image="https://www.probe-heute.ch/img/bahn.jpg",
)

# a local WordPress blog: "Veröffentlicht von Anna Muster am 5. Dezember 2026"
frame(
    "de-wordpress-veroeffentlicht-von",
    "https://www.probe-ortsblog.de/2026/12/05/hallenbad-bleibt-zu/",
    "de-DE",
    "Probe Ortsblog",
    og(
        "Hallenbad bleibt weiter zu",
        "https://www.probe-ortsblog.de/wp-content/uploads/2026/12/bad.jpg",
    ),
    '<header class="entry-header"><h1 class="entry-title">Hallenbad bleibt weiter zu</h1>'
    '<div class="entry-meta"><span class="byline">Veröffentlicht von <span class="author vcard"><a class="url fn n" href="/author/amuster/">Anna Muster</a></span></span> '
    '<span class="posted-on">am <time class="entry-date published" datetime="2026-12-05T19:12:00+01:00">5. Dezember 2026</time></span></div></header>',
    '<div class="entry-content">' + ps("bad", (0, 1, 2, 3)) + "</div>",
    '<footer class="entry-footer"><span class="tags-links">Schlagwörter: <a href="/tag/hallenbad/" rel="tag">Hallenbad</a>, <a href="/tag/gemeinderat/" rel="tag">Gemeinderat</a></span></footer>',
    title="Hallenbad bleibt weiter zu",
    authors=["Anna Muster"],
    published="2026-12-05T19:12:00+01:00",
    topics=["Hallenbad", "Gemeinderat"],
    body=want("bad", (0, 1, 2, 3)),
    image="https://www.probe-ortsblog.de/wp-content/uploads/2026/12/bad.jpg",
)

# the author row holds yesterday's clock after the name: "Max Muster | Gestern, 22:15"
frame(
    "de-author-row-yesterday",
    "https://www.probe-sportbild.de/fussball/remis-spitzenreiter-83746.html",
    "de",
    "Probe Sportbild",
    og(
        "Remis gegen den Spitzenreiter: Trainer lobt Moral",
        "https://www.probe-sportbild.de/img/remis.jpg",
    )
    + meta("article:published_time", "2026-12-04T22:15:00+01:00"),
    "<h1>Remis gegen den Spitzenreiter: Trainer lobt Moral</h1>"
    '<div class="author-row"><span class="author-row__name">Max Muster</span> <span class="author-row__date">Gestern, 22:15</span></div>',
    ps("fussball", (0, 1, 2)),
    title="Remis gegen den Spitzenreiter: Trainer lobt Moral",
    authors=["Max Muster"],
    published="2026-12-04T22:15:00+01:00",
    topics=None,
    body=want("fussball", (0, 1, 2)),
    image="https://www.probe-sportbild.de/img/remis.jpg",
)

# the byline block holds only the date with its weekday; the writer is in the JSON-LD only
frame(
    "de-byline-block-weekday-date",
    "https://www.probe-stadtanzeiger.de/lokales/wahl-abend-77123.html",
    "de",
    "Probe Stadtanzeiger",
    og(
        "Wahlabend im Rathaus: Lange Gesichter",
        "https://www.probe-stadtanzeiger.de/img/rathaus.jpg",
    )
    + ld(
        {
            "@type": "NewsArticle",
            "headline": "Wahlabend im Rathaus: Lange Gesichter",
            "author": {"@type": "Person", "name": "Tom Probe"},
        }
    ),
    "<h1>Wahlabend im Rathaus: Lange Gesichter</h1>"
    '<div class="byline">Sa., 05.12.2026 | 10:15 Uhr</div>',
    ps("wahl", (0, 1, 2, 3)),
    title="Wahlabend im Rathaus: Lange Gesichter",
    authors=["Tom Probe"],
    published="2026-12-05T10:15:00+01:00",
    topics=None,
    body=want("wahl", (0, 1, 2, 3)),
    image="https://www.probe-stadtanzeiger.de/img/rathaus.jpg",
)


# a broadcaster's programme line after the text names another day's broadcast, no date of
# the article's ("Dieses Thema im Programm: ..., 04. Dezember 2026, 20:00 Uhr")
frame(
    "broadcaster-programme-line",
    "https://www.probeschau.de/wirtschaft/leitzins-gesenkt-102.html",
    "de",
    "probeschau.de",
    og(
        "Nationalbank senkt überraschend den Leitzins",
        "https://images.probeschau.de/image/zins-102.jpg",
    )
    + ld(
        {
            "@type": "NewsArticle",
            "headline": "Nationalbank senkt überraschend den Leitzins",
            "datePublished": "2026-12-05T10:15:00+01:00",
            "author": {"@type": "Organization", "name": "probeschau.de"},
        }
    ),
    '<div class="seitenkopf"><h1 class="seitenkopf__headline"><span class="seitenkopf__topline">Geldpolitik</span> '
    '<span class="seitenkopf__headlinetext">Nationalbank senkt überraschend den Leitzins</span></h1>'
    '<p class="metatextline">Stand: 05.12.2026 12:40 Uhr</p></div>',
    "".join(f'<p class="textabsatz">{x}</p>' for x in TXT["zins"]),
    '<p class="textabsatz"><em>Dieses Thema im Programm:</em> Das Erste, probeschau, 04. Dezember 2026, 20:00 Uhr</p>',
    title="Nationalbank senkt überraschend den Leitzins",
    authors=None,
    published="2026-12-05T10:15:00+01:00",
    topics=None,
    body=list(TXT["zins"]),
    image="https://images.probeschau.de/image/zins-102.jpg",
    modified="2026-12-05T12:40:00+01:00",
    absent=("Dieses Thema im Programm",),
)

# a Swiss national paper's tool row: "Lesezeit 4 min", "Merken", "Drucken", "Teilen"
frame(
    "ch-tool-row",
    "https://www.probe-nzz.ch/wirtschaft/zinsen-hypotheken-ld.1901234",
    "de-CH",
    "Probe NZZ",
    og("Die Zinswende erreicht die Hausbesitzer", "https://img.probe-nzz.ch/2026/12/05/haus.jpeg"),
    '<header><h1 class="headline__title">Die Zinswende erreicht die Hausbesitzer</h1>'
    '<p class="headline__lead">Wer eine variable Hypothek hat, zahlt schon bald weniger. Für Sparer ist das keine gute Nachricht.</p>'
    '<div class="metainfo"><a class="metainfo__author" href="/impressum/anna-muster">Anna Muster</a> '
    '<time class="metainfo__date">5.12.2026, 05.30 Uhr</time> <span class="metainfo__readtime">Lesezeit 4 min</span></div>'
    '<div class="tools"><button>Merken</button><button>Drucken</button><button>Teilen</button></div></header>',
    ps("zins", (0, 1, 2, 3)),
    title="Die Zinswende erreicht die Hausbesitzer",
    authors=["Anna Muster"],
    published="2026-12-05T05:30:00+01:00",
    topics=None,
    body=[
        "Wer eine variable Hypothek hat, zahlt schon bald weniger. Für Sparer ist das keine gute Nachricht.",
        *TXT["zins"],
    ],
    image="https://img.probe-nzz.ch/2026/12/05/haus.jpeg",
    absent=("Lesezeit", "Merken", "Drucken"),
)

# a Swiss portal's author card: a picture, the name, a "Folgen" button
frame(
    "ch-author-card-follow",
    "https://www.probe-watson.ch/schweiz/bahn/123456789-bahnstoerung-pendler",
    "de-CH",
    "probe-watson",
    og("Bahnstörung: So reagieren die Pendler", "https://www.probe-watson.ch/img/bahn.jpg"),
    "<h1>Bahnstörung: So reagieren die Pendler</h1>"
    '<div class="author-card"><img src="/img/avatars/lea.jpg" alt="Lea Probst"><div><a class="author-card__name" href="/u/lea-probst">Lea Probst</a>'
    '<button class="follow">Folgen</button></div></div>'
    '<p class="date">05.12.2026, 09:48</p>',
    ps("bahn", (0, 1, 2, 3)),
    title="Bahnstörung: So reagieren die Pendler",
    authors=["Lea Probst"],
    published="2026-12-05T09:48:00+01:00",
    topics=None,
    body=want("bahn", (0, 1, 2, 3)),
    image="https://www.probe-watson.ch/img/bahn.jpg",
)

# an Austrian paper's forum link after the text ("Diskussion: 123 Postings")
frame(
    "at-postings-link",
    "https://www.probe-standard.at/story/3000000777/waldbericht",
    "de-AT",
    "Der Probe-Standard",
    og("Waldbericht: Fichten weiter unter Druck", "https://i.probe-standard.at/img/fichten.jpg"),
    '<h1>Waldbericht: Fichten weiter unter Druck</h1><div class="article-byline"><span class="article-origins">Martina Probst</span> '
    '<time datetime="2026-12-05T08:00">5. Dezember 2026, 08:00</time></div>',
    ps("wald", (0, 1, 2, 3)),
    '<div class="forum-teaser"><a href="#forum">Diskussion: 123 Postings</a><p>Die Kommentare von Usern und Userinnen geben nicht notwendigerweise die Meinung der Redaktion wieder.</p></div>',
    title="Waldbericht: Fichten weiter unter Druck",
    authors=["Martina Probst"],
    published="2026-12-05T08:00:00+01:00",
    topics=None,
    body=want("wald", (0, 1, 2, 3)),
    image="https://i.probe-standard.at/img/fichten.jpg",
    absent=("Postings", "Meinung der Redaktion"),
)

# a weekly's article over pages: "Seite 1/3", "Nächste Seite"
frame(
    "de-weekly-pages",
    "https://www.probe-woche.de/gesellschaft/2026-12/insel-winter-tourismus",
    "de",
    "PROBE WOCHE",
    og(
        "Die Insel im Winter: Wo die Stille zum Angebot wird",
        "https://img.probe-woche.de/insel.jpg",
    )
    + meta("date", "2026-12-05T06:00:00+01:00"),
    '<header><h1><span class="article-heading__kicker">Tourismus</span> <span class="article-heading__title">Die Insel im Winter: Wo die Stille zum Angebot wird</span></h1>'
    '<div class="byline">Eine Reportage von <a href="/autoren/b/jana_beispiel">Jana Beispiel</a></div></header>',
    ps("reise", (0, 1, 2, 3)),
    '<nav class="article-pagination"><span>Seite 1/3</span> <a href="?page=2">Nächste Seite</a> <a href="?page=2#comments">Ferienwohnungen ausgebucht</a></nav>',
    title="Die Insel im Winter: Wo die Stille zum Angebot wird",
    authors=["Jana Beispiel"],
    published="2026-12-05T06:00:00+01:00",
    topics=None,
    body=want("reise", (0, 1, 2, 3)),
    image="https://img.probe-woche.de/insel.jpg",
    absent=("Nächste Seite", "Seite 1/3"),
)


# --- byline lines under the headline: who is credited --------------------------------------------

LINE_BODY = ps("bad", (0, 1, 2, 3))
BYLINE_ROWS = [
    # a weekday before the date is the date's (before: "Anna Muster Sa", "Sa", "Samstag")
    pytest.param("Anna Muster Sa., 05.12.2026", ["Anna Muster"], id="weekday-cut-after-name"),
    pytest.param("Anna Muster Fr. 04.12.2026", ["Anna Muster"], id="weekday-fr"),
    pytest.param("Sa., 05.12.2026", [], id="weekday-date-alone"),
    pytest.param("Samstag, 05.12.2026", [], id="weekday-long-date-alone"),
    pytest.param("Online-Redaktion Sa., 05.12.2026 - 08:45 Uhr", [], id="desk-weekday-date"),
    pytest.param("Jane Doe Sat. 12/05/2026", ["Jane Doe"], id="en-weekday"),
    # today or yesterday before a clock (before: "Heute", "Gestern", "Publiziert heute")
    pytest.param("Heute, 10:15 Uhr", [], id="today-clock-alone"),
    pytest.param("Gestern, 22:15", [], id="yesterday-clock-alone"),
    pytest.param("Publiziert heute um 10:15 Uhr", [], id="published-today"),
    pytest.param("Anna Muster, heute, 10:15 Uhr", ["Anna Muster"], id="name-today"),
    pytest.param("Anna Muster heute um 10:15", ["Anna Muster"], id="name-today-um"),
    # a publication label alone is no one (before: "Veröffentlicht", "Online seit")
    pytest.param("Veröffentlicht", [], id="label-alone"),
    pytest.param("Online seit 05.12.2026, 10:15 Uhr", [], id="online-seit"),
    # WordPress's and bloggers' lead-ins (before: the whole line as a name)
    pytest.param("Veröffentlicht von Anna Muster", ["Anna Muster"], id="veroeffentlicht-von"),
    pytest.param("Publiziert von Anna Muster", ["Anna Muster"], id="publiziert-von"),
    pytest.param("Verfasst von Anna Muster", ["Anna Muster"], id="verfasst-von"),
    pytest.param("Erstellt von Anna Muster", ["Anna Muster"], id="erstellt-von"),
    pytest.param("Posted by Jane Doe", ["Jane Doe"], id="en-posted-by"),
    # guards: the region's bylines that worked before
    pytest.param("Von Anna Muster und Ben Beispiel", ["Anna Muster", "Ben Beispiel"], id="pair"),
    pytest.param("Anna Muster, Zürich", ["Anna Muster"], id="writer-place"),
    pytest.param("Text: Anna Muster Fotos: Ben Beispiel", ["Anna Muster"], id="text-fotos"),
    pytest.param("Ein Kommentar von Anna Muster", ["Anna Muster"], id="kommentar"),
    pytest.param("Gastbeitrag von Anna Muster", ["Anna Muster"], id="gastbeitrag"),
    pytest.param("Von Anna Muster (kna)", ["Anna Muster", "kna"], id="writer-kna"),
    pytest.param("Von Anna Muster, APA", ["Anna Muster", "APA"], id="writer-apa"),
    pytest.param("epd", ["epd"], id="epd"),
    pytest.param("Redaktion Wien", ["Redaktion Wien"], id="desk-place"),
    pytest.param("Newsdesk", ["Newsdesk"], id="newsdesk"),
    pytest.param("Von Anna von Muster", ["Anna von Muster"], id="von-particle"),
    pytest.param("Von Sonja Mo. Beispiel", ["Sonja Mo. Beispiel"], id="abbreviation-no-date"),
]


@pytest.mark.parametrize(("line", "expected"), BYLINE_ROWS)
def test_a_byline_line_under_the_headline(line: str, expected: list[str]) -> None:
    html = (
        '<html lang="de"><head><title>Gemeinderat verschiebt Sanierung | Probe</title></head>'
        f'<body><article><h1>Gemeinderat verschiebt Sanierung</h1><div class="byline">{line}</div>'
        f"{LINE_BODY}</article></body></html>"
    )
    got = extract_article(html, "https://www.probe-zeitung.de/lokales/a-1.html", fetched=FETCHED)
    assert got.authors == expected


# --- the checks --------------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+")


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s or "")).strip()


def _token_f1(expected: str, got: str) -> float:
    a = Counter(_TOKEN.findall(expected.casefold()))
    b = Counter(_TOKEN.findall(got.casefold()))
    tp = sum((a & b).values())
    return 0.0 if not tp else 2 * tp / (sum(a.values()) + sum(b.values()))


def _same_instant(expected: str, got: str | None) -> bool:
    if not got:
        return False
    if len(expected) == 10:
        return got[:10] == expected
    w, g = datetime.fromisoformat(expected), datetime.fromisoformat(got)
    if g.tzinfo is None or w.tzinfo is None:
        return g.replace(tzinfo=None) == w.replace(tzinfo=None)
    return g == w


_CACHE: dict[str, Any] = {}


def _extract(page: Page):  # one extraction per page for all its fields
    if page.pid not in _CACHE:
        _CACHE[page.pid] = extract_article(page.html, page.url, fetched=FETCHED)
    return _CACHE[page.pid]


FIELDS = ("title", "authors", "published", "modified", "topics", "body", "image")
# (page, field) pairs left alone on purpose, with the reason in the report (none now: the
# Spitzmarke row "national-dachzeile-og" expects the h1's headline, see its comment)
LEFT: set[tuple[str, str]] = set()


def _cases() -> list[Any]:
    out = []
    for p in PAGES:
        for f in FIELDS:
            if f in ("authors", "topics") and getattr(p, f) is None:
                continue
            if f in ("modified", "image") and getattr(p, f) is None:
                continue
            marks = (
                [pytest.mark.xfail(strict=True, reason="left alone")] if (p.pid, f) in LEFT else []
            )
            out.append(pytest.param(p, f, id=f"{p.pid}-{f}", marks=marks))
    return out


def test_the_pages_have_distinct_ids() -> None:
    ids = [p.pid for p in PAGES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("page", "field"), _cases())
def test_a_german_language_page(page: Page, field: str) -> None:
    got = _extract(page)
    if field == "title":
        assert _norm(got.title) == _norm(page.title)
    elif field == "authors":
        assert [a.casefold() for a in got.authors] == [a.casefold() for a in page.authors or []]
    elif field == "published":
        assert page.published is not None
        assert _same_instant(page.published, got.published), got.published
    elif field == "modified":
        assert page.modified is not None
        assert _same_instant(page.modified, got.modified), got.modified
    elif field == "topics":
        assert {t.casefold() for t in got.topics} == {t.casefold() for t in page.topics or []}
    elif field == "image":
        assert got.image == page.image
    else:
        text = got.body or ""
        assert _token_f1("\n".join(page.body), text) >= 0.96, text
        for bit in page.absent:
            assert bit.casefold() not in text.casefold(), bit


# --- lines under the text and leads over it ------------------------------------------------------

NOTICE_ROWS = [
    # a comment section's disclaimer without its comments is no sentence of the story's
    pytest.param(
        "Die Kommentare von Usern und Userinnen geben nicht notwendigerweise die Meinung der Redaktion wieder.",
        False,
        id="de-comments-disclaimer",
    ),
    pytest.param(
        "Postings geben nicht die Meinung der Redaktion wieder.", False, id="de-postings-disclaimer"
    ),
    pytest.param(
        "Comments do not necessarily reflect the views of the publisher.",
        False,
        id="en-comments-disclaimer",
    ),
    # guards: the story's own sentences about comments or opinions
    pytest.param(
        "Kommentare in sozialen Netzwerken zeigten, dass viele Bürger mit dem Beschluss nicht zufrieden sind.",
        True,
        id="de-story-comments",
    ),
    pytest.param(
        "Die Meinung der Redaktion zu dem Beschluss lesen Sie im Kommentar auf Seite drei der Ausgabe.",
        True,
        id="de-story-opinion",
    ),
]


@pytest.mark.parametrize(("line", "kept"), NOTICE_ROWS)
def test_a_line_under_the_text(line: str, kept: bool) -> None:
    html = (
        '<html lang="de"><head><title>Gemeinderat verschiebt Sanierung | Probe</title></head>'
        f"<body><article><h1>Gemeinderat verschiebt Sanierung</h1>{LINE_BODY}<p>{line}</p>"
        "</article></body></html>"
    )
    got = extract_article(html, "https://www.probe-zeitung.de/lokales/a-1.html", fetched=FETCHED)
    assert (line in (got.body or "")) is kept


LEAD_TEXT = "Am Landesgericht hat ein Prozess um mutmaßlich betrogene Pensionisten begonnen."
LEAD_ROWS = [
    # a paragraph classed "teaser" with no link under the headline is the article's Vorspann
    pytest.param(f'<p class="teaser">{LEAD_TEXT}</p>', True, id="p-teaser"),
    pytest.param(f'<p class="article-teaser">{LEAD_TEXT}</p>', True, id="p-article-teaser"),
    pytest.param(f'<p class="teaser-text">{LEAD_TEXT}</p>', True, id="p-teaser-text"),
    # guards: another story's teaser (a link, a card), a label over another story's words
    pytest.param(f'<p class="teaser"><a href="/x">{LEAD_TEXT}</a></p>', False, id="linked"),
    pytest.param(f'<p class="teaser-card">{LEAD_TEXT}</p>', False, id="card"),
    pytest.param(f'<div class="teaser">{LEAD_TEXT}</div>', False, id="div-teaser"),
    pytest.param(f'<p class="teaser">Lesen Sie auch: {LEAD_TEXT}</p>', False, id="read-also"),
]


@pytest.mark.parametrize(("lead", "kept"), LEAD_ROWS)
def test_a_teaser_paragraph_under_the_headline(lead: str, kept: bool) -> None:
    html = (
        '<html lang="de"><head><title>Betrugsprozess begonnen | Probe</title></head><body>'
        f'<div class="story"><div class="story-lead"><h1>Betrugsprozess begonnen</h1>{lead}</div>'
        f'<div class="story-content">{ps("gericht", (0, 1, 2))}</div></div></body></html>'
    )
    got = extract_article(html, "https://probe-rundfunk.at/stories/3341290/", fetched=FETCHED)
    assert (LEAD_TEXT in (got.body or "")) is kept


# --- titles: quotes and paid badges ---------------------------------------------------------------


def _title_page(head: str, h1: str) -> str:
    heading = h1 if h1.startswith("<h2") else f"<h1>{h1}</h1>"  # a page with no h1
    return (
        f'<html lang="de"><head>{head}</head><body><article>{heading}{LINE_BODY}'
        "</article></body></html>"
    )


TITLE_ROWS = [
    # a quote's guillemet after a kicker's colon is the headline's, no mark between parts
    # (before: "Wir mussten handeln»", "Wir mussten handeln«")
    pytest.param(
        meta("og:title", "Zinsentscheid: «Wir mussten handeln»"),
        "«Wir mussten handeln»",
        "«Wir mussten handeln»",
        id="swiss-guillemets-after-kicker",
    ),
    pytest.param(
        meta("og:title", "Zinsentscheid: »Wir mussten handeln«"),
        "»Wir mussten handeln«",
        "»Wir mussten handeln«",
        id="german-guillemets-after-kicker",
    ),
    pytest.param(
        meta("og:title", "Nationalbank: «Wir mussten handeln», sagt der Präsident"),
        "«Wir mussten handeln», sagt der Präsident",
        "«Wir mussten handeln», sagt der Präsident",
        id="guillemets-quote-then-speaker",
    ),
    pytest.param(
        "<title>«Wir mussten handeln» | Probe Zeitung</title>",
        "«Wir mussten handeln»",
        "«Wir mussten handeln»",
        id="guillemets-before-site",
    ),
    pytest.param(
        "<title>Hallenbad » Stadtrat verschiebt Sanierung » Probe Zeitung</title>",
        "Stadtrat verschiebt Sanierung",
        "Stadtrat verschiebt Sanierung",
        id="spaced-guillemet-still-a-mark",
    ),
    # a paid badge in brackets is no part of the title where every title field has it
    pytest.param(
        "<title>(S+) Stadtrat verschiebt Sanierung - PROBE</title>"
        + meta("og:title", "(S+) Stadtrat verschiebt Sanierung"),
        '<h2><span class="kicker">Hallenbad</span> <span class="headline">Stadtrat verschiebt Sanierung</span></h2>',
        "Stadtrat verschiebt Sanierung",
        id="bracketed-plus-everywhere",
    ),
    # a streaming service's name is kept: no brackets, the h1 shows it
    pytest.param(
        meta("og:title", "RTL+ startet neue Serie"),
        "RTL+ startet neue Serie",
        "RTL+ startet neue Serie",
        id="guard-name-plus-headline",
    ),
    # a badge element of a longer name and a plus, classed so, before a kicker
    pytest.param(
        meta("og:title", "Hallenbad: Stadtrat verschiebt Sanierung"),
        '<span class="badge-plus">Talbote+</span> <span class="kicker">Hallenbad</span> Stadtrat verschiebt Sanierung',
        "Hallenbad: Stadtrat verschiebt Sanierung",
        id="named-plus-badge",
    ),
    pytest.param(
        meta("og:title", "Disney+: Stadtrat verschiebt Sanierung"),
        '<span class="kicker">Disney+</span> <span class="kicker">Serie</span> Stadtrat verschiebt Sanierung',
        "Disney+: Stadtrat verschiebt Sanierung",
        id="guard-unclassed-name-plus",
    ),
]


@pytest.mark.parametrize(("head", "h1", "expected"), TITLE_ROWS)
def test_a_title_with_quotes_or_badges(head: str, h1: str, expected: str) -> None:
    got = extract_article(_title_page(head, h1), "https://www.probe-zeitung.de/a-1.html")
    assert got.title == expected


CLOSING_ROWS = [
    # a writer's name with her initials closing a story without a byline (before: no one)
    pytest.param("<p><em>Anna Muster (amu)</em></p>", ["Anna Muster"], id="name-initials"),
    pytest.param("<p>Ralf Probe (rp)</p>", ["Ralf Probe"], id="name-two-initials"),
    pytest.param("<p>Lea Maria Probst (lmp)</p>", ["Lea Maria Probst"], id="three-names"),
    # guards: initials that are not hers, an agency after a place, initials alone
    pytest.param("<p>Anna Muster (xyz)</p>", [], id="other-initials"),
    pytest.param("<p>(amu)</p>", [], id="initials-alone"),
    pytest.param("<p>(dpa)</p>", ["dpa"], id="agency-tag"),
]


@pytest.mark.parametrize(("closing", "expected"), CLOSING_ROWS)
def test_a_closing_name_line(closing: str, expected: list[str]) -> None:
    html = (
        '<html lang="de"><head><title>Gemeinderat verschiebt Sanierung | Probe</title></head>'
        f"<body><article><h1>Gemeinderat verschiebt Sanierung</h1>{LINE_BODY}{closing}"
        "</article></body></html>"
    )
    got = extract_article(html, "https://www.probe-zeitung.de/lokales/a-1.html", fetched=FETCHED)
    assert got.authors == expected
