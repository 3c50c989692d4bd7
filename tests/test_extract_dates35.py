"""Dates after session 35 (issue 10): a ticker's list of short stamps under the headline,
nothing else dating the page, is no byline: its newest entry is an update, not the
publication. The ticker's first post (its earliest stamp) is the closest the page comes to
its publication; where the URL names another day, the URL's day. Also English short stamps
read day first where the page's region writes them so, a bare day with a two-digit year
on such pages, and Israel's "IST" in summer; then the review's counter-cases (schedules,
chronologies, cricket scores, odds, references) that none of these may read.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.dateline_pages import FETCHED, story_page

_URL = "https://www.news.example.{domain}/{path}"


def _published(lang: str, line: str, domain: str, path: str = "a/4711-bridge") -> str | None:
    html = story_page(lang, line=line)
    found = extract_article(html, _URL.format(domain=domain, path=path), fetched=FETCHED)
    return found.published


def _ticker(stamps: list[str], entries: list[str]) -> str:
    items = "".join(
        f"<li><time>{stamp}</time> {entry}</li>"
        for stamp, entry in zip(stamps, entries, strict=True)
    )
    return f"<ul class='live'>{items}</ul>"


_DE = ["Die Sitzung ist eröffnet", "Die Abgeordneten treffen ein", "Der Saal füllt sich"]
_EL = ["Άνοιξε η συνεδρίαση", "Φτάνουν οι βουλευτές", "Γεμίζει η αίθουσα"]
_FR = ["La séance est ouverte", "Les députés arrivent", "La salle se remplit"]
_ES = ["Se abre la sesión", "Llegan los diputados", "La sala se llena"]


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        # newest first, as tickers list them
        ("de", "de", _ticker(["05.12 09:12", "05.12 08:40", "05.12 08:05"], _DE), "2026-12-05T08:05:00+01:00"),
        ("de", "de", _ticker(["05.12 09:12", "05.12 08:40", "04.12 21:05"], _DE), "2026-12-04T21:05:00+01:00"),
        ("el", "gr", _ticker(["05/12 09:12", "05/12 08:40", "05/12 08:05"], _EL), "2026-12-05T08:05:00+02:00"),
        ("fr", "fr", _ticker(["05/12 09:12", "05/12 08:40", "05/12 08:05"], _FR), "2026-12-05T08:05:00+01:00"),
        ("es", "es", _ticker(["05/12 09:12", "05/12 08:40", "05/12 08:05"], _ES), "2026-12-05T08:05:00+01:00"),
        # oldest first: the same first post
        ("de", "de", _ticker(["05.12 08:05", "05.12 08:40", "05.12 09:12"], _DE), "2026-12-05T08:05:00+01:00"),
        # in paragraphs, not a list
        (
            "el",
            "gr",
            "<p><span class='time'>05/12 09:12</span> Άνοιξε η συνεδρίαση</p>"
            "<p><span class='time'>05/12 08:40</span> Φτάνουν οι βουλευτές</p>"
            "<p><span class='time'>05/12 08:05</span> Γεμίζει η αίθουσα</p>",
            "2026-12-05T08:05:00+02:00",
        ),
    ],
)  # fmt: skip
def test_a_ticker_alone_is_dated_by_its_first_post(
    lang: str, domain: str, line: str, published: str
) -> None:
    """Failed before: the newest entry (09:12), an update, was taken for the publication."""
    assert _published(lang, line, domain) == published


@pytest.mark.parametrize(
    ("lang", "domain", "path", "line", "published"),
    [
        # the URL names the day the ticker opened, its entries two days on: the URL's day
        ("de", "de", "2026/12/03/4711-bridge", _ticker(["05.12 09:12", "05.12 08:40", "05.12 08:05"], _DE), "2026-12-03"),
        ("fr", "fr", "2026/12/03/4711-pont", _ticker(["05/12 09:12", "05/12 08:40", "05/12 08:05"], _FR), "2026-12-03"),
        # the URL's day is the first post's: its time
        ("de", "de", "2026/12/05/4711-bridge", _ticker(["05.12 09:12", "05.12 08:40", "05.12 08:05"], _DE), "2026-12-05T08:05:00+01:00"),
    ],
)  # fmt: skip
def test_a_ticker_beside_a_days_url(
    lang: str, domain: str, path: str, line: str, published: str
) -> None:
    """Failed before: the newest entry, two days after the URL's day, was taken."""
    assert _published(lang, line, domain, path) == published


