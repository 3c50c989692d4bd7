"""Topic labels a page shows as links near its article, in any language.

Three shapes, tried in this order: links under a heading that says "Topics" (in one of
the languages below); links inside an element whose class names tags or topics
("article-tags", "tag-like", "schlagworte"); the largest cluster of links to topic pages
("/tag/...", "/thema/...", "/etiqueta/..."). Menus (nav, header, footer) and links inside
paragraphs never count: those are navigation and body links.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from urllib.parse import parse_qsl, unquote

import lxml.etree
from lxml.html import HtmlElement

from newsarchive.extract import langwords
from newsarchive.extract.document import Document, following
from newsarchive.extract.furniture import TAG_LINE_LABEL, TAG_LINE_SEPARATORS, TAG_LIST_LINE
from newsarchive.extract.headline import headline
from newsarchive.extract.page_fields import language
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import clean, openings
from newsarchive.extract.urls import join_url, split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# Headings a reader sees above a page's topic links (casefolded, trailing ":" dropped).
TOPIC_HEADINGS = frozenset(langwords.entries(langwords.TOPIC_HEADINGS))
_FIRST_WORDS = frozenset(h.split()[0] for h in TOPIC_HEADINGS)
# Blogger's "Labels: <a>, <a>" line under a post; a block headed so is its sidebar gadget of
# all the blog's labels, or a record label in a review's facts box, no story's topics
_LINE_ONLY_HEADINGS = frozenset({"labels", "label"})
HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6", "span", "strong", "b", "p", "li", "dt", "div")
# Path segments of topic pages (langwords.TOPIC_URL_SEGMENTS, regex parts).
TOPIC_SEGMENTS = "|".join(langwords.entries(langwords.TOPIC_URL_SEGMENTS))
_TOPIC_INDEX = _compile(rf"/(?:{TOPIC_SEGMENTS})/?(?:[?#].*)?$", re.I)
# Texts of a "follow this topic" button inside a topic link, and the "+" that adds it.
_BUTTON_TEXTS = frozenset(langwords.entries(langwords.FOLLOW_WORDS)) | {"+", "＋", "✓"}
_TRAILING_PLUS = _compile(r"(?!(?<=\s)\s)\s+[+＋]$")
# "Mehr zu Hitze", "Read more about Hitze", "Hitze folgen": a heading's phrase before the label,
# or the follow button's word after it, in the link's own text.
_PHRASES = sorted(
    [h for h in sorted(TOPIC_HEADINGS) if " " in h and not h.startswith("#")]
    + ["alles zu", "alles über", "all about"],
    key=len,
    reverse=True,
)
_LABEL_BEFORE = _compile(rf"^(?:{'|'.join(map(re.escape, _PHRASES))})\s*:?\s+(?=\S)", re.I)
_BUTTON_AFTER = _compile(
    # (no try from inside a run of spaces: the try from its start covers it)
    rf"(?!(?<=\s)\s)\s+(?:{'|'.join(re.escape(w) for w in sorted(_BUTTON_TEXTS) if w.isalpha())})$",
    re.I,
)


# (a lookahead for the segments' first letters: at a slash before another letter re does not try
# the ~60 segments one by one, 2-3 times faster over newsbench's links)
_TOPIC_HREF = _compile(
    rf"/{openings(langwords.entries(langwords.TOPIC_URL_SEGMENTS))}(?:{TOPIC_SEGMENTS})"
    r"/[^/?#]+/?(?:[?#].*)?$",
    re.I,
)
# Class or id words naming a list of tags (split on case, "-" and "_").
_LIST_WORDS = frozenset(
    {"tag", "tags", "topic", "topics", "keyword", "keywords", "taglist", "tagged",
     "schlagworte", "schlagwoerter", "themen", "thema", "etiquetas", "temas", "sujets",
     "argomenti", "emner", "schlagwort", "stichwort", "stichworte", "stichwoerter",
     "themenliste", "schlagwortliste", "schlagwörter", "stichwörter"}
)  # fmt: skip
# A coarse XPath prefilter for _LIST_WORDS (each contains() costs ~0.3 ms a page);
# _names_tag_list then checks whole words. Class names are mostly English.
_MARKED = (
    "[contains(@class,'ag') or contains(@class,'opic') or contains(@class,'eyword')"
    " or contains(@class,'chw') or contains(@class,'hem') or contains(@class,'ujet')"
    " or contains(@class,'emas') or contains(@class,'iquet') or contains(@class,'rgoment')"
    " or contains(@class,'mner')]"
)
# _MARKED's class parts, read in Python; each word of _LIST_WORDS holds one ("sujets",
# "temas", "etiquetas", "argomenti", "emner" held none: such lists were never looked at)
_MARKS = _compile("ag|opic|eyword|chw|hem|ujet|emas|iquet|rgoment|mner")
_FOLLOWING_MARKED = 200  # marked elements after the headline looked at
_WORD_SPLIT = _compile(r"[\s_-]+|(?<=[a-z])(?=[A-Z])")
_NOT_TOPIC_AREA = {"nav", "header", "footer", "aside", "menu", "p", "h2", "h3", "figure"}
_MENU_AREA = {"nav", "header", "footer", "menu", "p"}  # (a <p> holds body links)
_STORY_AREA = {"nav", "footer"}  # a story's own tag list may sit in these ...
_STORY_HOLDERS = {"main", "article"}  # ... inside these
_PAGE_BLOCKS = {"body", "main", "html"}
_STORY_EDGES = {"header", "footer"}  # inside <main> (or <article>): the story's own
# The same areas marked by ARIA roles on plain <div>s (a footer's "Themen" tab of site links).
_MENU_ROLES = {"navigation", "menu", "menubar", "tablist", "banner", "contentinfo"}
MAX_LINKS = 30
TEASER_TAGS = 2  # a list this short may show a few labels of a full list further down
# a query value that is an address, plain or escaped ("?url=https%3A%2F%2F...", "&u=//..."),
# under a key a tool takes its page by (not a tracking key a real tag link may carry:
# "/tag/inflation?ref=https%3A...", "?from=https://...")
_HANDS_AN_ADDRESS = _compile(
    r"[?&](?:url|u|link|href|uri|target|share_?url)=(?:https?(?::|%3a)|//|%2f%2f)", re.I
)
_NOT_A_PAGE = _compile(r"(?!(?<=\s)\s)\s*(?:mailto|tel|javascript):", re.I)
_NO_DISPLAY = _compile(r"display\s*:\s*none", re.I)
_MAX_LABEL = 60
_COLONS = frozenset(":：")  # what the text before a tag line's first link ends with
_SEPARATORS = _compile(r"[\s,;|/\u00b7\u2022\u3001\u060c]*")  # between inline tag links
_TEASER_WORDS = 6
_HEADLINE_WORDS = 5  # every link this long: teasers' headlines, however short each is


def headed_links(doc: Document) -> list[str]:
    """Links under a "Topics"/"Themen"/"タグ" style heading, exactly as a reader sees them."""
    if "headed_links" in doc.cache:
        cached: list[str] = doc.cache["headed_links"]
        return cached
    found: list[str] = []
    above: list[str] = []  # a list over the headline: kept only where none follows
    h1 = headline(doc)
    for heading in doc.tree.iter(*HEADING_TAGS):
        if len(heading) > 1:  # tested first: no copy of a long paragraph's text
            text = heading.text  # "Tags: <a>...</a>, <a>...</a>" (most have none)
            if (
                text
                and text.rstrip()[-1:] in _COLONS
                and (inline := _inline_list(heading, text, 0))
            ):
                if h1 is None or not _above(heading, h1):
                    found = inline
                    break
                above = above or inline
            continue
        text = heading.text
        if not text or (len(text) > 40 and len(text.strip()) > 40):
            continue
        name = _heading_name(" ".join(text.split()))
        split = name not in TOPIC_HEADINGS and len(heading) == 1  # "Related <b>Topics</b>"
        if split and name.split(" ", 1)[0] in _FIRST_WORDS:
            name = _heading_name(clean(heading.text_content()))
        if name not in TOPIC_HEADINGS:
            continue
        box = heading.getparent()
        if (  # "<p><strong>Tags:</strong> <a>...</a>, <a>...</a></p>"
            box is not None
            and box.tag == "p"
            and heading.getprevious() is None
            and not (box.text or "").strip()
            and (inline := _inline_list(box, text, 1)) is not None
        ):
            if h1 is None or not _above(box, h1):
                found = inline
                break
            above = above or inline
            continue
        if name in _LINE_ONLY_HEADINGS:
            continue
        if _in_menu(heading, also=("a",)):
            continue  # a menu entry "Topics", not a heading over the article's labels
        links = _links_near(heading)
        if _sized_cloud(links, _story(doc)) or _site_cloud(doc, links, _story(doc)):
            continue  # a sidebar's "Tags" widget: the site's every label, not the story's
        if _section_navigation(doc, links):
            continue  # "Weitere Themen": the menu's sections again, no labels of this story
        labels = [v for a in links if clean(v := label_text(a)).casefold() != name]
        if labels and not _headlines(labels):
            shown = [v for v in _labels(links) if clean(v).casefold() != name]
            if h1 is None or not _above(heading, h1):
                found = shown
                break
            above = above or shown
    doc.cache["headed_above"] = above if found else []
    found = found or above
    doc.cache["headed_links"] = found
    return found


def headed_above(doc: Document) -> list[str]:
    """The first headed list over the headline where `headed_links` took one after it: tried
    next, as a story's tags under its kicker where the list below is the site's."""
    headed_links(doc)
    above: list[str] = doc.cache["headed_above"]
    return above


def _above(el: HtmlElement, h1: HtmlElement) -> bool:
    """Whether `el` comes before the headline in the page and does not hold it: a bar of
    the site's sections over the story ("Themen: Politik, Wirtschaft"), not the story's
    own tags, which follow its headline (or sit under its kicker, then the only list). A
    list inside the `<article>` holding the headline is the story's own wherever it stands."""
    chain = [h1, *h1.iterancestors()]
    if el in chain:
        return False
    node = el
    for up in el.iterancestors():
        if up in chain:
            i = chain.index(up)  # (0: inside the headline)
            if any(c.tag == "article" for c in chain[i:]):
                return False
            return i > 0 and up.index(node) < up.index(chain[i - 1])
        node = up
    return False


