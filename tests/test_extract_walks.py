"""Faster walks and queries find exactly the elements of the XPaths they stand for.

Extraction reads some parts of a page in Python, or with a different XPath, only because
it is faster; these invented pages check the elements and their order stay the same.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import lxml.etree
import pytest
from lxml.html import HtmlElement

from newsarchive import pagebase
from newsarchive.extract import (
    authorchecks,
    authorlines,
    bodyblocks,
    datelineattrs,
    document,
    titlevotes,
    topiclinks,
)
from newsarchive.extract import section as section_module
from newsarchive.extract.document import Document, Marked, following, parse

URL = "https://news.example.test/world/2025/05/story"

PAGES = [
    pytest.param(
        '<div class="top tags-bar"><a href="/t/a">A</a></div><main><article><div class="kicker">'
        '<span class="topic">Harbour</span></div><h1>Bridge reopens</h1><p>Text <b class="theme">x</b></p>'
        '<ul class="article-tags"><li class="tag"><a href="/tag/bridges">Bridges</a></li>'
        '<li><a class="keyword" href="/k/x">X</a></li></ul></article>'
        '<aside class="schwerpunkt"><a href="/s">Schwerpunkt</a></aside></main>'
        '<footer><div class="themen"><a href="/themen/a">Themen</a></div></footer>',
        id="tags-before-and-after-the-headline",
    ),
    pytest.param(
        '<div><h1>Storm hits coast</h1></div><p class="TAG">case counts</p><div class="stage">'
        '<span class="">empty</span><span class="hemisphere">Hemi</span></div>',
        id="classes-that-only-contain-the-marks",
    ),
    pytest.param(
        '<header><h1>Nach dem Sturm</h1><time class="date">1. März 2025</time></header>'
        '<div class="byline">Von <a rel="author" href="/autor/jane-doe">Jane Doe</a>'
        '<a href="/people/john">John</a></div><div class="byline bio"><a href="/profile/x">Bio</a></div>'
        '<p>Von <a href="/av/kari" rel="nofollow author">Kari</a> <a href="/journalist/ola">Ola</a></p>'
        '<a href="/auteur/marie" rel="author">Marie</a><a href="/autorin/eva">Eva</a>',
        id="author-links-and-rel",
    ),
    pytest.param("<h1>Only a headline</h1>", id="nothing-after-the-headline"),
]


def _doc(body: str) -> Document:
    doc = parse(f"<html><head><title>t</title></head><body>{body}</body></html>", URL)
    assert doc is not None
    return doc


@pytest.mark.parametrize("body", PAGES)
def test_tag_list_marks_after_the_headline_are_the_xpaths(body: str) -> None:
    doc = _doc(body)
    h1 = next(doc.tree.iter("h1"))
    expected = h1.xpath("following::*" + topiclinks._MARKED)
    assert list(filter(topiclinks._marked, following(h1))) == expected
    for article in h1.iterancestors("article"):
        inside = list(filter(topiclinks._marked, article.iterdescendants(lxml.etree.Element)))
        assert inside == article.xpath(".//*" + topiclinks._MARKED)


@pytest.mark.parametrize("body", PAGES)
def test_elements_after_the_headline_are_the_xpaths(body: str) -> None:
    doc = _doc(body)
    h1 = next(doc.tree.iter("h1"))
    assert list(following(h1)) == h1.xpath("following::*")
    assert list(datelineattrs._preceding(h1)) == list(
        itertools.chain.from_iterable(
            [s, *s.iterdescendants(lxml.etree.Element)] for s in h1.itersiblings(preceding=True)
        )
    )


# The element-predicate forms the attribute-first XPaths replaced (the author-page test of
# the href, langwords.AUTHOR_PATHS, as an element's predicate).
_HREF = authorlines._AUTHOR_HREF.replace("contains(.,", "contains(@href,")
_ELEMENT_FIRST = {
    authorlines.BYLINE_XPATH[1]: "//a[@rel='author']",
    authorlines.BYLINE_XPATH[2]: "//*[contains(@class,'byline') and not(contains(@class,'bio'))]"
    f"//a[{_HREF} or contains(@href,'/people/') or contains(@href,'/profile')]",
}


@pytest.mark.parametrize("body", PAGES)
@pytest.mark.parametrize("query", sorted(_ELEMENT_FIRST))
def test_attribute_first_author_xpaths_find_the_same_links(body: str, query: str) -> None:
    assert query in authorlines.BYLINE_XPATH
    tree = _doc(body).tree
    assert tree.xpath(query) == tree.xpath(_ELEMENT_FIRST[query])


_AUTHOR_LINKS = (
    '<h1>T</h1><a href="/autorin/anna-muster">A</a><a href="/politik/autor-gesucht-1.html">B</a>'
    '<a href="/giornalista/mario-rossi">C</a><a href="/giornalista-ucciso-1.html">D</a>'
    '<a href="https://x.example/writers/jane">E</a><a href="/av/anna">F</a><a href="/avenue/">G</a>'
)


@pytest.mark.parametrize("body", [*PAGES, _AUTHOR_LINKS])
def test_the_author_link_regex_finds_the_xpaths_links(body: str) -> None:
    """The regex over every href (faster) and the XPath test of them say the same."""
    doc = _doc(body)
    *_, links = authorlines.loose_bylines(doc)
    assert links == doc.tree.xpath(f"//a[{_HREF}]")


# What `Document.marked` gathers in one walk, and the XPath each list stands for.
_MARKED_XPATHS: dict[str, Callable[[Marked], list[HtmlElement]]] = {
    "(//@class[contains(.,'date') or contains(.,'time')])[position() <= 1000]/parent::*"
    " | //time[not(@datetime)]": lambda m: m.dated,
    "//time": lambda m: m.times,
    "//*[contains(local-name(), '-')]": lambda m: m.custom,
    "(//@itemprop[.='datePublished'])[position() <= 1000]/parent::*": lambda m: m.itemprop(
        "datePublished"
    ),
    "(//@itemprop[.='dateModified'])[position() <= 1000]/parent::*": lambda m: m.itemprop(
        "dateModified"
    ),
    "(//@property[contains(., 'datePublished')])[position() <= 1000]/parent::*": lambda m: (
        m.rdfa_published
    ),
    "(//@property[contains(., 'dateModified')])[position() <= 1000]/parent::*": lambda m: (
        m.rdfa_modified
    ),
}

MARKED_PAGES = [
    *PAGES,
    pytest.param(
        '<h1>Title</h1><time datetime="2025-03-01">1 March</time><p class="date">2 March 2025</p>'
        '<time class="pubtime">3 March</time><time>4 March</time><span class="Date">no</span>'
        '<div itemprop="datePublished" content="2025-03-01"></div><i itemprop=" datePublished">x</i>'
        '<div class="a" class="date">repeated class: the first counts</div>',
        id="date-classes-times-and-itemprops",
    ),
    pytest.param(
        '<amp-img src="/a.jpg"></amp-img><STORY-TEXT>text</STORY-TEXT><x_y-image data-src="/b.jpg">'
        "</x_y-image><bild-\u00e4 srcset='/c.jpg 2x'></bild-\u00e4><p>plain</p><my-el><time-x>9</time-x></my-el>",
        id="web-components-of-odd-names",
    ),
    pytest.param(
        '<span class="date">1</span>' * 1002
        + '<time>bare</time><span class="time">last</span><b itemprop="dateModified">m</b>' * 2,
        id="over-a-thousand-date-classes",
    ),
    pytest.param(
        '<meta property="article:published_time" content="2025-03-01">'
        '<span property="schema:datePublished" content="2025-03-01">1 March</span>'
        '<span property="dateModified datePublished">both</span><b property="datemodified">no</b>'
        + '<i property="og:x">not counted</i>' * 1000
        + '<span property="dateModified">m</span>' * 1001,
        id="rdfa-dates-and-over-a-thousand-properties",
    ),
]


@pytest.mark.parametrize("body", MARKED_PAGES)
@pytest.mark.parametrize("query", sorted(_MARKED_XPATHS))
def test_marked_elements_are_the_xpaths(body: str, query: str) -> None:
    doc = _doc(body)
    assert _MARKED_XPATHS[query](doc.marked) == doc.tree.xpath(query)


def test_marked_once_a_page() -> None:
    doc = _doc('<h1>Title</h1><p class="date">2 March 2025</p>')
    assert doc.marked is doc.marked
    assert [el.tag for el in doc.marked.dated] == ["p"]


@pytest.mark.parametrize("body", MARKED_PAGES)
def test_custom_tags_are_those_the_markup_names(body: str) -> None:
    """The names a regex over the markup read before the walk (ASCII letters, digits and
    hyphens, lowercased), as far as the page's elements bear them."""
    doc = _doc(body)
    in_markup = {m.lower() for m in re.findall(r"<([a-zA-Z][a-zA-Z0-9]*-[a-zA-Z0-9-]*)", body)}
    tags = {el.tag for el in doc.tree.iter(lxml.etree.Element)}
    assert bodyblocks.custom_tags(doc) == in_markup & tags


