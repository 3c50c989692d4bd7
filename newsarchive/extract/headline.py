"""The article's headline element: found once per page, for every field that reads from it.

Bylines, datelines, the lead, the standfirst, topic links and the body's container all
start from the headline, and the title's votes count the h1 it is; so they must agree on
which element it is. The first `<h1>` is it on most pages; the rules below pass over the
h1s that are not the article's own:

- a breadcrumb's last crumb (`in_trail`): the SEO headline in small type in a `<nav>`;
  the heading below it saying the same is the article's;
- a logo's h1 in the masthead: no text of its own, or only the site's name, or only links,
  one to the home page (the logo's name and its section's);
- an h1 that does not state the page's title (og:title, twitter:title, `<title>`) where a
  later one does (a teaser card's or a log-in box's h1 set before the article);
- page furniture around the h1 (a consent popup's "Your privacy", a cookie banner) that
  is not also around a later h1 or the h2/h3 stating the title (`is_furniture` on the
  boxes between them; a box inside the h1's own `<article>` is the article's).

A page without such an h1 headlines the article with the first h2/h3 (of the first
hundred: menus hold dozens) that states the title. Failing that (its h1s all logos or
crumbs, or none), the headline sits in a plain block (`<div class="story-headline">`):
the first element whose text is one of the page's titles (JSON-LD headline, `<title>`,
og:title, twitter:title; site names cut, and a topic before a colon), else the first
whose itemprop, class or id says headline or title, above the article's text; never a
teaser's (a link's text, a list's item). Only then the logo's h1.
"""

from __future__ import annotations

import itertools
import re

from lxml.html import HtmlElement

from newsarchive.extract.document import Document, own_urls
from newsarchive.extract.furniture import is_furniture
from newsarchive.extract.jsonld import same_page
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import as_strings, clean
from newsarchive.extract.titleparts import only_site, section_names, site_names, strip_sites
from newsarchive.extract.titlevotes import in_trail, norm, visible
from newsarchive.extract.urls import join_url, split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

H1_WINDOW = 10  # the page's first h1s: the article's own sits among them
HEADING_WINDOW = 100  # h2/h3s looked at on a page without an h1 (menus hold dozens)
MIN_STATED = 16  # characters: a shorter heading ("Politics", a kicker) states no title
STORY_LINE = 80  # characters: a paragraph this long is a story's text, no caption or kicker
_CACHE_KEY = "article_headline"


def headline(doc: Document) -> HtmlElement | None:
    """The article's headline element (cached in `doc.cache`: every field asks for it)."""
    if _CACHE_KEY not in doc.cache:
        doc.cache[_CACHE_KEY] = _find(doc)
    found: HtmlElement | None = doc.cache[_CACHE_KEY]
    return found


def _find(doc: Document) -> HtmlElement | None:
    title = _page_title(doc)
    h1s = doc.elements("h1")
    first = h1s[0] if h1s else None
    if first is not None and title and _states(first, title) and _own(doc, first):
        return first  # most pages: no walk past the first h1
    h1s = h1s[:H1_WINDOW]
    for h in h1s:  # crumbs before the article's own h1: the heading below saying the same
        if not in_trail(h):
            break
        if (same := _same_below(doc, h)) is not None:
            return same
    own = [h for h in h1s if _own(doc, h)]
    # the h1 stating the page's title is the article's, whatever boxes hold it; an earlier
    # one is a teaser's or a popup's
    if title and (found := next((h for h in own if _states(h, title)), None)) is not None:
        return found
    found = _first_unboxed(doc, own, title)
    if found is None:  # every h1 a logo's or a crumb's, or none: a block showing a title
        found = _block_headline(doc)
    return found if found is not None else next(iter(h1s), None)


def _own(doc: Document, h1: HtmlElement) -> bool:
    """Not a breadcrumb's last crumb, not a logo's."""
    return not in_trail(h1) and not _logo(doc, h1)