def _heading_name(text: str) -> str:
    """A heading as TOPIC_HEADINGS spells it: casefolded without its colon, Turkish capital
    "İ" as "i" ("İlgili Konular": casefold() leaves a combining dot after the "i")."""
    name = text.rstrip(":： ").rstrip().casefold()  # French sets a space before its colon
    return name.replace("i\u0307", "i") if "\u0307" in name else name


def _inline_list(box: HtmlElement, text: str | None, first: int) -> list[str] | None:
    """ "Tags: <a>Haushalt</a>, <a>Feuerwehr</a>" as one paragraph or line: a topic heading
    ending in a colon, then only links with marks between them (a paragraph of story text
    has words between its links). A heading that is its own element opening the line
    (`first` 1: "<strong>Tags</strong> <a>..</a>, <a>..</a>") needs no colon: themes add it
    in CSS or print none, and the element ends the label as the colon would; but then its
    links must go to topic pages: a bold lead-in TOPIC_HEADINGS lists too ("Mehr zum Thema",
    "Read more about") heads links to other stories as often. None where `box` is no such
    line."""
    colon = text is not None and text.rstrip().endswith((":", "："))
    if not text or len(text) > 40 or not (first or colon):
        return None
    if _heading_name(" ".join(text.split())) not in TOPIC_HEADINGS:
        return None
    links = box[first:]
    if not 1 < len(links) <= MAX_LINKS or (first and not _SEPARATORS.fullmatch(box[0].tail or "")):
        return None
    if any(a.tag != "a" or not _SEPARATORS.fullmatch(a.tail or "") for a in links):
        return None
    if not colon and not all(_TOPIC_HREF.search(a.get("href", "")) or _rel_tag(a) for a in links):
        return None
    if _in_menu(box):
        return None
    labels = [label_text(a) for a in links if _is_link(a)]
    return _labels([a for a in links if _is_link(a)]) if labels and not _headlines(labels) else None