def test_held_elements_are_the_trees_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """The elements held as Python objects are the tree's, in order, and a page of many
    elements holds only the first HELD_ELEMENTS (memory)."""
    body = "<h1>Title</h1>" + "<p><span>x</span> y</p>" * 5
    doc = _doc(body)
    assert doc.held == list(doc.tree.iter(lxml.etree.Element))
    monkeypatch.setattr(document, "HELD_ELEMENTS", 4)
    few = _doc(body)
    assert few.held == list(few.tree.iter(lxml.etree.Element))[:4]
    assert [el.tag for el in few.held] == ["html", "head", "title", "body"]


@pytest.mark.parametrize("body", MARKED_PAGES)
@pytest.mark.parametrize("held", [20_000, 4], ids=["all-held", "first-4-held"])
def test_marked_from_held_elements_is_the_walks(
    body: str, held: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`Document.marked` reads the held elements where they are all the page's, and walks
    the tree where only the first are held: the same lists as a walk of the tree."""
    monkeypatch.setattr(document, "HELD_ELEMENTS", held)
    doc = _doc(body)
    assert doc.marked == document._mark(doc.tree)


@pytest.mark.parametrize(
    "text",
    ["Hafen\u00ad-Fest: Die Brücke öffnet!", "  «Le pont»  rouvre\u200b ", "橋が再開 — 港"],
)
def test_title_norm_cached_is_the_same(text: str) -> None:
    """Title keys are cached up to a title's length, and the same as computed afresh; a
    block's whole text is computed, never kept."""
    assert titlevotes.norm(text) == titlevotes._norm(text)
    long_text = text * 200
    before = titlevotes._title_norm.cache_info().currsize
    assert titlevotes.norm(long_text) == titlevotes._norm(long_text)
    assert titlevotes._title_norm.cache_info().currsize == before


_BYLINE_GATES = [
    *PAGES,
    '<h1>T</h1><div itemprop="author"><span itemprop="name">Jane Doe</span></div>',
    '<h1>T</h1><p class="c-byline__name" data-testid="article-byline">Von Jane Doe</p>',
    '<h1>T</h1><span rel="sioc:has_creator"><span property="foaf:name">jdoe</span></span>',
    '<h1>T</h1><p class="meta" itemprop="authorName">Jane Doe</p><p class="Byline">X</p>',
]


@pytest.mark.parametrize("body", _BYLINE_GATES)
def test_byline_queries_skipped_only_where_they_find_nothing(body: str) -> None:
    """A byline query left out because its word is not in the page finds nothing there."""
    doc = _doc(body)
    source = doc.cache["source"]
    queries = [*zip(authorlines.BYLINE_QUERIES, authorlines.BYLINE_QUERY_WORDS, strict=True)]
    for query, word in queries:
        if not authorlines.may_match(doc, word, source):
            assert query(doc.tree) == []
    skipped = [w for q, w in queries if not authorlines.may_match(doc, w, source)]
    found = [w for q, w in queries if q(doc.tree)]
    assert not set(skipped) & set(found)
    loose, _ = authorlines.loose_bylines(doc)
    assert loose == authorlines._LOOSE_BYLINE_QUERY(doc.tree)


@pytest.mark.parametrize(
    ("body", "passed"),
    [
        (_BYLINE_GATES[-4], {authorlines._ITEMPROP}),
        (_BYLINE_GATES[-3], {"byline"}),
        (_BYLINE_GATES[-2], {"sioc:has_creator"}),
        (_BYLINE_GATES[-1], set()),  # "authorName", "Byline": neither query's test
    ],
)
def test_byline_query_gates_let_a_marked_page_through(body: str, passed: set[str]) -> None:
    doc = _doc(body)
    words = {w for w in authorlines.BYLINE_QUERY_WORDS if w}
    assert {w for w in words if authorlines.may_match(doc, w, doc.cache["source"])} == passed


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Anna Muster", "Von Anna Muster Redakteurin Wirtschaft"),
        ("Anna Muster", "Anna Muster, Anna Muster Reporter"),  # the first is followed by ","
        ("Jan", "Jan 12 Jan Reporter-"),  # a digit is no word; a trailing hyphen stays out
        ("A.B", "AxB Autor A.B Autor"),  # the name's dot is no pattern
        ("Eva", "Eva"),
        ("Eva", "Evangeline Eva  Redakteurin"),
    ],
)
def test_word_after_a_name_is_the_per_name_regex(name: str, text: str) -> None:
    m = authorchecks._word_after(name, text)
    expected = re.search(re.escape(name) + r"\s+([^\W\d_][\w-]*)\b", text)
    assert (m and (m.start(1), m.group(1))) == (expected and (expected.start(1), expected.group(1)))


