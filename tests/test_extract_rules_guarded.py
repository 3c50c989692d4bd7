"""Rules of the seventh session that no test caught: each case here fails with its rule
disabled (the review's mutation check, 2026-12-03), and passes with it.

Every page, name and sentence is invented.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.dates import parse_date, to_iso
from newsarchive.extract.document import parse
from newsarchive.extract.page_fields import image

URL = "https://news.example/stadt/a-123.html"
TEXT = "Der Stadtrat hat am Dienstagabend nach langer Debatte beschlossen, den alten Hafen für die Fähre umzubauen."
STORY = f"<p>{TEXT} {TEXT} Die Arbeiten sollen im Frühjahr beginnen, sagte die Bürgermeisterin.</p>"
PARAGRAPHS = "".join(f"<p>{TEXT} Absatz {i}.</p>" for i in range(8))


# --- title -------------------------------------------------------------------------------


def test_a_headline_broken_by_br_after_its_first_word_stays_whole() -> None:
    """A `<br>` after a short first line is a kicker's only where the second line opens as a
    headline does: one opening in lower case is the same sentence going on (title.py,
    `_headline_part`: `not rest[0].islower()`)."""
    html = "<html><body><h1>Storm<br>hits the coast as thousands lose power overnight</h1></body></html>"
    article = extract_article(html, URL)
    assert article.title == "Storm hits the coast as thousands lose power overnight"


# --- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "mchana" runs from late morning into the afternoon: saa 5 is 11 o'clock, not 23
        ("2 Desemba 2026 saa 5:30 mchana", "2026-12-02T11:30:00"),
        ("2 Desemba 2026 saa 4:15 mchana", "2026-12-02T10:15:00"),
        ("2 Desemba 2026 saa 6:00 mchana", "2026-12-02T12:00:00"),
    ],
)
def test_swahili_midday_hours_before_noon(text: str, expected: str) -> None:
    d = parse_date(text)
    assert d is not None
    assert to_iso(d) == expected


def test_a_related_objects_headline_that_begins_a_word_of_the_title_is_not_shown() -> None:
    """Among article objects naming no page, one whose headline the page shows as its title
    wins; a headline that only begins the title's first word ("Hafenplan" in "Hafenplanung:
    ...") is not shown (jsonld.py `_shows_headline`: the title goes on after a mark)."""
    own = {
        "@type": "NewsArticle",
        "headline": "Neuer Plan für den alten Hafen",
        "datePublished": "2026-12-02T14:30:00+01:00",
    }
    related = {
        "@type": "NewsArticle",
        "headline": "Hafenplan",
        "datePublished": "2026-11-20T09:00:00+01:00",
    }
    title = "Hafenplanung: Stadtrat stimmt nach langer Debatte zu"
    scripts = "".join(
        f"<script type='application/ld+json'>{json.dumps(o)}</script>" for o in (own, related)
    )
    html = (
        f"<html><head><meta property='og:title' content='{title}'>{scripts}</head>"
        f"<body><article><h1>{title}</h1><p>Text.</p></article></body></html>"
    )
    assert (
        extract_article(html, "https://www.zeitung.example.de/a/1.html").published
        == "2026-12-02T14:30:00+01:00"
    )


# --- authors -----------------------------------------------------------------------------


def _closing(line: str) -> list[str]:
    head = '<meta property="og:site_name" content="Beispielbote">'
    html = f'<html lang="de"><head>{head}</head><body><article><h1>Titel</h1><div class="text">{STORY}{STORY}{line}<p>Teilen</p></div></article></body></html>'
    return extract_article(html, "https://www.beispielbote.example/a/1").authors


@pytest.mark.parametrize(
    "line",
    [
        # the site's own name on both sides of the slash: no paper it took the story from
        "<p>Beispielbote / BEISPIELBOTE</p>",
        # a line over 80 characters after the story is a note, not a source's credit
        "<p>Quelle: Statistisches Landesamt, eigene Berechnungen der Redaktion aus dem Vorjahr</p>",
    ],
)
def test_no_source_credited_where_the_closing_line_names_none(line: str) -> None:
    assert _closing(line) == []


# --- lead image --------------------------------------------------------------------------


