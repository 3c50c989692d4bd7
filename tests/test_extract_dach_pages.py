"""Invented German, Austrian and Swiss article pages, shaped as the region's CMSs serve them
(national papers, regional chains, broadcasters, tabloids, weeklies, tech and sports sites): og
and Twitter titles with and without site suffixes, JSON-LD with and without Person authors,
bylines with agencies, places, roles and initials, date lines in the three countries' styles
(naive times across the DST switch, "Stand:", "vor 3 Stunden", "heute, 14:05"), tag lists and
keyword metas, kickers, paywall badges, live tickers, furniture in the text. The expected values
are what a careful reader keys (the project's conventions where the keys' are known: "Prof.
Dr." kept, a kicker the JSON-LD headline leaves out dropped, a live blog's og:title kept). A
guard set: 90 pages, every field; written for issue 10's tenth session. Every sentence, name,
site and markup here is made up."""

# ruff: noqa: E501  -- page tables read best one case per line

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from datetime import UTC, datetime
from typing import Any

import pytest

from newsarchive.extract import extract_article

P: list[dict[str, Any]] = []


def add(
    pid: str,
    url: str,
    html: str,
    title: str,
    authors: list[str] | None,
    published: str,
    topics: list[str] | None,
    body: list[str],
) -> None:
    P.append(
        dict(
            id=pid,
            url=url,
            html=html,
            exp=dict(title=title, authors=authors, published=published, topics=topics, body=body),
        )
    )


PARAS = [
    "Der Stadtrat hat am Mittwochabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen, der vor allem höhere Ausgaben für Schulen und den Nahverkehr vorsieht.",
    "Die Opposition kritisierte die geplante Erhöhung der Parkgebühren in der Innenstadt, der Oberbürgermeister verteidigte sie als notwendigen Beitrag zur Finanzierung neuer Buslinien.",
    "Nach Angaben der Kämmerei sollen bis zum Jahr 2029 drei neue Grundschulen entstehen, außerdem werden zwei Brücken über den Fluss saniert und die Radwege im Süden verlängert.",
    "Vertreter der Wirtschaft äußerten sich zurückhaltend, lobten aber die Zusage, die Gewerbesteuer in den kommenden zwei Jahren nicht weiter anzuheben.",
    "Die Landesregierung will das neue Gesetz noch vor der Sommerpause in den Landtag einbringen, um den Kommunen mehr Spielraum bei der Genehmigung von Windrädern zu geben.",
    "Umweltverbände begrüßten den Entwurf grundsätzlich, forderten jedoch strengere Vorgaben für den Schutz von Brutvögeln und Fledermäusen in der Nähe der Anlagen.",
    "Bürgerinitiativen in mehreren Landkreisen kündigten dagegen Widerstand an und verwiesen auf Lärm, Schattenwurf und die Veränderung des Landschaftsbildes.",
    "Das Ministerium rechnet damit, dass sich die Zahl der Genehmigungen bis Ende des Jahrzehnts verdoppeln könnte, sofern genügend Fachpersonal in den Behörden gefunden wird.",
    "Im Heimspiel gegen den Tabellenführer lag die Mannschaft schon nach zwölf Minuten mit zwei Toren zurück, kämpfte sich aber vor der Pause wieder heran.",
    "Der Trainer lobte nach dem Schlusspfiff die Moral seiner Spieler und kündigte an, in der kommenden Woche vor allem an der Abwehrarbeit zu feilen.",
    "Mit dem Unentschieden bleibt der Verein auf dem siebten Platz, der Abstand zu den internationalen Rängen beträgt weiterhin vier Punkte.",
    "Der Hersteller stellte am Dienstag sein neues Smartphone vor, das mit einem größeren Akku und einer verbesserten Kamera vor allem Vielnutzer ansprechen soll.",
    "Im Test hielt das Gerät bei gemischter Nutzung knapp zwei Tage durch, die Ladezeit von null auf hundert Prozent lag bei rund vierzig Minuten.",
    "Kritik gibt es an der Update-Politik: Sicherheitsaktualisierungen verspricht das Unternehmen nur für vier Jahre, weniger als manche Konkurrenten.",
    "Die Polizei sperrte die Bundesstraße zwischen den beiden Ortschaften für mehrere Stunden, weil ein Lastwagen nach einem Reifenschaden umgekippt war.",
    "Der Fahrer wurde leicht verletzt in ein Krankenhaus gebracht, die Ladung aus Getränkekisten verteilte sich auf beiden Fahrspuren.",
    "Erst am späten Nachmittag konnte der Verkehr wieder in beide Richtungen fließen, nachdem ein Kran den Anhänger aufgerichtet hatte.",
    "Die Nationalbank hob den Leitzins überraschend um einen Viertelprozentpunkt an und begründete den Schritt mit der hartnäckig hohen Teuerung bei Dienstleistungen.",
    "Ökonomen hatten mehrheitlich mit einer Pause gerechnet, die Märkte reagierten mit leichten Kursverlusten, der Franken legte gegenüber dem Euro zu.",
    "Für Hypothekarschuldner mit variablen Verträgen dürften die Zinskosten bereits im nächsten Quartal steigen, warnen Verbraucherschützer.",
    "Im Landesgericht begann am Montag der Prozess gegen einen 43-jährigen Mann, der über Jahre Pensionisten mit falschen Gewinnversprechen betrogen haben soll.",
    "Der Angeklagte bekannte sich teilweise schuldig, bestritt aber, das Geld für sich selbst verwendet zu haben; ein Urteil wird für Donnerstag erwartet.",
    "Laut Staatsanwaltschaft beläuft sich der Schaden auf mehr als 800.000 Euro, rund vierzig Geschädigte haben sich dem Verfahren angeschlossen.",
    "Das Festival verzeichnete in diesem Sommer so viele Besucher wie nie zuvor, an den vier Tagen kamen mehr als 60.000 Menschen auf das Gelände am See.",
    "Die Veranstalter zogen eine positive Bilanz, räumten aber Probleme beim Einlass am ersten Abend ein, als sich lange Schlangen vor den Toren bildeten.",
    "Für das kommende Jahr sind bereits erste Bands bestätigt, der Vorverkauf beginnt nach Angaben der Organisatoren Anfang Februar.",
]

NAV = '<header class="site-header"><a class="logo" href="/"><img src="/logo.svg" alt="{site}"></a><nav><ul><li><a href="/politik">Politik</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li></ul></nav><a class="abo" href="/abo">Abo abschließen</a></header>'
FOOT = '<footer class="site-footer"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/kontakt">Kontakt</a></li></ul><p>© 2026 {site}</p></footer>'
RELATED = '<aside class="related"><h2>{head}</h2><ul><li><a href="/politik/schulen-neu-100.html">Neue Schulen sollen bis 2029 fertig sein</a></li><li><a href="/wirtschaft/parken-teurer-101.html">Parken in der Innenstadt wird deutlich teurer</a></li></ul></aside>'
SHARE = '<div class="share"><span>Teilen:</span> <a href="https://www.facebook.com/sharer">Facebook</a> <a href="https://wa.me/">WhatsApp</a> <a href="mailto:?">E-Mail</a></div>'


def ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def meta(prop: str, content: str) -> str:
    kind = "property" if prop.startswith(("og:", "article:")) else "name"
    return f'<meta {kind}="{prop}" content="{content}">'


def doc(lang: str, site: str, head: str, article: str, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>'
        + NAV.format(site=site)
        + f"<main>{article}</main>"
        + extra
        + FOOT.format(site=site)
        + "</body></html>"
    )


def paras(idx: list[int]) -> str:
    return "".join(f"<p>{PARAS[i]}</p>" for i in idx)


# --- pages1.py ---


# 1 broadcaster, "| hafenschau.de" suffix, kicker in h1 spans, "Stand:" line, JSON-LD org author, keywords meta
lead = "Nach monatelangem Streit hat der Stadtrat den Haushalt beschlossen. Schulen und Nahverkehr bekommen deutlich mehr Geld."
add(
    "01-broadcaster-stand",
    "https://www.hafenschau.de/inland/haushalt-stadtrat-102.html",
    doc(
        "de",
        "hafenschau.de",
        "<title>Stadtrat beschließt Rekordhaushalt für Schulen | hafenschau.de</title>"
        + meta("og:title", "Stadtrat beschließt Rekordhaushalt für Schulen")
        + meta("og:site_name", "hafenschau.de")
        + meta("description", lead)
        + meta("keywords", "Haushalt, Schulen, Nahverkehr, Stadtrat")
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Stadtrat beschließt Rekordhaushalt für Schulen",
                "datePublished": "2026-12-03T14:05:12+01:00",
                "dateModified": "2026-12-03T16:20:00+01:00",
                "author": {"@type": "Organization", "name": "hafenschau.de"},
                "publisher": {"@type": "Organization", "name": "hafenschau.de"},
            }
        ),
        '<article><h1 class="seitenkopf__headline"><span class="seitenkopf__topline">Haushalt 2027</span> <span class="seitenkopf__headlinetext">Stadtrat beschließt Rekordhaushalt für Schulen</span></h1>'
        '<p class="metatextline">Stand: 03.12.2026 16:20 Uhr</p>'
        f'<p class="textabsatz"><strong>{lead}</strong></p>'
        + "".join(f'<p class="textabsatz">{PARAS[i]}</p>' for i in (0, 1, 2))
        + '<p class="textabsatz">Von Anna Muster, NDR</p>'
        + '<div class="taglist"><h2>Schlagworte</h2><ul><li><a href="/thema/haushalt">Haushalt</a></li><li><a href="/thema/schulen">Schulen</a></li><li><a href="/thema/nahverkehr">Nahverkehr</a></li><li><a href="/thema/stadtrat">Stadtrat</a></li></ul></div></article>',
    ),
    "Stadtrat beschließt Rekordhaushalt für Schulen",
    ["Anna Muster"],
    "2026-12-03T14:05:12+01:00",
    ["Haushalt", "Schulen", "Nahverkehr", "Stadtrat"],
    [lead] + [PARAS[i] for i in (0, 1, 2)],
)

# 2 Swiss tabloid, "- 30 Minuten" suffix no meta naming site, Swiss date "3.12.2026, 14.05 Uhr"
add(
    "02-swiss-minuten-suffix",
    "https://www.30min.ch/story/nationalbank-erhoeht-leitzins-103",
    doc(
        "de-CH",
        "30 Minuten",
        "<title>Nationalbank erhöht überraschend den Leitzins - 30 Minuten</title>"
        + meta("og:title", "Nationalbank erhöht überraschend den Leitzins - 30 Minuten")
        + meta("description", "Die Nationalbank hat den Leitzins angehoben."),
        '<article><div class="kicker">Zinsentscheid</div><h1>Nationalbank erhöht überraschend den Leitzins</h1>'
        '<div class="author-line"><span>Lea Beispiel</span></div><div class="date">Publiziert 3.12.2026, 14.05 Uhr</div>'
        + paras([17, 18, 19])
        + "</article>",
    ),
    "Nationalbank erhöht überraschend den Leitzins",
    ["Lea Beispiel"],
    "2026-12-03T14:05:00+01:00",
    None,
    [PARAS[i] for i in (17, 18, 19)],
)

