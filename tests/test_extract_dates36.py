"""Dates after session 36 (issue 10): a bare two-digit-year day printed year first
("26/12/03") on a Japanese, Korean or Chinese page is 3 December 2026, as it is before a
clock; and the counter-cases (other languages' day-first "26/12/03", Hong Kong's day first)
that keep their reading. A live page's feed whose entries carry full stamps ("05.12.2026
09:12", `<time datetime=...>`), newest first, nothing else dating the page, is dated by its
first post, as one of short stamps already was (three entries at least, in one order,
within weeks); so is one whose entries are blocks their class names ("entry", "post"),
stamped in a plain element. The regions writing the month first are one list: English pages
for the US's territories (CLDR's `en_GU`, `en_PR`, `en_VI` print "3/12/26" as `en_US`
does) read "03/12/2026" month first, by tag or host, as their locale meta already did, and a
Spanish page for Puerto Rico leaves its short "03/12" unread, as one for the US.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.dateline_pages import FETCHED, story_dates, story_page


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        ("ja", "jp", "<p class='date'>26/12/03</p>", "2026-12-03"),
        ("ja", "jp", "<time>26/12/03</time>", "2026-12-03"),
        ("ja", "jp", "<span class='date'>26-12-03</span>", "2026-12-03"),
        ("ja", "jp", "<p class='date'>26/12/03(木)</p>", "2026-12-03"),
        ("ko", "kr", "<p>26/12/03</p>", "2026-12-03"),
        ("ko", "kr", "<span class='date'>26.12.03</span>", "2026-12-03"),
        ("ko", "kr", "<span class='date'>26.12.03 (목)</span>", "2026-12-03"),
        ("zh", "cn", "<span class='date'>26/12/03</span>", "2026-12-03"),
        ("zh", "tw", "<span class='date'>26-12-03</span>", "2026-12-03"),
    ],
)  # fmt: skip
def test_a_bare_year_first_short_day_is_this_century(
    lang: str, domain: str, line: str, published: str
) -> None:
    """Failed before: dateutil read "26/12/03" day first, 26 December 2003."""
    assert story_dates(lang, line, domain=domain)[0] == published


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        # with a clock: read year first before, as now
        ("ja", "jp", "<p class='date'>26/12/03 15:15</p>", "2026-12-03T15:15:00+09:00"),
        ("ko", "kr", "<p class='date'>26.12.03 오후 3:15</p>", "2026-12-03T15:15:00+09:00"),
        # Hong Kong's day first: never 2004 (read with its clock, unread alone)
        ("zh", "hk", "<span class='date'>04/12/26 15:15</span>", "2026-12-04T15:15:00+08:00"),
        ("zh", "hk", "<span class='date'>04/12/26</span>", None),
        # day first where the language writes it so
        ("de", "de", "<p class='date'>03.12.26</p>", "2026-12-03"),
        ("fr", "fr", "<p class='date'>03/12/26</p>", "2026-12-03"),
        ("en", "co.uk", "<p class='date'>03/12/26</p>", "2026-12-03"),
        # a Japanese day with its four-digit year
        ("ja", "jp", "<p class='date'>2026/12/03</p>", "2026-12-03"),
    ],
)  # fmt: skip
def test_other_short_days_keep_their_reading(
    lang: str, domain: str, line: str, published: str | None
) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates(lang, line, domain=domain)[0] == published


_DAY = "<p class='date'>03/12/2026 10:15</p>"
_SHORT = "<p class='date'>03/12 10:15</p>"


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        ("en-GU", "com", _DAY, "2026-03-12T10:15:00+10:00"),
        ("en-PR", "com", _DAY, "2026-03-12T10:15:00-04:00"),
        ("en", "pr", _DAY, "2026-03-12T10:15:00-04:00"),
        ("en", "vi", _DAY, "2026-03-12T10:15:00-04:00"),
        ("es-PR", "com", _SHORT, None),
    ],
)  # fmt: skip
def test_us_territories_write_the_month_first(
    lang: str, domain: str, line: str, published: str | None
) -> None:
    """Failed before: read day first (3 December), as only "en-US", "en-PH" and the locale
    meta's region were month first."""
    assert story_dates(lang, line, domain=domain)[0] == published


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        ("en-US", "com", _DAY, "2026-03-12T10:15:00-04:00"),
        ("en", "com.ph", _DAY, "2026-03-12T10:15:00+08:00"),
        ("en-GB", "com", _DAY, "2026-12-03T10:15:00+00:00"),
        ("en", "co.uk", _DAY, "2026-12-03T10:15:00+00:00"),
        ("en", "com.au", _DAY, "2026-12-03T10:15:00+11:00"),
        ("en-IN", "com", _DAY, "2026-12-03T10:15:00+05:30"),
        ("es", "es", _SHORT, "2026-12-03T10:15:00+01:00"),
        ("es-MX", "com", _SHORT, "2026-12-03T10:15:00-06:00"),
        ("es-US", "com", _SHORT, None),
        ("en", "co.uk", _SHORT, "2026-12-03T10:15:00+00:00"),
    ],
)  # fmt: skip
def test_other_regions_keep_their_order(
    lang: str, domain: str, line: str, published: str | None
) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates(lang, line, domain=domain)[0] == published