def _cover(url: str, advert: str) -> str | None:
    html = (
        "<html><head><title>Storm hits the harbour town overnight</title></head><body><main><article>"
        "<h1>Storm hits the harbour town overnight</h1>"
        f'<div class="promo"><a href="{advert}"><img src="/uploads/2026/offer-wide.jpg" alt="Book now"></a></div>'
        f'<figure><img src="/uploads/2026/harbour.jpg"></figure>{PARAGRAPHS}</article></main></body></html>'
    )
    doc = parse(html, url)
    assert doc is not None
    return image(doc, None, ())


@pytest.mark.parametrize(
    ("url", "advert"),
    [
        ("https://www.zeitung.example/a/1.html", "https://www.werbung.example/angebot/"),
        # under a country's second level every site ends in the same two labels: "co.uk"
        ("https://www.harbourpost.co.uk/news/1.html", "https://www.ferry-offers.co.uk/offer/"),
        ("https://www.diariodoporto.com.br/a/1.html", "https://www.loja-barcos.com.br/oferta/"),
        ("https://www.hadashot-hanamal.co.il/a/1.html", "https://www.sfinot.co.il/mivtsa/"),
    ],
)
def test_a_banner_linking_to_another_site_is_no_lead_under_a_country_second_level(
    url: str, advert: str
) -> None:
    found = _cover(url, advert)
    assert found is not None and found.endswith("/uploads/2026/harbour.jpg")


def test_the_sites_own_link_under_a_country_second_level_is_no_banner() -> None:
    """The article's own site on another host of it ("shop.", "www.") is no other site."""
    found = _cover(
        "https://www.harbourpost.co.uk/news/1.html", "https://shop.harbourpost.co.uk/prints/"
    )
    assert found is not None and found.endswith("/uploads/2026/offer-wide.jpg")


def test_the_same_story_credits_a_short_source_line() -> None:
    """The page above does credit its source where the line is one (the cases above are
    not empty for want of a story)."""
    assert _closing("<p>Quelle: dpa</p>") == ["dpa"]


def _linked(link: str, src: str) -> str | None:
    html = (
        "<html><head><title>Storm hits the harbour town overnight</title></head><body><main><article>"
        f'<h1>Storm hits the harbour town overnight</h1><figure><a href="{link}"><img src="{src}"></a></figure>'
        f"{PARAGRAPHS}</article></main></body></html>"
    )
    doc = parse(html, "https://www.zeitung.example/a/1.html")
    assert doc is not None
    return image(doc, None, ())


@pytest.mark.parametrize(
    ("link", "src"),
    [
        # a link to a gallery page on the picture's own image server (another host than the
        # article's): the picture's own link, not an advertiser's
        (
            "https://bilder.example.net/galerie/hafen",
            "https://bilder.example.net/9f3kq2LmZx8RtP4v=s750",
        ),
        # a link to a picture file on another host: it opens the picture at full size
        ("https://cdn.fotoagentur.example/full/hafen-original.jpg", "/fotos/hafen-klein.jpg"),
    ],
)
def test_a_link_that_opens_the_picture_is_no_banner(link: str, src: str) -> None:
    found = _linked(link, src)
    assert found is not None and found.endswith(src.rsplit("/", 1)[-1])


def test_a_noscript_fallback_found_by_place_is_the_same_images() -> None:
    """An `<img` inside an attribute (a teaser template) counts among the markup's tags but
    not the tree's: the nth tag is then another image, and its class tells (leadimage.py
    `_noscript_by_place`); its <noscript> (an ad's) is never the lead's fallback."""
    html = (
        "<html><head><title>Storm hits the harbour town overnight</title></head><body>"
        "<div class='teaser-tpl' data-template='<img class=\"promo-thumb\">'></div>"
        "<noscript><img src='/werbung/banner-728.jpg'></noscript>"
        "<main><article><h1>Storm hits the harbour town overnight</h1>"
        "<figure><img class='lazy-cover'><noscript><img src='/fotos/hafen.jpg'></noscript></figure>"
        f"{PARAGRAPHS}</article></main></body></html>"
    )
    doc = parse(html, "https://www.zeitung.example/a/1.html")
    assert doc is not None
    found = image(doc, None, ())
    assert found is None or found.endswith("/fotos/hafen.jpg")