# 3 Austrian broadcaster "news.OBF.at" suffix, no og:site_name, "(red)" + "APA" at end, date "3. Dezember 2026, 14:05"
add(
    "03-at-news-host-suffix",
    "https://news.obf.at/stories/3301234/",
    doc(
        "de",
        "OBF",
        "<title>Prozess um Anlagebetrug gegen Pensionisten - news.OBF.at</title>"
        + meta("og:title", "Prozess um Anlagebetrug gegen Pensionisten")
        + meta("description", "Am Landesgericht begann der Prozess."),
        '<div class="story-story"><h1>Prozess um Anlagebetrug gegen Pensionisten</h1>'
        + paras([20, 21, 22])
        + '<div class="byline"><p>red, news.OBF.at/Agenturen</p></div><div class="story-meta"><p>Publiziert am 3. Dezember 2026, 14:05</p></div></div>',
    ),
    "Prozess um Anlagebetrug gegen Pensionisten",
    None,
    "2026-12-03T14:05:00+01:00",
    None,
    [PARAS[i] for i in (20, 21, 22)],
)

# 3b same, og:title also with suffix
add(
    "03b-at-news-host-suffix-og",
    "https://news.obf.at/stories/3301235/",
    doc(
        "de",
        "OBF",
        "<title>Festival mit Besucherrekord am See - news.OBF.at</title>"
        + meta("og:title", "Festival mit Besucherrekord am See - news.OBF.at"),
        '<div class="story-story"><h1>Festival mit Besucherrekord am See</h1>'
        + paras([23, 24, 25])
        + '<div class="story-meta"><p>Publiziert am 3. Dezember 2026, 14:05</p></div></div>',
    ),
    "Festival mit Besucherrekord am See",
    None,
    "2026-12-03T14:05:00+01:00",
    None,
    [PARAS[i] for i in (23, 24, 25)],
)

# 4 "Von X und Y" with "Veröffentlicht am 3. Dezember 2026", og site suffix " - FAZ"-style initials
add(
    "04-von-und",
    "https://www.fnz.example.de/politik/windkraft-gesetz-1234.html",
    doc(
        "de",
        "Frankfurter Neue Zeitung",
        "<title>Land will Windräder schneller genehmigen - FNZ</title>"
        + meta("og:site_name", "Frankfurter Neue Zeitung")
        + meta("og:title", "Land will Windräder schneller genehmigen")
        + meta("article:published_time", "2026-12-03T10:30:00+01:00"),
        '<article><header><p class="kicker">Energiewende</p><h1>Land will Windräder schneller genehmigen</h1>'
        '<div class="byline">Von Anna Muster und Bernd Beispiel</div><time datetime="2026-12-03T10:30:00+01:00">Veröffentlicht am 3. Dezember 2026</time></header>'
        + paras([4, 5, 6, 7])
        + "</article>",
    ),
    "Land will Windräder schneller genehmigen",
    ["Anna Muster", "Bernd Beispiel"],
    "2026-12-03T10:30:00+01:00",
    None,
    [PARAS[i] for i in (4, 5, 6, 7)],
)

# 5 "Von X, dpa" regional chain, JSON-LD Person + Organization, news_keywords
add(
    "05-von-x-dpa",
    "https://www.kieler-beispiel.de/region/unfall-b76-5678",
    doc(
        "de",
        "Kieler Beispielblatt",
        "<title>Lastwagen kippt um: B76 stundenlang gesperrt | Kieler Beispielblatt</title>"
        + meta("og:title", "Lastwagen kippt um: B76 stundenlang gesperrt")
        + meta("news_keywords", "Unfall, B76, Polizei")
        + ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "WebPage",
                        "@id": "https://www.kieler-beispiel.de/region/unfall-b76-5678",
                    },
                    {
                        "@type": "NewsArticle",
                        "headline": "Lastwagen kippt um: B76 stundenlang gesperrt",
                        "datePublished": "2026-12-03T09:12:00+01:00",
                        "author": [
                            {"@type": "Person", "name": "Jan Beispiel"},
                            {"@type": "Organization", "name": "dpa"},
                        ],
                        "keywords": ["Unfall", "B76", "Polizei"],
                        "publisher": {"@type": "Organization", "name": "Kieler Beispielblatt"},
                    },
                ],
            }
        ),
        '<article><h1>Lastwagen kippt um: B76 stundenlang gesperrt</h1><div class="article-author">Von Jan Beispiel, dpa</div>'
        '<div class="article-date">03.12.2026, 09:12 Uhr</div>'
        + paras([14, 15, 16])
        + "</article>",
    ),
    "Lastwagen kippt um: B76 stundenlang gesperrt",
    ["Jan Beispiel", "dpa"],
    "2026-12-03T09:12:00+01:00",
    ["Unfall", "B76", "Polizei"],
    [PARAS[i] for i in (14, 15, 16)],
)

# 6 "X (mit Material von dpa)" visible only, Madsack-like
add(
    "06-mit-material",
    "https://www.hannoversche-probe.de/politik/windkraft-AB12CD.html",
    doc(
        "de",
        "HP",
        "<title>Windkraft: Bürgerinitiativen kündigen Widerstand an</title>"
        + meta("og:title", "Windkraft: Bürgerinitiativen kündigen Widerstand an"),
        '<article><h1>Windkraft: Bürgerinitiativen kündigen Widerstand an</h1><div class="author">Carla Probe (mit Material von dpa)</div>'
        '<div class="published">03.12.2026, 11:45 Uhr</div>' + paras([6, 5, 7]) + "</article>",
    ),
    "Windkraft: Bürgerinitiativen kündigen Widerstand an",
    ["Carla Probe", "dpa"],
    "2026-12-03T11:45:00+01:00",
    None,
    [PARAS[i] for i in (6, 5, 7)],
)

# 7 "Eine Analyse von X" with JSON-LD Person
add(
    "07-analyse-von",
    "https://www.beispiel-allgemeine.de/wirtschaft/zinsen-analyse-100.html",
    doc(
        "de",
        "Beispiel Allgemeine",
        "<title>Warum die Zinswende Sparer kaum entlastet</title>"
        + meta("og:title", "Warum die Zinswende Sparer kaum entlastet")
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Warum die Zinswende Sparer kaum entlastet",
                "datePublished": "2026-12-03T06:00:00+01:00",
                "author": {"@type": "Person", "name": "Martin Probe"},
            }
        ),
        '<article><h1>Warum die Zinswende Sparer kaum entlastet</h1><p class="byline">Eine Analyse von Martin Probe</p>'
        + paras([17, 18, 19])
        + "</article>",
    ),
    "Warum die Zinswende Sparer kaum entlastet",
    ["Martin Probe"],
    "2026-12-03T06:00:00+01:00",
    None,
    [PARAS[i] for i in (17, 18, 19)],
)

# 8 "Aus Wien berichtet X", Austrian date, no JSON-LD
add(
    "08-aus-wien-berichtet",
    "https://www.beispielzeitung.de/politik/ausland/oesterreich-prozess-200.html",
    doc(
        "de",
        "Beispielzeitung",
        "<title>Betrugsprozess in Wien: Angeklagter gesteht teilweise | Beispielzeitung</title>"
        + meta("og:site_name", "Beispielzeitung"),
        '<article><h1>Betrugsprozess in Wien: Angeklagter gesteht teilweise</h1><div class="meta"><span class="author">Aus Wien berichtet Theresa Probst</span> '
        '<span class="date">3. Dezember 2026, 14:05</span></div>'
        + paras([20, 21, 22])
        + "</article>",
    ),
    "Betrugsprozess in Wien: Angeklagter gesteht teilweise",
    ["Theresa Probst"],
    "2026-12-03T14:05:00+01:00",
    None,
    [PARAS[i] for i in (20, 21, 22)],
)

# 9 "Kommentar von X", kicker "Kommentar" in og:title
add(
    "09-kommentar-von",
    "https://www.beispielblatt.ch/meinung/kommentar-zinsen-44",
    doc(
        "de-CH",
        "Beispielblatt",
        "<title>Kommentar: Die Nationalbank handelt zu spät - Beispielblatt</title>"
        + meta("og:title", "Die Nationalbank handelt zu spät")
        + meta("og:site_name", "Beispielblatt")
        + meta("article:published_time", "2026-12-03T17:00:00+01:00"),
        '<article><h1><span class="kicker">Kommentar</span> Die Nationalbank handelt zu spät</h1><div class="byline">Kommentar von Reto Muster</div>'
        + paras([18, 19])
        + "</article>",
    ),
    "Die Nationalbank handelt zu spät",
    ["Reto Muster"],
    "2026-12-03T17:00:00+01:00",
    None,
    [PARAS[i] for i in (18, 19)],
)

# 10 "Autorin: X" at the end, date at top
add(
    "10-autorin-end",
    "https://www.probe-kurier.at/kultur/festival-bilanz/402",
    doc(
        "de-AT",
        "Probe-Kurier",
        "<title>Festival zieht Rekordbilanz | Probe-Kurier</title>"
        + meta("og:title", "Festival zieht Rekordbilanz"),
        '<article><h1>Festival zieht Rekordbilanz</h1><time datetime="2026-12-03T08:00">03.12.2026 um 08:00</time>'
        + paras([23, 24, 25])
        + '<p class="author-box">Autorin: Sabine Beispiel</p></article>',
    ),
    "Festival zieht Rekordbilanz",
    ["Sabine Beispiel"],
    "2026-12-03T08:00:00+01:00",
    None,
    [PARAS[i] for i in (23, 24, 25)],
)

# 11 Gastbeitrag von Prof. Dr.
add(
    "11-gastbeitrag-prof",
    "https://www.beispiel-rundschau.de/meinung/gastbeitrag-wind-55.html",
    doc(
        "de",
        "Beispiel-Rundschau",
        "<title>Gastbeitrag: Ohne Windkraft keine Energiewende</title>"
        + meta("og:title", "Ohne Windkraft keine Energiewende")
        + meta("article:published_time", "2026-12-02T18:00:00+01:00"),
        '<article><h1>Ohne Windkraft keine Energiewende</h1><p class="byline">Gastbeitrag von Prof. Dr. Helga Beispiel</p>'
        + paras([4, 7])
        + "</article>",
    ),
    "Ohne Windkraft keine Energiewende",
    ["Prof. Dr. Helga Beispiel"],
    "2026-12-02T18:00:00+01:00",
    None,
    [PARAS[i] for i in (4, 7)],
)