@pytest.mark.parametrize(
    "body",
    [
        *PAGES,
        '<nav aria-label="Breadcrumb"><a href="/">Home</a></nav><ol class="breadcrumbs"><li>x</li></ol>',
        '<div class="c-breadcrumb__list"><a href="/p">Politik</a></div><nav class="Breadcrumb"></nav>',
        '<script>var breadcrumb = 1;</script><p class="crumbs">no mark</p>',
    ],
)
def test_breadcrumb_walk_finds_the_xpaths_first(body: str) -> None:
    doc = _doc(body)
    for d in (doc, Document(url=URL, tree=doc.tree)):  # held elements, then the tree's
        found = section_module._breadcrumb(d)
        expected = d.tree.xpath(section_module._BREADCRUMB_PATH)[:1]
        assert ([] if found is None else [found]) == expected


# Tags of `Document.elements` where the page's scripts, <noscript>, <svg> and templates
# hold some too (dropped by parse, so in no list), several of a tag, one in <body>
INDEXED_PAGE = (
    '<h1 class="logo">Hafenblatt</h1><link rel="alternate" hreflang="de" href="/de/x">'
    '<svg><title>Icon</title></svg><noscript><img src="/ns.jpg"><link rel="x" href="/n"></noscript>'
    "<template><h1>Later</h1><footer>t</footer></template><main><h1>Bridge reopens</h1>"
    '<img src="/a.jpg"><p>Text <img src="/b.jpg"></p><base href="/late/"><footer>f</footer></main>'
    "<footer><base><title>Second</title></footer>"
)


