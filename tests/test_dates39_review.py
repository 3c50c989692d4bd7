"""Review of session 39's date rules: where an <aside> named as the article's byline box is
a writer's bio or a neighbour piece's card, and where an update's label and a clock in hour
and minute words are an event the story tells. Every page and line is made up for the test.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.dateline_pages import FETCHED, HEADLINE, story_dates
from tests.test_dates39 import _BODY, _DOMAINS, _STAMPS, _lead_page, _published

_STORY = "".join(
    f"<p>Paragraph {i} of the story about the bridge, long enough to be read as its text.</p>"
    for i in range(12)
)


def _side_page(lang: str, aside: str) -> str:
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{HEADLINE}</title></head>"
        f"<body><main><article><h1>{HEADLINE}</h1>{_STORY}</article>{aside}</main>"
        "<footer>Contact</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "aside"),
    [
        # a writer's bio: the day they joined, their latest piece's day
        ("en", "<aside class='author-bio'><p>Maya Lind covers city hall.</p><p>Latest: 5 December 2026</p></aside>"),
        ("en", "<aside class='author-box'><p>Maya Lind</p><p>Member since March 3, 2019</p></aside>"),
        ("de", "<aside class='autor-info'><p>Jonas Brehm schreibt seit 2019 für uns.</p><p>Letzter Artikel: 5. Dezember 2026, 09:10 Uhr</p></aside>"),
        ("fr", "<aside class='auteur'><p>Claire Vidal, journaliste depuis le 3 mars 2019.</p></aside>"),
        # a neighbour piece's title and day, no <a>
        ("en", "<aside class='post-info'><p>Previous post: The ferry timetable changes</p><p>December 1, 2026</p></aside>"),
        ("en", "<aside class='byline'><p>Next: The ferry timetable</p><p>December 1, 2026</p></aside>"),
        # the writer's other stories made clickable by script
        ("en", "<aside class='author'><div data-href='/a/1'>The ferry plan, December 1, 2026</div></aside>"),
        ("nl", "<aside class='author-latest'><div data-href='/a/1'>Het veerplan</div><span>1 december 2026</span></aside>"),
        ("es", "<aside class='autor'><p onclick=\"location='/a/1'\">El plan del ferri</p><p>1 de diciembre de 2026</p></aside>"),
    ],
)  # fmt: skip
def test_a_bio_or_a_neighbours_card_named_as_a_meta_box_dates_nothing(
    lang: str, aside: str
) -> None:
    """Failed before: the aside read as the article's byline box, its date the story's."""
    found = extract_article(
        _side_page(lang, aside), "https://www.news.example.com/a/4711-bridge", fetched=FETCHED
    )
    assert found.published is None


def _p(text: str) -> str:
    return f"<p class='date'>{text}</p>"


@pytest.mark.parametrize(
    ("lang", "domain", "lines"),
    [
        ("ja", "jp", _p("2026年3月3日 14時05分") + "<p>最終更新は別のページ。16時20分ごろ、地震が発生した。</p>"),
        ("zh", "cn", _p("2026年3月3日 14时05分") + _p("更新于 16时20分 地震发生")),
        ("zh", "cn", _p("2026年3月3日 14时05分") + "<p>系统更新后，16时20分再次发生故障。</p>"),
    ],
)  # fmt: skip
def test_an_event_clock_after_an_update_word_is_no_update(
    lang: str, domain: str, lines: str
) -> None:
    """The first two failed before (the event's clock read as the update's, modified 16:20);
    the third is a counter-case that passed before too."""
    assert story_dates(lang, lines, domain=domain)[1] is None


_TEASERS = {
    "de": (
        "Mehr aus der Region",
        "Ein längerer Anrisstext zu einer anderen Meldung aus der Region, der über mehrere Zeilen läuft und zum Weiterlesen einlädt, mit noch mehr Worten.",
    ),
    "fr": (
        "Plus de la région",
        "Un long texte d'accroche pour une autre nouvelle de la région, qui court sur plusieurs lignes et invite à poursuivre la lecture, avec encore des mots.",
    ),
    "es": (
        "Más de la región",
        "Un largo texto de entrada para otra noticia de la región, que ocupa varias líneas e invita a seguir leyendo, con todavía más palabras al final.",
    ),
    "nl": (
        "Meer uit de regio",
        "Een lange teasertekst bij een ander bericht uit de regio, die over meerdere regels loopt en uitnodigt om verder te lezen, met nog meer woorden erbij.",
    ),
}


def _list_pages(lang: str) -> list[str]:
    """A list of other stories after the article whose first entry has a long teaser (or
    the list an intro line), the story's own date nowhere."""
    heading, teaser = _TEASERS[lang]
    stamp = _STAMPS[lang][1]
    first, rest = stamp.format(c="", d=19), "".join(stamp.format(c="", d=d) for d in (20, 21, 22))
    return [
        _lead_page(lang, _BODY[lang] + f"<h2>{heading}</h2>" + first + f"<p>{teaser}</p>" + rest),
        _lead_page(lang, _BODY[lang] + first + f"<p>{teaser}</p>" + rest),
        _lead_page(lang, first + f"<p>{teaser}</p>" + rest + stamp.format(c="", d=23)),
    ]


@pytest.mark.parametrize("case", [0, 1, 2])
@pytest.mark.parametrize("lang", ["de", "fr", "es", "nl"])
def test_a_lists_first_entry_with_a_long_teaser_is_no_story_line(lang: str, case: int) -> None:
    """The first stamp below a heading or the story's body, or above a single intro line:
    the list's first entry. Failed before: read as the story's own line (19 November)."""
    assert _published(_list_pages(lang)[case], _DOMAINS[lang]) is None
