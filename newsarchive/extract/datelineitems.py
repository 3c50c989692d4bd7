"""Whether a date belongs to another item than the article.

Teasers, related and most-read lists, side columns, the site's footer, readers' comments,
live entries and chronologies, another item's microdata or <article>, a list of dates: a date
there is another piece's or another moment's (`elsewhere`, `in_another_item`,
`in_another_article`), or may be (`beside_a_piece`: not enough to drop a line).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from lxml.html import HtmlElement

from newsarchive.extract import langwords, page_fields
from newsarchive.extract.datelinearound import headline_blocks
from newsarchive.extract.datelineentries import (
    among_its_kind,
    below_the_headline,
    chronology_class,
    in_an_event,
    live_entry_class,
)
from newsarchive.extract.datelinelinks import (
    NOT_A_PAGE,
    TEASER_BLOCK,
    TEASER_ELEMENTS,
    a_piece_among,
    larger_than,
    links_a_piece,
    links_another_piece,
    to_another_piece,
)
from newsarchive.extract.datelinetexts import HAS_YEAR, has_year
from newsarchive.extract.document import Document
from newsarchive.extract.headline import headline
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# Blocks holding other items (teasers, related and most-read lists; readers' comments, named
# as a whole class or its BEM parts: "article-comments", "fig-comment__date", "comment-list",
# but "date-comments-wrapper" holds an article's own date) and their depth checked.
_OTHER_ITEM = _compile(
    r"teaser|related|recommend|recirc|trending|most-read|mostread"
    r"|(?:^|[\s_-])comments?(?:$|\s|__|--|-(?:list|item|body|date|time|content|text|author|meta"
    r"|header|thread|section|container|area|block)\b)"
    # readers' comments and most-read or further-reading lists named in the page's language
    r"|kommentare|leserkommentar|commentaires|comentarios|comentários|commenti|reacties"
    r"|yorumlar|komentarze|meistgelesen|mehr-?zum-?thema|weitere-?artikel|lesetipp|most-?popular"
    r"|talkback|diskuse|diskuze",
    re.I,
)
_ANCESTORS = 8
_LINKED_HEADLINE = 30  # characters a link's text needs to be a headline (a name is shorter)
# Scripts written without spaces between words (Chinese, Japanese, Thai): a headline there
# is 10 such characters or more (a name is 2-4).
_UNSPACED = _compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff]")
_UNSPACED_HEADLINE = 10


def _a_headline(text: str) -> bool:
    """Whether a link's text reads as a headline: 30+ characters in 4+ words, or 10+
    characters of a script written without spaces ("市議会が新年度予算案を可決")."""
    if len(text) >= _LINKED_HEADLINE and text.count(" ") >= 3:
        return True
    return len(_UNSPACED.findall(text)) >= _UNSPACED_HEADLINE


def in_teaser_link(el: HtmlElement) -> bool:
    """Whether a date sits in a link that also carries a headline: another item's date.

    On dev + visible world, 38 of 39 <time> elements inside a link state another item's
    date (34 another day); the one that was the article's own was the link's whole text
    (a link to the day's archive), which this keeps. Date lines are read the same way.
    """
    for link in el.iterancestors("a"):
        own = len(el.text_content())
        return link.get("href") is not None and len(link.text_content().strip()) > own + 20
    return False


# Any label a date line opens with (published, updated, "as of"): two dates a label parts are
# the publication and the update of one piece.
_ANY_LABEL = _compile(
    r"(?<!\w)(?:" + "|".join(re.escape(w) for w in langwords.DATE_LABELS) + r")(?!\w)", re.I
)


def a_list_of_dates(el: HtmlElement, text: str) -> bool:
    """Whether a block holds a list of dates rather than a date line: two or more of its texts
    state a year each and no label names them the publication and the update (a date-classed
    `<div class="dates">` listing other pieces' days, an archive box's "1 December 2026 09:00:
    Council meets" rows), or one row of such a list (an `<li>` beside another dated `<li>`
    no label names: a byline's `<li>02.12.2026</li><li>Aktualisiert 03.12.2026</li>` stays). Its
    first date is no more the article's than its last."""
    if el.tag == "li" and not _ANY_LABEL.search(text):
        # one row of such a list: another row dated too
        rows = itertools.chain(
            itertools.islice(el.itersiblings("li", preceding=True), _LIST_SIBLINGS),
            itertools.islice(el.itersiblings("li"), _LIST_SIBLINGS),
        )
        return any(has_year(t := row.text_content()) and not _ANY_LABEL.search(t) for row in rows)
    if len(el) == 0 or sum(1 for _ in itertools.islice(HAS_YEAR.finditer(text), 2)) < 2:
        return False
    dated = sum(1 for t in el.itertext() if has_year(t))
    return dated >= 2 and not _ANY_LABEL.search(text)


def among_dates_of_pieces(doc: Document, el: HtmlElement) -> bool:
    """Whether a `<time>` sits among other `<time>`s of other days or times, each beside a
    link to another piece, in one small block (a date-classed box listing other pieces with
    their times, `<time>` and `<a>` as siblings): another piece's time, not the article's."""
    for block in itertools.islice(el.iterancestors(), 2):
        if block.tag in ("body", "html", "main") or larger_than(block, TEASER_ELEMENTS):
            return False
        stamps = {t.get("datetime") for t in block.iter("time")}
        if len(stamps) < 2:
            continue
        pieces = sum(
            1
            for a in block.iter("a")
            if (href := a.get("href")) and a.get("rel") != "author" and to_another_piece(doc, href)
        )
        return pieces >= 2
    return False


def beside_a_piece(doc: Document, line: str) -> bool:
    """Whether a visible line (or a part of one) stands beside a link to another piece,
    however short its text ("<a href=/politik/hallenbad-101.html>Hallenbad</a>
    Veröffentlicht: 28.11.2026"): perhaps a teaser's; too weak a sign to drop the line,
    enough not to let it override the page's metadata."""
    found: dict[str, HtmlElement] = doc.cache.get("line_elements", {})
    return any(line in other and beside_a_piece_link(doc, el) for other, el in found.items())


def beside_a_piece_link(doc: Document, el: HtmlElement) -> bool:
    """Whether the line's element or one of its two small blocks holds a link to another
    piece (not an author's, `rel="author"`)."""
    for block in itertools.chain((el,), itertools.islice(el.iterancestors(), 2)):
        if (
            block.tag in ("body", "html", "main")
            or larger_than(block, TEASER_ELEMENTS)
            or len(block.text_content()) > TEASER_BLOCK
        ):
            return False
        if a_piece_among(doc, block.iterdescendants("a")):
            return True
    return False


def elsewhere(doc: Document, el: HtmlElement) -> bool:
    """Whether a line sits in another item's teaser block (related, most-read lists).

    A block holding the headline is the article's own, whatever its class says (a page
    under /recommended/ wraps its article in "recommended-..." blocks). A block named only
    "teaser" counts where it is a list or holds a link to another piece: German CMSs call an
    article's own lead its "Teaser" (`id="artikel-teaser"`).
    """
    # once an element a page: the date cascades ask it again of one in four lines (a line
    # read for the publication, then for the update); the tree does not change after `parse`
    known: dict[HtmlElement, bool] = doc.cache.setdefault("elsewhere", {})
    found = known.get(el)
    if found is None:
        found = known[el] = _elsewhere(doc, el)
    return found


def _elsewhere(doc: Document, el: HtmlElement) -> bool:
    own = headline_blocks(doc)
    if _in_a_list_of_pieces(doc, el, own):
        return True
    for depth, node in enumerate(itertools.chain((el,), el.iterancestors())):
        if depth > _ANCESTORS or node in own:
            return False
        if depth <= 2 and _beside_a_headline_link(doc, node, el):
            return True
        if (node.tag == "aside" or node.get("role") == "complementary") and _side_column(doc, node):
            return True
        if (node.tag == "footer" or node.get("role") == "contentinfo") and _site_footer(doc, node):
            return True
        word = _other_item(node.get("class") or "") or _other_item(node.get("id") or "")
        if word and (word != "teaser" or _other_teaser(doc, node)):
            return True
        if live_entry_class(node.get("class") or "") and not (
            among_its_kind(node) and below_the_headline(own, node)
        ):
            return True
        if chronology_class(node.get("class") or "") and in_an_event(el, node):
            return True
    return False


@lru_cache(maxsize=4096)
def _other_item(name: str) -> str | None:
    """The word of a class or id naming another item's block (`_OTHER_ITEM`), lower-cased.
    Cached: every date line's ancestors are read, so a page asks of the same few names
    again and again (as a site's pages do), and the words are searched at every position."""
    m = _OTHER_ITEM.search(name)
    return m.group(0).lower() if m else None


_LIST_LEVELS = 4  # a date's element and the blocks holding it, searched for a list's item
_LIST_SIBLINGS = 4  # siblings on each side of an item read for another item of its kind


def _in_a_list_of_pieces(doc: Document, el: HtmlElement, own: frozenset[HtmlElement]) -> bool:
    """Whether a date sits in one item of a list of other pieces: a small block that links
    another piece beside a block of its kind (tag and class) that links one too. A most-read
    list or a row of cards ("<li><a href=/politik/haushalt-beschlossen-99.html>Haushalt
    beschlossen</a> <span>03.12.2026 07:00</span></li>") names its pieces however shortly,
    in any language and under any class; `_beside_a_headline_link` reads a lone teaser by
    its long headline."""
    for depth, item in enumerate(itertools.chain((el,), el.iterancestors())):
        if depth > _LIST_LEVELS or item in own or item.tag in ("body", "html", "main"):
            return False
        if larger_than(item, TEASER_ELEMENTS):
            return False
        if not links_another_piece(doc, item):  # read first: text_content copies a block
            continue
        if len(item.text_content()) > TEASER_BLOCK:
            return False
        kind = (item.tag, item.get("class"))
        if any(
            (sib.tag, sib.get("class")) == kind and links_another_piece(doc, sib)
            for sib in itertools.chain(
                itertools.islice(item.itersiblings(preceding=True), _LIST_SIBLINGS),
                itertools.islice(item.itersiblings(), _LIST_SIBLINGS),
            )
        ):
            return True
    return False


def _other_teaser(doc: Document, node: HtmlElement) -> bool:
    """Whether a block named "teaser" holds other items: a list ("teaser-list"), or a link
    to another piece. Else it is the article's own lead ("artikel-teaser"), its links
    going to topics or authors if anywhere."""
    if node.tag in ("ul", "ol", "li") or node.find(".//li") is not None:
        return True
    return any(to_another_piece(doc, a.get("href", "")) for a in node.iterfind(".//a[@href]"))


def _beside_a_headline_link(doc: Document, block: HtmlElement, el: HtmlElement) -> bool:
    """Whether a small block holding a date `el` (not the headline: the caller checks) also
    holds a link whose text is a headline: a teaser of another piece, its date beside the
    link rather than inside it (in_teaser_link), or a heading in the link; the line itself
    too, where the date is the text after the link ("<a ...>Headline</a> 28.01.2026"). A
    byline's links name people, shorter; a link to a section, an author or this page is no
    other piece (links_a_piece)."""
    if (
        block.tag in ("body", "html", "main")
        or larger_than(block, TEASER_ELEMENTS)  # counted first: text_content copies a block
        or len(block.text_content()) > TEASER_BLOCK
    ):
        return False
    for link in block.iterdescendants("a"):
        href = link.get("href")
        if (
            href is None
            or (block is not el and el in link.iterancestors())
            or NOT_A_PAGE.search(href)
            or link.get("rel") == "author"
        ):
            continue  # "Zu den Kommentaren" (#kommentare), "Artikel anhören" (.mp3): this page's
        if _headline_link(link) and to_another_piece(doc, href):
            return True
    return False


def _headline_link(link: HtmlElement) -> bool:
    """Whether a link carries a headline: text that reads as one, or a heading element
    however short ("<a href=...><img ...><h3>Hallenbad bleibt zu</h3></a>", a card's)."""
    if _a_headline(" ".join(link.text_content().split())):
        return True
    return len(link) > 0 and any(True for _ in link.iterdescendants(*_CARD_HEADING))


def _site_footer(doc: Document, footer: HtmlElement) -> bool:
    """Whether a <footer> is the site's: outside any <article> and <main>, where the headline
    is in one. Its dates are the site's or other items' ("Meistgelesen", a copyright's day).
    On a page marking no such region the footer after the byline may be the article's."""
    h1 = headline(doc)
    if h1 is None or not any(a.tag in ("article", "main") for a in h1.iterancestors()):
        return False
    return not any(a.tag in ("article", "main") for a in footer.iterancestors())


def _side_column(doc: Document, aside: HtmlElement) -> bool:
    """Whether an <aside> not holding the headline is a column of other items ("Meistgelesen",
    "Mehr zum Thema"): outside the headline's own <article> where it is in one, else holding
    a list. An <aside> inside the article (its author and date box) is the article's."""
    h1 = headline(doc)
    article = next(h1.iterancestors("article"), None) if h1 is not None else None
    if article is not None:
        return article not in aside.iterancestors() and not _meta_box(doc, aside)
    return aside.find(".//li") is not None


# Class or id words of an article's own byline and date box set beside it in an <aside>
# ("article-meta", "post-byline", "entry-dateline"): not another item's column.
_META_BOX = _compile(
    r"(?<![a-z])(?:meta|byline|dateline|author|autor|auteur)(?![a-z])|(?:article|post|entry)[-_]info",
    re.I,
)


def _meta_box(doc: Document, aside: HtmlElement) -> bool:
    """Whether an <aside> outside the headline's <article> is that article's byline and date
    box (`<aside class="article-meta">` beside the story): named so, holding no list, no
    heading and no link to another piece (a teaser column's date lines keep theirs)."""
    name = f"{aside.get('class') or ''} {aside.get('id') or ''}"
    return (
        _META_BOX.search(name) is not None
        and next(aside.iter("li", "h2", "h3", "h4", "h5", "article"), None) is None
        and not any(k in el.attrib for el in aside.iter() for k in _LINK_ATTRIBUTES)
        and not links_another_piece(doc, aside)
        and all(
            _box_piece(piece.strip()) for t in aside.itertext() for piece in _BOX_SPLIT.split(t)
        )
    )


# A card made clickable by script rather than by <a> ("<div data-href='/a/1'>"): another piece.
_LINK_ATTRIBUTES = ("onclick", "data-href", "data-url", "data-link")
_BOX_SPLIT = _compile(r"[|·•—–\n]")
_BOX_DATE_LABEL = _compile(
    r"^\W*(?:" + "|".join(re.escape(w) for w in langwords.DATE_LABELS) + r")(?!\w)\W*", re.I
)
_BYLINE_LABELS = frozenset(langwords.entries(langwords.BYLINE_LABELS))
_BIO_WORDS = frozenset(langwords.entries(langwords.BIO_DATE_WORDS))  # "Joined March 3, 2019"
# ... a publication's label holding one of them ("Online seit 3. März 2026"): the story's day
_SINCE_LABELS = frozenset(
    langwords.entries(langwords.PUBLICATION_NOUNS)
    + langwords.entries(langwords.PUBLISHED_LABELS_DATES_ONLY)
)
_BOX_NAME_WORDS = 4  # "By Thandi Mokoena", "Von Jonas Brehm, Berlin"
_BOX_DATE_WORDS = 2  # before a date's digits after its label: "am", "on March", "Tuesday, March"


def _box_piece(piece: str) -> bool:
    """Whether a piece of an aside's text reads as a byline box's: a name of a few words
    (after "Autor:"), or a date after its publication label only. A writer's bio ("Member
    since March 3, 2019", "Joined March 3, 2019", "Dabei seit 3. März 2019", "Latest post
    2 March 2026", "Latest: 5 December 2026") or a neighbour piece's title ("Previous post:
    ...") is not the story's box, and its date not the story's."""
    rest = _BOX_DATE_LABEL.sub("", piece, count=1)
    digit = next((i for i, c in enumerate(rest) if c.isdigit()), None)
    if digit is not None:
        before = rest[:digit]
        return (
            ":" not in before
            and len(before.split()) <= _BOX_DATE_WORDS
            and not (
                any(w.strip(",.").casefold() in _BIO_WORDS for w in before.split())
                and " ".join(before.split()).casefold() not in _SINCE_LABELS
            )
        )
    label, colon, name = rest.partition(":")
    if colon and label.strip().casefold() in _BYLINE_LABELS:
        rest = name
    return ":" not in rest and len(rest.split()) <= _BOX_NAME_WORDS


_ARTICLE_ITEMTYPE = _compile(r"Article|BlogPosting|Report|LiveBlog")


def in_another_item(doc: Document, el: HtmlElement) -> bool:
    """Whether a date element belongs to another item's microdata: its nearest `itemscope`
    does not hold the headline, and either it is another item's property, not an article
    (`<div itemprop="itemReviewed" itemscope itemtype=".../Movie">`), or the page marks its
    own article with one of an article's type that does (a `<body itemscope
    itemtype=".../WebPage">` holds everything), or that scope's `itemprop="url"` leads to
    another piece (a related story's `<div itemscope itemtype=".../NewsArticle">` with its
    own `datePublished`, or one in a block classed as another item's: "related", "recirc").
    """
    scope = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
    h1 = headline(doc)
    if scope is None or h1 is None or scope in headline_blocks(doc):
        return False
    if scope.get("itemprop") is not None and not _ARTICLE_ITEMTYPE.search(
        scope.get("itemtype") or ""
    ):
        return True  # a property's item (a review's `itemReviewed` film, its release day)
    if any(
        a.get("itemscope") is not None and _ARTICLE_ITEMTYPE.search(a.get("itemtype") or "")
        for a in h1.iterancestors()
    ):
        return True
    if (
        any(
            _other_item(node.get("class") or "") not in (None, "teaser")
            for node in itertools.islice(itertools.chain((scope,), scope.iterancestors()), 3)
        )
        and not larger_than(scope, TEASER_ELEMENTS)
        and links_another_piece(doc, scope)
    ):
        # a related or recommended piece's card, its link no `itemprop="url"`; not the
        # article's own scope in a block classed "has-comments" or "with-related-rail"
        return True
    canonical = page_fields.canonical_url(doc) or doc.url  # an AMP copy names its original
    for prop in scope.iterfind(".//*[@itemprop='url']"):
        href = prop.get("href") or prop.get("content")
        if href and links_a_piece(href, doc.url) and links_a_piece(href, canonical):
            return True
    return False


def in_another_article(doc: Document, el: HtmlElement) -> bool:
    """Whether `el` sits in an <article> apart from the one holding the headline: a teaser's.

    Where the headline is in no <article>, the page may wrap its own text in one below the
    headline: then only a teaser card is another item's, a short <article> (under 1,000
    characters) with a heading or a headline link of its own.
    """
    h1 = headline(doc)
    if h1 is None:
        return False
    if "h1_article" not in doc.cache:
        doc.cache["h1_article"] = next(h1.iterancestors("article"), None)
    own: HtmlElement | None = doc.cache["h1_article"]
    theirs = next(el.iterancestors("article"), None)
    if theirs is None or theirs is own:
        return False
    if own is None:
        return _teaser_card(theirs)
    return own not in theirs.iterancestors() and theirs not in own.iterancestors()


_CARD_TEXT = 1000
_CARD_HEADING = ("h2", "h3", "h4", "h5", "h6")


def _teaser_card(article: HtmlElement) -> bool:
    """Whether an <article> is a short teaser: a heading or a headline link in little text."""
    if len(article.text_content()) >= _CARD_TEXT:
        return False
    if any(True for _ in article.iter(*_CARD_HEADING)):
        return True
    return any(
        _a_headline(" ".join(a.text_content().split()))
        for a in article.iter("a")
        if a.get("href") is not None
    )