def _headlines(labels: list[str]) -> bool:
    """Teaser headlines under "Mehr zum Thema", "Zum Thema" (a third of the links with text
    over six words), not topic labels: a later heading may still head the article's topics."""
    words = [n for v in labels if (n := len(v.split()))]
    if words and min(words) >= _HEADLINE_WORDS:
        return True  # short headlines all ("Alte Gondel kommt ins Museum"): no label is
    return sum(n > _TEASER_WORDS for n in words) * 3 > len(words)


def _links_near(heading: HtmlElement) -> list[HtmlElement]:
    box = heading.getparent()
    for _ in range(5):  # the heading may sit inside its own wrappers (four seen)
        if box is None:
            break
        links = [a for a in box.iter("a") if _is_link(a)]
        if links:
            return links if len(links) <= MAX_LINKS else []
        box = box.getparent()
    return []


def _section_navigation(doc: Document, links: list[HtmlElement]) -> bool:
    """Links that all go to a section's root page the page's menu links too, in the menu's
    order ("Weitere Themen", "More topics", "Plus de sujets" over /politik/, /wirtschaft/,
    /sport/): the site's menu offered again under the story, not its topics. Not a story's
    tags that are sections too ("Ukraine", "Russland" over /ukraine/, /russland/): two, or
    out of the menu's order, or linked by no menu but the tags' own box (an article's
    <header>), or a few of a longer menu's sections ("Politik", "Europa", "Ukraine" of ten):
    a menu offered again names most of it, and looked-at keys name sections the menu links
    ("World", "Business", "Politics", "Berlin") as a story's topics."""
    if len(links) < _SECTION_LINKS:
        return False
    host = split_url(doc.url).netloc.casefold()
    roots = []
    for a in links:
        if (root := _section_root(a.get("href", ""), doc.url, host)) is None:
            return False  # (most lists stop at their first link: the menu is read last)
        roots.append(root)
    own = set(links)
    order: dict[str, int] = {}
    for root, a in _menu_sections(doc, host):
        if a not in own:
            order.setdefault(root, len(order))
    if not order.keys() >= set(roots) or len(set(roots)) * 2 < len(order):
        return False
    places = [order[r] for r in dict.fromkeys(roots)]
    return places == sorted(places)


_SECTION_LINKS = 3  # links of a menu offered again: two section roots may be a story's tags
_MENU_TAGS = ("nav", "header", "menu")


def _menu_sections(doc: Document, host: str) -> tuple[tuple[str, HtmlElement], ...]:
    """The section roots the page's menus link ("/politik"), in the menus' order, with the
    link naming each, once per page."""
    cached: tuple[tuple[str, HtmlElement], ...] | None = doc.cache.get("menu_sections")
    if cached is None:
        menus = itertools.chain(
            doc.tree.iter(*_MENU_TAGS), doc.tree.xpath("//*[@role='navigation']")
        )
        pairs = (
            (_section_root(a.get("href", ""), doc.url, host), a) for m in menus for a in m.iter("a")
        )
        cached = tuple((r, a) for r, a in pairs if r)
        doc.cache["menu_sections"] = cached
    return cached


def _section_root(href: str, base: str, host: str) -> str | None:
    """The path of a link to a section's root page on the page's own site ("/politik/",
    "https://same.host/sport"), or None (a deeper page, another site, the home page)."""
    href = href.strip()
    if href.startswith("/") and not href.startswith("//"):
        path = href.split("?", 1)[0].split("#", 1)[0]
    else:
        url = split_url(join_url(base, href))
        if url.netloc.casefold() != host:
            return None
        path = url.path
    path = path.strip("/")
    return "/" + path.casefold() if path and "/" not in path else None


def class_marked_links(doc: Document) -> list[str]:
    """Links in the first tag-list element (class "article-tags", "tag-like" ...) of the article.

    The article element holding the headline is read first (tags often sit above the
    headline), else the headline's own block before it (topic chips over the headline in a
    header block: not the page's top bar), then what follows the headline. Found once a
    page: the cascade and the labels' spellings ask it.
    """
    if "class_marked_links" not in doc.cache:
        doc.cache["class_marked_links"] = _class_marked_links(doc)
    return list(doc.cache["class_marked_links"])


def _class_marked_links(doc: Document) -> list[str]:
    h1 = headline(doc)
    if h1 is None:
        return []
    article = _first(list(h1.iterancestors("article")))
    block = h1.getparent()

    def scope() -> Iterator[HtmlElement]:
        if article is not None:
            yield from filter(_marked, article.iterdescendants(lxml.etree.Element))
        elif block is not None and block.tag not in _PAGE_BLOCKS:
            yield from block.xpath("./*[following-sibling::*]" + _MARKED)
            yield from block.xpath("./*[following-sibling::*]//*" + _MARKED)
        yield from itertools.islice(filter(_marked, following(h1)), _FOLLOWING_MARKED)

    first: list[str] = []
    for el in scope():
        if not isinstance(el.tag, str) or not _names_tag_list(el):
            continue
        if _in_menu(el) or _names_other_topics(el):
            continue
        links = _list_links(el)
        if _sized_cloud(links, article) or _site_cloud(doc, links, article):
            continue
        if _section_navigation(doc, links):
            continue  # "Weitere Themen": the menu's sections again
        labels = [v for v in _labels(links) if v and len(v) <= _MAX_LABEL]
        if not 0 < len(labels) <= MAX_LINKS:
            continue
        if not first:
            first = labels
        elif len(labels) > len(first) and set(first) <= set(labels):
            return labels  # the full list; the first showed a few of its labels
        if len(first) > TEASER_TAGS:
            break
    return first