@pytest.mark.parametrize("body", [*PAGES, INDEXED_PAGE, ""])
def test_indexed_elements_are_the_walks(body: str) -> None:
    doc = _doc(body)
    for tag in document.INDEXED_TAGS:
        assert doc.elements(tag) == list(doc.tree.iter(tag)), tag
    assert doc.h1 is doc.tree.find(".//h1")
    if body == INDEXED_PAGE:  # what the dropped blocks held is in no list
        assert [el.text for el in doc.elements("h1")] == ["Hafenblatt", "Bridge reopens"]
        assert [el.get("src") for el in doc.elements("img")] == ["/a.jpg", "/b.jpg"]
        assert [el.text for el in doc.elements("title")] == ["t", "Second"]
        assert len(doc.elements("footer")) == 2 and len(doc.elements("link")) == 1


@pytest.mark.parametrize("body", [*PAGES, INDEXED_PAGE])
def test_links_after_the_headline_are_the_xpaths(body: str) -> None:
    doc = _doc(body + '<div><a href="/after">After</a><a name="x">no href</a></div>')
    for h1 in doc.tree.iter("h1"):
        assert list(topiclinks._links_after(h1)) == h1.xpath("following::a[@href]")


@pytest.mark.parametrize(
    "head",
    [
        "",
        '<base target="_blank">',
        '<base target="_blank"><base href="/first/"><base href="/second/">',
        '<base href="">',
        '<base href="https://cdn.example.test/site/">',
    ],
)
def test_base_href_walk_is_the_xpath(head: str) -> None:
    doc = parse(f"<html><head>{head}</head><body><p>x</p><base href='/b/'></body></html>", URL)
    assert doc is not None
    found = doc.tree.xpath(pagebase._FIRST_BASE)
    expected = pagebase._from_href(str(found[0]) if found else "", URL, "utf-8")[0]
    assert pagebase.tree_base(doc.tree, URL) == expected
    assert pagebase.href_base(pagebase.first_base_href(doc.elements("base")), URL) == expected