def _entries(stamps: list[str], texts: list[str], datetimes: list[str] | None = None) -> str:
    """A live page's list of entries, each a `<time>` and the entry's own sentence."""
    attrs = [f" datetime='{d}'" for d in datetimes] if datetimes else [""] * len(stamps)
    items = "".join(
        f"<li><time{attr}>{stamp}</time> {text}</li>"
        for stamp, attr, text in zip(stamps, attrs, texts, strict=True)
    )
    return f"<ul class='live'>{items}</ul>"


_DE = [
    "Die Sitzung ist eröffnet, der Präsident begrüßt die Gäste im Saal",
    "Die Abgeordneten treffen nach und nach ein, einige fehlen noch",
    "Der Saal füllt sich, auf der Tribüne sitzen viele Schulklassen",
]
_EN = [
    "The chamber opens its doors and the speaker welcomes the guests",
    "Members arrive one by one, a few of them are still missing",
    "The public gallery fills up with school classes and reporters",
]
_FR = [
    "La séance est ouverte, le président salue les invités dans la salle",
    "Les députés arrivent peu à peu, quelques-uns manquent encore",
    "La salle se remplit, la tribune accueille de nombreuses classes",
]
_JA = [
    "本会議が開会し、議長が傍聴に訪れた来賓にあいさつした。議場には多くの記者が集まり、開会を待った",
    "議員が次々と議場に到着した。一部の議員はまだ姿を見せておらず、議長は定刻通りの開会を目指した",
    "傍聴席は修学旅行の生徒や報道関係者で埋まった。議場の外にも多くの人が集まり、審議を見守った",
]
_DE_FULL = ["05.12.2026 09:12", "05.12.2026 08:40", "05.12.2026 08:05"]
_EN_FULL = ["5 December 2026 09:12", "5 December 2026 08:40", "5 December 2026 08:05"]
_FR_FULL = ["05/12/2026 09:12", "05/12/2026 08:40", "05/12/2026 08:05"]
_JA_FULL = ["2026年12月5日 9:12", "2026年12月5日 8:40", "2026年12月5日 8:05"]
_ISO = ["2026-12-05T09:12:00+01:00", "2026-12-05T08:40:00+01:00", "2026-12-05T08:05:00+01:00"]


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        ("de", "de", _entries(_DE_FULL, _DE), "2026-12-05T08:05:00+01:00"),
        ("en", "co.uk", _entries(_EN_FULL, _EN), "2026-12-05T08:05:00+00:00"),
        ("fr", "fr", _entries(_FR_FULL, _FR), "2026-12-05T08:05:00+01:00"),
        ("ja", "jp", _entries(_JA_FULL, _JA), "2026-12-05T08:05:00+09:00"),
        ("de", "de", _entries(["09:12", "08:40", "08:05"], _DE, _ISO), "2026-12-05T08:05:00+01:00"),
        # across midnight, newest first
        ("de", "de", _entries(["05.12.2026 09:12", "05.12.2026 08:40", "04.12.2026 21:05"], _DE), "2026-12-04T21:05:00+01:00"),
    ],
)  # fmt: skip
def test_a_ticker_of_full_stamps_is_dated_by_its_first_post(
    lang: str, domain: str, line: str, published: str
) -> None:
    """Failed before: the newest entry (09:12), an update, was taken for the publication."""
    assert story_dates(lang, line, domain=domain)[0] == published


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        # oldest first: its first entry, as before
        ("de", "de", _entries(list(reversed(_DE_FULL)), _DE), "2026-12-05T08:05:00+01:00"),
        # two entries: a byline's stamp over one earlier event as often as a ticker
        ("de", "de", _entries(_DE_FULL[:2], _DE[:2]), "2026-12-05T09:12:00+01:00"),
        # not in one order: a chronology of the story's days, not a feed
        ("de", "de", _entries(["05.12.2026 09:12", "01.12.2026 08:40", "03.12.2026 08:05"], _DE), "2026-12-05T09:12:00+01:00"),
        # months apart: a schedule's days, not a feed
        ("de", "de", _entries(["05.12.2026 09:12", "05.10.2026 08:40", "05.08.2026 08:05"], _DE), "2026-12-05T09:12:00+01:00"),
        # a list of other pieces, each with its day and headline link, under the byline
        ("de", "de", "<p class='date'>05.12.2026, 07:30 Uhr</p>" + "".join(f"<p><time>0{d}.12.2026 18:00</time> <a href='/a/{d}-other'>Ein anderer Bericht über die Sitzung des Rates am Abend</a></p>" for d in (4, 3, 2)), "2026-12-05T07:30:00+01:00"),
        # a byline's time above the entries dates the page
        ("de", "de", "<p class='date'>Veröffentlicht am 05.12.2026 um 07:30 Uhr</p>" + _entries(_DE_FULL, _DE), "2026-12-05T07:30:00+01:00"),
    ],
)  # fmt: skip
def test_entries_that_are_no_ticker_keep_their_reading(
    lang: str, domain: str, line: str, published: str
) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates(lang, line, domain=domain)[0] == published