# 12 "Von Anna Maria Schneider" (job-word surname)
add(
    "12-job-surname",
    "https://www.probe-nachrichten.de/lokal/brand-halle-77",
    doc(
        "de",
        "Probe-Nachrichten",
        "<title>Lastwagen kippt auf Bundesstraße um</title>"
        + meta("og:title", "Lastwagen kippt auf Bundesstraße um"),
        '<article><h1>Lastwagen kippt auf Bundesstraße um</h1><div class="byline">Von Anna Maria Schneider</div><div class="date">03.12.2026, 13:10 Uhr</div>'
        + paras([14, 15, 16])
        + "</article>",
    ),
    "Lastwagen kippt auf Bundesstraße um",
    ["Anna Maria Schneider"],
    "2026-12-03T13:10:00+01:00",
    None,
    [PARAS[i] for i in (14, 15, 16)],
)

# 12b "Von Peter Koch und Maria Richter"
add(
    "12b-job-surnames",
    "https://www.probe-nachrichten.de/lokal/festival-78",
    doc(
        "de",
        "Probe-Nachrichten",
        "<title>Festival am See mit neuem Rekord</title>"
        + meta("og:title", "Festival am See mit neuem Rekord"),
        '<article><h1>Festival am See mit neuem Rekord</h1><div class="byline">Von Peter Koch und Maria Richter</div><div class="date">03.12.2026, 13:10 Uhr</div>'
        + paras([23, 24])
        + "</article>",
    ),
    "Festival am See mit neuem Rekord",
    ["Peter Koch", "Maria Richter"],
    "2026-12-03T13:10:00+01:00",
    None,
    [PARAS[i] for i in (23, 24)],
)

# 13 kicker line "Innere Sicherheit, dpa" style: section line + agency under headline
add(
    "13-section-agency",
    "https://www.beispielpost.de/politik/inland/gesetz-99.html",
    doc(
        "de",
        "Beispielpost",
        "<title>Landtag soll Windkraftgesetz bis Sommer beraten</title>"
        + meta("og:title", "Landtag soll Windkraftgesetz bis Sommer beraten"),
        '<article><h1>Landtag soll Windkraftgesetz bis Sommer beraten</h1><p class="meta">Energiepolitik, dpa</p><p class="date">03.12.2026, 07:30 Uhr</p>'
        + paras([4, 5, 6])
        + "</article>",
    ),
    "Landtag soll Windkraftgesetz bis Sommer beraten",
    ["dpa"],
    "2026-12-03T07:30:00+01:00",
    None,
    [PARAS[i] for i in (4, 5, 6)],
)

# 14 "Frankfurt am Main, dpa" under headline
add(
    "14-place-agency",
    "https://www.beispielpost.de/wirtschaft/zinsen-98.html",
    doc(
        "de",
        "Beispielpost",
        "<title>Sparer profitieren kaum von höheren Zinsen</title>"
        + meta("og:title", "Sparer profitieren kaum von höheren Zinsen"),
        '<article><h1>Sparer profitieren kaum von höheren Zinsen</h1><p class="meta">Frankfurt am Main, dpa</p><p class="date">03.12.2026, 07:30 Uhr</p>'
        + paras([17, 18, 19])
        + "</article>",
    ),
    "Sparer profitieren kaum von höheren Zinsen",
    ["dpa"],
    "2026-12-03T07:30:00+01:00",
    None,
    [PARAS[i] for i in (17, 18, 19)],
)

# 14b "Bad Homburg, dpa"
add(
    "14b-place-agency2",
    "https://www.beispielpost.de/wirtschaft/zinsen-97.html",
    doc(
        "de",
        "Beispielpost",
        "<title>Nationalbank überrascht die Märkte</title>"
        + meta("og:title", "Nationalbank überrascht die Märkte"),
        '<article><h1>Nationalbank überrascht die Märkte</h1><p class="meta">Bad Homburg, dpa</p><p class="date">03.12.2026, 07:30 Uhr</p>'
        + paras([18, 19])
        + "</article>",
    ),
    "Nationalbank überrascht die Märkte",
    ["dpa"],
    "2026-12-03T07:30:00+01:00",
    None,
    [PARAS[i] for i in (18, 19)],
)

# 15 Swiss "sda/kes" closing tag; «» quotes in title
add(
    "15-swiss-sda-tag",
    "https://www.probe-zeitung.ch/schweiz/zinsen-erhoehung-ld.1234",
    doc(
        "de-CH",
        "Probe Zeitung",
        "<title>SNB-Präsident: «Wir mussten handeln» | Probe Zeitung</title>"
        + meta("og:title", "SNB-Präsident: «Wir mussten handeln»")
        + meta("og:site_name", "Probe Zeitung")
        + meta("article:published_time", "2026-12-03T15:41:00+01:00"),
        "<article><h1>SNB-Präsident: «Wir mussten handeln»</h1>"
        + paras([17, 18])
        + f"<p>{PARAS[19]} (sda/kes)</p></article>",
    ),
    "SNB-Präsident: «Wir mussten handeln»",
    ["sda"],
    "2026-12-03T15:41:00+01:00",
    None,
    [PARAS[i] for i in (17, 18)] + [PARAS[19] + " (sda/kes)"],
)

# 16 Austrian "APA/red" closing, published meta only date naive
add(
    "16-at-apa-red",
    "https://www.probe-nachrichten.at/chronik/prozess-betrug-890",
    doc(
        "de-AT",
        "Probe Nachrichten",
        "<title>Anlagebetrug: Prozess gegen 43-Jährigen | Probe Nachrichten</title>"
        + meta("og:title", "Anlagebetrug: Prozess gegen 43-Jährigen")
        + meta("og:site_name", "Probe Nachrichten")
        + meta("article:published_time", "2026-12-03T12:36:40+01:00"),
        "<article><h1>Anlagebetrug: Prozess gegen 43-Jährigen</h1>"
        + paras([20, 21, 22])
        + '<p class="source">APA/red</p></article>',
    ),
    "Anlagebetrug: Prozess gegen 43-Jährigen",
    ["APA"],
    "2026-12-03T12:36:40+01:00",
    None,
    [PARAS[i] for i in (20, 21, 22)],
)

# 17 naive time across DST: March 29 2026 (CEST from 02:00 UTC+1 -> 03:00) visible only
add(
    "17-dst-march",
    "https://www.probe-anzeiger.de/sport/heimspiel-remis-31",
    doc(
        "de",
        "Probe-Anzeiger",
        "<title>Heimspiel endet mit Remis</title>" + meta("og:title", "Heimspiel endet mit Remis"),
        '<article><h1>Heimspiel endet mit Remis</h1><p class="byline">Von Tim Beispiel</p><p class="date">29.03.2026, 18:30 Uhr</p>'
        + paras([8, 9, 10])
        + "</article>",
    ),
    "Heimspiel endet mit Remis",
    ["Tim Beispiel"],
    "2026-03-29T18:30:00+02:00",
    None,
    [PARAS[i] for i in (8, 9, 10)],
)

# 17b October after DST end
add(
    "17b-dst-october",
    "https://www.probe-anzeiger.de/sport/heimspiel-remis-32",
    doc(
        "de",
        "Probe-Anzeiger",
        "<title>Aufholjagd bleibt unbelohnt</title>"
        + meta("og:title", "Aufholjagd bleibt unbelohnt"),
        '<article><h1>Aufholjagd bleibt unbelohnt</h1><p class="byline">Von Tim Beispiel</p><p class="date">25.10.2026, 20:15 Uhr</p>'
        + paras([8, 9])
        + "</article>",
    ),
    "Aufholjagd bleibt unbelohnt",
    ["Tim Beispiel"],
    "2026-10-25T20:15:00+01:00",
    None,
    [PARAS[i] for i in (8, 9)],
)

# 18 "Aktualisiert vor 3 Stunden" only plus JSON-LD? no: only visible relative
add(
    "18-relative-only",
    "https://www.probe-tech.de/news/smartphone-test-1001.html",
    doc(
        "de",
        "Probe Tech",
        "<title>Neues Smartphone im Test: Akku hält zwei Tage | Probe Tech</title>"
        + meta("og:title", "Neues Smartphone im Test: Akku hält zwei Tage")
        + meta("og:site_name", "Probe Tech"),
        '<article><h1>Neues Smartphone im Test: Akku hält zwei Tage</h1><div class="byline">Von Felix Beispiel · vor 3 Stunden</div>'
        + paras([11, 12, 13])
        + "</article>",
    ),
    "Neues Smartphone im Test: Akku hält zwei Tage",
    ["Felix Beispiel"],
    "2026-12-03T13:00:00+01:00",
    None,
    [PARAS[i] for i in (11, 12, 13)],
)

# 19 paywall "Plus" kicker/badge in title and h1; JSON-LD isAccessibleForFree
add(
    "19-plus-badge",
    "https://www.probe-abendblatt.de/hamburg/haushalt-plus-123456.html",
    doc(
        "de",
        "Probe Abendblatt",
        "<title>Haushalt: Was die Stadt mit dem Geld vorhat | Probe Abendblatt</title>"
        + meta("og:title", "Haushalt: Was die Stadt mit dem Geld vorhat")
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Haushalt: Was die Stadt mit dem Geld vorhat",
                "isAccessibleForFree": False,
                "datePublished": "2026-12-03T05:00:00+01:00",
                "author": [{"@type": "Person", "name": "Nina Probe"}],
            }
        ),
        '<article><h1><span class="plus-badge">Plus</span> <span>Haushalt: Was die Stadt mit dem Geld vorhat</span></h1><div class="author">Nina Probe</div>'
        + paras([0, 1])
        + '<div class="paywall"><p>Weiterlesen mit Plus</p><p>Jetzt für 0,99 € testen</p><a href="/abo">Jetzt abonnieren</a></div></article>',
    ),
    "Haushalt: Was die Stadt mit dem Geld vorhat",
    ["Nina Probe"],
    "2026-12-03T05:00:00+01:00",
    None,
    [PARAS[i] for i in (0, 1)],
)

# 20 Z+ badge in <title>/og:title
add(
    "20-zplus",
    "https://www.probe-woche.de/wirtschaft/2026-12/zinsen-sparer",
    doc(
        "de",
        "PROBE WOCHE",
        "<title>Zinsen: Sparer gehen leer aus | PROBE WOCHE</title>"
        + meta("og:title", "Zinsen: Sparer gehen leer aus")
        + meta("og:site_name", "PROBE WOCHE")
        + meta("date", "2026-12-03T07:00:00+01:00")
        + meta("keywords", "Zinsen, Sparen, Inflation"),
        '<article><header><h1><span class="article-heading__kicker">Zinsen</span><span class="visually-hidden">: </span><span class="article-heading__title">Sparer gehen leer aus</span></h1>'
        '<span class="zplus-badge">Z+ (abopflichtiger Inhalt)</span></header><div class="summary">Die Zinswende kommt bei Sparern kaum an.</div>'
        '<div class="byline">Von Ole Beispiel</div>' + paras([17, 18]) + "</article>",
    ),
    "Zinsen: Sparer gehen leer aus",
    ["Ole Beispiel"],
    "2026-12-03T07:00:00+01:00",
    ["Zinsen", "Sparen", "Inflation"],
    ["Die Zinswende kommt bei Sparern kaum an."] + [PARAS[i] for i in (17, 18)],
)

