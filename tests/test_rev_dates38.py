"""Review of session 38's date rules (issue 10): where they overreached, the narrowing's rows
(each failed on the merged branch before it); where they held, the counter-cases tried on
them (passed before and after). A version's figures on a Japanese, Korean or Chinese page
("Ubuntu 24.04.1", "10.1.1") are no one-digit day; a story's date printed after its
`<article>`, above a list of other stories, still dates it; a teaser's "vor 2 Stunden" under
the headline gives the JSON-LD's bare day no time.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article
from tests.plugins.dateline_pages import FETCHED, HEADLINE, STORY, story_dates, story_page

# FETCHED is 2026-12-06 12:00 UTC
_URL = "https://www.news.example.{}/a/4711-bridge"


def _published(html: str, domain: str = "de", fetched: datetime = FETCHED) -> str | None:
    return extract_article(html, _URL.format(domain), fetched=fetched).published


# -- 1: a two-digit year first with a one-digit day ---------------------------------------


@pytest.mark.parametrize(("lang", "domain"), [("ja", "jp"), ("ko", "kr"), ("zh", "cn")])
@pytest.mark.parametrize(
    "line",
    [
        "24.04.1",  # a version alone under the headline
        "Ubuntu 24.04.1",
        "対応バージョン: 24.04.1",
        "10.1.1",
        "20.1.2",
        "バージョン 26.12.3",
        "v 26.12.3",
    ],
)
def test_a_versions_figures_are_no_short_day(lang: str, domain: str, line: str) -> None:
    """Failed before: read as a two-digit year and a one-digit day (2024-04-01, 2010-01-01),
    dating an undated page by its software's version."""
    assert _published(story_page(lang, line=f"<p>{line}</p>"), domain) is None


@pytest.mark.parametrize(("lang", "domain"), [("ja", "jp"), ("ko", "kr")])
@pytest.mark.parametrize("line", ["v26.12.3", "26-12-3", "02-12-3"])
def test_figures_after_a_letter_or_parted_by_hyphens_are_no_short_day(
    lang: str, domain: str, line: str
) -> None:
    """Failed before: "v26.12.3" and "26-12-3" read as 3 December 2026, a phone number's
    "02-12-3" as 3 December 2002."""
    assert _published(story_page(lang, line=f"<p class='date'>{line}</p>"), domain) is None


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        # the short days the rule reads: a closing dot, a clock, slashes, a weekday
        ("ja", "jp", "26.12.3.", "2026-12-03"),
        ("ja", "jp", "26/12/3", "2026-12-03"),
        ("ja", "jp", "26/12/3(木)", "2026-12-03"),
        ("ja", "jp", "26.12.3(木) 15:15", "2026-12-03T15:15:00+09:00"),
        ("ko", "kr", "26. 12. 3.", "2026-12-03"),
        ("ko", "kr", "26-12-3T15:15", "2026-12-03T15:15:00+09:00"),
        ("zh", "cn", "26/12/3 15:15", "2026-12-03T15:15:00+08:00"),
        # a chapter and verse, a score, elsewhere: as before
        ("ja", "jp", "Joh 3.16", None),
        ("de", "de", "Ubuntu 24.04.1", None),
    ],
)  # fmt: skip
def test_short_days_still_read(lang: str, domain: str, line: str, published: str | None) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates(lang, f"<p class='date'>{line}</p>", domain=domain)[0] == published


@pytest.mark.parametrize(("lang", "domain"), [("ja", "jp"), ("ko", "kr"), ("zh", "cn")])
def test_a_version_beside_a_dated_byline_leaves_it(lang: str, domain: str) -> None:
    """Counter-case: the byline dates the page, the version in the story or a table below is
    nobody's date (passed before and after)."""
    line = (
        "<p class='date'>2026年12月1日 10:00</p><p>Ver 26.12.3</p>"
        "<table><tr><td>App</td><td>26.12.3.</td></tr></table>"
    )
    assert _published(story_page(lang, line=line), domain) == "2026-12-01T10:00:00+0" + (
        "8:00" if lang == "zh" else "9:00"
    )


# -- 2: a results list's scores ------------------------------------------------------------

_KICKOFF = [
    ("05.12. 16:40", "45' Tor! 1:0 durch Müller"),
    ("05.12. 16:20", "Gelb für Schmidt"),
    ("05.12. 16:05", "Anpfiff in Nordstadt"),
]
_POLLS = [
    ("05.12. 19:40", "SPD 25,3 %, CDU 24,1 %"),
    ("05.12. 19:20", "Hochrechnung: SPD 25,1 %"),
    ("05.12. 18:05", "Prognose: SPD liegt vorn mit 25 %"),
]


