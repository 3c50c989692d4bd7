"""Visible topic links on pages with no keywords metadata: the story's tags, not the links
around them.

Where a page states no keywords, the topics are the tag links it shows. Three kinds of link
sit beside them on sites never seen and are no topic: a tool's button handing the page's
address to another page (share, reuse, print: "?url=https://..."); the story's paragraphs'
own links and boxes beside a one-label tag list (`<ul class="tags">` of one link); the
site's "Top-Themen" or "Trending" box of topic-page links, shown beside every story. Invented
pages, several languages.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

_URL = "https://hafen.example/lokales/2026/hafenmauer-wird-erneuert-1234.html"
_TEXT = {
    "en": "The council voted on Tuesday to rebuild the old harbour wall after the storms, "
    "and the inflation of building costs was the main worry of the opposition.",
    "de": "Der Gemeinderat hat am Dienstag beschlossen, die alte Hafenmauer zu erneuern; "
    "die Inflation bei den Baukosten war die größte Sorge der Opposition.",
    "fr": "Le conseil municipal a décidé mardi de reconstruire l'ancien mur du port; "
    "l'inflation des coûts de construction inquiète l'opposition.",
    "es": "El pleno aprobó el martes reconstruir el antiguo muro del puerto; la inflación "
    "de los costes de obra preocupa a la oposición.",
}


def _page(lang: str, inside: str, after: str = "") -> str:
    paras = "".join(f"<p>{_TEXT[lang]} ({i})</p>" for i in range(3))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Hafenmauer '
        f'wird erneuert | Hafenbote</title></head><body><header><a href="/">Hafenbote</a>'
        f"</header><main><article><h1>Die alte Hafenmauer wird erneuert</h1>{paras}{inside}"
        f"</article>{after}</main><footer>Impressum</footer></body></html>"
    )


def _topics(html: str) -> list[str]:
    return extract_article(html, _URL).topics


_SHARE = "https://share.example/post?url=https%3A%2F%2Fhafen.example%2Flokales%2F1234"
_REUSE = "https://syndication.hafen.example/reuse/?url=https://hafen.example/lokales/1234"


# (id, language, markup inside the article, the topics)
SHARE_BUTTONS = [
    ("en-reuse", "en",
     '<div><span>Explore more on these topics</span><ul><li><a href="/topic/harbour">Harbour'
     '</a></li><li><a href="/topic/storms">Storms</a></li></ul><div><a href="' + _REUSE
     + '">Reuse this content</a></div></div>',
     ["Harbour", "Storms"]),
    ("de-share", "de",
     '<div><h3>Themen</h3><ul><li><a href="/thema/hafen">Hafen</a></li><li><a href="/thema/'
     'stadtrat">Stadtrat</a></li></ul><a href="' + _SHARE + '">Artikel teilen</a></div>',
     ["Hafen", "Stadtrat"]),
    ("fr-print", "fr",
     '<div><h3>Sujets</h3><ul><li><a href="/sujet/port">Port</a></li><li><a href="/sujet/'
     'tempetes">Tempêtes</a></li><li><a href="/outils/imprimer?u=//hafen.example/1234">'
     "Imprimer l'article</a></li></ul></div>",
     ["Port", "Tempêtes"]),
]  # fmt: skip

# A one-label tag list after the story, whose blocks hold a label box and body links: its
# own label, not the story's links.
ONE_LABEL = [
    ("en-one-tag", "en",
     '<div class="story-body"><p>The plan was first reported by the <a href="/other/99">Evening '
     'Courier</a>.</p><div class="tag-label">Exclusive</div><p>Sign up to our '
     '<a href="/newsletters">newsletters</a> today.</p></div>',
     '<ul class="content-tags"><li><a class="tag" href="/topic/harbour-wall">Harbour wall</a>'
     "</li></ul>",
     ["Harbour wall"]),
    ("de-one-tag", "de",
     '<div class="artikel-text"><p>Zuerst hatte die <a href="/andere/77">Abendpost</a> '
     'berichtet.</p><div class="tag-label">Exklusiv</div><p>Jetzt den '
     '<a href="/newsletter">Newsletter</a> bestellen.</p></div>',
     '<ul class="content-tags"><li><a class="tag" href="/thema/hafenmauer">Hafenmauer</a>'
     "</li></ul>",
     ["Hafenmauer"]),
]  # fmt: skip

_TOP = (
    '<div class="links"><span class="links__headline">{}</span><ul class="links__items">'
    '<li><a href="/themen/inflation-101.html">Inflation</a></li>'
    '<li><a href="/themen/wetter-102.html">Wetter</a></li>'
    '<li><a href="/themen/bundesliga-103.html">Bundesliga</a></li>'
    '<li><a href="/themen/mieten-104.html">Mieten</a></li></ul></div>'
)
# A box of the site's top topics below the story (one of them, "Inflation", named in its text).
SITE_BOXES = [
    ("de-top-themen", "de", "", _TOP.format("Top-Themen"), []),
    ("en-trending", "en", "", _TOP.format("Trending"), []),
    ("fr-autres", "fr", "", _TOP.format("Autres sujets"), []),
    # the story's own tag cluster beside it stays
    ("de-top-and-own", "de",
     '<div class="meta"><a href="/themen/hafen-1.html">Hafen</a> <a href="/themen/'
     'stadtrat-2.html">Stadtrat</a></div>',
     _TOP.format("Beliebte Themen"), ["Hafen", "Stadtrat"]),
]  # fmt: skip

# Unchanged: the story's own tag box under a plain heading, a topic link with a query.
GUARDS = [
    ("de-own-box", "de", "", _TOP.format("Themen"),
     ["Inflation", "Wetter", "Bundesliga", "Mieten"]),
    ("en-query", "en",
     '<div><h3>Topics</h3><ul><li><a href="/topic/harbour?ref=tags">Harbour</a></li>'
     '<li><a href="/topic/storms?page=1">Storms</a></li></ul></div>',
     "", ["Harbour", "Storms"]),
]  # fmt: skip


@pytest.mark.parametrize(("case", "lang", "inside", "want"), SHARE_BUTTONS,
                         ids=[r[0] for r in SHARE_BUTTONS])  # fmt: skip
def test_a_tools_link_is_no_topic(case, lang, inside, want):
    assert _topics(_page(lang, inside)) == want


@pytest.mark.parametrize(("case", "lang", "inside", "after", "want"), ONE_LABEL,
                         ids=[r[0] for r in ONE_LABEL])  # fmt: skip
def test_a_one_label_list_is_the_whole_list(case, lang, inside, after, want):
    assert _topics(_page(lang, inside, after)) == want


@pytest.mark.parametrize(("case", "lang", "inside", "after", "want"), SITE_BOXES,
                         ids=[r[0] for r in SITE_BOXES])  # fmt: skip
def test_the_sites_top_topics_are_not_the_storys(case, lang, inside, after, want):
    assert _topics(_page(lang, inside, after)) == want


@pytest.mark.parametrize(("case", "lang", "inside", "after", "want"), GUARDS,
                         ids=[r[0] for r in GUARDS])  # fmt: skip
def test_the_storys_own_links_stay(case, lang, inside, after, want):
    assert _topics(_page(lang, inside, after)) == want