# --- pages2.py ---


# 21 tabloid: og:title with kicker "Kicker: ", caps names, "Themen:" link list, JSON-LD author Person in caps
add(
    "21-tabloid-caps",
    "https://www.probe-blitz.de/sport/fussball/remis-gegen-tabellenfuehrer-86432.bild.html",
    doc(
        "de",
        "PROBE",
        "<title>Remis gegen den Tabellenführer: Trainer lobt die Moral | Sport | PROBE.de</title>"
        + meta("og:title", "Remis gegen den Tabellenführer: Trainer lobt die Moral")
        + meta("og:site_name", "PROBE")
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Remis gegen den Tabellenführer: Trainer lobt die Moral",
                "datePublished": "2026-12-03T11:52:09.860Z",
                "author": [{"@type": "Person", "name": "KAI BEISPIEL"}],
            }
        ),
        '<article><h1><span class="kicker">Remis gegen den Tabellenführer</span><span class="headline">Trainer lobt die Moral</span></h1>'
        '<div class="authors">Von: KAI BEISPIEL</div><time datetime="2026-12-03T11:52:09.860Z">03.12.2026 - 12:52 Uhr</time>'
        + paras([8, 9, 10])
        + '<div class="related-topics"><h3>Themen:</h3><ul><li><a href="/themen/fussball">Fußball</a></li><li><a href="/themen/bundesliga">Bundesliga</a></li></ul></div></article>',
    ),
    "Remis gegen den Tabellenführer: Trainer lobt die Moral",
    ["KAI BEISPIEL"],
    "2026-12-03T11:52:09.860+00:00",
    ["Fußball", "Bundesliga"],
    [PARAS[i] for i in (8, 9, 10)],
)

# 22 weekly, "Mehr zum Thema" as related teasers (not topics), keywords in JSON-LD string
add(
    "22-weekly-ld-keywords",
    "https://www.probe-spiegel.de/wissenschaft/windkraft-voegel-a-1234abcd",
    doc(
        "de",
        "PROBE SPIEGEL",
        "<title>Windkraft: Wie Brutvögel besser geschützt werden sollen - PROBE SPIEGEL</title>"
        + meta("og:title", "Windkraft: Wie Brutvögel besser geschützt werden sollen")
        + meta("og:site_name", "PROBE SPIEGEL")
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": "Wie Brutvögel besser geschützt werden sollen",
                "datePublished": "2026-12-03T13:01:00+01:00",
                "keywords": "Windkraft, Naturschutz, Vögel",
                "author": [
                    {"@type": "Person", "name": "Lisa Beispiel"},
                    {"@type": "Person", "name": "Paul Probe"},
                ],
            }
        ),
        '<article><header><h2><span class="kicker">Windkraft</span><span class="hl">Wie Brutvögel besser geschützt werden sollen</span></h2></header>'
        '<div class="authors">Von <a href="/impressum/autor-1">Lisa Beispiel</a> und <a href="/impressum/autor-2">Paul Probe</a></div>'
        + paras([5, 4, 7])
        + "</article>",
        RELATED.format(head="Mehr zum Thema"),
    ),
    "Wie Brutvögel besser geschützt werden sollen",
    ["Lisa Beispiel", "Paul Probe"],
    "2026-12-03T13:01:00+01:00",
    ["Windkraft", "Naturschutz", "Vögel"],
    [PARAS[i] for i in (5, 4, 7)],
)

# 23 live ticker: "+++ Liveticker +++" title, entries
add(
    "23-liveticker",
    "https://www.probe-tv.de/politik/haushalt-liveticker-article24001.html",
    doc(
        "de",
        "probe-tv.de",
        "<title>+++ Haushalt im Liveticker +++ Stadtrat stimmt am Abend ab - probe-tv.de</title>"
        + meta("og:title", "+++ Haushalt im Liveticker +++ Stadtrat stimmt am Abend ab")
        + meta("og:site_name", "probe-tv.de")
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "LiveBlogPosting",
                "headline": "Stadtrat stimmt am Abend ab",
                "datePublished": "2026-12-03T06:15:00+01:00",
                "coverageStartTime": "2026-12-03T06:15:00+01:00",
            }
        ),
        '<article><h1><span class="kicker">Haushalt im Liveticker</span> <span>Stadtrat stimmt am Abend ab</span></h1>'
        '<div class="ticker"><div class="entry"><time>18:05</time><p>'
        + PARAS[0]
        + '</p></div><div class="entry"><time>14:30</time><p>'
        + PARAS[1]
        + "</p></div></div></article>",
    ),
    "+++ Haushalt im Liveticker +++ Stadtrat stimmt am Abend ab",
    None,
    "2026-12-03T06:15:00+01:00",
    None,
    [PARAS[0], PARAS[1]],
)

# 24 regional Austrian: byline with place "Von Maria Probe, Graz", "3. Dezember 2026, 14:05", tags list "Schlagworte" at bottom
add(
    "24-at-place-tags",
    "https://www.probe-kleine.at/steiermark/graz/5501234/festival-rekord",
    doc(
        "de-AT",
        "Probe Kleine",
        "<title>Festival mit Rekord: 60.000 Besucher am See | Probe Kleine</title>"
        + meta("og:title", "Festival mit Rekord: 60.000 Besucher am See")
        + meta("og:site_name", "Probe Kleine"),
        '<article><h1>Festival mit Rekord: 60.000 Besucher am See</h1><div class="article-byline">Von Maria Probe, Graz | 3. Dezember 2026, 14:05</div>'
        + paras([23, 24, 25])
        + '<div class="tags"><span>Schlagworte</span><a href="/tag/festival">Festival</a><a href="/tag/graz">Graz</a><a href="/tag/kultur">Kultur</a></div></article>',
    ),
    "Festival mit Rekord: 60.000 Besucher am See",
    ["Maria Probe"],
    "2026-12-03T14:05:00+01:00",
    ["Festival", "Graz", "Kultur"],
    [PARAS[i] for i in (23, 24, 25)],
)

# 25 tech site: author meta + article:tag multiples, modified earlier than published? no; "Veröffentlicht am 03.12.2026 um 09:41 Uhr"
add(
    "25-tech-tags",
    "https://www.probe-heise.de/news/smartphone-akku-9876543.html",
    doc(
        "de",
        "probe online",
        "<title>Smartphone mit Riesenakku: Zwei Tage Laufzeit im Test | probe online</title>"
        + meta("og:title", "Smartphone mit Riesenakku: Zwei Tage Laufzeit im Test")
        + meta("og:site_name", "probe online")
        + meta("author", "Felix Beispiel")
        + meta("article:tag", "Smartphone")
        + meta("article:tag", "Akku")
        + meta("article:tag", "Test"),
        '<article><h1>Smartphone mit Riesenakku: Zwei Tage Laufzeit im Test</h1><p class="a-publish-info">Veröffentlicht am 03.12.2026 um 09:41 Uhr</p>'
        '<p class="lead">Das neue Modell soll Vielnutzer überzeugen.</p>'
        + paras([11, 12, 13])
        + '<p class="author-sig">(fbe)</p></article>',
    ),
    "Smartphone mit Riesenakku: Zwei Tage Laufzeit im Test",
    ["Felix Beispiel"],
    "2026-12-03T09:41:00+01:00",
    ["Smartphone", "Akku", "Test"],
    ["Das neue Modell soll Vielnutzer überzeugen."] + [PARAS[i] for i in (11, 12, 13)],
)

# 26 sports site: "Von X und Y | 03.12.2026, 20:45" one line; crossheads
add(
    "26-sport-oneline",
    "https://www.probe-sport.de/fussball/bundesliga/remis-12345",
    doc(
        "de",
        "probe-sport.de",
        "<title>Moral stimmt: Remis nach 0:2 | probe-sport.de</title>"
        + meta("og:title", "Moral stimmt: Remis nach 0:2"),
        '<article><h1>Moral stimmt: Remis nach 0:2</h1><div class="meta">Von Jonas Probe und Lena Beispiel | 03.12.2026, 20:45</div>'
        + f"<p>{PARAS[8]}</p><h2>Trainer zufrieden</h2><p>{PARAS[9]}</p><p>{PARAS[10]}</p></article>",
    ),
    "Moral stimmt: Remis nach 0:2",
    ["Jonas Probe", "Lena Beispiel"],
    "2026-12-03T20:45:00+01:00",
    None,
    [PARAS[8], "Trainer zufrieden", PARAS[9], PARAS[10]],
)

# 27 Swiss paper, JSON-LD @graph with author Person array + SDA org, date meta Swiss style
add(
    "27-ch-graph-sda",
    "https://www.probe-anzeiger.ch/zinsentscheid-snb-erhoeht-12345678",
    doc(
        "de-CH",
        "Probe-Anzeiger",
        "<title>Zinsentscheid – SNB erhöht den Leitzins | Probe-Anzeiger</title>"
        + meta("og:title", "Zinsentscheid – SNB erhöht den Leitzins")
        + ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "NewsArticle",
                        "headline": "SNB erhöht den Leitzins",
                        "datePublished": "2026-12-03T10:16:11+01:00",
                        "author": [
                            {"@type": "Person", "name": "Urs Probe"},
                            {"@type": "Organization", "name": "SDA"},
                        ],
                    },
                    {"@type": "Organization", "name": "Probe-Anzeiger"},
                ],
            }
        ),
        '<article><p class="kicker">Zinsentscheid</p><h1>SNB erhöht den Leitzins</h1><div class="byline">Urs Probe, SDA</div>'
        '<div class="date">Publiziert: 03.12.2026, 10:16</div>'
        + paras([17, 18, 19])
        + "</article>",
    ),
    "SNB erhöht den Leitzins",
    ["Urs Probe", "SDA"],
    "2026-12-03T10:16:11+01:00",
    None,
    [PARAS[i] for i in (17, 18, 19)],
)

