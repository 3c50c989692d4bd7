"""A bare page's headline is no teaser card's (issue 10, topics-32, degraded pages).

A page with no metadata whose h1 is a breadcrumb's last crumb is headlined by the first h2/h3
stating its `<title>`; a card in a "Mehr zum Thema" box under the story (the story itself
offered again, or a twin) states it too, its heading inside the card's link. The tag list,
byline and lead image are found from the headline, so a card taken for it cost the page its
topics. Counter-case: a heading that holds its own permalink still heads the story.

Every name, paper, address and sentence here is made up for the test.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://www.hafenbote.example/politik/fahnen-am-rathaus-4711.html"
TEXT = "Der Stadtrat hat am Dienstag beschlossen, am Rathaus künftig an jedem Feiertag Fahnen zu hissen, wie die Verwaltung mitteilte."


def _bare_page(card: str) -> str:
    """No metadata at all: the trail's last crumb is an h1 with the <title>'s words, the
    article's headline says it otherwise, and a "Mehr zum Thema" box under the story shows
    a card with the <title>'s words (the story itself offered again, or a twin)."""
    tags = "".join(
        f"<li><a href='/themen/{t.casefold()}-1.html'>{t}</a></li>"
        for t in ("Rathaus", "Stadtrat", "Feiertage")
    )
    return (
        "<html><head><title>Fahnen am Rathaus: Stadt hisst sie an jedem Feiertag | Hafenbote</title></head><body><main>"
        "<article><ul class='breadcrumb'><li><a href='/'>Start</a></li><li><a href='/politik/'>Politik</a></li>"
        "<li><h1>Fahnen am Rathaus: Stadt hisst sie an jedem Feiertag</h1></li></ul>"
        "<header><div class='story-title'>Neuer Beschluss: Künftig wehen an jedem Feiertag Fahnen am Rathaus</div></header>"
        f"{f'<p>{TEXT}</p>' * 4}<section class='links article-tags'><ul>{tags}</ul></section>"
        f"<div class='more'><h2>Mehr zum Thema</h2>{card}</div></article></main></body></html>"
    )


CARDS = [  # failed before: the card's h3 taken as the headline, the tag list above it not read
    "<article class='teaser'><a href='/politik/fahnen-am-rathaus-4711.html'><h3>Fahnen am Rathaus: Stadt hisst sie an jedem Feiertag</h3></a></article>",
    "<article class='teaser'><a href='/politik/fahnen-am-rathaus-4700.html'><h3>Fahnen am Rathaus: Stadt hisst sie an jedem Feiertag</h3></a></article>",
]


@pytest.mark.parametrize("card", CARDS)
def test_a_linked_card_is_no_headline_on_a_bare_page(card: str) -> None:
    assert extract_article(_bare_page(card), URL).topics == ["Rathaus", "Stadtrat", "Feiertage"]


def test_a_heading_holding_its_permalink_still_heads_the_story() -> None:
    """Counter-case: an h2 holding a link to its own page (WordPress's entry title) is the
    story's headline on a page with no h1."""
    page = (
        "<html><head><title>Fahnen am Rathaus: Stadt hisst sie an jedem Feiertag | Hafenbote</title></head>"
        "<body><main><article><h2 class='entry-title'><a href='/politik/fahnen-am-rathaus-4711.html'>"
        "Fahnen am Rathaus: Stadt hisst sie an jedem Feiertag</a></h2>"
        f"{f'<p>{TEXT}</p>' * 4}</article></main></body></html>"
    )
    assert (
        extract_article(page, URL).title == "Fahnen am Rathaus: Stadt hisst sie an jedem Feiertag"
    )