def _first_unboxed(doc: Document, own: list[HtmlElement], title: str) -> HtmlElement | None:
    """The first h1 not in page furniture that leaves out a later h1 or the h2/h3 stating
    the title; failing that, the h2/h3; failing that, the first h1."""
    stating: list[HtmlElement | None] = []  # found only where needed

    def stated() -> HtmlElement | None:
        if not stating:
            stating.append(_stating_heading(doc, title) if title else None)
        return stating[0]

    for n, h in enumerate(own):
        boxes = _furniture_boxes(h)
        if not boxes:
            return h
        others = itertools.chain(own[n + 1 :], (s for s in (stated(),) if s is not None))
        if not any(_outside(boxes, other) for other in others):
            return h
    if (found := stated()) is not None:
        return found
    return own[0] if own else None


def _page_title(doc: Document) -> str:
    title = doc.first_meta("og:title", "twitter:title") or doc.tree.findtext(".//title") or ""
    return " ".join(visible(title).split()).casefold()


def _states(el: HtmlElement, title: str) -> bool:
    """Whether the heading states the page's title (or the title holds the heading whole)."""
    text = " ".join(visible(el.text_content()).split()).casefold()
    return len(text) >= MIN_STATED and (text in title or title in text)


def _stating_heading(doc: Document, title: str) -> HtmlElement | None:
    """The first h2/h3 stating the title, among the first few: a page without an h1
    (or whose h1s are all crumbs, logos or furniture) headlines its article so."""
    heads = itertools.islice(doc.tree.iter("h2", "h3"), HEADING_WINDOW)
    return next(
        (h for h in heads if _states(h, title) and not in_trail(h) and not _in_a_card(doc, h)),
        None,
    )


def _in_a_card(doc: Document, heading: HtmlElement) -> bool:
    """A heading inside a link: a teaser card's ("More on this", the story itself offered
    again among others), not the article's own headline, which holds its permalink;
    unless the link is the page's own address (an AMP copy's: its canonical page) and
    none of the story's text comes before it (a theme's `<a href=self><h2>` on a blog)."""
    link = next(heading.iterancestors("a"), None)
    if link is None or (href := (link.get("href") or "#").strip()).startswith("#"):
        return False
    target = join_url(doc.url, href)
    own = [doc.url, *own_urls(doc.tree, doc.url, doc.meta_tags)]
    return not any(same_page(target, u) for u in own) or _after_text(doc, heading)


def _after_text(doc: Document, el: HtmlElement) -> bool:
    """Whether a paragraph of text comes before `el`: a card under the story does."""
    for e in doc.tree.iter("p", el.tag):
        if e is el:
            return False
        if e.tag == "p" and len(e.text_content()) >= STORY_LINE:
            return True
    return False


def _logo(doc: Document, h1: HtmlElement) -> bool:
    """A masthead's h1: a logo picture without text, or only the site's name, or links
    alone, one of them to the home page (`home_linked`)."""
    text = clean(h1.text_content())
    return not text or only_site(text, site_names(doc)) or home_linked(h1, doc.url)


_NOT_WORDS = _compile(r"[\W_]+")


def home_linked(h1: HtmlElement, url: str) -> bool:
    """A masthead's h1 of links alone, one of them to the site's home page: the logo's
    name beside its section's ("<h1><a href="/">*Hafenblatt*</a> <a href="/sport">Sport.
    </a></h1>", a name the page spells nowhere else), never an article's headline, which
    links to no other page than its own (WordPress's permalink)."""
    links = list(h1.iter("a"))
    if not links or not any(_home(a.get("href"), url) for a in links):
        return False
    linked = "".join(a.text_content() for a in links)
    return _NOT_WORDS.sub("", linked) == _NOT_WORDS.sub("", h1.text_content())


# a language's root, the home page of a site in several: "/en/", "/pt-br/"
_LANGUAGE_ROOT = _compile(r"/[a-z]{2}(?:[-_][a-z]{2})?", re.IGNORECASE)