# 28 regional, date "Stand: 03.12.2026 14:05 Uhr" only + byline "Autor: X"
add(
    "28-stand-only",
    "https://www.probe-rundfunk.de/nachrichten/niedersachsen/unfall-b6-100.html",
    doc(
        "de",
        "PRF",
        "<title>Lastwagen kippt auf B6 um - Straße stundenlang gesperrt | PRF.de - Nachrichten - Niedersachsen</title>"
        + meta("og:title", "Lastwagen kippt auf B6 um - Straße stundenlang gesperrt"),
        '<article><h1>Lastwagen kippt auf B6 um - Straße stundenlang gesperrt</h1><p class="dateline">Stand: 03.12.2026 14:05 Uhr</p>'
        + paras([14, 15, 16])
        + '<p class="autor">Autor: Jens Beispiel</p></article>',
    ),
    "Lastwagen kippt auf B6 um - Straße stundenlang gesperrt",
    ["Jens Beispiel"],
    "2026-12-03T14:05:00+01:00",
    None,
    [PARAS[i] for i in (14, 15, 16)],
)

# 29 "Von X, Y und Z" three authors JSON-LD missing, meta author site name
add(
    "29-three-authors",
    "https://www.probe-post.de/berlin/brand-lichterfelde-412345.html",
    doc(
        "de",
        "Probe Post",
        "<title>Brand in Lagerhalle: Starke Rauchentwicklung - Probe Post</title>"
        + meta("og:title", "Brand in Lagerhalle: Starke Rauchentwicklung")
        + meta("author", "Probe Post")
        + meta("article:published_time", "2026-12-03T14:24:00+00:00"),
        '<article><h1>Brand in Lagerhalle: Starke Rauchentwicklung</h1><div class="authors">Von Sebastian Probe, Andrea Beispiel und Philipp Muster</div>'
        + paras([14, 15])
        + "</article>",
    ),
    "Brand in Lagerhalle: Starke Rauchentwicklung",
    ["Sebastian Probe", "Andrea Beispiel", "Philipp Muster"],
    "2026-12-03T14:24:00+00:00",
    None,
    [PARAS[i] for i in (14, 15)],
)

# 30 "Von <a>X</a>" + "mit dpa" and "Aktualisiert am" date plus published
add(
    "30-updated-published",
    "https://www.probe-merkur.de/politik/windkraft-bayern-92345678.html",
    doc(
        "de",
        "Probe Merkur",
        "<title>Windkraft in Bayern: Ministerium rechnet mit Verdopplung</title>"
        + meta("og:title", "Windkraft in Bayern: Ministerium rechnet mit Verdopplung"),
        '<article><h1>Windkraft in Bayern: Ministerium rechnet mit Verdopplung</h1><p class="id-DateTime">Stand: 03.12.2026, 15:30 Uhr</p>'
        '<p class="id-Author">Von: <a href="/autoren/jakob-probe-123.html">Jakob Probe</a></p>'
        + paras([7, 4, 5])
        + "</article>",
    ),
    "Windkraft in Bayern: Ministerium rechnet mit Verdopplung",
    ["Jakob Probe"],
    "2026-12-03T15:30:00+01:00",
    None,
    [PARAS[i] for i in (7, 4, 5)],
)

# 31 "Neue Probe, Reuters" paper as kicker line w/ agency (left-alone item)
add(
    "31-paper-agency",
    "https://www.probe-kurier.de/wirtschaft/nationalbank-55.html",
    doc(
        "de",
        "Probe Kurier",
        "<title>Nationalbank hebt Zins an</title>" + meta("og:title", "Nationalbank hebt Zins an"),
        '<article><h1>Nationalbank hebt Zins an</h1><p class="meta">Geldpolitik, Reuters</p><p class="date">03.12.2026, 07:30 Uhr</p>'
        + paras([17, 18])
        + "</article>",
    ),
    "Nationalbank hebt Zins an",
    ["Reuters"],
    "2026-12-03T07:30:00+01:00",
    None,
    [PARAS[i] for i in (17, 18)],
)

# 32 "Veröffentlicht am 3. Dezember 2026" date only + modified "Zuletzt aktualisiert am 4. Dezember 2026, 09:10 Uhr"
add(
    "32-day-only",
    "https://www.probe-echo.de/kultur/festival-bilanz-2026-12-03.html",
    doc(
        "de",
        "Probe Echo",
        "<title>Festival: So lief der Einlass</title>"
        + meta("og:title", "Festival: So lief der Einlass"),
        '<article><h1>Festival: So lief der Einlass</h1><div class="byline">Von Karin Probe</div><div class="dates"><span>Veröffentlicht am 3. Dezember 2026</span> '
        "<span>Zuletzt aktualisiert am 4. Dezember 2026, 09:10 Uhr</span></div>"
        + paras([24, 25])
        + "</article>",
    ),
    "Festival: So lief der Einlass",
    ["Karin Probe"],
    "2026-12-03",
    None,
    [PARAS[i] for i in (24, 25)],
)

# 33 public broadcaster with "Ein Beitrag von X" and time element naive datetime
add(
    "33-beitrag-von",
    "https://www.probe-rundfunk.de/nachrichten/bayern/heimspiel-100.html",
    doc(
        "de",
        "PR24",
        "<title>Remis im Heimspiel | PR24</title>"
        + meta("og:title", "Remis im Heimspiel")
        + meta("og:site_name", "PR24"),
        '<article><h1>Remis im Heimspiel</h1><p class="author">Ein Beitrag von Tobias Beispiel</p><time datetime="2026-12-03T21:10">03.12.2026, 21:10 Uhr</time>'
        + paras([8, 9])
        + "</article>",
    ),
    "Remis im Heimspiel",
    ["Tobias Beispiel"],
    "2026-12-03T21:10:00+01:00",
    None,
    [PARAS[i] for i in (8, 9)],
)

# 34 "Interview: X" label, topics from keywords meta with site name in it
add(
    "34-interview-keywords",
    "https://www.probe-taz.de/Interview-Windkraft/!6012345/",
    doc(
        "de",
        "probetaz",
        "<title>Interview Windkraft: „Wir brauchen mehr Personal“ - probetaz.de</title>"
        + meta("og:title", "„Wir brauchen mehr Personal“")
        + meta("keywords", "Windkraft, Energiewende, Behörden, probetaz")
        + meta("article:published_time", "2026-12-03T18:03:00+01:00"),
        '<article><h1><span class="kicker">Interview Windkraft</span> <span>„Wir brauchen mehr Personal“</span></h1><p class="byline">Interview: Ute Probe</p>'
        + paras([7, 4])
        + "</article>",
    ),
    "„Wir brauchen mehr Personal“",
    ["Ute Probe"],
    "2026-12-03T18:03:00+01:00",
    ["Windkraft", "Energiewende", "Behörden"],
    [PARAS[i] for i in (7, 4)],
)

# 35 Swiss Liechtenstein-like: date "03. Dezember 2026, 14:05 Uhr" and "Von Hans Probe" and "(sda)" inline
add(
    "35-li-date",
    "https://www.probe-vaterland.li/inland/festival-rekord-art-123",
    doc(
        "de",
        "Probe Vaterland",
        "<title>Festival mit Rekordbesuch</title>" + meta("og:title", "Festival mit Rekordbesuch"),
        '<article><h1>Festival mit Rekordbesuch</h1><div class="byline">Von Hans Probe</div><div class="date">03. Dezember 2026, 14:05 Uhr</div>'
        + paras([23, 24])
        + "</article>",
    ),
    "Festival mit Rekordbesuch",
    ["Hans Probe"],
    "2026-12-03T14:05:00+01:00",
    None,
    [PARAS[i] for i in (23, 24)],
)

# 36 dpa-only page: JSON-LD author Organization dpa, visible "dpa" under headline, keywords
add(
    "36-dpa-only",
    "https://www.probe-zeitung.de/panorama/lkw-unfall-dpa-1234",
    doc(
        "de",
        "Probe Zeitung",
        "<title>Lkw kippt um - Bundesstraße gesperrt | Probe Zeitung</title>"
        + meta("og:title", "Lkw kippt um - Bundesstraße gesperrt")
        + meta("og:site_name", "Probe Zeitung")
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Lkw kippt um - Bundesstraße gesperrt",
                "datePublished": "2026-12-03T16:44:00+01:00",
                "author": {"@type": "Organization", "name": "dpa"},
                "keywords": ["Unfälle", "Verkehr"],
            }
        ),
        '<article><h1>Lkw kippt um - Bundesstraße gesperrt</h1><p class="source">dpa</p>'
        + paras([14, 15, 16])
        + '<p class="footer-note">© dpa-infocom, dpa:261203-930-123456/1</p></article>',
    ),
    "Lkw kippt um - Bundesstraße gesperrt",
    ["dpa"],
    "2026-12-03T16:44:00+01:00",
    ["Unfälle", "Verkehr"],
    [PARAS[i] for i in (14, 15, 16)],
)

# 37 "von X" lower-case von, within time line "Von Anna Muster | Aktualisiert: 03.12.2026 - 10:12 Uhr" (updated only)
add(
    "37-aktualisiert-line",
    "https://www.probe-hna.de/lokales/kassel/unfall-92345.html",
    doc(
        "de",
        "Probe HNA",
        "<title>Unfall auf B7: Lkw umgekippt</title>"
        + meta("og:title", "Unfall auf B7: Lkw umgekippt"),
        '<article><h1>Unfall auf B7: Lkw umgekippt</h1><div class="meta">Von Anna Muster | Aktualisiert: 03.12.2026 - 10:12 Uhr</div>'
        + paras([14, 16])
        + "</article>",
    ),
    "Unfall auf B7: Lkw umgekippt",
    ["Anna Muster"],
    "2026-12-03T10:12:00+01:00",
    None,
    [PARAS[i] for i in (14, 16)],
)

# 38 magazine with "Text: X, Fotos: Y"
add(
    "38-text-fotos",
    "https://www.probe-magazin.de/reise/festival-am-see-2026",
    doc(
        "de",
        "Probe Magazin",
        "<title>Vier Tage Musik am See | Probe Magazin</title>"
        + meta("og:title", "Vier Tage Musik am See")
        + meta("article:published_time", "2026-12-01T09:00:00+01:00"),
        '<article><h1>Vier Tage Musik am See</h1><p class="credits">Text: Mia Probe, Fotos: Lukas Beispiel</p>'
        + paras([23, 24, 25])
        + "</article>",
    ),
    "Vier Tage Musik am See",
    ["Mia Probe"],
    "2026-12-01T09:00:00+01:00",
    None,
    [PARAS[i] for i in (23, 24, 25)],
)

