"""Review of authors-38's rules on cases of its reviewer's own (issue 10).

- A topic after a byline label: four capitalised words or more, none a given name, were
  read as a headline; the given names' table lacks whole naming customs (Burmese, Yoruba,
  Zulu, Sinhala, Hawaiian, Vietnamese names of four words) and newsroom bylines name no
  given name ("The Example Times Editorial Board"). Now half the words must be words the
  story prints in lower case, none a newsroom's word, and no Vietnamese name's shape.
- "Quelle: Anna Kammer, dpa": a kind of body as a surname, but not the kinds that take a
  person's name ("Otto Stiftung", "Elisabeth Klinikum", "Knud Fond"), nor on a French page's
  "Louis Institut".
- A lone related card after the story's text: its heading before its writer, and the text
  begun the story's own block; a byline over a newsletter's heading, a standfirst above a
  header's byline block, a live blog's one entry stay the story's.
- Rows that read right on the branch already, kept with them.

Every name, paper, address and sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.byline_lines import STORY, URL, closing_authors, line_authors

_P = "<p>{}</p>"
_DIV = "<div class='byline'>{}</div>"

_PRICES_EN = (
    "Food prices rise again today in the city's markets, the council said on Tuesday, after"
    " prices rose in each of the last three months across the region."
)
# a Vietnamese story printing "phương" ("địa phương", local) and "hải" ("hải sản", seafood)
_HAI_SAN_VI = (
    "Chính quyền địa phương cho biết giá hải sản tại chợ đã tăng mạnh trong tuần qua, người"
    " dân lo ngại về chi phí sinh hoạt hằng ngày của gia đình và của cả khu phố."
)

NAMES_NOT_TOPICS = [
    # failed before: no given name the table knows, four words or more
    ("en", "By Aung Kyaw Htet Naing", None, ["Aung Kyaw Htet Naing"]),
    ("en", "By Aung Kyaw Htet Naing", _PRICES_EN, ["Aung Kyaw Htet Naing"]),
    ("en", "BY AUNG KYAW HTET NAING", None, ["AUNG KYAW HTET NAING"]),
    ("en", "By Aung Kyaw Htet Naing, Yangon", None, ["Aung Kyaw Htet Naing"]),
    (
        "en",
        "By Oluwaseun Temitope Babajide Oyelaran",
        None,
        ["Oluwaseun Temitope Babajide Oyelaran"],
    ),
    ("en", "By Nkosinathi Sipho Bongani Mthembu", None, ["Nkosinathi Sipho Bongani Mthembu"]),
    (
        "en",
        "By Wijesinghe Mudiyanselage Chaminda Bandara",
        None,
        ["Wijesinghe Mudiyanselage Chaminda Bandara"],
    ),
    ("en", "By Keoni Kalani Mahina Kahale", None, ["Keoni Kalani Mahina Kahale"]),
    (
        "pt",
        "Texto: Thaís Conceição Albuquerque Gonçalves",
        None,
        ["Thaís Conceição Albuquerque Gonçalves"],
    ),
    ("vi", "Bài: Huỳnh Phan Khánh Hà", None, ["Huỳnh Phan Khánh Hà"]),
    ("vi", "Phóng viên: Đỗ Phương Hải Hà", _HAI_SAN_VI, ["Đỗ Phương Hải Hà"]),
    # newsroom bylines: no given name in them either
    ("en", "By The Example Times Editorial Board", None, ["The Example Times Editorial Board"]),
    (
        "en",
        "By The Example Times Editorial Board",
        _PRICES_EN,
        ["The Example Times Editorial Board"],
    ),
    ("en", "By Example Daily News Staff", None, ["Example Daily News Staff"]),
    ("en", "By Climate Desk Data Team", None, ["Climate Desk Data Team"]),
    # read right already: a given name among the words, particles, "And" between two
    ("en", "By Abdel Rahman Al Sayed Mahmoud", None, ["Abdel Rahman Al Sayed Mahmoud"]),
    ("pt", "Por Maria da Conceição Tavares Lima", None, ["Maria da Conceição Tavares Lima"]),
    ("nl", "Door Johannes Cornelis van der Berg", None, ["Johannes Cornelis van der Berg"]),
    ("en", "By Anna Obi And Chidi Eze", None, ["Anna Obi", "Chidi Eze"]),
    ("en", "By Kyaw Zaw And Htet Naing Aung", None, ["Kyaw Zaw", "Htet Naing Aung"]),
    # the topic itself, over a story printing its words
    ("en", "By Prices Rise Again Today", _PRICES_EN, []),
    ("vi", "Bài 1: Giá lúa tăng mạnh", None, []),
]


@pytest.mark.parametrize(("lang", "line", "story", "expected"), NAMES_NOT_TOPICS)
@pytest.mark.parametrize("markup", [_P, _DIV])
def test_a_long_name_the_table_lacks_is_no_topic(
    lang: str, line: str, story: str | None, expected: list[str], markup: str
) -> None:
    assert line_authors(lang, markup.format(line), story) == expected


BODIES_NAMED_AFTER_PEOPLE = [
    # failed before: a given name, then a kind of body that takes a person's name
    ("de", "Quelle: Otto Stiftung, dpa", ["dpa"]),
    ("de", "Quelle: Elisabeth Klinikum, dpa", ["dpa"]),
    ("da", "Kilde: Knud Fond, Ritzau", ["Ritzau"]),
    ("sv", "Källa: Lisa Stiftelse, TT", ["TT"]),
    ("fr", "Source : Louis Institut, AFP", ["AFP"]),
    # read right already: a surname no body's kind; a chamber's word as a surname
    ("sv", "Källa: Lisa Bank, TT", ["Lisa Bank", "TT"]),
    ("de", "Quelle: Anna Kammer, dpa", ["Anna Kammer", "dpa"]),
    ("de", "Quelle: Max Planck Institut, dpa", ["dpa"]),
]


@pytest.mark.parametrize(("lang", "last", "expected"), BODIES_NAMED_AFTER_PEOPLE)
def test_a_body_named_after_a_person_is_no_reporter(
    lang: str, last: str, expected: list[str]
) -> None:
    assert closing_authors(lang, last) == expected


_DE = f"<p>{STORY['de']}</p>"
_LEAD = (
    "<p class='lead'>Die alte Brücke über den Fluss wird abgerissen und durch einen Neubau"
    " ersetzt, beschloss die Gemeinde am Dienstag.</p>"
)


def _entry(n: int) -> str:
    return (
        f"<div class='entry'><h2><a href='/live/bruecke?post={n}'>Update {n}: Brücke gesperrt"
        f"</a></h2><p class='byline'>Von Anna Schmidt</p>{_DE}</div>"
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # failed before: the story's byline over a heading's link closing the story; a
        # header's byline block under a standfirst, a kicker's link above the byline; a
        # live blog's one entry under its lead; a section of the story with its heading
        (
            f"<div class='text'>{_DE * 3}</div><div class='article-meta'><span class='author'>"
            "Anna Schmidt</span><h4><a href='/newsletter'>Newsletter abonnieren</a></h4></div>",
            ["Anna Schmidt"],
        ),
        (
            f"{_LEAD}<div class='meta'><h2 class='kicker'><a href='/verkehr'>Verkehr</a></h2>"
            f"<p class='byline'>Von Anna Schmidt</p></div><div class='text'>{_DE * 3}</div>",
            ["Anna Schmidt"],
        ),
        (f"{_LEAD}<div class='live'>{_entry(1)}</div>", ["Anna Schmidt"]),
        (
            f"{_DE}<section><h2><a href='/thema/bruecke'>Die Brücke</a></h2>"
            f"<p class='byline'>Von Anna Schmidt</p>{_DE * 2}</section>",
            ["Anna Schmidt"],
        ),
        # read right already: a card above the byline is read with it; the byline after
        # the story, a card between its paragraphs; a card after the text, its writer
        # under its heading (no other byline: no one)
        (
            "<div class='teaser'><h3><a href='/neue-strasse'>Neue Straße geplant</a></h3>"
            "<p class='byline'>Von Karl Probe</p></div><p class='byline'>Von Anna Schmidt</p>"
            f"<div class='text'>{_DE * 3}</div>",
            ["Karl Probe", "Anna Schmidt"],
        ),
        (
            f"<div class='text'>{_DE * 2}<div class='teaser'><h3><a href='/neue-strasse'>Neue"
            " Straße geplant</a></h3><p>Von Karl Probe</p></div>"
            f"{_DE}</div><p class='byline'>Von Anna Schmidt</p>",
            ["Anna Schmidt"],
        ),
        (
            f"<div class='text'>{_DE * 3}</div><div class='teaser'><h3><a href='/neue-strasse'>"
            "Neue Straße geplant</a></h3><p class='byline'>Von Karl Probe</p></div>",
            [],
        ),
    ],
)
def test_the_story_own_byline_beside_a_heading_link(body: str, expected: list[str]) -> None:
    page = (
        "<html lang='de'><head><title>A new bridge</title></head><body><main><article>"
        f"<h1>A new bridge</h1>{body}</article></main></body></html>"
    )
    assert extract_article(page, URL).authors == expected


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        # a degree before a second writer stays with her name, as before the first
        ("cs", "Autoři: Jan Novák, Mgr. Petra Malá", ["Jan Novák", "Mgr. Petra Malá"]),
        ("cs", "Autor: Jan Novák. Foto: Petr Malý", ["Jan Novák"]),
        # "for Example News" after a Hindi name: her outlet, no second writer
        ("hi", "राहुल शर्मा, उदाहरण समाचार के लिए", ["राहुल शर्मा"]),
    ],
)
def test_a_degree_or_an_outlet_after_a_writer(lang: str, line: str, expected: list[str]) -> None:
    assert line_authors(lang, _DIV.format(line)) == expected
