"""Review of the german-21 rules on pages they were not written from: a surname that is a
weekday ("Thomas Freitag") or a word for today or yesterday ("Chris Hoy") before a date, a
story's own sentence about someone's comments, another story's teaser card under the
headline, and a guillemet standing bare between a breadcrumb's words. Every site, name,
sentence and markup here is made up."""

# ruff: noqa: E501  -- invented sentences and rows read best one a line

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article

FETCHED = datetime(2026, 12, 5, 14, 0, tzinfo=UTC)

DE_BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die Sanierung des Hallenbads um zwei Jahre zu verschieben, weil die Kosten zuletzt stark gestiegen sind.",
        "Die Verwaltung rechnet inzwischen mit knapp neun Millionen Euro statt der ursprünglich veranschlagten sechs Millionen, vor allem die Technik im Keller sei teurer geworden.",
        "Schwimmvereine und Schulen müssen damit weiter in das Nachbarbad ausweichen, die Busfahrten dorthin zahlt vorerst der Landkreis.",
        "Die Opposition kritisierte den Beschluss scharf und kündigte an, im Frühjahr einen Bürgerantrag für eine schnellere Sanierung einzureichen.",
    )
)
EN_BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "The city council voted late on Tuesday to postpone the renovation of the public swimming pool by two years, citing a sharp rise in building costs.",
        "Officials now expect the project to cost almost nine million pounds rather than the six million first budgeted, mostly because of the plant room.",
        "Swimming clubs and schools will have to keep using the pool in the next town, with the county paying for the buses for now.",
        "Opposition councillors criticised the decision and said they would table a motion for a faster renovation in the spring.",
    )
)

# 4 December 2026 is a Friday, 5 December 2026 a Saturday
BYLINE_ROWS = [
    # a surname that is a weekday stays hers where the date is another day (before: "Thomas")
    pytest.param("Thomas Freitag 05.12.2026, 10:15 Uhr", ["Thomas Freitag"], id="freitag-surname"),
    pytest.param("Von Lisa Montag, 04.12.2026", ["Lisa Montag"], id="montag-surname"),
    pytest.param("Anna Sonntag, 3. Dezember 2026", ["Anna Sonntag"], id="sonntag-month-name"),
    pytest.param("Jane Monday 12/03/2026", ["Jane Monday"], id="en-monday-surname"),
    # a surname that is a word for today or yesterday before a date, no clock (before: "Chris")
    pytest.param("Chris Hoy 12.03.2025", ["Chris Hoy"], id="hoy-before-date"),
    pytest.param("Marco Ieri 04.12.2026, 10:15", ["Marco Ieri"], id="ieri-before-date"),
    # guards: the date's weekday, set apart or that very day, and today after a comma
    pytest.param("Anna Muster Freitag, 04.12.2026", ["Anna Muster"], id="weekday-that-day"),
    pytest.param("Anna Muster | Freitag, 3. Dezember", ["Anna Muster"], id="weekday-after-bar"),
    pytest.param("Anna Muster, Heute, 10:15 Uhr", ["Anna Muster"], id="today-after-comma"),
    pytest.param("Max Muster Gestern, 22:15", ["Max Muster"], id="yesterday-clock"),
    pytest.param("Anna Muster Sa., 05.12.2026", ["Anna Muster"], id="weekday-abbreviation"),
    pytest.param("Samstag, 05.12.2026", [], id="weekday-date-alone"),
]


@pytest.mark.parametrize(("line", "expected"), BYLINE_ROWS)
def test_a_byline_whose_surname_is_a_day_word(line: str, expected: list[str]) -> None:
    html = (
        '<html lang="de"><head><title>Gemeinderat verschiebt Sanierung | Probe</title></head>'
        f'<body><article><h1>Gemeinderat verschiebt Sanierung</h1><div class="byline">{line}</div>'
        f"{DE_BODY}</article></body></html>"
    )
    got = extract_article(html, "https://www.probe-zeitung.de/lokales/a-1.html", fetched=FETCHED)
    assert got.authors == expected


NOTICE_ROWS = [
    # a story's sentence about someone's comments is kept (before: dropped as a disclaimer)
    pytest.param(
        "en",
        "The comments do not reflect the views of the council, a spokeswoman said on Wednesday.",
        True,
        id="en-story-spokeswoman",
    ),
    pytest.param(
        "en",
        "Comments made by the mayor on local radio do not represent the views of the party, its chairman said.",
        True,
        id="en-story-party",
    ),
    pytest.param(
        "de",
        "Die Kommentare des Bürgermeisters geben nicht die Meinung der Redaktion wieder, betonte der Chefredakteur am Abend.",
        True,
        id="de-story-editor",
    ),
    # guards: the disclaimers themselves
    pytest.param(
        "en",
        "Comments do not necessarily reflect the views of the publisher.",
        False,
        id="en-disclaimer",
    ),
    pytest.param("en", "Comments do not reflect the views of this website.", False, id="en-site"),
    pytest.param(
        "de",
        "Die Kommentare von Usern geben nicht notwendigerweise die Meinung der Redaktion wieder.",
        False,
        id="de-disclaimer",
    ),
]