# 39 Austrian paper JSON-LD publisher only author org "Probe Nachrichten" and visible "SN/APA" + tags "Mehr zum Thema" links to /thema/
add(
    "39-at-thema-links",
    "https://www.probe-sn.at/politik/innenpolitik/prozess-betrug-1234567",
    doc(
        "de-AT",
        "Probe Nachrichten",
        "<title>Betrugsprozess: Urteil am Donnerstag erwartet | Probe Nachrichten</title>"
        + meta("og:title", "Betrugsprozess: Urteil am Donnerstag erwartet")
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Betrugsprozess: Urteil am Donnerstag erwartet",
                "datePublished": "2026-12-03T14:59:00+01:00",
                "author": {"@type": "Organization", "name": "Probe Nachrichten"},
                "publisher": {"@type": "Organization", "name": "Probe Nachrichten"},
            }
        ),
        '<article><h1>Betrugsprozess: Urteil am Donnerstag erwartet</h1><p class="meta">SN/APA</p>'
        + paras([20, 21, 22])
        + '<div class="thema"><h3>Mehr zum Thema</h3><a href="/thema/landesgericht">Landesgericht</a> <a href="/thema/betrug">Betrug</a></div></article>',
    ),
    "Betrugsprozess: Urteil am Donnerstag erwartet",
    ["Probe Nachrichten"],
    "2026-12-03T14:59:00+01:00",
    ["Landesgericht", "Betrug"],
    [PARAS[i] for i in (20, 21, 22)],
)

# 40 Dachzeile h2 above h1 + og:title "Dachzeile - Headline"; twitter:title; "Von X" inside footer of article
add(
    "40-dachzeile-dash",
    "https://www.probe-abendzeitung.de/muenchen/haushalt-art-1234",
    doc(
        "de",
        "Probe Abendzeitung",
        "<title>Haushalt - Stadt steckt Rekordsumme in Schulen | Probe Abendzeitung</title>"
        + meta("og:title", "Haushalt - Stadt steckt Rekordsumme in Schulen")
        + meta("twitter:title", "Stadt steckt Rekordsumme in Schulen")
        + meta("article:published_time", "2026-12-03T19:30:00+01:00"),
        '<article><header><h2 class="dachzeile">Haushalt</h2><h1>Stadt steckt Rekordsumme in Schulen</h1></header>'
        + paras([0, 2, 3])
        + '<footer><p class="author">Von Max Probe</p></footer></article>',
    ),
    "Stadt steckt Rekordsumme in Schulen",
    ["Max Probe"],
    "2026-12-03T19:30:00+01:00",
    None,
    [PARAS[i] for i in (0, 2, 3)],
)

# --- pages3.py ---


def simple(
    pid,
    url,
    site,
    title_tag,
    og,
    header,
    body_idx,
    title,
    authors,
    published,
    topics=None,
    head_extra="",
    tail="",
    lang="de",
):
    head = f"<title>{title_tag}</title>" + (meta("og:title", og) if og else "") + head_extra
    add(
        pid,
        url,
        doc(lang, site, head, f"<article>{header}{paras(body_idx)}{tail}</article>"),
        title,
        authors,
        published,
        topics,
        [PARAS[i] for i in body_idx],
    )


