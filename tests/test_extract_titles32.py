"""Titles on publishers never seen (issue 10, session 32): a kicker of several words the
page shows in an element of its own above a short h1; the page's section label closing a
title, or named by its breadcrumb trail; a two-word name a host spells by its initials.

Every page here is invented: words, markup, hosts and site names. Rows marked "(guard)"
pass before and after (what a rule must not change); the others failed before
(`title._shown_kickers`, `title._trail_section`, `titleparts._strip_sites`' stated
section at the end).
"""

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

TEXT = {
    "de": "Ein Absatz des Artikels, lang genug, um wie ein Text zu lesen. ",
    "en": "A paragraph of the article, long enough to read like a story. ",
    "fr": "Un paragraphe de l'article, assez long pour se lire comme un texte. ",
}


def _page(og: str, tab: str, article: str, lang: str = "de") -> bytes:
    head = f"<title>{tab}</title>" + (f'<meta property="og:title" content="{og}">' if og else "")
    return (
        f"<html><head><meta charset='utf-8'>{head}</head><body>"
        f"<article>{article}<p>{TEXT[lang] * 8}</p></article></body></html>"
    ).encode()


URL = "https://www.abendpost.example/a/123"

# --- 1. a kicker of several words shown above a short h1 ----------------------------------

# (kicker, headline, the markup setting the kicker above the h1, language)
SPAN = '<span class="kicker">{k}</span><h1>{h}</h1>'
DIV_HEADER = '<header><div class="topline"><a href="/thema/">{k}</a></div><h1>{h}</h1></header>'
WRAPPED = '<p class="dachzeile">{k}</p><div class="head"><h1>{h}</h1></div>'
SHOWN_KICKERS = [
    pytest.param("Krieg in Nahost", "Waffenruhe hält", SPAN, "de", id="de-span"),
    pytest.param("Krieg in Nahost", "Waffenruhe hält", DIV_HEADER, "de", id="de-header-link"),
    pytest.param("Streit um den Hafen", "Rat sagt Nein", WRAPPED, "de", id="de-wrapped"),
    pytest.param("Election night live", "Polls close", SPAN, "en", id="en"),
    pytest.param("Grève des transports", "Les bus roulent", SPAN, "fr", id="fr"),
]


@pytest.mark.parametrize(("kicker", "headline", "markup", "lang"), SHOWN_KICKERS)
@pytest.mark.parametrize("tab_shape", ["{k}: {h} | Abendpost", "{k}: {h}"])
def test_a_kicker_shown_apart_above_a_short_h1_is_no_part_of_the_title(
    kicker: str, headline: str, markup: str, lang: str, tab_shape: str
) -> None:
    og = f"{kicker}: {headline}"
    tab = tab_shape.format(k=kicker, h=headline)
    article = markup.format(k=kicker, h=headline)
    assert extract_article(_page(og, tab, article, lang), URL).title == headline


NOT_SHOWN_APART = [
    # the kicker shown nowhere on the page: the two halves may be one headline's
    pytest.param("<h1>Waffenruhe hält</h1>", "Krieg in Nahost: Waffenruhe hält", id="not-shown"),
    # the h1 shows kicker and headline together: the title as the reader sees it
    pytest.param(
        "<h1><span>Krieg in Nahost</span> Waffenruhe hält</h1>",
        "Krieg in Nahost: Waffenruhe hält",
        id="in-h1",
    ),
    # the words shown elsewhere (a menu's link, far from the heading), not above the h1
    pytest.param(
        '<nav><a href="/thema/">Krieg in Nahost</a></nav><p>Mehr dazu</p>'
        "<p>Und noch mehr</p><p>Und anderes</p><h1>Waffenruhe hält</h1>",
        "Krieg in Nahost: Waffenruhe hält",
        id="menu-far",
    ),
    # an element above the h1 that holds the kicker among other words
    pytest.param(
        '<span class="kicker">Krieg in Nahost und Gaza</span><h1>Waffenruhe hält</h1>',
        "Krieg in Nahost: Waffenruhe hält",
        id="other-words",
    ),
]


@pytest.mark.parametrize(("article", "expected"), NOT_SHOWN_APART)
def test_a_kicker_not_shown_apart_above_the_h1_stays(article: str, expected: str) -> None:
    """(guard)"""
    og = "Krieg in Nahost: Waffenruhe hält"
    page = _page(og, f"{og} | Abendpost", article)
    assert extract_article(page, URL).title == expected


def test_a_headline_of_two_clauses_whose_first_is_shown_after_the_h1_stays() -> None:
    """(guard) the first clause repeated below the h1 (a subtitle's opening) is no kicker."""
    og = "Feuer im Hafenviertel: Drei Verletzte"
    article = "<h1>Drei Verletzte</h1><p class='lead'>Feuer im Hafenviertel</p>"
    assert extract_article(_page(og, og, article), URL).title == og


# --- 2. the page's section label at a title's end, or from its breadcrumb trail ----------


def _crumbs(*names: str) -> str:
    """A JSON-LD BreadcrumbList of `names`, the last the article's own."""
    base = "https://www.abendpost.example"
    paths = ["/", *(f"/{n.casefold()}/" for n in names[1:-1]), "/a/123"]
    items = [
        {"@type": "ListItem", "position": i + 1, "name": n, "item": base + p}
        for i, (n, p) in enumerate(zip(names, paths, strict=True))
    ]
    data = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _titled(tab: str, head: str = "", body: str = "", lang: str = "de") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{tab}</title>{head}</head><body>{body}"
        f"<article><p>{TEXT[lang] * 8}</p></article></body></html>"
    ).encode()