@pytest.mark.parametrize(
    ("lang", "domain", "path", "line", "published"),
    [
        # one short stamp under the headline: the byline, as before
        ("de", "de", "a/4711-bridge", "<p class='meta'>03.12 10:15 Uhr</p>", "2026-12-03T10:15:00+01:00"),
        # a short stamp beside an update: the byline and its update, as before
        ("el", "gr", "a/4711-bridge", "<p class='meta'>03/12 10:15 | UPD: 05/12 09:12</p>", "2026-12-03T10:15:00+02:00"),
        # the same stamp twice: one moment
        ("de", "de", "a/4711-bridge", "<p class='meta'>03.12 10:15 Uhr</p><p class='meta'>03.12 10:15 Uhr</p>", "2026-12-03T10:15:00+01:00"),
        # one stamp on the URL's day: as before
        ("de", "de", "2026/12/03/4711-bridge", "<p class='meta'>03.12 10:15 Uhr</p>", "2026-12-03T10:15:00+01:00"),
        # a ticker above the article's dated byline: the byline
        ("de", "de", "a/4711-bridge", _ticker(["05.12 09:12", "05.12 08:40"], _DE[:2]) + "<p class='byline'>Von Anna Muster, 01.12.2026</p>", "2026-12-01"),
        # two stamps are no ticker: a byline's stamp over one earlier event, or two entries,
        # give the first line read, as before
        ("de", "de", "a/4711-bridge", "<p class='meta'>05.12 10:15 Uhr</p>" + _ticker(["01.12 08:00"], ["Der Unfall"]), "2026-12-05T10:15:00+01:00"),
        ("de", "de", "a/4711-bridge", _ticker(["05.12 09:12", "05.12 08:40"], _DE[:2]), "2026-12-05T09:12:00+01:00"),
        # "vor 2 Stunden" under the headline: against the fetch, as before
        ("de", "de", "a/4711-bridge", "<p class='meta'>vor 2 Stunden</p>", "2026-12-06T11:00:00+01:00"),
    ],
)  # fmt: skip
def test_a_byline_stated_against_the_fetch_stays(
    lang: str, domain: str, path: str, line: str, published: str
) -> None:
    """Passed before: kept as they read."""
    assert _published(lang, line, domain, path) == published


def test_english_short_stamps_stay_unread_in_a_ticker() -> None:
    """English writes both orders: "05/12" is no day, in a list or alone (passed before)."""
    line = _ticker(["05/12 09:12", "05/12 08:40"], ["The session opens", "Members arrive"])
    assert _published("en", line, "com") is None


def _english(lang: str, domain: str, line: str, head: str = "") -> str | None:
    html = story_page(lang, head=head, line=f"<p class='meta'>{line}</p>")
    url = _URL.format(domain=domain, path="a/4711-bridge")
    return extract_article(html, url, fetched=FETCHED).published


_EN_GB_LOCALE = "<meta property='og:locale' content='en_GB'>"


@pytest.mark.parametrize(
    ("lang", "domain", "head", "line", "published"),
    [
        ("en-GB", "co.uk", "", "03/12 10:15", "2026-12-03T10:15:00+00:00"),
        ("en-GB", "com", "", "Published 03/12 10:15", "2026-12-03T10:15:00+00:00"),
        # the region an English locale meta names, or the country's domain
        ("en", "com", _EN_GB_LOCALE, "03/12 10:15", "2026-12-03T10:15:00+00:00"),
        ("en", "co.uk", "", "03/12 10:15", "2026-12-03T10:15:00+00:00"),
        ("en-AU", "com.au", "", "03/12 10:15", "2026-12-03T10:15:00+11:00"),
        ("en", "com.au", "", "03/12 10:15am", "2026-12-03T10:15:00+11:00"),
        ("en-NZ", "co.nz", "", "03/12 10:15", "2026-12-03T10:15:00+13:00"),
        ("en-IN", "in", "", "03/12 10:15 IST", "2026-12-03T10:15:00+05:30"),
        ("en", "in", "", "Updated: 05/12 09:12 | Published: 03/12 10:15", "2026-12-03T10:15:00+05:30"),
        ("en-IE", "ie", "", "03/12 10:15", "2026-12-03T10:15:00+00:00"),
        ("en-ZA", "co.za", "", "03/12 10:15", "2026-12-03T10:15:00+02:00"),
        # a ticker on a British page: its first post
        (
            "en-GB",
            "co.uk",
            "",
            "</p><ul class='live'><li><time>05/12 09:12</time> The session opens</li>"
            "<li><time>05/12 08:40</time> Members arrive</li>"
            "<li><time>05/12 08:05</time> The doors open</li></ul><p>",
            "2026-12-05T08:05:00+00:00",
        ),
    ],
)  # fmt: skip
def test_english_short_stamps_read_day_first_where_the_region_does(
    lang: str, domain: str, head: str, line: str, published: str
) -> None:
    """Failed before: English writes both orders, so its short days were never read, whatever
    the region the page declared or its country's domain."""
    assert _english(lang, domain, line, head) == published


