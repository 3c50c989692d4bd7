"""Where on the page a byline may stand: after the headline, in the story's own block,
not in a teaser card, a related story's link, reader comments or a list of other stories.

A name found in another story's teaser is that story's writer: every markup source asks
these areas before it believes a match.
"""

from __future__ import annotations

import itertools
import re

from lxml.html import HtmlElement

from newsarchive.extract import langwords
from newsarchive.extract.document import Document
from newsarchive.extract.document import following as _following
from newsarchive.extract.headline import headline
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import clean

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

_TEASER_AREAS = {"aside", "nav", "footer"}
_CARD_PLACES = {"li", "aside", "nav", "footer"}
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_HEADLINE_WORDS = 4  # a link this long is a headline, not a writer's name
PAGE_TAGS = {"body", "html"}
BYLINE_WINDOW = 60  # blocks after the h1 looked at for a "Von ..." / "홍길동 기자" line
_STORY_PARAGRAPH = 200  # characters: a paragraph this long is story text, no teaser's
CLOSING_WINDOW = 3000  # elements after the headline looked at for the story's first paragraph


STORY_LINE = 100  # characters: a paragraph of the story's own, not its closing credit


# Characters of a script written without spaces (kanji, kana): each says as much as a word's
# two or three letters do, so a Japanese story's paragraph of 60 is a full one
_WIDE = _compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def story_size(text: str) -> int:
    """A paragraph's length measured against `STORY_LINE` and `_STORY_PARAGRAPH`: its
    characters, each kanji or kana counted twice."""
    size = len(text)
    return size if size >= _STORY_PARAGRAPH else size + len(_WIDE.findall(text))


def story_block(doc: Document) -> HtmlElement | None:
    """The block holding the story's paragraphs: the first after the headline with a
    paragraph of 200 characters, else with two of 100 (a story of short paragraphs, as
    agency copy often is)."""
    h1 = headline(doc)
    if h1 is None:
        return None
    seen: set[HtmlElement] = set()
    for el in itertools.islice(_following(h1), CLOSING_WINDOW):
        if el.tag != "p" or (parent := el.getparent()) is None:
            continue
        size = story_size(el.text_content())
        if size >= _STORY_PARAGRAPH:
            return parent
        if size >= STORY_LINE:
            if parent in seen:
                return parent
            seen.add(parent)
    return None


def story_opening(doc: Document) -> str:
    """The first words of the first paragraph after the headline."""
    h1 = headline(doc)
    if h1 is None:
        return ""
    for el in itertools.islice(_following(h1), BYLINE_WINDOW * 2):
        if el.tag == "p" and len(text := clean(el.text_content())) > 40:
            return text[:60]
    return ""


def in_teaser_area(doc: Document, el: HtmlElement) -> bool:
    """Inside an aside, nav or footer, or another <article> than the headline's (a teaser
    card); not the footer of the headline's own <article> (bylines sit there:
    "<article><h1>...<footer>Av Kari Nordmann</footer>"). Not inside the <article> holding
    the story's text below a headline printed outside any article, whatever holds that
    article: an <aside> left unclosed before it makes the parser nest the story in it. A
    teaser card inside the headline's own <article> ("Mehr zum Thema" cards under the story)
    is one all the same (`_in_teaser_card`)."""
    for a in itertools.chain([el], el.iterancestors()):
        if a.tag == "article":
            if _owns_headline(doc, a):
                return _in_teaser_card(doc, el, own_article=True)
            if _headline_article(doc) is None and _holds_story_block(doc, a):
                return False
            if _headline_article(doc) is not None or not _holds_story(a):
                return True
        elif a.tag in _TEASER_AREAS and not (a.tag == "footer" and _footer_of_headline(doc, a)):
            return True
        elif _READER_COMMENTS.search(
            f"{a.get('id', '')} {a.get('class', '')}"
        ) and not _story_own_block(doc, a):
            return True  # "Von Karl Heinz" over a reader's comment: no writer of the story
    return _in_teaser_card(doc, el)