HEADLINE = "Werft schließt nach hundert Jahren"
META_SECTION = '<meta property="article:section" content="Wirtschaft">'
LD_SECTION = (
    '<script type="application/ld+json">'
    '{"@type": "NewsArticle", "articleSection": "Wirtschaft"}</script>'
)
NAV_TRAIL = (
    '<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/wirtschaft/">Wirtschaft</a>'
    "</nav>"
)
SECTION_LABELS = [
    pytest.param(f"{HEADLINE} - Wirtschaft", META_SECTION, "", id="end-meta"),
    pytest.param(f"{HEADLINE} | Wirtschaft", LD_SECTION, "", id="end-jsonld"),
    pytest.param(
        f"{HEADLINE} - Wirtschaft",
        _crumbs("Startseite", "Wirtschaft", HEADLINE),
        "",
        id="end-ld-trail",
    ),
    pytest.param(
        f"Wirtschaft: {HEADLINE}",
        _crumbs("Startseite", "Wirtschaft", HEADLINE),
        "",
        id="front-ld-trail",
    ),
    pytest.param(f"Wirtschaft | {HEADLINE}", "", NAV_TRAIL, id="front-nav-trail"),
    pytest.param(f"{HEADLINE} – Wirtschaft", "", NAV_TRAIL, id="end-nav-trail"),
]


@pytest.mark.parametrize(("tab", "head", "body"), SECTION_LABELS)
def test_the_pages_own_section_label_is_cut_from_a_title_with_no_h1(
    tab: str, head: str, body: str
) -> None:
    assert extract_article(_titled(tab, head, body), URL).title == HEADLINE


KEPT_LABELS = [
    # a section read only from the URL's path: a place or a topic the story is about
    pytest.param(
        f"{HEADLINE} - Wirtschaft", "", "", "https://www.abendpost.example/wirtschaft/w-1", id="url"
    ),
    # another word than the section's
    pytest.param(f"{HEADLINE} - Wirtschaftskrise", META_SECTION, "", URL, id="other-word"),
    # too little title left before it
    pytest.param("Streik - Wirtschaft", META_SECTION, "", URL, id="short-rest"),
    # the h1 shows the label with the headline: the title as the reader sees it
    pytest.param(
        f"{HEADLINE} - Wirtschaft", META_SECTION, f"<h1>{HEADLINE} - Wirtschaft</h1>", URL, id="h1"
    ),
    pytest.param(
        f"Wirtschaft - {HEADLINE}",
        "",
        f"{NAV_TRAIL}<h1>Wirtschaft - {HEADLINE}</h1>",
        URL,
        id="h1-trail",
    ),
    # a trail whose deepest crumb is the article's own headline names no section to cut
    pytest.param(
        f"{HEADLINE} - Abendpost",
        _crumbs("Startseite", HEADLINE),
        "",
        URL,
        id="trail-headline-only",
    ),
]


@pytest.mark.parametrize(("tab", "head", "body", "url"), KEPT_LABELS)
def test_a_label_that_is_no_stated_section_or_is_shown_stays(
    tab: str, head: str, body: str, url: str
) -> None:
    """(guard)"""
    expected = HEADLINE if tab.endswith("Abendpost") else tab
    assert extract_article(_titled(tab, head, body), url).title == expected


# --- 3. a site's name of two words its host spells by their two initials (guards) ---------
# Two capitalised words no paper noun ends, closing a title on a host of their two initials,
# are cut only where the page itself tells they are its name (its logo, its copyright
# line, a title stating the headline alone); from the titles alone they may as well be a
# person's or a place's ("- Franziska Richter" on fr.example, "- Uttar Pradesh" on
# up.example: tests/test_extract_title_site_parts.py), so they stay.

STORM = "Storm hits the coast"
LOGO = '<header><a href="/"><img src="/logo.png" alt="Harold Quimby"></a></header>'
FOOTER = "<footer><p>© 2026 Harold Quimby. All rights reserved.</p></footer>"
TOLD = [
    pytest.param("", LOGO, id="logo"),
    pytest.param("", FOOTER, id="copyright"),
    pytest.param(f'<meta property="og:title" content="{STORM}">', "", id="og-alone"),
    pytest.param("", f"<h1>{STORM}</h1>", id="h1-alone"),
]


@pytest.mark.parametrize(("head", "body"), TOLD)
def test_two_initials_name_the_page_tells_is_its_own_is_cut(head: str, body: str) -> None:
    """(guard)"""
    page = _titled(f"{STORM} | Harold Quimby", head, body, "en")
    assert extract_article(page, "https://hq.example/a/1").title == STORM


INITIALS_KEPT = [
    # nothing but the titles and the host: a byline's or a place's pair as much as a name
    pytest.param(f"{STORM} | Harold Quimby", "", "https://hq.example/a/1", id="titles-only"),
    # other initials than the host's
    pytest.param(f"{STORM} | Harold Quimby", "", "https://hz.example/a/1", id="other-host"),
    # the name opening the title: a kicker or a columnist's name, as read
    pytest.param(f"Harold Quimby: {STORM}", "", "https://hq.example/a/1", id="first"),
    # the h1 shows it: the heading's own words
    pytest.param(
        f"{STORM} | Harold Quimby",
        f"<h1>{STORM} | Harold Quimby</h1>",
        "https://hq.example/a/1",
        id="h1",
    ),
    # a headline's tail in lower case
    pytest.param(f"{STORM} - Half quiet", "", "https://hq.example/a/1", id="lower"),
]


@pytest.mark.parametrize(("tab", "body", "url"), INITIALS_KEPT)
def test_a_last_part_of_two_initials_nothing_else_names_stays(
    tab: str, body: str, url: str
) -> None:
    """(guard)"""
    assert extract_article(_titled(tab, "", body, "en"), url).title == tab