@pytest.mark.parametrize(
    ("lang", "domain", "head", "line"),
    [
        # the United States', and English of no region on a host of none: either order
        ("en-US", "com", "", "03/12 10:15"),
        ("en", "com", "", "03/12 10:15"),
        ("en", "org", "", "03/12 10:15"),
        # a declared region outranks the domain's
        ("en-US", "co.uk", "", "03/12 10:15"),
        # Canada's English writes both orders; the Philippines' month first
        ("en-CA", "ca", "", "03/12 10:15"),
        ("en", "ca", "", "03/12 10:15"),
        ("en-PH", "com.ph", "", "03/12 10:15"),
        # no clock beside it: a score or a fraction as much as a day
        ("en-GB", "co.uk", "", "03/12"),
        # a span of days
        ("en-GB", "co.uk", "", "03/12 10:15 – 05/12 18:00"),
    ],
)  # fmt: skip
def test_english_short_stamps_stay_unread_where_the_order_is_unsure(
    lang: str, domain: str, head: str, line: str
) -> None:
    """Passed before: kept unread."""
    assert _english(lang, domain, line, head) is None


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        # a full date reads as before in every region
        ("en-GB", "co.uk", "03/12/2026 10:15", "2026-12-03T10:15:00+00:00"),
        ("en-US", "com", "12/03/2026 10:15 AM", "2026-12-03T10:15:00-05:00"),
        ("en", "co.uk", "3 December 2026, 10:15 GMT", "2026-12-03T10:15:00+00:00"),
        # a day spelt out without its year, as before
        ("en-GB", "co.uk", "3 December, 10:15", "2026-12-03T10:15:00+00:00"),
    ],
)
def test_english_full_dates_read_as_before(
    lang: str, domain: str, line: str, published: str
) -> None:
    assert _english(lang, domain, line) == published


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        ("en-GB", "co.uk", "3/12/26", "2026-12-03"),
        ("en-GB", "co.uk", "Published 3/12/26", "2026-12-03"),
        ("en", "com.au", "Posted: 03/12/26", "2026-12-03"),
        ("en-IN", "in", "03-12-26", "2026-12-03"),
        ("fr", "fr", "Publié le 03/12/26", "2026-12-03"),
        ("it", "it", "03/12/26", "2026-12-03"),
        ("es", "es", "Publicado el 3/12/26", "2026-12-03"),
        ("nl", "nl", "03-12-26", "2026-12-03"),
        ("pt-BR", "com.br", "03/12/26", "2026-12-03"),
        ("da", "dk", "03/12/26", "2026-12-03"),
        ("da", "dk", "Udgivet 03/12/26", "2026-12-03"),
        ("nl", "nl", "Gepubliceerd op 03-12-26", "2026-12-03"),
    ],
)
def test_a_day_with_a_two_digit_year_reads_where_the_order_is_sure(
    lang: str, domain: str, line: str, published: str
) -> None:
    """Failed before: "3/12/26" without a clock after it was no date line (a day past the
    12th was, "13/11/26"), whatever the page's order."""
    assert _english(lang, domain, f"{line}") == published