@pytest.mark.parametrize(("lang", "line", "kept"), NOTICE_ROWS)
def test_a_sentence_about_comments_under_the_text(lang: str, line: str, kept: bool) -> None:
    body = EN_BODY if lang == "en" else DE_BODY
    html = (
        f'<html lang="{lang}"><head><title>Pool works delayed | Probe</title></head>'
        f"<body><article><h1>Pool works delayed</h1>{body}<p>{line}</p></article></body></html>"
    )
    got = extract_article(html, "https://www.probe-news.example/local/a-1.html", fetched=FETCHED)
    assert (line in (got.body or "")) is kept


OTHER = "Nach dem Unwetter im Tal sind mehrere Straßen weiterhin gesperrt, die Aufräumarbeiten dauern an."
COURT = "".join(
    f"<p>{s}</p>"
    for s in (
        "Im Landesgericht hat am Montag der Prozess gegen einen 51-jährigen Mann begonnen, der über Jahre Pensionisten mit falschen Gewinnversprechen betrogen haben soll.",
        "Der Angeklagte bekannte sich teilweise schuldig, bestritt aber, das Geld für sich selbst verwendet zu haben; ein Urteil wird für Donnerstag erwartet.",
        "Laut Staatsanwaltschaft beläuft sich der Schaden auf mehr als 700.000 Euro, rund dreißig Geschädigte haben sich dem Verfahren als Privatbeteiligte angeschlossen.",
    )
)
TEASER_ROWS = [
    # another story's teaser, its card the link or a list's item (before: read as the lead)
    pytest.param(f'<a href="/stories/2/"><p class="teaser">{OTHER}</p></a>', False, id="in-link"),
    pytest.param(
        f'<a href="/stories/2/" class="card"><p class="teaser">{OTHER}</p></a>', False, id="card"
    ),
    pytest.param(f'<ul><li><p class="teaser">{OTHER}</p></li></ul>', False, id="list-item"),
    # guard: the article's own teaser paragraph
    pytest.param(f'<p class="teaser">{OTHER}</p>', True, id="own-teaser"),
]


@pytest.mark.parametrize(("lead", "kept"), TEASER_ROWS)
def test_a_teaser_under_the_headline(lead: str, kept: bool) -> None:
    html = (
        '<html lang="de"><head><title>Betrugsprozess begonnen | Probe</title></head><body>'
        f'<div class="story"><div class="story-lead"><h1>Betrugsprozess begonnen</h1>{lead}</div>'
        f'<div class="story-content">{COURT}</div></div></body></html>'
    )
    got = extract_article(html, "https://probe-rundfunk.at/stories/3341290/", fetched=FETCHED)
    assert (OTHER in (got.body or "")) is kept


FR_BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "Le conseil municipal a décidé mardi soir de reporter de deux ans la rénovation de la piscine couverte, invoquant la forte hausse des coûts de construction.",
        "L'administration table désormais sur près de neuf millions d'euros au lieu des six millions prévus au départ, surtout à cause des installations techniques.",
        "Les clubs de natation et les écoles devront continuer à utiliser la piscine de la commune voisine, le département finançant les bus pour le moment.",
    )
)
TITLE_ROWS = [
    # a guillemet between two words, touching both, is a breadcrumb's mark (before: kept whole)
    pytest.param("Politique»Le maire démissionne", "Le maire démissionne", id="bare-before"),
    pytest.param("Le maire démissionne»Le Probe", "Le maire démissionne", id="bare-after"),
    # guards: French quotes with the site's spaced mark after them
    pytest.param("«La grève continue» » Le Probe", "«La grève continue»", id="quote-then-site"),
    pytest.param(
        "Grève: «Nous continuerons» » Le Probe", "Grève: «Nous continuerons»", id="kicker-quote"
    ),
]


@pytest.mark.parametrize(("title", "expected"), TITLE_ROWS)
def test_a_french_title_with_guillemets(title: str, expected: str) -> None:
    h1 = re.sub(r"^Politique»|»Le Probe$| » Le Probe$", "", title)
    html = (
        f'<html lang="fr"><head><title>{title}</title></head><body><article><h1>{h1}</h1>'
        f"{FR_BODY}</article></body></html>"
    )
    got = extract_article(html, "https://www.probe.fr/politique/a-1.html")
    assert got.title == expected


CLOSING_ROWS = [
    # an agency's name spelt out before its tag is the agency (before: "Deutsche Presse-Agentur")
    pytest.param("<p>Deutsche Presse-Agentur (dpa)</p>", ["dpa"], id="agency-spelt-out"),
    # guard: a writer and her initials
    pytest.param("<p>Stefan Müller (smü)</p>", ["Stefan Müller"], id="writer-initials"),
]


@pytest.mark.parametrize(("closing", "expected"), CLOSING_ROWS)
def test_a_closing_name_and_initials(closing: str, expected: list[str]) -> None:
    html = (
        '<html lang="de"><head><title>Gemeinderat verschiebt Sanierung | Probe</title></head>'
        f"<body><article><h1>Gemeinderat verschiebt Sanierung</h1>{DE_BODY}{closing}"
        "</article></body></html>"
    )
    got = extract_article(html, "https://www.probe-zeitung.de/lokales/a-1.html", fetched=FETCHED)
    assert got.authors == expected