def _home(href: str | None, url: str) -> bool:
    """Whether a link goes to the home page of the page's own site ("/", "https://www.x/",
    "/en/" on a page under /en/), not to a page by a query on it (a permalink: WordPress's
    "/?p=4711", Joomla's "index.php?option=com_content&id=12") nor to the page itself."""
    if not href or not (href := href.strip()) or href.startswith("#"):
        return False
    there, here = split_url(join_url(url, href)), split_url(url)
    same = there.netloc.removeprefix("www.") == here.netloc.removeprefix("www.")
    if not same or there.query or (there.path, there.query) == (here.path, here.query):
        return False
    path = there.path.rstrip("/")
    if path in ("", "/index.html", "/index.php"):
        return True
    # a language's root above the page ("/en/" on /en/sport/story)
    return bool(_LANGUAGE_ROOT.fullmatch(path)) and here.path.startswith(path + "/")


def _furniture_boxes(h1: HtmlElement) -> list[HtmlElement]:
    """The blocks around the h1 that page furniture marks (a consent popup, a cookie
    banner; the page's own wrappers too, which `_outside` sorts out). Within the h1's
    `<article>` a block is the article's own, whatever its class says ("hasCaption")."""
    boxes: list[HtmlElement] = []
    inside = next(h1.iterancestors("article"), None) is not None
    for el in itertools.chain((h1,), h1.iterancestors()):
        if el.tag in ("body", "html"):
            break
        if el.tag == "article":
            inside = False
        elif not inside and is_furniture(el):
            boxes.append(el)
    return boxes


def _outside(boxes: list[HtmlElement], other: HtmlElement) -> bool:
    """Whether one of the furniture boxes around an h1 leaves `other` out: the h1 sits in
    furniture that the other heading does not (never a wrapper around both)."""
    around = set(other.iterancestors())
    return any(box not in around for box in boxes)


def _same_below(doc: Document, crumb: HtmlElement) -> HtmlElement | None:
    """The h1 or h2 after a breadcrumb's h1 that says the same, outside any trail."""
    text = clean(crumb.text_content())
    if not text:
        return None
    for el in doc.tree.iter("h1", "h2"):
        if el is not crumb and not in_trail(el) and clean(el.text_content()) == text:
            return el
    return None


BLOCK_WINDOW = 3000  # elements of the body walked for a block headline (teaser grids run long)
MAX_BLOCK = 300  # characters: a longer text is a paragraph, not a headline
TEXT_AFTER = 150  # characters of paragraph text after a marked block: the article's text
_BLOCK_TAGS = frozenset(("div", "span", "p", "h2", "h3", "h4", "h5", "h6", "strong", "b", "header"))
_TEASER_TAGS = frozenset(("a", "li", "nav", "aside", "footer", "button", "label", "figcaption"))
# class/id words naming a headline, in several languages (English, German, Dutch, the
# Nordic languages, French, Spanish, Portuguese, Italian, Polish, Czech, Turkish, Finnish)
_HEADLINE_WORDS = frozenset(
    (
        "headline", "title", "heading", "headings", "hed", "titel", "ueberschrift",
        "uberschrift", "überschrift", "kop", "titre", "titulo", "título", "titular",
        "titolo", "tytul", "tytuł", "nadpis", "titulek", "baslik", "başlık", "otsikko",
        "overskrift", "cim", "cím", "naslov", "antraste", "judul", "kichwa",
    )
)  # fmt: skip
# words that make a marked block someone else's title: a card's, a widget's, a section's
_OTHER_WORDS = frozenset(
    (
        "sub", "subtitle", "subheadline", "card", "teaser", "widget", "section", "related",
        "list", "item", "nav", "menu", "footer", "sidebar", "promo", "box", "module", "more",
        "site", "logo", "brand", "newsletter", "modal", "popup", "banner", "ad", "tile",
        "kicker", "overline", "eyebrow", "dachzeile", "label", "caption", "byline", "author",
    )
)  # fmt: skip
_CJK = _compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
MIN_CJK_STATED = 6
_WORD_SPLIT = _compile(r"[^\w]+|_|(?<=[a-z])(?=[A-Z])")