@pytest.mark.parametrize(
    ("lang", "domain", "line"),
    [
        # either order: the US's, a regionless .com's, Canada's
        ("en-US", "com", "3/12/26"),
        ("en", "com", "3/12/26"),
        ("en-CA", "ca", "3/12/26"),
        ("es-US", "com", "3/12/26"),
        # Japanese and Korean write the year first: their short stamps' order, not this
        ("ja", "jp", "03/12/26"),
        ("ko", "kr", "03-12-26"),
        # a hyphened day in one digit: a score or a code as much as a day
        ("de", "de", "Endstand 3-1-0"),
        ("nl", "nl", "3-1-26"),
        # a sentence that holds one
        ("en-GB", "co.uk", "The three sides met on 3/12/26 to sign the deal in the end"),
        # a year ahead of the fetch's: no day that was
        ("it", "it", "03/12/29"),
    ],
)
def test_a_day_with_a_two_digit_year_stays_unread_where_unsure(
    lang: str, domain: str, line: str
) -> None:
    """Passed before: kept unread."""
    assert _english(lang, domain, line) is None


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        # dotted, and with a clock after it: read before as now
        ("de", "de", "Erstellt: 03.12.26", "2026-12-03"),
        ("fr", "fr", "Publié le 03/12/26 à 10h15", "2026-12-03T10:15:00+01:00"),
        ("en-GB", "co.uk", "13/11/26", "2026-11-13"),
    ],
)
def test_a_day_with_a_two_digit_year_reads_as_before(
    lang: str, domain: str, line: str, published: str
) -> None:
    assert _english(lang, domain, line) == published


_COMMENTS = (
    "<section class='comments'><div class='comment'><span>05.12 09:12</span>"
    "<p>Endlich eine neue Brücke, das wurde auch Zeit.</p></div><div class='comment'>"
    "<span>04.12 21:05</span><p>Wer soll das bezahlen?</p></div></section>"
)
_RELATED = (
    "<aside><ul><li><span>01.12 08:00</span> <a href='/a/4600-rat'>Der Rat vertagt die Sitzung</a>"
    "</li><li><span>30.11 18:00</span> <a href='/a/4590-bau'>Baustelle am Hafen</a></li></ul></aside>"
)


@pytest.mark.parametrize("tail", [_COMMENTS, _RELATED, _COMMENTS + _RELATED])
def test_stamps_after_the_story_are_no_ticker(tail: str) -> None:
    """Passed before: readers' comments (later) and other pieces' teasers (earlier, beside
    their links) leave the byline's short stamp the publication, and date no page alone."""
    url = _URL.format(domain="de", path="a/4711-bridge")
    html = story_page("de", line="<p class='meta'>03.12 10:15 Uhr</p>", tail=tail)
    assert extract_article(html, url, fetched=FETCHED).published == "2026-12-03T10:15:00+01:00"
    alone = extract_article(story_page("de", tail=tail), url, fetched=FETCHED)
    assert alone.published is None


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        # an Israeli page's "IST" in summer: its own clock (IDT), no India's +05:30
        ("he", "co.il", "03.07.2026 10:15 IST", "2026-07-03T10:15:00+03:00"),
        ("en", "co.il", "July 3, 2026 10:15 IST", "2026-07-03T10:15:00+03:00"),
        ("he", "com", "03.07.2026 10:15 IST", "2026-07-03T10:15:00+03:00"),
        # in winter, as before: Israel Standard Time
        ("he", "co.il", "03.12.2026 10:15 IST", "2026-12-03T10:15:00+02:00"),
        # Ireland's in summer, India's anywhere else, as before
        ("en", "ie", "3 July 2026, 10:15 IST", "2026-07-03T10:15:00+01:00"),
        ("en", "in", "July 3, 2026 10:15 IST", "2026-07-03T10:15:00+05:30"),
        ("en", "com", "July 3, 2026 10:15 IST", "2026-07-03T10:15:00+05:30"),
        ("hi", "in", "3 जुलाई 2026 10:15 IST", "2026-07-03T10:15:00+05:30"),
    ],
)
def test_ist_is_the_page_countrys_own(lang: str, domain: str, line: str, published: str) -> None:
    """Failed before (the summer Israeli rows): "IST" there was read as India's, Israel's
    summer clock being named IDT in the zone tables."""
    assert _english(lang, domain, line) == published


# Review of the rules above: pages their author did not try.