@pytest.mark.parametrize("entries", [_KICKOFF, _POLLS], ids=["football", "election"])
@pytest.mark.parametrize("shape", ["paragraphs", "items"])
def test_a_live_pages_short_entries_keep_its_dating(
    entries: list[tuple[str, str]], shape: str
) -> None:
    """Counter-case: a match's or an election night's short entries under the headline, the
    page dated by the first line as before (passed before and after)."""
    if shape == "paragraphs":
        line = "".join(f"<p><strong>{s}</strong> {t}</p>" for s, t in entries)
    else:
        line = "<ul>" + "".join(f"<li><b>{s}</b> {t}</li>" for s, t in entries) + "</ul>"
    assert _published(story_page("de", line=line)) == f"2026-12-05T{entries[0][0][-5:]}:00+01:00"


# -- 3: a ticker of other stories after the article ----------------------------------------

_OTHER = [
    "Bahnstreik: Züge fallen am Montag aus",
    "Lawinengefahr in den Alpen steigt",
    "Trainer in Mainz entlassen",
]
_STAMPS = ["05.12.2026 09:12", "05.12.2026 08:40", "05.12.2026 08:05"]
_MORE = (
    "<section><h2>Mehr</h2>"
    + "".join(f"<div><span>{s}</span> {t}</div>" for s, t in zip(_STAMPS, _OTHER, strict=True))
    + "</section>"
)
_OWN = "<p class='date'>04.12.2026, 21:00 Uhr</p>"


def _wrapped(after_inner: str) -> str:
    """A page wrapping the story's `<article>` in another one, `after_inner` after it."""
    return (
        f"<html lang='de'><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body>"
        f"<main><article class='page'><article><h1>{HEADLINE}</h1><p>{STORY}</article>"
        f"{after_inner}</article></main></body></html>"
    )


_CARDS = "".join(
    f"<article class='card'><h3>{t}</h3><time>{s}</time></article>"
    for s, t in zip(_STAMPS, _OTHER, strict=True)
)


@pytest.mark.parametrize(
    "html",
    [story_page("de", tail=_OWN + _MORE), _wrapped(_OWN + _MORE), story_page("de", tail=_CARDS + _OWN)],
    ids=["after-the-article", "in-a-wrapping-article", "below-related-cards"],
)  # fmt: skip
def test_the_storys_date_after_its_article_beside_more_stories_dates_it(html: str) -> None:
    """Failed before: the story's own date, printed after its `<article>`, was counted with
    the list of more stories beside it (four stamps) and dropped: the page undated."""
    assert _published(html) == "2026-12-04T21:00:00+01:00"


_CORRECTIONS = (
    "<aside class='corrections'><h3>Korrekturen</h3>"
    "<p>05.12.2026 11:30: In einer früheren Fassung stand ein falscher Name</p>"
    "<p>05.12.2026 10:10: Wir haben die Zahl der Verletzten korrigiert</p>"
    "<p>04.12.2026 22:00: Erstveröffentlichung</p></aside>"
)


@pytest.mark.parametrize(
    ("html", "published"),
    [
        # related cards as <article>s after the story: no date of it, beside a byline or alone
        (story_page("de", line=_OWN, tail=_CARDS), "2026-12-04T21:00:00+01:00"),
        # a story's own date alone after its article, in a wrapping article too
        (story_page("de", tail=_OWN), "2026-12-04T21:00:00+01:00"),
        (_wrapped(_OWN), "2026-12-04T21:00:00+01:00"),
        # an undated story's corrections after it, three stamps: its JSON-LD day stands
        (story_page("de", head='<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-12-04"}</script>', tail=_CORRECTIONS), "2026-12-04"),
    ],
)  # fmt: skip
def test_dates_around_the_article_keep_their_reading(html: str, published: str) -> None:
    """Counter-cases: passed before and after the narrowing."""
    assert _published(html) == published


# -- 4: a bare JSON-LD day and the byline's time against the fetch ------------------------


def _ld(day: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "{day}"}}</script>'


_PIECE = "/politik/bahnstreik-zuege-fallen-am-montag-aus-101.html"