def _marked(el: HtmlElement) -> bool:
    """What `_MARKED` selects: read lazily in Python, as the XPath read the whole rest of the
    page before the first element was looked at (the same elements in the same order); an
    ARIA label marks a list too ("<ul aria-label="Schlagwörter">", "Themen zum Artikel")."""
    cls = el.get("class")
    if cls is not None and _MARKS.search(cls) is not None:
        return True
    label = el.get("aria-label")
    return label is not None and _MARKS.search(label) is not None


def _list_links(el: HtmlElement) -> list[HtmlElement]:
    """The links of a marked list; a mark on each item (or inside each link) means its siblings."""
    link = next((a for a in itertools.chain([el], el.iterancestors()) if a.tag == "a"), None)
    if link is not None:
        item = link  # the mark sits on (or inside) each link
    else:
        links = [a for a in el.iter("a") if _is_link(a) and not _hidden(a, el)]
        if len(links) != 1:
            return links
        link, item = links[0], el
    parent = item.getparent()
    if parent is None:
        return [link]
    # (items of the item's own kind: a one-label <ul> beside the story's paragraphs and
    # boxes is the whole list, their links body links and share buttons)
    return [
        a
        for sib in parent.iterchildren()
        if sib.tag == item.tag and any(_names_tag_list(x) for x in sib.iter())
        for a in ([sib] if sib.tag == "a" else sib.iter("a"))
        if _is_link(a) and not _hidden(a, parent)
    ] or [link]


def _is_link(a: HtmlElement) -> bool:
    """A link to a page; "mailto:" (a feedback address), "tel:" and "javascript:" are no topic,
    nor a link to the index of all topics ("/themen", "/tags/": "Alle Themen", "Mehr"), nor
    a tool's handing it an address ("share?url=https://...": share, reuse, print buttons)."""
    href = a.get("href")
    return (
        href is not None
        and not _NOT_A_PAGE.match(href)
        and not _TOPIC_INDEX.search(href)
        and not _HANDS_AN_ADDRESS.search(href)
    )


_STORY_WORDS = 5  # a label of five words or more that links a story's address is its headline
# a story's number: three digits or more, not a year ("/ukraine-krieg-2022/" is a topic's)
_STORY_NUMBER = _compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{3,}")
# a story's page is a file ("-in-die-halle.html"); a slug ending in a folder may be a topic's
# ("/politik/russischer-angriffskrieg-gegen-die-ukraine/")
_PAGE_FILE = _compile(r"\.(?:s?html?|php|aspx?)$", re.I)
_DATE_FOLDERS = _compile(r"/(?:19|20)\d\d/[01]?\d/")  # "/2026/12/markt-zieht-um/"
_STORY_SLUG = 3  # hyphens in a story's slug ("markt-zieht-um-in-die-halle"): four words or more


def _labels(links: list[HtmlElement]) -> list[str]:
    """The links' labels, less another story's headline among them."""
    return [label_text(a) for a in links if not _other_story(a, a.get("href") or "")]


def _other_story(a: HtmlElement, href: str) -> bool:
    """A teaser's link among the tags ("<a href=/lokales/markt-zieht-um-456.html>Der
    Wochenmarkt zieht im Winter in die alte Halle</a>"): another story's headline, no topic
    (a topic page's address, "/thema/krieg-in-der-ukraine", keeps its label)."""
    if len((a.text_content() or "").split()) < _STORY_WORDS:
        return False
    if _TOPIC_HREF.search(href) or "tag" in (a.get("rel") or "").split():
        return False
    # a story's address: its last part numbered ("-456.html", "/3000012345") or a slug of
    # four words or more
    path = split_url(href).path
    last = next((p for p in reversed(path.split("/")) if p), "")
    if _STORY_NUMBER.search(last) is not None:
        return True
    return last.count("-") >= _STORY_SLUG and (
        _PAGE_FILE.search(last) is not None or _DATE_FOLDERS.search(path) is not None
    )


def label_text(a: HtmlElement) -> str:
    """A topic link's label without the "Folgen"/"Follow" button or "+" inside the link
    ("<a>Feuerwehr<span>Folgen</span></a>" is "Feuerwehr", not "FeuerwehrFolgen")."""
    if len(a):
        text = "".join(t for t in a.itertext() if t.strip().casefold() not in _BUTTON_TEXTS)
    else:
        text = a.text or ""
    text = _LABEL_BEFORE.sub("", _TRAILING_PLUS.sub("", clean(text)))
    if (m := _BUTTON_AFTER.search(text)) and not text[: m.start()].split()[-1][:1].islower():
        return text[: m.start()]  # "Hitze folgen"; not "Brexit und die Folgen", a label
    return text


def _hidden(el: HtmlElement, top: HtmlElement) -> bool:
    """Hidden up to `top` (`display: none`, `hidden`): a "follow"/"edit your topics" panel
    shown on a click, not one of the article's labels."""
    for x in itertools.chain([el], el.iterancestors()):
        if x.get("hidden") is not None or _NO_DISPLAY.search(x.get("style") or ""):
            return True
        if x is top:
            return False
    return False


def _names_tag_list(el: HtmlElement) -> bool:
    marks = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('aria-label') or ''}"
    if not marks.strip():
        return False
    return _marks_list(marks)


# Words marking a list of other stories' topics, not the article's own: "weitere-themen",
# "trending-topics", "Andere Themen", "autres-sujets" ("related", "more", "mehr" and "top"
# stay: "Related Topics", "Mehr zum Thema" list the article's own, "tags-top" is a place).
_OTHER_WORDS = frozenset(
    {"weitere", "andere", "other", "others", "trending", "popular", "beliebte", "autres",
     "altri", "otros", "outros", "andre", "meistgelesen", "populaires", "topthemen"}
)  # fmt: skip