def test_metadata_dates_a_ticker_over_its_entries() -> None:
    """Counter-case: the page's JSON-LD states its publication; the entries are updates."""
    head = (
        '<script type="application/ld+json">{"@type": "LiveBlogPosting",'
        ' "datePublished": "2026-12-05T07:00:00+01:00"}</script>'
    )
    html = story_page("de", head=head, line=_entries(_DE_FULL, _DE))
    found = extract_article(html, "https://www.news.example.de/a/4711-bridge", fetched=FETCHED)
    assert found.published == "2026-12-05T07:00:00+01:00"


def _classed(cls: str, stamps: list[str], texts: list[str], tag: str = "div") -> str:
    """A live page's entries as blocks its classes name, each stamped in a plain element."""
    return "".join(
        f"<{tag} class='{cls}'><span class='date'>{stamp}</span><p>{text}</p></{tag}>"
        for stamp, text in zip(stamps, texts, strict=True)
    )


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        ("en", "co.uk", _classed("entry", _EN_FULL, _EN), "2026-12-05T08:05:00+00:00"),
        ("en", "co.uk", _classed("update", _EN_FULL, _EN), "2026-12-05T08:05:00+00:00"),
        ("de", "de", _classed("feed-item", _DE_FULL, _DE), "2026-12-05T08:05:00+01:00"),
        ("fr", "fr", _classed("post", _FR_FULL, _FR, tag="article"), "2026-12-05T08:05:00+01:00"),
        ("ja", "jp", _classed("entry", _JA_FULL, _JA), "2026-12-05T08:05:00+09:00"),
    ],
)  # fmt: skip
def test_a_ticker_of_classed_entries_is_dated_by_its_first_post(
    lang: str, domain: str, line: str, published: str
) -> None:
    """Failed before: entries named by their class, stamped without a `<time>`, were read as
    bylines, the newest (09:12) first."""
    assert story_dates(lang, line, domain=domain)[0] == published


def _teasers(cls: str) -> str:
    return "".join(
        f"<div class='{cls}'><span class='date'>0{d}.12.2026 18:00</span>"
        f"<p><a href='/a/{d}-other'>Ein anderer Bericht über die Sitzung des Rates am Abend</a></p></div>"
        for d in (4, 3, 2)
    )


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        # classes no entry's: paragraphs of a chronology, a gallery
        ("de", "de", _classed("text", _DE_FULL, _DE), "2026-12-05T09:12:00+01:00"),
        ("de", "de", _classed("gallery-caption", _DE_FULL, _DE), "2026-12-05T09:12:00+01:00"),
        # two entries only
        ("de", "de", _classed("entry", _DE_FULL[:2], _DE[:2]), "2026-12-05T09:12:00+01:00"),
        # teasers of other pieces, each a link, under a byline
        ("de", "de", "<p class='date'>05.12.2026, 07:30 Uhr</p>" + _teasers("post-item"), "2026-12-05T07:30:00+01:00"),
        # entries with no text of their own beside their stamp: a byline's pair and more
        ("de", "de", "".join(f"<div class='entry'><span class='date'>{s}</span></div>" for s in _DE_FULL), "2026-12-05T09:12:00+01:00"),
    ],
)  # fmt: skip
def test_classed_blocks_that_are_no_ticker_keep_their_reading(
    lang: str, domain: str, line: str, published: str
) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates(lang, line, domain=domain)[0] == published


_CHRONOLOGY_DE = [
    "Der Rat beschließt nach langer Debatte den Abriss der alten Brücke am Hafen",
    "Die Bürgerinitiative übergibt ihre Unterschriften an den Oberbürgermeister",
    "Die Gutachter legen ihren Bericht über die Schäden an den Pfeilern vor",
]
_CHRONOLOGY_EN = [
    "The council votes to pull down the old bridge after a long debate",
    "The residents' group hands its petition over to the mayor at the town hall",
    "The surveyors publish their report on the cracks found in the piers",
]