_TV = ["Tatort", "Polizeiruf 110", "Dokumentation"]


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        # a schedule's coming days under the headline: a day two on is read as last year's,
        # no ticker's first post; the first line read, as before
        ("de", "de", _ticker(["06.12 20:15", "07.12 20:15", "09.12 22:00"], _TV), "2026-12-06T20:15:00+01:00"),
        ("en-GB", "co.uk", _ticker(["06/12 15:00", "13/12 15:00", "20/12 17:30"], ["Arsenal v Chelsea", "Spurs v Leeds", "Everton v Fulham"]), "2026-12-06T15:00:00+00:00"),
        # a byline's stamp, then a chronology of the story's earlier days, oldest first: the
        # byline, as before (a ticker lists its entries in one order)
        ("de", "de", "<p class='meta'>05.12 10:15 Uhr</p>" + _ticker(["01.12 08:00", "02.12 10:00", "03.12 14:00"], ["Der Unfall", "Die Polizei ermittelt", "Eine Festnahme"]), "2026-12-05T10:15:00+01:00"),
        ("fr", "fr", "<p class='meta'>05/12 10:15</p><p>01/12 08:00 L'accident</p><p>02/12 10:00 L'enquête s'ouvre</p>", "2026-12-05T10:15:00+01:00"),
    ],
)  # fmt: skip
def test_stamps_in_no_ticker_order_keep_the_first_line(
    lang: str, domain: str, line: str, published: str
) -> None:
    """Failed before the review: the earliest stamp was taken, a year back (last year's
    reading of a coming day) or a chronology's first event."""
    assert _published(lang, line, domain) == published


@pytest.mark.parametrize(
    ("lang", "domain", "line"),
    [
        # cricket's wickets/runs and overs, Australian and Indian
        ("en-AU", "com.au", "AUS 3/12, 4.2 ov"),
        ("en", "com.au", "Australia 3/12 4.2 overs"),
        ("en-IN", "in", "IND 12/3, 4.2 ov"),
        # betting odds beside a race's time, "24/7", a fraction beside a figure
        ("en-GB", "co.uk", "3/1 10:30 Kempton"),
        ("en-GB", "co.uk", "Open 24/7 10:15 to late"),
        ("en-GB", "co.uk", "1/2 10.5 miles"),
        ("en-GB", "co.uk", "Version 3/12 10.2"),
        # a span of days in words
        ("en-GB", "co.uk", "03/12 10:15 to 05/12 18:00"),
        ("en-AU", "com.au", "From 03/12 10:15 until 05/12 18:00"),
        # a North American clock quoted on a British or Australian page: the US's order
        ("en-GB", "co.uk", "NEW YORK, 12/03 10:15 ET"),
        ("en-AU", "com.au", "Washington 04/12 09:30 EST"),
    ],
)  # fmt: skip
def test_english_figures_like_short_stamps_stay_unread(lang: str, domain: str, line: str) -> None:
    """Failed before the review: read as days. English short stamps read only as a padded
    day and month ("03/12") before a whole clock ("10:15", "10.15am"), one in the line."""
    assert _english(lang, domain, line) is None


@pytest.mark.parametrize(
    ("lang", "domain", "line"),
    [
        # a reference, an issue's number, a dosage, a score: no date label before them
        ("de", "de", "Az. 3/12/26"),
        ("de", "de", "Nr. 3/12/26"),
        ("de", "de", "Ausgabe 3/12/26"),
        ("pl", "pl", "Sygn. akt 3/12/26"),
        ("fr", "fr", "Posologie 1/2/26"),
        ("it", "it", "Parziali 3/12/26"),
        ("en-GB", "co.uk", "Issue 3/12/26"),
        ("en-GB", "co.uk", "3/12/26 Sold"),
    ],
)
def test_a_two_digit_year_day_needs_a_date_label_or_nothing(
    lang: str, domain: str, line: str
) -> None:
    """Failed before the review: any short line holding "3/12/26" was dated."""
    assert _english(lang, domain, line) is None


def test_a_two_digit_year_day_is_read_after_a_relative_line() -> None:
    """Failed before the review: an issue number above "vor 2 Stunden" dated the page."""
    line = "Nr. 3/12/26</p><p class='meta'>vor 2 Stunden"
    assert _english("de", "de", line) == "2026-12-06T11:00:00+01:00"