def _names_other_topics(el: HtmlElement) -> bool:
    marks = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('aria-label') or ''}"
    return any(w.casefold() in _OTHER_WORDS for w in _WORD_SPLIT.split(marks) if w)


_marks_cache: dict[str, bool] = {}


def _marks_list(marks: str) -> bool:
    hit = _marks_cache.get(marks)
    if hit is None:
        hit = any(w.casefold() in _LIST_WORDS for w in _WORD_SPLIT.split(marks) if w)
        if len(_marks_cache) < 8192:
            _marks_cache[marks] = hit
    return hit


def _in_menu(el: HtmlElement, also: tuple[str, ...] = ()) -> bool:
    """Inside a paragraph, or the page's nav, header or footer, as elements or ARIA roles
    (an <article>'s or <main>'s own <header>/<footer> is part of the story: its tags often
    sit there)."""
    ancestors = list(el.iterancestors())
    for i, anc in enumerate(ancestors):
        if anc.tag == "p" or anc.tag in also:
            return True
        menu = anc.tag in _MENU_AREA or anc.get("role") in _MENU_ROLES
        if not menu:
            continue
        within = {a.tag for a in ancestors[i + 1 :]}
        if "article" in within or ("main" in within and anc.tag in _STORY_EDGES):
            continue
        return True
    return False


_FONT_SIZE = _compile(r"font-size\s*:([^;]+)", re.I)
_CLOUD_LEVELS = 3  # a cloud's links share a box a level or two up: a > li > ul


def _font_size(a: HtmlElement) -> str | None:
    style = a.get("style")
    m = _FONT_SIZE.search(style) if style and "font-size" in style.lower() else None
    return m.group(1).strip() if m else None


def _story(doc: Document) -> HtmlElement | None:
    """The <article> holding the page's headline, if any."""
    h1 = headline(doc)
    return None if h1 is None else _first(list(h1.iterancestors("article")))


def _sized_cloud(links: list[HtmlElement], story: HtmlElement | None) -> bool:
    """Whether the links are a tag cloud: each label sized by its use on the whole site
    (`style="font-size: 14pt"`, two sizes or more; WordPress's "Tags" widget, the tag cloud
    block) under a heading of "Tags" like an article's own list, none of them this story's
    topic. A class naming a cloud is no sign: a CMS names the article's own tag line so
    ("ContentFooterTagCloud"). Sized links inside the story's <article> are its own tags,
    drawn as a small cloud by a theme."""
    sizes = {s for a in links if (s := _font_size(a))}
    return len(sizes) > 1 and not (story is not None and story in links[0].iterancestors())


CLOUD_LINKS = 12  # labels of a site's tag cloud: dozens; the story's own list is mostly fewer
# of a story's own long list, most labels are named in its text, and a quarter at least of a
# CMS's keyword list of broad labels ("Kultur", "Bildung", "Freizeit"); of a site's cloud, a
# label in ten by chance
CLOUD_NAMED = 1 / 4


def _site_cloud(doc: Document, links: list[HtmlElement], story: HtmlElement | None) -> bool:
    """Whether the links are the site's tag cloud drawn in one size (every tag the same
    class, no sizes for `_sized_cloud` to read): many labels outside the story's <article>,
    few of them named in the headline, description or text. A story's own long tag list
    names what the story is about (looked-at pages' lists of 12 to 15 labels: all but one
    named); a cloud names the whole site's subjects, and one of them in the text at most
    by chance. Inside the story's <article> the list is its own, however long."""
    if len(links) < CLOUD_LINKS or (story is not None and story in links[0].iterancestors()):
        return False
    if _headed_as_this_articles(links[0]):
        return False
    labels = {clean(label_text(a)) for a in links}
    named = sum(1 for v in labels if about_the_article(doc, [v]))
    return named < len(labels) * CLOUD_NAMED


# A heading that says its labels are this piece's ("Themen dieses Artikels", "Topics in this
# article", "Les sujets de cet article"): no site's cloud of every label is headed so.
_THIS_ARTICLE = _compile(
    r"\b(?:dies(?:es|em) (?:artikels?|beitrags?|textes?)|this (?:article|story|piece)"
    r"|cet article|(?:este|esta) (?:artículo|noticia)|questo articolo|deste artigo"
    r"|dit artikel|denne artikel(?:en)?|den här artikeln|tego artykułu|этой статьи)\b",
    re.I,
)
# ... and names them as labels: a share bar ("Partager cet article"), a rating ("Was this
# article helpful?"), an update note or the comments' heading names the piece, not its labels
_LABELS_WORD = _compile(
    r"\b(?:themen?|thema|schlagw\w*|stichw\w*|tags?|topics?|subjects?|keywords|sujets?|thèmes?"
    r"|mots[- ]cl\w*|temas?|etiquetas|argomenti|temi|etichette|assuntos|onderwerpen|trefwoorden"
    r"|emner|emneord|stikkord|ämnen|taggar|tematy|tagi|темы|теги|метки)\b",
    re.I,
)
_HEADING_LEVELS = 3  # boxes between the links and the heading set before them
_HEADING_MAX = 80  # characters of a heading


def _headed_as_this_articles(a: HtmlElement) -> bool:
    """Whether the heading set just before the link's box, a few levels up, names this piece's
    labels."""
    for box in itertools.islice(a.iterancestors(), _HEADING_LEVELS):
        before = box.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()  # a comment between
        if (
            before is not None
            and next(before.iter("a"), None) is None
            and _names_this_articles_labels(clean(before.text_content()))
        ):
            return True
    return False


def _names_this_articles_labels(text: str) -> bool:
    """A heading's line naming this piece and its labels; a sentence or a question ("Was
    this article helpful?", "Enjoyed this story? More topics") is a note or a prompt."""
    if not text or len(text) > _HEADING_MAX or text.endswith(".") or "?" in text or "!" in text:
        return False
    return bool(_THIS_ARTICLE.search(text) and _LABELS_WORD.search(text))