def _chronology(cls: str, days: list[str], texts: list[str], tag: str = "li") -> str:
    """An explainer's chronology: the story's days, newest first, each with what happened."""
    items = "".join(
        f"<{tag} class='{cls}'><span class='date'>{day}</span><p>{text}</p></{tag}>"
        for day, text in zip(days, texts, strict=True)
    )
    return f"<h2>Chronik</h2><ul class='chronik'>{items}</ul>"


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        ("de", "de", _chronology("item", ["05.12.2026", "28.11.2026", "14.11.2026"], _CHRONOLOGY_DE), "2026-12-05"),
        # a class naming a timeline: its events' days date no article (dates-37), None
        ("de", "de", _chronology("timeline-entry", ["05.12.2026", "28.11.2026", "14.11.2026"], _CHRONOLOGY_DE, tag="div"), None),
        ("en", "co.uk", _chronology("event-item", ["5 December 2026", "28 November 2026", "14 November 2026"], _CHRONOLOGY_EN), "2026-12-05"),
        ("en", "co.uk", _chronology("post", ["5 December 2026", "28 November 2026", "14 November 2026"], _CHRONOLOGY_EN, tag="div"), "2026-12-05"),
    ],
)  # fmt: skip
def test_a_chronology_of_days_is_no_feed(
    lang: str, domain: str, line: str, published: str | None
) -> None:
    """Counter-cases (review): an undated explainer's chronology, newest first, names days
    without a clock; a feed stamps its posts to the minute. Its oldest day is no first post,
    and the page's reading stays its first dated line's."""
    assert story_dates(lang, line, domain=domain)[0] == published


@pytest.mark.parametrize(
    "line",
    [
        _classed("entry", [*_EN_FULL[:2], "3 December 2026 08:05"], _EN),
        _entries([*_EN_FULL[:2], "3 December 2026 08:05"], _EN),
    ],
)
def test_a_feed_reaching_before_the_urls_day_keeps_to_that_day(line: str) -> None:
    """Counter-case (review): the URL states 5 December; the feed's oldest entry, two days
    before, contradicts it. Failed before (3 December 08:05, the day the URL refuses, was
    taken for want of another); the entries' stamps on that day date the page, as before
    dates-36."""
    html = story_page("en", line=line)
    url = "https://www.news.example.co.uk/2026/12/05/live-bridge"
    found = extract_article(html, url, fetched=FETCHED)
    assert (found.published or "")[:10] == "2026-12-05"


_READERS = [
    "Great piece, I have been waiting for the council to finally do something about it",
    "I disagree with most of this, the old bridge could have been repaired for far less",
    "My grandfather helped build the old bridge, sad to see it go after all these years",
]


def _comments(cls: str, stamps: list[str]) -> str:
    items = "".join(
        f"<div class='{cls}'><span class='date'>{s}</span><p>{t}</p></div>"
        for s, t in zip(stamps, _READERS, strict=True)
    )
    return f"<section class='comments'><h2>Comments</h2>{items}</section>"


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        # rented domains name no country: no month-first reading, no zone
        ("en", "io", _DAY, "2026-12-03T10:15:00"),
        ("en", "tv", _DAY, "2026-12-03T10:15:00"),
        ("en", "ai", _DAY, "2026-12-03T10:15:00"),
        ("en", "us", _DAY, "2026-03-12T10:15:00-04:00"),
        ("en-GB", "pr", _DAY, "2026-12-03T10:15:00-04:00"),
        # Taiwan's two-digit year first is no Minguo year (dates-36's own change: 2003 before);
        # Hong Kong's day first stays refused
        ("zh-TW", "tw", "<span class='date'>26/12/03</span>", "2026-12-03"),
        ("zh-HK", "hk", "<span class='date'>03/12/26</span>", None),
        # reader comments, in order, under an undated article: not its date
        ("en", "co.uk", _comments("comment-item", _EN_FULL), None),
        ("en", "co.uk", _comments("comment post", _EN_FULL), None),
    ],
)  # fmt: skip
def test_review_counter_cases_keep_their_reading(
    lang: str, domain: str, line: str, published: str | None
) -> None:
    """Counter-cases (review of dates-36): passed before and after, but for Taiwan's row."""
    if "comments" in line:
        html = story_page(lang, tail=line)
        url = f"https://www.news.example.{domain}/a/4711-bridge"
        assert extract_article(html, url, fetched=FETCHED).published == published
    else:
        assert story_dates(lang, line, domain=domain)[0] == published