def _titles(doc: Document) -> frozenset[str]:
    """The page's titles, compared by their words: the JSON-LD headline, `<title>`,
    og:title and twitter:title, each also with its site's name cut and a topic before
    a colon cut ("Weather: Storm hits coast" says "Storm hits coast" too)."""
    sites, sections = site_names(doc), section_names(doc)
    raw = list(as_strings(doc.article.get("headline")))[:1]
    raw += [v for k in ("og:title", "twitter:title") if (v := doc.first_meta(k))]
    raw += [t.text_content() for t in doc.elements("title")[:1]]
    found: set[str] = set()
    for value in raw:
        value = clean(value)
        for v in (value, strip_sites(value, sites, sections)):
            if only_site(v, sites):  # a `<title>` of the site's name alone
                continue
            found.add(norm(v))
            topic, colon, rest = v.partition(": ")
            if colon and len(topic) <= 30 and len(rest) >= MIN_STATED:
                found.add(norm(rest))
    return frozenset(t for t in found if _long_enough(t))


def _long_enough(said: str) -> bool:
    """A headline's length: 16 characters, or 6 in CJK scripts, where words are short."""
    return len(said) >= (MIN_CJK_STATED if _CJK.search(said) else MIN_STATED)


def _block_headline(doc: Document) -> HtmlElement | None:
    """The block a page without an h1 of its own shows its headline in: the first stating
    one of its titles, else the first marked as a headline above the article's text."""
    body = doc.tree.find("body")
    if body is None:
        return None
    titles = _titles(doc)
    marked: HtmlElement | None = None
    for el in itertools.islice(body.iter(*_BLOCK_TAGS), BLOCK_WINDOW):
        text = el.text_content()
        if len(text) > MAX_BLOCK * 3 or _teaser(el) or next(el.iter("h1"), None) is not None:
            continue
        said = norm(visible(text))
        if not _long_enough(said) or len(said) > MAX_BLOCK:
            continue
        if said in titles and not _holds_block(el, said):
            return el
        if marked is None and marked_as_headline(el) and _text_after(el):
            marked = el
    return marked


def _holds_block(el: HtmlElement, said: str) -> bool:
    """Whether a child block says the same: the innermost element is the headline."""
    return any(
        norm(visible(c.text_content())) == said for c in el.iter(*_BLOCK_TAGS) if c is not el
    )


def _teaser(el: HtmlElement) -> bool:
    """A link's text or a list item's: a teaser card's headline, a menu's entry."""
    if next(el.iter("a"), None) is not None and el.tag != "header":
        return True
    return any(a.tag in _TEASER_TAGS for a in el.iterancestors())


def marked_as_headline(el: HtmlElement) -> bool:
    """itemprop="headline", or a class or id word saying headline or title (none saying
    a card's, a widget's or a subtitle's)."""
    if (el.get("itemprop") or "").strip().casefold() == "headline":
        return True
    words = {
        w.casefold() for w in _WORD_SPLIT.split(f"{el.get('class', '')} {el.get('id', '')}") if w
    }
    return bool(words & _HEADLINE_WORDS) and not words & _OTHER_WORDS


def _text_after(el: HtmlElement) -> bool:
    """Whether paragraphs follow the block (the article's text under its headline)."""
    seen = 0
    for p in itertools.islice(el.itersiblings(), 30):
        for q in itertools.chain((p,), p.iter("p")) if p.tag == "p" else p.iter("p"):
            seen += len(q.text_content().strip())
            if seen >= TEXT_AFTER:
                return True
    parent = el.getparent()
    return parent is not None and parent.tag != "body" and seen == 0 and _text_after(parent)