def _in_sized_cloud(a: HtmlElement, story: HtmlElement | None) -> bool:
    """Whether a link sits among links of other sizes, in a box a few levels up (`_sized_cloud`),
    outside the story's <article>."""
    size = _font_size(a)
    if size is None or (story is not None and story in a.iterancestors()):
        return False
    for box in itertools.islice(a.iterancestors(), _CLOUD_LEVELS):
        if any(_font_size(b) not in (None, size) for b in box.iter("a")):
            return True
    return False


def _first(items: list[HtmlElement]) -> HtmlElement | None:
    return items[0] if items else None


def href_cluster(doc: Document) -> list[str]:
    """The largest cluster of links to topic pages under the headline (a "Topics" list),
    found once a page."""
    if "href_cluster" not in doc.cache:
        doc.cache["href_cluster"] = [label_text(a) for a in _cluster_links(doc)]
    return list(doc.cache["href_cluster"])


_PRINTED_LINE_TAGS = frozenset({"p", "div", "span", "li", "dd", "small", "footer"})
_PRINTED_LINE = 200  # characters of a tag line; the body drops such lines up to this length


def printed_tags(doc: Document) -> list[str]:
    """The labels of a tag line printed without links after the headline ("Schlagworte:
    Stadtbibliothek, Umbau", "Tags: library, renovation"; furniture.TAG_LIST_LINE, the line
    the body leaves out): a page that links its labels nowhere still shows them. Not in a
    menu; the first such line only."""
    h1 = headline(doc)
    if h1 is None:
        return []
    for el in following(h1):
        text = el.text
        if (
            not text
            or el.tag not in _PRINTED_LINE_TAGS
            or not TAG_LINE_LABEL.match(text)
            or next(el.iter("a"), None) is not None
        ):
            continue
        line = clean(el.text_content())
        if len(line) > _PRINTED_LINE or not TAG_LIST_LINE.match(line) or _in_menu(el):
            continue
        if _of_another_piece(el, h1):
            continue
        rest = TAG_LINE_LABEL.sub("", line, count=1)
        labels = [v for v in TAG_LINE_SEPARATORS.split(rest) if v]
        return labels if _named_beside(doc, labels, line) else []
    return []


def _of_another_piece(el: HtmlElement, h1: HtmlElement) -> bool:
    """Whether a line sits in another piece's <article> (a teaser under the story) or in a
    reader's comment (a box classed or named "comment"): that piece's labels, not the story's."""
    own = set(h1.iterancestors("article"))
    for up in el.iterancestors():
        if up.tag == "article" and up not in own:
            return True
        if "comment" in f"{up.get('class', '')} {up.get('id', '')}".casefold():
            return True
    return False


def _named_beside(doc: Document, labels: list[str], line: str) -> bool:
    """Whether the text names a label outside the tag line itself (a <p> of the text read by
    `about_the_article`, which would name every label of its own)."""
    about_the_article(doc, [])  # the page's text, read once
    text: str = doc.cache["paragraph_text"]
    text = text.replace(" ".join(line.split()).casefold(), " ", 1)
    return _labels_named(labels, text, _compounding(doc))


def whole_tag_list(doc: Document, marked: list[str]) -> list[str]:
    """The topic-page cluster where it holds every label of a short tag-classed line (a
    kicker, a breadcrumb) and more, not counting that line's own links: the whole list."""
    whole = [label_text(a) for a in _cluster_links(doc) if not _in_short_tag_line(a)]
    found = {v.casefold() for v in whole}
    if len(whole) > len(marked) and all(clean(v).casefold() in found for v in marked):
        return whole
    return []


def _in_short_tag_line(a: HtmlElement) -> bool:
    for anc in a.iterancestors():
        if _names_tag_list(anc):
            return sum(1 for _ in anc.iter("a")) <= TEASER_TAGS
    return False


def _cluster_links(doc: Document) -> list[HtmlElement]:
    h1 = headline(doc)
    if h1 is None:
        return []
    links = []
    story = _first(list(h1.iterancestors("article")))
    for a in _links_after(h1):
        if not (_TOPIC_HREF.search(a.get("href", "")) or _rel_tag(a)) and (
            not (_hashtag(a) or _searched(a)) or _in_nav(a)
        ):
            continue  # a search link in a menu, even the story's footer's, is the menu's
        if not _outside_topics(a) and not _in_sized_cloud(a, story):
            links.append(a)
    # (not the site's "Top-Themen" or "Trending" box: its links go, the story's may remain)
    boxes: dict[HtmlElement, bool] = dict.fromkeys(h1.iterancestors(), False)
    links = [a for a in links if not _in_others_box(a, boxes)]
    found = _holder(links)
    if found is None:
        return []
    holder, count = found
    if count < 2:
        article = _first(list(h1.iterancestors("article")))
        lone = [a for a in links if a.getparent().tag == "li" and article in a.iterancestors()]
        return lone[:1] if article is not None and len(lone) == 1 else []
    held = [a for a in links if holder in a.iterancestors()]
    return [] if _site_cloud(doc, held, story) else held


def _holder(links: list[HtmlElement]) -> tuple[HtmlElement, int] | None:
    """The element holding most of the links (the innermost of equals), and how many."""
    counts: dict[HtmlElement, int] = defaultdict(int)
    depth: dict[HtmlElement, int] = {}
    for a in links:
        for level, anc in enumerate(itertools.islice(a.iterancestors(), 4)):
            counts[anc] += 1
            depth[anc] = min(depth.get(anc, level), level)
    if not counts:
        return None
    holder = max(counts, key=lambda el: (counts[el], -depth[el]))
    return holder, counts[holder]


_OTHERS_HEADING = 40  # a box's heading is short: "Top-Themen", "Trending topics"
_OTHERS_LEVELS = 4  # a box's link sits in its list's item: a > li > ul > box