# A block of readers' comments, by a token of its id or class ("comments", "comment-list",
# "c-kommentare", "commentaires", "commenti", "reacties", "kommentarer", "disqus_thread"), in
# any language; a comment's writer is no byline. Not a count or link beside the byline
# ("has-comments", "comments-count"), nor the headline's own block ("tone-comment": an opinion).
_READER_COMMENTS = _compile(
    r"(?<![\w-])(?!(?:has|no|show|open|with|count)[-_])(?:\w+[-_])?(?:comments?|kommentare"
    r"|leserkommentare|commentaires?|commenti|comentarios|reacties|kommentarer|kommentit"
    r"|yorumlar|disqus)(?:[-_](?!(?:count|link|button|btn|icon|number)\b)\w+)?(?![\w-])",
    re.I,
)


def _story_own_block(doc: Document, block: HtmlElement) -> bool:
    """A block named "comment" that is the story's own: it holds the headline or the story's
    paragraphs, or stands above them (an opinion page's "comment-author", "section.comment"
    round a column); readers' comments come after the story."""
    if holds_headline(doc, block):
        return True
    h1 = headline(doc)
    story = story_block(doc)
    if h1 is None or story is None:
        return False
    if story is block or any(a is block for a in story.iterancestors()):
        return True
    for el in itertools.islice(_following(h1), CLOSING_WINDOW):
        if el is story or (el.tag == "p" and el.getparent() is story):
            return False  # the story began
        if el is block:
            return True
    return False


def holds_headline(doc: Document, block: HtmlElement) -> bool:
    h1 = headline(doc)
    return h1 is not None and (block is h1 or block in h1.iterancestors())


def _in_teaser_card(doc: Document, el: HtmlElement, own_article: bool = False) -> bool:
    """Inside a teaser card: the smallest block around `el` (short of the headline's own
    blocks) linking another article by its headline, where that block sits in a list item,
    aside, nav or footer, or beside another such card (a promo strip, a "most read" list).
    A byline in a list of the article's own writers links names, no headlines. Inside the
    headline's own <article> (`own_article`) a card links by a heading: the story's byline
    block sits beside long links too ("Alle Texte der Autorin lesen", "Kommentare zu diesem
    Artikel lesen"), in its footer or a list item, and its own link may be a heading's."""
    h1 = headline(doc)
    if h1 is None:
        return False
    stop = {h1, *h1.iterancestors()}
    for card in el.iterancestors():
        if card in stop or card.tag in PAGE_TAGS:
            return False
        if not _links_headline(doc, card, el, headings_only=own_article):
            continue
        if _holds_story(card):
            return False  # the story's own column: its links sit in the text
        if any(
            a.tag in _CARD_PLACES and not (own_article and _footer_of_headline(doc, a))
            for a in itertools.takewhile(
                lambda a: a not in stop, itertools.chain([card], card.iterancestors())
            )
        ):
            return True
        parent = card.getparent()
        return (
            parent is not None
            and parent not in stop
            and any(
                sib is not card and _links_headline(doc, sib, None, headings_only=own_article)
                for sib in parent
            )
        ) or (own_article and _lone_card(doc, card, el, stop))
    return False


def _lone_card(doc: Document, card: HtmlElement, el: HtmlElement, stop: set[HtmlElement]) -> bool:
    """One card in the headline's own <article> after the story's text has begun (a related
    story between its paragraphs or under them): the story's byline stands above its text.
    The card's heading comes first, then its writer (`el`): a byline over a link's heading
    ("Von Anna Schmidt" over "Newsletter abonnieren") is the story's, closing it; and the
    text begun is the story's own block's, no standfirst above a header's byline block. Not
    the story's footer, nor a block whose heading links a writer's page ("Über die
    Autorin" in an author box)."""
    if any(
        a.tag == "footer"
        for a in itertools.takewhile(lambda a: a not in stop, card.iterancestors())
    ):
        return False
    if any(_WRITER_PAGE.search(link.get("href") or "") for link in card.iter("a")):
        return False
    if not _heading_first(card, el) or (story := story_block(doc)) is None:
        return False
    for a in itertools.takewhile(
        lambda a: a not in stop, itertools.chain([card], card.iterancestors())
    ):
        for sib in a.itersiblings(preceding=True):
            paragraphs = [sib] if sib.tag == "p" else sib.iter("p")
            if any(
                p.getparent() is story and story_size(p.text_content()) >= STORY_LINE
                for p in paragraphs
            ):
                return True
    return False


