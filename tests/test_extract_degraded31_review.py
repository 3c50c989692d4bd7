"""Review of degraded-31 on sites never seen: where its two rules reached too far.

Title: on a page with no metadata title, the visible h1 wins over the <title> — but not
where an h2 or h3 of the page shows the <title>'s words: that heading is the article's
headline, the h1 above it a site's name in words ("Neue Zürcher Zeitung"), a section's line
("Nachrichten aus der Region Hannover") or a gallery's. Topics: a link handing a tool an
address ("?url=https://...") is no topic, but a real tag link carrying a tracking key with
an address ("?ref=https%3A...", "?from=https://...") stays one. Invented pages.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

_DE = (
    "Der Gemeinderat hat am Dienstag beschlossen, die alte Hafenmauer zu erneuern; die "
    "Inflation bei den Baukosten war die größte Sorge der Opposition."
)
_EN = (
    "The council voted on Tuesday to rebuild the old harbour wall after the storms, and "
    "the inflation of building costs was the main worry of the opposition."
)
_URL = "https://hafen.example/lokales/2026/hafenmauer-wird-erneuert-1234.html"


def _page(lang: str, tab: str, body: str) -> str:
    text = _DE if lang == "de" else _EN
    paras = "".join(f"<p>{text} ({i})</p>" for i in range(4))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{tab}</title>'
        f"</head><body>{body.replace('PARAS', paras)}</body></html>"
    )


# (id, language, <title>, body (PARAS: the story's paragraphs), the title)
HEADING_BELOW_H1 = [
    ("de-logo-h1", "de", "Gemeinderat beschließt Sanierung der Hafenmauer",
     '<header><h1 class="logo">Neue Zürcher Zeitung</h1></header><main><article>'
     "<h2>Gemeinderat beschließt Sanierung der Hafenmauer</h2>PARAS</article></main>",
     "Gemeinderat beschließt Sanierung der Hafenmauer"),
    ("en-brand-h1", "en", "Council backs rebuilding the old harbour wall",
     '<div class="brand"><h1>The Harbour Gazette Online</h1></div><main><article>'
     "<h2>Council backs rebuilding the old harbour wall</h2>PARAS</article></main>",
     "Council backs rebuilding the old harbour wall"),
    ("de-section-h1", "de", "Gemeinderat beschließt Sanierung der Hafenmauer | HAZ",
     '<header><a href="/">HAZ</a></header><main><h1>Nachrichten aus der Region Hannover</h1>'
     "<article><h2>Gemeinderat beschließt Sanierung der Hafenmauer</h2>PARAS</article></main>",
     "Gemeinderat beschließt Sanierung der Hafenmauer"),
    ("de-section-h1-h3", "de", "Gemeinderat beschließt Sanierung der Hafenmauer | HAZ",
     '<header><a href="/">HAZ</a></header><main><h1 class="section-title">Nachrichten aus '
     'der Region Hannover</h1><article><h3 class="article-title">Gemeinderat beschließt '
     "Sanierung der Hafenmauer</h3>PARAS</article></main>",
     "Gemeinderat beschließt Sanierung der Hafenmauer"),
    ("en-gallery-h1", "en", "Storm damage at the harbour wall in pictures",
     "<main><article><h1>Photo gallery: the best pictures of the week</h1>"
     "<h2>Storm damage at the harbour wall in pictures</h2>PARAS</article></main>",
     "Storm damage at the harbour wall in pictures"),
]  # fmt: skip

# degraded-31's rule still holds where no other heading shows the <title>'s words
H1_STILL_WINS = [
    ("de-seo-tab-h2-other", "de", "Hafenmauer Seestadt: Gemeinderat beschließt Sanierung",
     "<main><article><h1>Die alte Hafenmauer wird endlich erneuert</h1>PARAS"
     "<h2>Was die Sanierung kostet</h2>PARAS</article></main>",
     "Die alte Hafenmauer wird endlich erneuert"),
    ("en-live-h1", "en", "Storm on the coast: harbour wall damaged",
     "<main><article><h1>Live: all the latest on the storm</h1>PARAS</article></main>",
     "Live: all the latest on the storm"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "tab", "body", "want"),
    [pytest.param(*row[1:], id=row[0]) for row in HEADING_BELOW_H1 + H1_STILL_WINS],
)
def test_title_h1_over_tab_not_where_a_heading_shows_the_tab(
    lang: str, tab: str, body: str, want: str
) -> None:
    assert extract_article(_page(lang, tab, body), _URL).title == want


_REF = "ref=https%3A%2F%2Fhafen.example%2Flokales%2F1234"
_SHARE = "https://share.example/post?url=https%3A%2F%2Fhafen.example%2Flokales%2F1234"


def _tag_page(inside: str) -> str:
    body = (
        '<header><a href="/">Hafenbote</a></header><main><article>'
        f"<h1>Die alte Hafenmauer wird erneuert</h1>PARAS{inside}</article></main>"
        "<footer>Impressum</footer>"
    )
    return _page("de", "Hafenmauer wird erneuert | Hafenbote", body)


# (id, markup inside the article, the topics)
TRACKED_TAGS = [
    ("keywords-ref", f'<div class="keywords"><a href="/s/inflation?{_REF}">Inflation</a> '
     f'<a href="/s/hafen?{_REF}">Hafen</a></div>', ["Inflation", "Hafen"]),
    ("label-line-from", '<p>Schlagwörter: <a href="/s/inflation?from=https://hafen.example/">'
     'Inflation</a>, <a href="/s/hafen?from=https://hafen.example/">Hafen</a></p>',
     ["Inflation", "Hafen"]),
    ("keywords-utm-ref", '<div class="keywords"><a href="/s/inflation?utm_source=x&amp;referrer='
     'https%3A%2F%2Fhafen.example%2F">Inflation</a> <a href="/s/hafen?utm_source=x&amp;'
     'referrer=https%3A%2F%2Fhafen.example%2F">Hafen</a></div>', ["Inflation", "Hafen"]),
    # (a share button's address stays no topic)
    ("keywords-share", f'<div class="keywords"><a href="/s/inflation">Inflation</a> '
     f'<a href="/s/hafen">Hafen</a> <a href="{_SHARE}">Teilen</a></div>',
     ["Inflation", "Hafen"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("inside", "want"), [pytest.param(*row[1:], id=row[0]) for row in TRACKED_TAGS]
)
def test_tag_links_with_a_tracking_address_stay_topics(inside: str, want: list[str]) -> None:
    assert extract_article(_tag_page(inside), _URL).topics == want


_OWN = (
    '<section><h4>{}</h4><ul><li><a href="/thema/inflation">Inflation</a></li>'
    '<li><a href="/thema/hafen">Hafen</a></li><li><a href="/thema/gemeinderat">Gemeinderat'
    "</a></li></ul></section>"
)
_ALL = ["Inflation", "Hafen", "Gemeinderat"]

# (id, the heading over the article's box of topic-page links, the topics)
BOX_HEADINGS = [
    # a heading naming the story itself heads its own topics, an "other" word or not
    ("de-weitere-zu-diesem-thema", "Weitere Beiträge zu diesem Thema", _ALL),
    ("en-other-in-this-article", "Other topics in this article", _ALL),
    ("es-otros-de-esta-noticia", "Otros temas de esta noticia", _ALL),
    ("fr-autres-de-cet-article", "Autres sujets de cet article", _ALL),
    # the site's boxes stay left out, a "this" of time too
    ("en-trending-this-week", "Trending this week", []),
    ("en-popular-this-week", "Popular this week", []),
    ("de-weitere-themen", "Weitere Themen", []),
    ("en-trending", "Trending", []),
]


@pytest.mark.parametrize(
    ("heading", "want"), [pytest.param(*row[1:], id=row[0]) for row in BOX_HEADINGS]
)
def test_a_box_naming_the_story_holds_its_own_topics(heading: str, want: list[str]) -> None:
    assert extract_article(_tag_page(_OWN.format(heading)), _URL).topics == want


_TAB = "Gemeinderat beschließt Sanierung der Hafenmauer | NZZ"
_HEAD = "Gemeinderat beschließt Sanierung der Hafenmauer"

# (id, <title>, body, the title's headline words; a site's name after them is another
# rule's): a logo's words in an h1 outside the page's <article>/<main>, the headline in no
# h2/h3 the <title> could be matched with
BANNER_H1 = [
    ("de-logo-div-headline", _TAB,
     '<header><h1 class="logo">Neue Zürcher Zeitung</h1></header><main><article>'
     f'<div class="article-title">{_HEAD}</div>PARAS</article></main>', _HEAD),
    ("de-logo-h4-headline", _TAB,
     "<header><h1>Neue Zürcher Zeitung</h1></header><main><article>"
     f"<h4>{_HEAD}</h4>PARAS</article></main>", _HEAD),
    ("de-logo-no-headline", _TAB,
     "<header><h1>Neue Zürcher Zeitung</h1></header><main><article>PARAS</article></main>",
     _HEAD),
    # a headline h1 set above the story's <main> names what the <title> names: it stays
    ("en-lead-h1-above-main", "Harbour centenary: the old wall turns 100 | Gazette",
     '<div class="page-lead"><h1>A hundred years at the old harbour: much more than a wall'
     '</h1></div><main>PARAS<article><a href="/other/1">Another story</a></article></main>',
     "A hundred years at the old harbour: much more than a wall"),
    # a page with no <article> nor <main>: its h1 is the story's, as degraded-31 reads it
    ("de-bare-page-h1", _TAB,
     '<div id="content"><h1>Die alte Hafenmauer wird endlich erneuert</h1>PARAS</div>',
     "Die alte Hafenmauer wird endlich erneuert"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("tab", "body", "want"), [pytest.param(*row[1:], id=row[0]) for row in BANNER_H1]
)
def test_a_banners_h1_outside_the_story_is_no_title(tab: str, body: str, want: str) -> None:
    title = extract_article(_page("de", tab, body), _URL).title or ""
    assert title.startswith(want)