def _in_others_box(a: HtmlElement, seen: dict[HtmlElement, bool]) -> bool:
    """Whether a link sits in a box opening with a heading that names the site's other,
    trending or popular topics ("Top-Themen", "Weitere Themen", "Trending"): links the site
    shows beside every story, whichever words of the story they happen to name. `seen`
    starts with the headline's ancestors as no such box: the story's own, whatever its
    first line says."""
    for box in itertools.islice(a.iterancestors(), _OTHERS_LEVELS):
        if box not in seen:
            first = next((c for c in box if isinstance(c.tag, str)), None)
            seen[box] = (
                first is not None
                and first.tag != "a"
                and len(first) <= 2  # a heading's few elements (a long block is none)
                and next(first.iter("a"), None) is None
                and 0 < len(text := clean(first.text_content())) <= _OTHERS_HEADING
                and _names_others(text)
            )
        if seen[box]:
            return True
    return False


# A heading naming the story itself, "this article", "this topic" ("Other topics in this
# article", "Weitere Beiträge zu diesem Thema", "Otros temas de esta noticia"), heads the
# story's own topics, whatever "other" word it has too ("Trending this week" names none).
_THIS_WORDS = frozenset(
    {"this", "these", "diese", "dieser", "dieses", "diesem", "diesen", "ce", "cet", "cette",
     "ces", "este", "esta", "estos", "estas", "questo", "questa", "questi", "queste", "deze",
     "dit", "denna", "detta", "dessa", "denne", "dette", "disse"}
)  # fmt: skip
_STORY_NOUNS = frozenset(
    {"article", "articles", "story", "stories", "topic", "topics", "subject", "thema", "themen",
     "artikel", "artikels", "beitrag", "beitrags", "text", "textes", "noticia", "nota", "tema",
     "temas", "artículo", "articulo", "sujet", "sujets", "articolo", "notizia", "argomento",
     "onderwerp", "ämne", "artikeln", "emne", "emnet"}
)  # fmt: skip


def _names_others(text: str) -> bool:
    words = [w.casefold() for w in _WORD_SPLIT.split(text) if w]
    if any(w in _THIS_WORDS and n in _STORY_NOUNS for w, n in itertools.pairwise(words)):
        return False
    return "".join(words) in _OTHER_WORDS or any(w in _OTHER_WORDS for w in words)


def _hashtag(a: HtmlElement) -> bool:
    """A link shown as a hashtag ("#교통", "#Verkehr") to a search or topic page of any
    address (unseen sites link their tag chips to "/search?q=..."): a label, as a topic
    page's link is. Not an in-page anchor ("#comments")."""
    text = a.text
    return (
        text is not None
        and text[:1] in "#＃"
        and len(text) > 1
        and not text[1:2].isspace()
        and not text[1:2].isdigit()  # "#1", a rank
        and not (a.get("href") or "").startswith("#")
    )


# A site search's query keys and path words: a link searching for its own text
# ("<a href='/suche?q=Verkehr'>Verkehr</a>", "/search/Verkehr") is a tag chip.
_SEARCH_KEYS = frozenset(
    "q query s search searchword searchtext keyword keywords tag tags k kw term text".split()  # noqa: SIM905
)
_SEARCH_PATH = _compile(
    r"/(?:search|suche|buscar|busca|recherche|cerca|ricerca|zoeken|sok|søk|sök|szukaj|hledat"
    r"|haku|arama|検索|검색|搜索)/([^/?#]+)/?$",
    re.I,
)
_MAX_SEARCHED = 60


def _searched(a: HtmlElement) -> bool:
    """A link to the site's search for its own text, as a query value or the path's last
    part: a label whatever the site's addresses look like."""
    href = a.get("href") or ""
    text = a.text
    if not text or len(text) > _MAX_SEARCHED or ("?" not in href and "/" not in href):
        return False
    key = " ".join(text.lstrip("#＃").split()).casefold()
    if not key:
        return False
    url = split_url(href)
    if not any(url):  # "http://[broken", an address no browser follows
        return False
    if url.query:
        return any(
            k.casefold() in _SEARCH_KEYS and " ".join(v.split()).casefold() == key
            for k, v in parse_qsl(url.query)
        )
    m = _SEARCH_PATH.search(url.path)
    return (
        m is not None and unquote(m.group(1)).replace("+", " ").replace("-", " ").casefold() == key
    )


def _in_nav(a: HtmlElement) -> bool:
    return any(anc.tag == "nav" or anc.get("role") in _MENU_ROLES for anc in a.iterancestors())


def _links_after(el: HtmlElement) -> Iterator[HtmlElement]:
    """XPath's `following::a[@href]` (the links after `el`, not inside it), found by walks
    in C over what follows: the XPath took ~0.25 ms a call, most of it before the first."""
    node: HtmlElement | None = el
    while node is not None:
        for sib in node.itersiblings():
            for a in sib.iter("a"):
                if a.get("href") is not None:
                    yield a
        node = node.getparent()


def _rel_tag(a: HtmlElement) -> bool:
    """rel="tag" among the link's relations ("tag", "tag nofollow", "noopener tag"); not
    WordPress's "category tag", a section's link (its flags too: "Top Story")."""
    rel = (a.get("rel") or "").lower().split()
    return "tag" in rel and "category" not in rel


def _outside_topics(a: HtmlElement) -> bool:
    """In an aside, a paragraph, a caption or a subheading, or in the page's nav, header or
    footer; a nav or footer inside <main> or <article> is the story's own (its tag list:
    "<main>...<footer><nav><a href='/tagg/x'>")."""
    ancestors = list(a.iterancestors())
    for i, anc in enumerate(ancestors):
        if anc.tag not in _NOT_TOPIC_AREA:
            continue
        if anc.tag in _STORY_AREA and any(x.tag in _STORY_HOLDERS for x in ancestors[i + 1 :]):
            continue
        return True
    return False