# --- body --------------------------------------------------------------------------------

BODY = [
    "Der Stadtrat hat am Dienstagabend beschlossen, die alte Markthalle am Flussufer bis 2028 zu sanieren.",
    "Nach einer langen Debatte stimmten 31 der 45 Mitglieder für den Plan, die Kosten liegen bei elf Millionen Euro.",
    "Die Händler sollen während der Bauzeit einen Ersatzstandort am Bahnhof bekommen, sagte die Bürgermeisterin.",
]


def test_more_than_three_short_lines_above_the_headline_are_the_articles() -> None:
    """Up to three short lines a container sets above its <h1> are a kicker or a section;
    more are a list of the article's own ("Auf einen Blick"), kept (bodytaglines.py `without_kicker`)."""
    lines = [
        "Auf einen Blick",
        "Sanierung bis 2028",
        "Kosten elf Millionen",
        "Beschluss mit 31 Stimmen",
    ]
    html = (
        "<html lang='de'><body><div class='n1'><a href='/'>Start</a></div><div class='k1'>"
        + "".join(f"<p>{line}</p>" for line in lines)
        + "<h1>Markthalle wird saniert</h1>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "</div><div class='f2'><p>Impressum, Datenschutz und Kontakt des Verlags.</p></div></body></html>"
    )
    body = extract_article(html, "https://zeitung.example/lokal/markthalle-123.html").body
    assert body == "\n\n".join([*lines, *BODY])


HI_LEAD = "नगर परिषद ने मंगलवार को पुराने बाजार की मरम्मत को मंजूरी दी और काम अगले साल शुरू होगा।"
HI_BODY = [
    "इस परियोजना पर चालीस करोड़ रुपये खर्च होंगे और काम लगभग दो साल चलेगा, महापौर ने बैठक के बाद कहा।",
    "व्यापारियों को निर्माण के दौरान रेलवे स्टेशन के पास एक अस्थायी जगह दी जाएगी, परिषद ने बताया।",
]


def test_a_hindi_lead_ending_with_a_danda_opens_the_body() -> None:
    """The first paragraph under the headline is a lead only where it ends as a sentence
    does: in Hindi with the danda "।" (lead.py `plain_lead`, text.SENTENCE_END)."""
    html = (
        '<html lang="hi"><head><title>T</title></head><body><nav><a href="/">मुखपृष्ठ</a></nav>'
        f'<article><header class="article-head"><h1>बाजार की मरम्मत</h1><p class="c9x">{HI_LEAD}</p></header>'
        f'<div class="story-text">{"".join(f"<p>{p}</p>" for p in HI_BODY)}</div></article>'
        "<footer><p>संपर्क और गोपनीयता</p></footer></body></html>"
    )
    body = extract_article(html, "https://samachar.example.in/shahar/bazaar-123.html").body
    assert body == "\n\n".join([HI_LEAD, *HI_BODY])


def test_a_subhead_with_its_own_text_before_a_list_of_links_stays() -> None:
    """A heading goes with a list of links right below it only where nothing stands between
    them: text after it is the section's own, and so is its heading (bodyrelated.py
    `heads_link_list`)."""
    links = "".join(
        f"<li><a href='/dokumente/{i}'>Ein Dokument der Stadt zur Sitzung des Rates, Nummer {i}</a></li>"
        for i in range(3)
    )
    sentence = "Die Beschlüsse im Wortlaut finden Sie in den Dokumenten der Stadt, verlinkt unten."
    html = (
        "<html lang='de'><body><div class='n1'><a href='/'>Start</a></div><div class='k9'><h1>Markthalle</h1>"
        f"<div class='c4'><p>{BODY[0]}</p><p>{BODY[1]}</p><h3>Was der Rat beschlossen hat</h3>{sentence}"
        f"<ul>{links}</ul><p>{BODY[2]}</p></div></div></body></html>"
    )
    body = extract_article(html, "https://zeitung.example/lokal/markthalle-123.html").body
    assert body == "\n\n".join([*BODY[:2], "Was der Rat beschlossen hat", sentence, BODY[2]])
