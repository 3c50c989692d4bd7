"""Titles and dates the way German-language sites (Germany, Austria, Switzerland) print them:
a paid article's badge ("F+", "Z+", "(S+)", "SZ Plus", "Abo", "Plus") glued before the
headline in a title field or set as the h1's first element before a kicker, the site's
name after the headline in the region's shapes ("| Region | Zeitung", "- Lokales -",
guillemets, an en dash before "Name.de", "- news.NAME.at"), rubric kickers the answer keeps
("Kommentar: ..."); date lines ("Stand: ...", "Erstellt: 05.12.26", "Jänner", Swiss
"14.32 Uhr", MEZ/MESZ, the days clocks change, naive JSON-LD stamps on .de/.at/.ch,
"vor 2 Std.", "gestern, 23:10") and an update printed before the publication on the line
below it ("zuletzt aktualisiert: ...<br>veröffentlicht: ..."). Every site, name and
sentence here is made up."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article

H = "Stadtrat verschiebt Sanierung des Hallenbads"
K = "Hallenbad"
BODY = (
    "<p>Der Stadtrat hat am Dienstagabend nach langer Debatte beschlossen, die Sanierung des "
    "Hallenbads um zwei Jahre zu verschieben. Die Kosten seien zu stark gestiegen, hieß es aus "
    "der Verwaltung.</p><p>Die Opposition kritisierte den Beschluss scharf und kündigte einen "
    "Bürgerantrag an.</p>"
)
URL = "https://www.probe-zeitung.de/region/a-1"
FETCHED = datetime(2026, 12, 5, 16, 0, tzinfo=UTC)


def _page(head: str, h1: str | None, meta: str = "") -> str:
    heading = f"<h1>{h1}</h1>" if h1 is not None else ""
    return (
        f'<html lang="de"><head>{head}</head><body><article>{heading}'
        f'<div class="meta">{meta}</div>{BODY}</article></body></html>'
    )


def _tt(x: str) -> str:
    return f"<title>{x}</title>"


def _og(x: str) -> str:
    return f'<meta property="og:title" content="{x}">'


def _tw(x: str) -> str:
    return f'<meta name="twitter:title" content="{x}">'


def _ld(x: str) -> str:
    return f'<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{x}"}}</script>'


# --- a paid article's badge --------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "h1", "expected"),
    [
        # glued before the headline in the <title>, the h1 shows the headline alone
        pytest.param(_tt(f"SZ Plus {H} | Probe Zeitung"), H, H, id="title-name-plus"),
        pytest.param(_tt(f"Abo {H} | Probe Zeitung"), H, H, id="title-abo"),
        pytest.param(_tt(f"ABO {H} | Probe Zeitung"), H, H, id="title-abo-caps"),
        pytest.param(_tt(f"PLUS {H} | Probe Zeitung"), H, H, id="title-plus-caps"),
        pytest.param(_tt(f"Plus {H} | Probe Zeitung"), H, H, id="title-plus"),
        pytest.param(_tt(f"Z+ {H} | Probe Zeitung"), H, H, id="title-letter-plus"),
        pytest.param(_tt(f"(S+) {H} | Probe Zeitung"), H, H, id="title-bracketed-plus"),
        pytest.param(_tw(f"Abo {H}") + _tt(f"{H} | Probe"), H, H, id="twitter-abo"),
        pytest.param(_og(f"Z+ {H}") + _tt(f"{H} | PROBE ONLINE"), H, H, id="og-letter-plus"),
        # the badge as the h1's first element, before a kicker the answer keeps
        pytest.param(
            _og(f"{K}: {H}") + _ld(f"{K}: {H}"),
            f'<span class="badge">F+</span><span class="kicker">{K}:</span> {H}',
            f"{K}: {H}",
            id="h1-badge-kicker",
        ),
        pytest.param(
            _og(f"{K}: {H}"),
            f'<span class="badge">Plus</span><span class="kicker">{K}</span> {H}',
            f"{K}: {H}",
            id="h1-plus-kicker",
        ),
        pytest.param(
            _og(H),
            f'<span class="badge">F+</span> <span class="kicker">{K}:</span> {H}',
            H,
            id="h1-badge-kicker-og-headline",
        ),
        pytest.param(
            _og(H) + _tt(f"{H} | Probe Zeitung"),
            f'<span class="abo-badge">Abo</span>{H}',
            H,
            id="h1-abo-span",
        ),
        # guards: a headline opening with such a word; a badge no other title lacks
        pytest.param(
            _tt("Plus bei den Steuern: Stadt nimmt mehr ein | Probe Zeitung"),
            "Plus bei den Steuern: Stadt nimmt mehr ein",
            "Plus bei den Steuern: Stadt nimmt mehr ein",
            id="guard-plus-word",
        ),
        pytest.param(
            _og("Abo-Falle im Netz: So wehren Sie sich")
            + _tt("Abo-Falle im Netz: So wehren Sie sich | Probe"),
            "Abo-Falle im Netz: So wehren Sie sich",
            "Abo-Falle im Netz: So wehren Sie sich",
            id="guard-abo-word",
        ),
        pytest.param(
            _tt(f"Abo {H} | Probe Zeitung"), f"Abo {H}", f"Abo {H}", id="guard-h1-shows-it"
        ),
        pytest.param(
            _og(f"Kommentar: {H}") + _tt(f"Kommentar: {H} | Probe"),
            f'<span class="kicker">Kommentar</span> {H}',
            f"Kommentar: {H}",
            id="rubric-kept",
        ),
    ],
)
def test_paid_badges(head: str, h1: str, expected: str) -> None:
    assert extract_article(_page(head, h1), URL).title == expected


# --- the site's name after the headline ---------------------------------------------------


@pytest.mark.parametrize(
    ("url", "title", "h1"),
    [
        ("https://www.probe-zeitung.de/region/a-1", f"{H} | Region | Probe Zeitung", None),
        ("https://www.probe-kurier.de/lokales/a-1", f"{H} - Lokales - Probe Kurier", None),
        ("https://www.probewelt.de/politik/a-1", f"{H} - PROBEWELT", None),
        ("https://www.pzz.ch/zuerich/a-1", f"{H} | PZZ", None),
        ("https://www.tages-probe.ch/a-1", f"{H} | Tages-Probe", None),
        ("https://www.probe-nachrichten.de/a-1", f"{H} › Nachrichten", None),
        ("https://www.probeblatt.at/a-1", f"{H} « Probeblatt", None),
        ("https://www.probeanzeiger.de/a-1", f"{H} – Probeanzeiger.de", None),
        ("https://www.probestandard.at/story/1/a", f"{H} - probeStandard.at", None),
        ("https://news.probe.at/stories/1/", f"{H} - news.PROBE.at", None),
        (
            "https://www.probe-zeitung.de/a-1",
            f"{K}: {H} | Probe Zeitung",
            f'<span class="kicker">{K}</span> <span>{H}</span>',
        ),
    ],
)
def test_site_names_after_the_headline(url: str, title: str, h1: str | None) -> None:
    expected = title.split(" | Probe")[0] if h1 else H
    assert extract_article(_page(_tt(title), h1), url).title == expected


# --- dates --------------------------------------------------------------------------------


def _ld_date(stamp: str) -> str:
    return f'<script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"{stamp}"}}</script>'


@pytest.mark.parametrize(
    ("url", "meta", "head", "expected"),
    [
        (URL, "Stand: 05.12.2026, 14:32 Uhr", "", "2026-12-05T14:32:00+01:00"),
        (URL, "05.12.2026 | 14:32 Uhr", "", "2026-12-05T14:32:00+01:00"),
        (URL, "Veröffentlicht am 5. Dezember 2026 um 14.32 Uhr", "", "2026-12-05T14:32:00+01:00"),
        (URL, "Erstellt: 05.12.26, 14:32 Uhr", "", "2026-12-05T14:32:00+01:00"),
        (URL, "Sa., 05.12.2026, 14:32 Uhr", "", "2026-12-05T14:32:00+01:00"),
        (URL, "vor 2 Std.", "", "2026-12-05T14:00:00+00:00"),
        (URL, "heute, 14:32", "", "2026-12-05T14:32:00+01:00"),
        (URL, "gestern, 23:10", "", "2026-12-04T23:10:00+01:00"),
        (
            "https://www.probeblatt.at/a-1",
            "12. Jänner 2026, 14:32",
            "",
            "2026-01-12T14:32:00+01:00",
        ),
        ("https://www.probeblatt.at/a-1", "12. Feber 2026, 14:32", "", "2026-02-12T14:32:00+01:00"),
        ("https://www.probe.ch/a-1", "5.12.2026, 14.32 Uhr", "", "2026-12-05T14:32:00+01:00"),
        (
            "https://www.probe.ch/a-1",
            "Publiziert: 5.12.2026, 14.32",
            "",
            "2026-12-05T14:32:00+01:00",
        ),
        # the days the clocks change
        (URL, "29.03.2026, 01:30 Uhr", "", "2026-03-29T01:30:00+01:00"),
        (URL, "29.03.2026, 03:30 Uhr", "", "2026-03-29T03:30:00+02:00"),
        (URL, "25.10.2026, 14:00 Uhr", "", "2026-10-25T14:00:00+01:00"),
        (URL, "05.12.2026, 14:32 MEZ", "", "2026-12-05T14:32:00+01:00"),
        (URL, "05.07.2026 um 14:32 Uhr MESZ", "", "2026-07-05T14:32:00+02:00"),
        # naive stamps on the region's hosts are its local time
        (
            "https://www.probe.de/a-1",
            "",
            _ld_date("2026-07-05T14:32:00"),
            "2026-07-05T14:32:00+02:00",
        ),
        (
            "https://www.probe.at/a-1",
            "",
            _ld_date("2026-12-05T14:32:00"),
            "2026-12-05T14:32:00+01:00",
        ),
        (
            "https://www.probe.ch/a-1",
            "",
            _ld_date("2026-07-05 14:32:00"),
            "2026-07-05T14:32:00+02:00",
        ),
        # the update printed first, the publication on the line below it (in lower case)
        (
            URL,
            "zuletzt aktualisiert: 05.12.2026 - 09:10 Uhr<br>veröffentlicht: 04.12.2026 - 14:32 Uhr",
            "",
            "2026-12-04T14:32:00+01:00",
        ),
        (
            URL,
            "aktualisiert am 05.12.2026 um 09:10 Uhr<br>erschienen am 04.12.2026 um 14:32 Uhr",
            "",
            "2026-12-04T14:32:00+01:00",
        ),
        (
            URL,
            "Zuletzt aktualisiert: 05.12.2026 - 09:10 Uhr<br>Veröffentlicht: 04.12.2026 - 14:32 Uhr",
            "",
            "2026-12-04T14:32:00+01:00",
        ),
        (
            URL,
            "Letzte Aktualisierung: 05.12.2026, 09:10 Uhr | Erstveröffentlichung: 04.12.2026, 14:32 Uhr",
            "",
            "2026-12-04T14:32:00+01:00",
        ),
        (
            URL,
            "Aktualisiert: 05.12.2026, 09:10 Uhr | Erstellt: 04.12.2026, 14:32 Uhr",
            "",
            "2026-12-04T14:32:00+01:00",
        ),
    ],
)
def test_date_lines(url: str, meta: str, head: str, expected: str) -> None:
    page = _page(_tt(H) + head, H, meta)
    got = extract_article(page, url, fetched=FETCHED).published
    assert got is not None
    stamp = datetime.fromisoformat(str(got))
    assert stamp.utcoffset() is not None
    assert stamp == datetime.fromisoformat(expected)


def test_yesterday_is_the_fetch_days_local_yesterday() -> None:
    """Fetched 23:30 UTC on the 5th, 00:30 in Berlin on the 6th: "gestern" is the 5th."""
    page = _page(_tt(H), H, "gestern, 23:10")
    late = datetime(2026, 12, 5, 23, 30, tzinfo=UTC)
    got = extract_article(page, URL, fetched=late).published
    assert datetime.fromisoformat(str(got)) == datetime.fromisoformat("2026-12-05T23:10:00+01:00")


@pytest.mark.parametrize("tail", ["»", "--", "(+)", "· ·"])
def test_a_title_closing_with_marks_only(tail: str) -> None:
    """Marks alone after the last separator are no badge (nor any word to look up)."""
    got = extract_article(_page(_tt(f"{H} | {tail}"), None), URL).title
    assert got is not None and got.startswith(H)