def about_the_article(doc: Document, labels: list[str]) -> bool:
    """Whether any label is named in the headline, description or paragraphs.

    A page's own tags name what its text is about; a site-wide list of sections or
    trending topics shown in the same place mostly does not.
    """
    text: str | None = doc.cache.get("paragraph_text")
    if text is None:
        parts = [doc.first_meta("og:title", "twitter:title") or ""]
        parts += [doc.first_meta("description", "og:description") or ""]
        parts += [doc.raw_text(p) for p in doc.tree.iter("p", "h1")]
        text = " ".join(" ".join(parts).split()).casefold()
        doc.cache["paragraph_text"] = text
    return _labels_named(labels, text, _compounding(doc))


def _labels_named(labels: list[str], text: str, ends: bool) -> bool:
    """Whether `text` names a label (`_named_in`); a label only closing compounds names a
    list where half its labels at least do so: a site's broad sections ("Politik", "Sport",
    "Kultur", "Wirtschaft") head countless compounds, one of four in the text by chance
    ("Kommunalpolitik" twice), a story's own few labels by its subject ("Schule" of two)."""
    keys = [k for v in labels if len(k := clean(v).casefold()) > 1]
    if any(_named_in(k, text) for k in keys):
        return True
    if not ends:
        return False
    return sum(1 for k in keys if _ends_a_compound(k, text)) * 2 >= len(keys) > 0


# Languages writing a compound noun as one word, its last part the head: "Grundschule" is a
# school, "Solarenergie" energy, "grundskolan" a school (Dutch, the Scandinavian languages,
# Icelandic, Afrikaans, Luxembourgish, Frisian too)
_COMPOUNDING = frozenset({"de", "nl", "sv", "da", "no", "nb", "nn", "is", "af", "lb", "fy"})


def _compounding(doc: Document) -> bool:
    """Whether the page is in a language of `_COMPOUNDING` (its markup's, `page_fields`)."""
    if (found := doc.cache.get("compounding")) is None:
        code = (language(doc) or "").split("-")[0].casefold()
        found = doc.cache["compounding"] = code in _COMPOUNDING
    return bool(found)


def _named_in(label: str, text: str) -> bool:
    """The label in the text, or a label of several words inflected there word by word, in
    order ("Donald Tusk" as "Donalda Tuska", "Evropská unie" as "Evropské unie", "Deutsche
    Bahn" as "Deutschen Bahn"): each word's stem (all but its last three letters, at least
    three) opening a word, the words adjacent (a compound's end: `_labels_named`)."""
    if _opens_a_word(label, text):
        return True
    words = label.split()
    if not 2 <= len(words) <= 4 or not all(w.isalpha() for w in words):
        return False
    stems = [re.escape(w[: max(3, len(w) - 3)]) for w in words]
    return re.search(r"\b" + r"\w*\s+".join(stems), text) is not None


# Scripts whose words run together (Thai, Lao, Burmese, Khmer, Chinese, Japanese), whose
# compound nouns are mostly written joined (Korean, "시의회" in "부산시의회는"), or that join
# the article and short prepositions to the noun (Arabic "الاقتصاد", Hebrew "בכלכלה"): there a
# label stands inside a run of letters, and a substring names it.
_RUN_ON_SCRIPT = _compile(
    r"[\u0590-\u06ff\u0750-\u077f\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff"
    r"\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)


MIN_COMPOUND_HEAD = 5  # letters of a label read at a compound's end: not "Bahn", "Wahl"
MIN_COMPOUND_START = 3  # letters before it: "Grund" of "Grundschule"; not "ge" of "gerecht"
# what may follow the head in the same word: a plural's or a case's ending ("Grundschulen",
# "Grundschulens", "grundskolan", "basisscholen"); not "er" ("Kommunalpolitiker" is a person)
_COMPOUND_ENDINGS = frozenset({"", "n", "s", "en", "es", "et", "ns"})
_LETTERS = _compile(r"[^\W\d_]*")


MIN_COMPOUND_NAMINGS = 2  # a compound named once in passing ("im Profisport") is no topic


def _ends_a_compound(label: str, text: str) -> bool:
    """Whether a label of one word (five letters at least) closes longer words of `text`
    twice or more, compounds whose head it is ("Schule" in "Grundschule", "Energie" in
    "Solarenergie", "skola" in "grundskolan"): German, Dutch and the Scandinavian languages
    name a story's topic so as often as alone, in its headline and again in its text. Once
    is a word in passing ("im Profisport", "die Esskultur": a site's sections "Sport" and
    "Kultur" under the story are no list of its own). Only a plural's or a case's ending
    may follow; a label inside a word ("Politik" in "Kommunalpolitiker") names another
    thing."""
    if len(label) < MIN_COMPOUND_HEAD or not label.isalpha():
        return False
    found = 0
    i = text.find(label)
    while i >= 0:
        start = i
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        rest = _LETTERS.match(text, i + len(label))
        if (
            i - start >= MIN_COMPOUND_START
            and rest is not None
            and rest.group() in _COMPOUND_ENDINGS
            and (found := found + 1) >= MIN_COMPOUND_NAMINGS
        ):
            return True
        i = text.find(label, i + 1)
    return False


def _opens_a_word(label: str, text: str) -> bool:
    """Whether `label` opens a word of `text`: as a word, inflected ("Deutschlands",
    "Budapesten", "seçimlerde") or opening a compound ("Klimawandel", "Bahnstreik",
    "klimaatakkoord", "Tampereella"), as a story's own tags are often named. A label inside
    a longer word after other letters ("Politik" in "Kommunalpolitiker", "Sport" in
    "transport", "Cultura" in "agricultura") is no sign the story is about it."""
    if _RUN_ON_SCRIPT.search(label) or not label[:1].isalnum():
        return label in text
    i = text.find(label)
    while i >= 0:
        if i == 0 or not text[i - 1].isalnum():
            return True
        i = text.find(label, i + 1)
    return False