# titles: suffix everywhere, h1 worded differently
simple(
    "41-minuten-og-differs",
    "https://www.30min.ch/story/leitzins-104",
    "30 Minuten",
    "Leitzins steigt: SNB überrascht die Märkte - 30 Minuten",
    "Leitzins steigt: SNB überrascht die Märkte - 30 Minuten",
    '<h1>Nationalbank überrascht mit Zinsschritt</h1><p class="date">3.12.2026, 14.05 Uhr</p>',
    [17, 18],
    "Leitzins steigt: SNB überrascht die Märkte",
    None,
    "2026-12-03T14:05:00+01:00",
    lang="de-CH",
)
simple(
    "42-obf-og-differs",
    "https://news.obf.at/stories/3301236/",
    "OBF",
    "Pensionisten um 800.000 Euro betrogen? - news.OBF.at",
    "Pensionisten um 800.000 Euro betrogen? - news.OBF.at",
    '<h1>Betrugsprozess am Landesgericht</h1><p class="date">3. Dezember 2026, 14:05</p>',
    [20, 21],
    "Pensionisten um 800.000 Euro betrogen?",
    None,
    "2026-12-03T14:05:00+01:00",
)
simple(
    "43-ticker-plus",
    "https://www.probe-welt.de/politik/live123/haushalt.html",
    "PROBE WELT",
    "Haushalt im Liveticker: Stadtrat stimmt am Abend ab - PROBE WELT",
    "Haushalt im Liveticker: Stadtrat stimmt am Abend ab",
    '<h1>Haushalt im Liveticker: Stadtrat stimmt am Abend ab</h1><p class="date">Veröffentlicht am 03.12.2026 | Lesedauer: 3 Minuten</p>',
    [0, 1],
    "Haushalt im Liveticker: Stadtrat stimmt am Abend ab",
    None,
    "2026-12-03",
)
# dates
simple(
    "44-two-digit-year",
    "https://www.probe-tagblatt.de/lokal/unfall-1",
    "Probe Tagblatt",
    "Lkw blockiert B27",
    "Lkw blockiert B27",
    '<h1>Lkw blockiert B27</h1><p class="meta">Von Ida Probe | 03.12.26, 14:05 Uhr</p>',
    [14, 15],
    "Lkw blockiert B27",
    ["Ida Probe"],
    "2026-12-03T14:05:00+01:00",
)
simple(
    "45-abbrev-month",
    "https://www.probe-tagblatt.de/lokal/unfall-2",
    "Probe Tagblatt",
    "Lkw blockiert B28",
    "Lkw blockiert B28",
    '<h1>Lkw blockiert B28</h1><p class="meta">Ida Probe, 3. Dez. 2026, 14:05 Uhr</p>',
    [14, 16],
    "Lkw blockiert B28",
    ["Ida Probe"],
    "2026-12-03T14:05:00+01:00",
)
simple(
    "46-weekday-date",
    "https://www.probe-tagblatt.de/lokal/unfall-3",
    "Probe Tagblatt",
    "Lkw blockiert B29",
    "Lkw blockiert B29",
    '<h1>Lkw blockiert B29</h1><p class="meta">Mittwoch, 03.12.2026, 14:05 Uhr</p><p class="author">Von Ida Probe</p>',
    [15, 16],
    "Lkw blockiert B29",
    ["Ida Probe"],
    "2026-12-03T14:05:00+01:00",
)
simple(
    "47-swiss-updated-first",
    "https://www.probe-luzerner.ch/schweiz/zins-ld.9",
    "Probe Luzerner",
    "SNB hebt Zins | Probe Luzerner",
    "SNB hebt Zins",
    '<h1>SNB hebt Zins</h1><div class="meta"><span>Aktualisiert 3.12.2026, 16.30 Uhr</span> <span>Publiziert 3.12.2026, 14.05 Uhr</span></div><p class="author">Beat Probe</p>',
    [17, 19],
    "SNB hebt Zins",
    ["Beat Probe"],
    "2026-12-03T14:05:00+01:00",
    lang="de-CH",
)
simple(
    "48-erstellt-um",
    "https://www.probe-volksblatt.at/regional/festival-7",
    "Probe Volksblatt",
    "Festival am See | Probe Volksblatt",
    "Festival am See",
    '<h1>Festival am See</h1><p class="meta">Erstellt am 03.12.2026 um 14:05 Uhr</p>',
    [23, 25],
    "Festival am See",
    None,
    "2026-12-03T14:05:00+01:00",
    lang="de-AT",
)
simple(
    "49-date-before-von",
    "https://www.probe-tagblatt.de/lokal/unfall-4",
    "Probe Tagblatt",
    "Lkw blockiert B30",
    "Lkw blockiert B30",
    '<h1>Lkw blockiert B30</h1><p class="meta">03.12.2026 14:05 Uhr von Ida Probe</p>',
    [14, 15],
    "Lkw blockiert B30",
    ["Ida Probe"],
    "2026-12-03T14:05:00+01:00",
)
simple(
    "50-ld-naive",
    "https://www.probe-tagblatt.de/lokal/unfall-5",
    "Probe Tagblatt",
    "Lkw blockiert B31",
    "Lkw blockiert B31",
    '<h1>Lkw blockiert B31</h1><p class="meta">03.12.2026, 14:05 Uhr</p>',
    [14, 16],
    "Lkw blockiert B31",
    None,
    "2026-12-03T14:05:00",
    head_extra=ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Lkw blockiert B31",
            "datePublished": "2026-12-03T14:05:00",
        }
    ),
)
# authors
simple(
    "51-von-korrespondentin",
    "https://www.probe-post.de/politik/ausland/bruessel-1",
    "Probe Post",
    "EU einigt sich auf Windkraft-Regeln",
    "EU einigt sich auf Windkraft-Regeln",
    '<h1>EU einigt sich auf Windkraft-Regeln</h1><p class="byline">Von unserer Korrespondentin Anna Muster, Brüssel</p><p class="date">03.12.2026, 14:05 Uhr</p>',
    [4, 5],
    "EU einigt sich auf Windkraft-Regeln",
    ["Anna Muster"],
    "2026-12-03T14:05:00+01:00",
)
simple(
    "52-von-und-agenturen",
    "https://www.probe-post.de/politik/ausland/bruessel-2",
    "Probe Post",
    "Windkraft-Regeln beschlossen",
    "Windkraft-Regeln beschlossen",
    '<h1>Windkraft-Regeln beschlossen</h1><p class="byline">Von Anna Muster und Agenturen</p><p class="date">03.12.2026, 14:05 Uhr</p>',
    [4, 6],
    "Windkraft-Regeln beschlossen",
    ["Anna Muster"],
    "2026-12-03T14:05:00+01:00",
)
simple(
    "53-slash-agency",
    "https://www.probe-post.de/politik/ausland/bruessel-3",
    "Probe Post",
    "Streit um Windkraft",
    "Streit um Windkraft",
    '<h1>Streit um Windkraft</h1><p class="byline">Anna Muster / dpa</p><p class="date">03.12.2026, 14:05 Uhr</p>',
    [5, 6],
    "Streit um Windkraft",
    ["Anna Muster", "dpa"],
    "2026-12-03T14:05:00+01:00",
)
simple(
    "54-closing-dpa-afp",
    "https://www.probe-post.de/politik/ausland/bruessel-4",
    "Probe Post",
    "Windkraft: Verbände uneins",
    "Windkraft: Verbände uneins",
    '<h1>Windkraft: Verbände uneins</h1><p class="date">03.12.2026, 14:05 Uhr</p>',
    [5, 6],
    "Windkraft: Verbände uneins",
    ["dpa", "AFP"],
    "2026-12-03T14:05:00+01:00",
    tail="<p>(dpa/AFP/jm)</p>",
)
simple(
    "55-red-dpa",
    "https://www.probe-post.de/politik/ausland/bruessel-5",
    "Probe Post",
    "Windkraft: Land legt nach",
    "Windkraft: Land legt nach",
    '<h1>Windkraft: Land legt nach</h1><p class="date">03.12.2026, 14:05 Uhr</p>',
    [4, 7],
    "Windkraft: Land legt nach",
    ["dpa"],
    "2026-12-03T14:05:00+01:00",
    tail='<p class="kuerzel">red/dpa</p>',
)
simple(
    "56-ld-string-und",
    "https://www.probe-post.de/politik/ausland/bruessel-6",
    "Probe Post",
    "Windräder schneller genehmigt",
    "Windräder schneller genehmigt",
    "<h1>Windräder schneller genehmigt</h1>",
    [4, 5],
    "Windräder schneller genehmigt",
    ["Anna Muster", "Jan Probe"],
    "2026-12-03T14:05:00+01:00",
    head_extra=ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Windräder schneller genehmigt",
            "datePublished": "2026-12-03T14:05:00+01:00",
            "author": {"@type": "Person", "name": "Von Anna Muster und Jan Probe"},
        }
    ),
)
simple(
    "57-ld-name-dpa",
    "https://www.probe-post.de/politik/ausland/bruessel-7",
    "Probe Post",
    "Windkraft im Landtag",
    "Windkraft im Landtag",
    "<h1>Windkraft im Landtag</h1>",
    [4, 6],
    "Windkraft im Landtag",
    ["Anna Muster", "dpa"],
    "2026-12-03T14:05:00+01:00",
    head_extra=ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Windkraft im Landtag",
            "datePublished": "2026-12-03T14:05:00+01:00",
            "author": [{"@type": "Person", "name": "Anna Muster, dpa"}],
        }
    ),
)
simple(
    "58-meta-author-kuerzel",
    "https://www.probe-post.de/politik/ausland/bruessel-8",
    "Probe Post",
    "Windkraft und Vögel",
    "Windkraft und Vögel",
    "<h1>Windkraft und Vögel</h1>",
    [5, 7],
    "Windkraft und Vögel",
    ["Anna Muster"],
    "2026-12-03T14:05:00+01:00",
    head_extra=meta("author", "Anna Muster (amu)")
    + meta("article:published_time", "2026-12-03T14:05:00+01:00"),
)
simple(
    "59-ld-redaktion-visible-person",
    "https://www.probe-post.de/politik/ausland/bruessel-9",
    "Probe Post",
    "Windkraft: Kritik wächst",
    "Windkraft: Kritik wächst",
    '<h1>Windkraft: Kritik wächst</h1><p class="byline">Von Anna Muster</p>',
    [5, 6],
    "Windkraft: Kritik wächst",
    ["Anna Muster"],
    "2026-12-03T14:05:00+01:00",
    head_extra=ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Windkraft: Kritik wächst",
            "datePublished": "2026-12-03T14:05:00+01:00",
            "author": {"@type": "Person", "name": "Redaktion"},
        }
    ),
)
simple(
    "60-von-hyphen-von",
    "https://www.probe-post.de/politik/ausland/bruessel-10",
    "Probe Post",
    "Windkraft: Neue Pläne",
    "Windkraft: Neue Pläne",
    '<h1>Windkraft: Neue Pläne</h1><p class="byline">Von Hans-Peter von der Heide und Dr. Anna-Lena Müller-Beispiel</p><p class="date">03.12.2026, 14:05 Uhr</p>',
    [4, 5],
    "Windkraft: Neue Pläne",
    ["Hans-Peter von der Heide", "Dr. Anna-Lena Müller-Beispiel"],
    "2026-12-03T14:05:00+01:00",
)
simple(
    "61-von-redakteurin",
    "https://www.probe-post.de/politik/ausland/bruessel-11",
    "Probe Post",
    "Windkraft: Genehmigungen",
    "Windkraft: Genehmigungen",
    '<h1>Windkraft: Genehmigungen</h1><p class="byline">Von Anna Muster, Redakteurin Politik</p><p class="date">03.12.2026, 14:05 Uhr</p>',
    [4, 7],
    "Windkraft: Genehmigungen",
    ["Anna Muster"],
    "2026-12-03T14:05:00+01:00",
)
simple(
    "62-von-mit-dpa",
    "https://www.probe-post.de/politik/ausland/bruessel-12",
    "Probe Post",
    "Windkraft: Einigung",
    "Windkraft: Einigung",
    '<h1>Windkraft: Einigung</h1><p class="byline">Von Anna Muster mit dpa</p><p class="date">03.12.2026, 14:05 Uhr</p>',
    [4, 6],
    "Windkraft: Einigung",
    ["Anna Muster", "dpa"],
    "2026-12-03T14:05:00+01:00",
)
simple(
    "63-quelle-apa",
    "https://www.probe-volksblatt.at/regional/prozess-8",
    "Probe Volksblatt",
    "Prozess vertagt | Probe Volksblatt",
    "Prozess vertagt",
    '<h1>Prozess vertagt</h1><p class="meta">03.12.2026 um 14:05 Uhr</p>',
    [20, 22],
    "Prozess vertagt",
    ["APA"],
    "2026-12-03T14:05:00+01:00",
    lang="de-AT",
    tail='<p class="quelle">Quelle: APA</p>',
)
# topics
simple(
    "64-themen-dots",
    "https://www.probe-post.de/politik/ausland/bruessel-13",
    "Probe Post",
    "Windkraft: Themen",
    "Windkraft: Themen",
    '<h1>Windkraft: Themen</h1><p class="date">03.12.2026, 14:05 Uhr</p>',
    [4, 5],
    "Windkraft: Themen",
    None,
    "2026-12-03T14:05:00+01:00",
    ["Windkraft", "Energiewende"],
    tail='<p class="topics">Themen: <a href="/thema/windkraft">Windkraft</a> · <a href="/thema/energiewende">Energiewende</a></p>',
)
simple(
    "65-keywords-house",
    "https://www.probe-post.de/politik/ausland/bruessel-14",
    "Probe Post",
    "Windkraft: Zahlen",
    "Windkraft: Zahlen",
    '<h1>Windkraft: Zahlen</h1><p class="date">03.12.2026, 14:05 Uhr</p>',
    [4, 7],
    "Windkraft: Zahlen",
    None,
    "2026-12-03T14:05:00+01:00",
    ["Windkraft", "Energiewende", "Bayern"],
    head_extra=meta("keywords", "Windkraft, Energiewende, Bayern, Probe Post"),
)
simple(
    "66-hashtags",
    "https://www.probe-post.de/politik/ausland/bruessel-15",
    "Probe Post",
    "Windkraft: Hashtags",
    "Windkraft: Hashtags",
    '<h1>Windkraft: Hashtags</h1><p class="date">03.12.2026, 14:05 Uhr</p>',
    [5, 7],
    "Windkraft: Hashtags",
    None,
    "2026-12-03T14:05:00+01:00",
    ["Windkraft", "Naturschutz"],
    tail='<div class="tags"><a href="/tag/windkraft">#Windkraft</a> <a href="/tag/naturschutz">#Naturschutz</a></div>',
)
simple(
    "67-section-meta-agency",
    "https://www.probe-post.de/politik/sicherheit-1",
    "Probe Post",
    "Mehr Polizei an Bahnhöfen",
    "Mehr Polizei an Bahnhöfen",
    '<h1>Mehr Polizei an Bahnhöfen</h1><p class="meta">Innere Sicherheit, dpa</p><p class="date">03.12.2026, 07:30 Uhr</p>',
    [14, 15],
    "Mehr Polizei an Bahnhöfen",
    ["dpa"],
    "2026-12-03T07:30:00+01:00",
    head_extra=meta("article:section", "Innere Sicherheit"),
)
simple(
    "68-breadcrumb-agency",
    "https://www.probe-post.de/politik/sicherheit-2",
    "Probe Post",
    "Mehr Polizei an Flughäfen",
    "Mehr Polizei an Flughäfen",
    '<ol class="breadcrumb"><li><a href="/">Startseite</a></li><li><a href="/politik/innere-sicherheit">Innere Sicherheit</a></li></ol><h1>Mehr Polizei an Flughäfen</h1><p class="meta">Innere Sicherheit, dpa</p><p class="date">03.12.2026, 07:30 Uhr</p>',
    [14, 16],
    "Mehr Polizei an Flughäfen",
    ["dpa"],
    "2026-12-03T07:30:00+01:00",
)
simple(
    "69-paper-agency",
    "https://www.neue-probe.ch/wirtschaft/zins-1",
    "Neue Probe Zeitung",
    "SNB: Zins steigt | Neue Probe Zeitung",
    "SNB: Zins steigt",
    '<h1>SNB: Zins steigt</h1><p class="meta">Neue Probe, Reuters</p><p class="date">3.12.2026, 14.05 Uhr</p>',
    [17, 18],
    "SNB: Zins steigt",
    ["Reuters"],
    "2026-12-03T14:05:00+01:00",
    head_extra=meta("og:site_name", "Neue Probe Zeitung"),
    lang="de-CH",
)
simple(
    "70-guard-name-agency",
    "https://www.probe-post.de/politik/sicherheit-3",
    "Probe Post",
    "Polizei zieht Bilanz",
    "Polizei zieht Bilanz",
    '<h1>Polizei zieht Bilanz</h1><p class="meta">Jan Beispiel, dpa</p><p class="date">03.12.2026, 07:30 Uhr</p>',
    [14, 15],
    "Polizei zieht Bilanz",
    ["Jan Beispiel", "dpa"],
    "2026-12-03T07:30:00+01:00",
)
simple(
    "71-guard-name-section-differs",
    "https://www.probe-post.de/politik/sicherheit-4",
    "Probe Post",
    "Polizei zieht Bilanz am Bahnhof",
    "Polizei zieht Bilanz am Bahnhof",
    '<h1>Polizei zieht Bilanz am Bahnhof</h1><p class="meta">Jan Beispiel, AFP</p><p class="date">03.12.2026, 07:30 Uhr</p>',
    [14, 16],
    "Polizei zieht Bilanz am Bahnhof",
    ["Jan Beispiel", "AFP"],
    "2026-12-03T07:30:00+01:00",
    head_extra=meta("article:section", "Innere Sicherheit"),
)

# --- pages4.py ---