def test_a_teasers_time_gives_the_jsonld_day_none() -> None:
    """Failed before: a teaser's "2 hours ago" under the headline, beside its link to
    another piece, gave the JSON-LD's bare day its time (2026-12-06T10:00:00+00:00)."""
    line = "<div><a href='/news/rail-strike-trains-cancelled-on-monday-12345'>Rail strike: trains cancelled</a> <span>2 hours ago</span></div>"
    assert _published(story_page("en", head=_ld("2026-12-06"), line=line), "co.uk") == "2026-12-06"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "<div class='teaser'><a href='/news/rail-strike-trains-cancelled-on-monday-12345'>Rail strike</a> · 2 hours ago</div>"),
        ("de", f"<div class='teaser'><a href='{_PIECE}'>Bahnstreik: Züge fallen aus</a> <span>vor 2 Stunden</span></div>"),
        ("de", f"<div><a href='{_PIECE}'>Bahnstreik: Züge fallen am Montag aus</a> <span>vor 2 Stunden</span></div>"),
    ],
)  # fmt: skip
def test_other_teasers_times_give_the_jsonld_day_none(lang: str, line: str) -> None:
    """Counter-cases: passed before and after."""
    assert _published(story_page(lang, head=_ld("2026-12-06"), line=line)) == "2026-12-06"


@pytest.mark.parametrize(
    ("line", "day", "fetched", "published"),
    [
        # the byline, an author's link beside it: the time is the article's
        ("<p>Von <a href='/autoren/anna-beispiel' rel='author'>Anna Beispiel</a> · vor 2 Stunden</p>", "2026-12-06", FETCHED, "2026-12-06T11:00:00+01:00"),
        # fetched 01:00 CET: "vor 3 Stunden" is 22:00 the day before the JSON-LD's local day
        ("<p>vor 3 Stunden</p>", "2026-12-07", datetime(2026, 12, 7, 0, 0, tzinfo=UTC), "2026-12-07"),
        # ... and on the JSON-LD's day where that is the day before
        ("<p>vor 3 Stunden</p>", "2026-12-06", datetime(2026, 12, 7, 0, 0, tzinfo=UTC), "2026-12-06T22:00:00+01:00"),
        # "Heute" fetched 00:30 local, the JSON-LD's day yesterday: the day stands
        ("<p>Heute, 00:10 Uhr</p>", "2026-12-05", datetime(2026, 12, 5, 23, 30, tzinfo=UTC), "2026-12-05"),
        # a comment's time under the headline, a relative phrase in the story's text
        ("<div class='comment'><b>Leser42</b> vor 2 Stunden: Schön</div>", "2026-12-06", FETCHED, "2026-12-06"),
        ("<p>Gestern, 18:00 Uhr</p>", "2026-12-06", FETCHED, "2026-12-06"),
    ],
)  # fmt: skip
def test_a_bylines_time_on_the_jsonld_day_as_before(
    line: str, day: str, fetched: datetime, published: str
) -> None:
    """Counter-cases: passed before and after the narrowing."""
    assert _published(story_page("de", head=_ld(day), line=line), fetched=fetched) == published


# -- 6: another language's afternoon mark on an update's clock ----------------------------


@pytest.mark.parametrize(
    ("lang", "domain", "line", "dates"),
    [
        # Switzerland's "CH", Turkish's morning "ÖÖ", Arabic's morning "ص": no afternoon
        ("de", "ch", "03.12.2026 02:05 | Aktualisiert: 04:20 CH", ("2026-12-03T02:05:00+01:00", None)),
        ("tr", "tr", "03.12.2026 02:05 | Güncelleme: 04:20 ÖÖ", ("2026-12-03T02:05:00+03:00", None)),
        ("ar", "sa", "3 ديسمبر 2026 - 2:05 ص | آخر تحديث: 4:20 ص", ("2026-12-03T02:05:00+03:00", "2026-12-03T04:20:00+03:00")),
        ("vi", "vn", "03/12/2026 02:05 SA | Cập nhật: 04:20 SA", ("2026-12-03T02:05:00+07:00", "2026-12-03T04:20:00+07:00")),
        ("el", "gr", "03/12/2026 2:05 π.μ. | Ενημέρωση: 4:20 π.μ.", ("2026-12-03T02:05:00+02:00", "2026-12-03T04:20:00+02:00")),
        ("ms", "my", "3 Disember 2026, 2:05 pagi | Dikemas kini: 4:20 pagi", ("2026-12-03T02:05:00+08:00", "2026-12-03T04:20:00+08:00")),
    ],
)  # fmt: skip
def test_an_update_clocks_morning_or_other_mark_stays(
    lang: str, domain: str, line: str, dates: tuple[str, str | None]
) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates(lang, f"<p class='date'>{line}</p>", domain=domain) == dates