def _heading_first(card: HtmlElement, el: HtmlElement) -> bool:
    """A heading's link in `card` before `el`, in the page's order (a teaser's headline,
    then its writer)."""
    for node in card.iter():
        if node is el:
            return False
        if (
            node.tag == "a"
            and (node.get("href") or "#")[:1] != "#"
            and next(node.iterancestors(*_HEADINGS), None) is not None
        ):
            return True
    return False


# A writer's page in a link's address ("/autor/anna-muster", "/author-jane-doe")
_WRITER_PAGE = _compile(
    r"/(?:(?:"
    + "|".join(map(re.escape, langwords.entries(langwords.AUTHOR_PATHS)))
    + r")(?:/|$)|(?:"
    + "|".join(langwords.AUTHOR_PATH_OPENERS)
    + r")[-_])",
    re.I,
)


def _links_headline(
    doc: Document, block: HtmlElement, byline: HtmlElement | None, headings_only: bool = False
) -> bool:
    """`block` links another article by its headline: a heading's link (or a link holding a
    heading), or (not `headings_only`) a link of several words that is not the byline's (a
    writer's page)."""
    for link in block.iter("a"):
        href = link.get("href") or ""
        if not href or href.startswith("#") or href == doc.url:
            continue
        if headings_only and byline is not None and _within(byline, link):
            continue  # her name in a heading's link: her page, no other article
        if next(link.iterancestors(*_HEADINGS), None) is not None or any(
            True for _ in link.iter(*_HEADINGS)
        ):
            return True
        if headings_only or (byline is not None and _within(byline, link)):
            continue
        words = len(link.text_content().split())
        if words >= _HEADLINE_WORDS and not _inline(link, words):
            return True
    return False


def _within(el: HtmlElement, link: HtmlElement) -> bool:
    """Whether `el` is `link` or inside it (the byline's own link)."""
    return link is el or el in link.iterancestors()


def _inline(link: HtmlElement, words: int) -> bool:
    """A link inside a sentence (a paragraph twice its length), not a teaser's own line."""
    p = next(link.iterancestors("p"), None)
    return p is not None and len(p.text_content().split()) > 2 * words


def nearest_after_headline(doc: Document, elements: list[HtmlElement]) -> HtmlElement:
    """The first candidate after the headline (or above it in its <article>), else the last
    before it: a byline printed ahead of the headline outside its <article> stands nearest."""
    after = after_headline(doc, elements) if len(elements) > 1 else elements
    return after[0] if after else elements[-1]


def _holds_story(article: HtmlElement) -> bool:
    """An <article> with a paragraph of story text (the body below a headline printed outside
    it), not a teaser card."""
    return any(len(p.text_content()) > _STORY_PARAGRAPH for p in article.iter("p"))


def _holds_story_block(doc: Document, article: HtmlElement) -> bool:
    """Whether the block of the story's paragraphs after the headline lies in `article`."""
    block = story_block(doc)
    return block is not None and (
        block is article or any(a is article for a in block.iterancestors("article"))
    )


def _headline_article(doc: Document) -> HtmlElement | None:
    h1 = headline(doc)
    return next(h1.iterancestors("article"), None) if h1 is not None else None


def _footer_of_headline(doc: Document, footer: HtmlElement) -> bool:
    article = next(footer.iterancestors("article"), None)
    return article is not None and article is _headline_article(doc)


def _owns_headline(doc: Document, article: HtmlElement) -> bool:
    h1 = headline(doc)
    return h1 is not None and any(a is article for a in h1.iterancestors("article"))


def after_headline(doc: Document, elements: list[HtmlElement]) -> list[HtmlElement]:
    """Elements after the headline, or before it inside its own <article> (a byline block
    above the headline): elsewhere before it sit the menus and teasers of other articles."""
    h1 = headline(doc)
    if h1 is None or not elements:
        return elements
    before = set(itertools.takewhile(lambda el: el is not h1, doc.tree.iter()))
    before.difference_update(before_in_article(doc))
    return [el for el in elements if el not in before]


def before_in_article(doc: Document) -> list[HtmlElement]:
    """The elements of the headline's <article> before the headline (not its ancestors)."""
    h1 = headline(doc)
    article = _headline_article(doc)
    if h1 is None or article is None:
        return []
    ancestors = set(h1.iterancestors())
    return [
        el
        for el in itertools.takewhile(lambda el: el is not h1, article.iterdescendants())
        if el not in ancestors
    ]