simple(
    "80-heute",
    "https://www.probe-tagblatt.de/lokal/unfall-80",
    "Probe Tagblatt",
    "Lkw blockiert B80",
    "Lkw blockiert B80",
    '<h1>Lkw blockiert B80</h1><p class="meta">Von Ida Probe | heute, 14:05 Uhr</p>',
    [14, 15],
    "Lkw blockiert B80",
    ["Ida Probe"],
    "2026-12-03T14:05:00+01:00",
)
simple(
    "81-gestern",
    "https://www.probe-tagblatt.de/lokal/unfall-81",
    "Probe Tagblatt",
    "Lkw blockiert B81",
    "Lkw blockiert B81",
    '<h1>Lkw blockiert B81</h1><p class="meta">Von Ida Probe</p><p class="date">Gestern, 18:40 Uhr</p>',
    [14, 16],
    "Lkw blockiert B81",
    ["Ida Probe"],
    "2026-12-02T18:40:00+01:00",
)
simple(
    "82-weekday-abbr",
    "https://www.probe-tagblatt.de/lokal/unfall-82",
    "Probe Tagblatt",
    "Lkw blockiert B82",
    "Lkw blockiert B82",
    '<h1>Lkw blockiert B82</h1><p class="meta">Do., 03.12.2026, 14:05</p>',
    [15, 16],
    "Lkw blockiert B82",
    None,
    "2026-12-03T14:05:00+01:00",
)
simple(
    "83-dash-time",
    "https://www.probe-tagblatt.de/lokal/unfall-83",
    "Probe Tagblatt",
    "Lkw blockiert B83",
    "Lkw blockiert B83",
    '<h1>Lkw blockiert B83</h1><p class="meta">03.12.2026 – 14:05 Uhr</p>',
    [14, 15],
    "Lkw blockiert B83",
    None,
    "2026-12-03T14:05:00+01:00",
)
simple(
    "84-um-uhr",
    "https://www.probe-tagblatt.de/lokal/unfall-84",
    "Probe Tagblatt",
    "Lkw blockiert B84",
    "Lkw blockiert B84",
    '<h1>Lkw blockiert B84</h1><p class="meta">3. Dezember 2026 um 14:05 Uhr</p>',
    [14, 16],
    "Lkw blockiert B84",
    None,
    "2026-12-03T14:05:00+01:00",
)
simple(
    "85-publiziert-heute",
    "https://www.probe-luzerner.ch/schweiz/zins-85",
    "Probe Luzerner",
    "SNB hebt Zins erneut | Probe Luzerner",
    "SNB hebt Zins erneut",
    '<h1>SNB hebt Zins erneut</h1><div class="meta"><span>Publiziert heute um 14:05 Uhr</span></div>',
    [17, 18],
    "SNB hebt Zins erneut",
    None,
    "2026-12-03T14:05:00+01:00",
    lang="de-CH",
)
simple(
    "86-vor-minuten",
    "https://www.probe-tech.de/news/handy-86",
    "Probe Tech",
    "Handy im Test",
    "Handy im Test",
    '<h1>Handy im Test</h1><div class="meta">Aktualisiert: vor 35 Minuten</div>',
    [11, 12],
    "Handy im Test",
    None,
    "2026-12-03T15:25:00+01:00",
)


# badges in h1, no og:title
def add_html(pid, url, head, art, title, authors, pub, body):
    add(pid, url, doc("de", "Probe", head, art), title, authors, pub, None, body)


add_html(
    "87-plus-h1-no-og",
    "https://www.probe-abendblatt.de/hamburg/haushalt-87.html",
    "<title>Haushalt: Was die Stadt vorhat | Probe Abendblatt</title>"
    + meta("article:published_time", "2026-12-03T05:00:00+01:00"),
    '<article><h1><span class="plus-icon">Plus</span> Haushalt: Was die Stadt vorhat</h1><p class="author">Von Nina Probe</p>'
    + paras([0, 1])
    + "</article>",
    "Haushalt: Was die Stadt vorhat",
    ["Nina Probe"],
    "2026-12-03T05:00:00+01:00",
    [PARAS[0], PARAS[1]],
)
add_html(
    "88-exklusiv-h1",
    "https://www.probe-blitz.de/politik/haushalt-88.html",
    "<title>Haushalt: Stadt plant Rekord</title>"
    + meta("article:published_time", "2026-12-03T05:00:00+01:00"),
    '<article><h1><span class="badge">Exklusiv</span> Haushalt: Stadt plant Rekord</h1><p class="author">Von Nina Probe</p>'
    + paras([0, 2])
    + "</article>",
    "Haushalt: Stadt plant Rekord",
    ["Nina Probe"],
    "2026-12-03T05:00:00+01:00",
    [PARAS[0], PARAS[2]],
)
add_html(
    "89-job-surname-link",
    "https://www.probe-post.de/politik/a-89.html",
    "<title>Windkraft: Genehmigung</title>"
    + meta("article:published_time", "2026-12-03T05:00:00+01:00"),
    '<article><h1>Windkraft: Genehmigung</h1><p class="byline">Von <a href="/autoren/anna-maria-autor">Anna Maria Autor</a></p>'
    + paras([4, 5])
    + "</article>",
    "Windkraft: Genehmigung",
    ["Anna Maria Autor"],
    "2026-12-03T05:00:00+01:00",
    [PARAS[4], PARAS[5]],
)
add_html(
    "90-job-surname-plain",
    "https://www.probe-post.de/politik/a-90.html",
    "<title>Windkraft: Genehmigung 2</title>"
    + meta("article:published_time", "2026-12-03T05:00:00+01:00"),
    '<article><h1>Windkraft: Genehmigung 2</h1><p class="byline">Von Anna Muster Autor</p>'
    + paras([4, 6])
    + "</article>",
    "Windkraft: Genehmigung 2",
    ["Anna Muster"],  # no link spells the job word into the name: it is her job
    "2026-12-03T05:00:00+01:00",
    [PARAS[4], PARAS[6]],
)
add_html(
    "91-names-und-place",
    "https://www.probe-post.de/politik/a-91.html",
    "<title>Windkraft: Genehmigung 3</title>"
    + meta("article:published_time", "2026-12-03T05:00:00+01:00"),
    '<article><h1>Windkraft: Genehmigung 3</h1><p class="byline">Anna Muster und Jan Probe, Berlin</p>'
    + paras([5, 6])
    + "</article>",
    "Windkraft: Genehmigung 3",
    ["Anna Muster", "Jan Probe"],
    "2026-12-03T05:00:00+01:00",
    [PARAS[5], PARAS[6]],
)
add_html(
    "92-author-box-img-role",
    "https://www.probe-post.de/politik/a-92.html",
    "<title>Windkraft: Genehmigung 4</title>"
    + meta("article:published_time", "2026-12-03T05:00:00+01:00"),
    '<article><h1>Windkraft: Genehmigung 4</h1><div class="author"><img src="/a.jpg" alt="Anna Muster"><span>Von Anna Muster</span> <span>Redakteurin Politik</span></div>'
    + paras([5, 7])
    + "</article>",
    "Windkraft: Genehmigung 4",
    ["Anna Muster"],
    "2026-12-03T05:00:00+01:00",
    [PARAS[5], PARAS[7]],
)
# furniture inside the text
add_html(
    "93-furniture",
    "https://www.probe-post.de/politik/a-93.html",
    "<title>Windkraft: Genehmigung 5</title>"
    + meta("article:published_time", "2026-12-03T05:00:00+01:00"),
    '<article><h1>Windkraft: Genehmigung 5</h1><div class="audio"><button>Artikel anhören</button><span>Lesezeit: 3 Min.</span></div>'
    f'<p>{PARAS[4]}</p><p><strong>Lesen Sie auch:</strong> <a href="/politik/a-1.html">Windräder: Was die Gemeinden jetzt wissen müssen</a></p>'
    f'<p>{PARAS[5]}</p><div class="ad"><span>Anzeige</span></div><div class="newsletter"><h3>Newsletter</h3><p>Die wichtigsten Nachrichten des Tages direkt in Ihr Postfach.</p><button>Jetzt abonnieren</button></div>'
    f'<p>{PARAS[6]}</p><div class="embed-consent"><p>Empfohlener redaktioneller Inhalt</p><p>An dieser Stelle finden Sie einen externen Inhalt, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen.</p><button>Externen Inhalt anzeigen</button></div>'
    f'<p>{PARAS[7]}</p><p class="copyright">© dpa-infocom, dpa:261203-99-123456/2</p><a href="/">Zur Startseite</a></article>',
    "Windkraft: Genehmigung 5",
    None,
    "2026-12-03T05:00:00+01:00",
    [PARAS[i] for i in (4, 5, 6, 7)],
)
add_html(
    "94-wichtigste-kuerze",
    "https://www.probe-post.de/politik/a-94.html",
    "<title>Windkraft: Genehmigung 6</title>"
    + meta("article:published_time", "2026-12-03T05:00:00+01:00"),
    '<article><h1>Windkraft: Genehmigung 6</h1><p class="lead">Das Land will schneller genehmigen.</p>'
    f"<p>{PARAS[4]}</p><h2>Kritik der Verbände</h2><p>{PARAS[5]}</p><p>{PARAS[6]}</p>"
    '<div class="comments"><h2>Kommentare (12)</h2><p>Melden Sie sich an, um zu kommentieren.</p></div></article>',
    "Windkraft: Genehmigung 6",
    None,
    "2026-12-03T05:00:00+01:00",
    ["Das Land will schneller genehmigen.", PARAS[4], "Kritik der Verbände", PARAS[5], PARAS[6]],
)


FETCHED = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
_TOKEN = re.compile(r"\w+")
# Nothing is left on purpose now (a job-word surname is kept only where a link spells it:
# authorchecks.linked_surnames). (An "Aktualisiert: vor 35 Minuten" line alone now dates the page as
# the very last resort: dates.published.)
LEFT: set[tuple[str, str]] = set()


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s or "")).strip()


def _token_f1(want: str, got: str) -> float:
    a, b = Counter(_TOKEN.findall(want.casefold())), Counter(_TOKEN.findall(got.casefold()))
    tp = sum((a & b).values())
    return 0.0 if not tp else 2 * tp / (sum(a.values()) + sum(b.values()))


def _same_instant(want: str, got: str | None) -> bool:
    if not got:
        return False
    if len(want) == 10:
        return got[:10] == want
    w, g = datetime.fromisoformat(want), datetime.fromisoformat(got)
    if g.tzinfo is None or w.tzinfo is None:
        return g.replace(tzinfo=None) == w.replace(tzinfo=None)
    return g == w


CASES = [
    pytest.param(
        p,
        field,
        id=f"{p['id']}-{field}",
        marks=[pytest.mark.xfail(strict=True, reason="left alone")]
        if (p["id"], field) in LEFT
        else [],
    )
    for p in P
    for field in ("title", "authors", "published", "topics", "body")
    if field not in ("authors", "topics") or p["exp"][field] is not None
]


@pytest.mark.parametrize(("page", "field"), CASES)
def test_a_dach_page(page: dict[str, Any], field: str) -> None:
    got = extract_article(page["html"], page["url"], fetched=FETCHED)
    want = page["exp"][field]
    if field == "title":
        assert _norm(got.title) == _norm(want)
    elif field == "published":
        assert _same_instant(want, got.published), got.published
    elif field == "authors":
        assert [a.casefold() for a in got.authors] == [a.casefold() for a in want]
    elif field == "topics":
        assert {t.casefold() for t in got.topics} == {t.casefold() for t in want}
    else:
        assert _token_f1("\n".join(want), got.body or "") >= 0.96
