"""The article's lead image: the picture it shows at its top, as its own markup gives it.

The lead is the first picture after the headline (`extract/headline.py`), within the article's
first paragraphs, or one set above the headline inside its own header block or a <figure> of its
<article>, that is no logo, icon, avatar, thumbnail or placeholder; an <img>, or a web component
named as a picture (<amp-img> ...). Of its versions, the largest its srcset offers, else a
lazy-loading attribute's (data-src ...: a script swaps it in, so the src is a stand-in), else
its src, else the largest of its <picture>'s <source>s, else the <noscript> fallback after it.
Only the header block and what follows the headline up to the picture are walked.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

import lxml.html
from lxml import etree
from lxml.html import HtmlElement
from w3lib.url import safe_url_string

from newsarchive.extract import site
from newsarchive.extract.document import Document, close_of, has_text
from newsarchive.extract.headline import headline as find_headline
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import folded_search
from newsarchive.extract.urls import join_url, split_url
from newsarchive.numbers import ascii_digits
from newsarchive.pagebase import first_base_href, href_base

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

LAZY_SRC = ("data-src", "data-lazy-src", "data-original", "data-lazy", "data-url")  # url last
# A web component that shows a picture (<amp-img>, <brick-image>, <lazy-image> ...): its tag
# names one, and it carries an address as an <img> would, in its own or a lazy attribute.
_PICTURE_TAG = _compile(r"-.*(?:img|image|picture|photo)|(?:img|image|picture|photo).*-", re.I)
_COMPONENT_SRC = ("src", "srcset", "data-src", "data-srcset", "data-lazy-src", "data-original")
# A file named so is a stand-in shown until a script loads the picture.
PLACEHOLDER = _compile(r"placeholder|spacer|transparent|blank|lazy|loader|loading|dummy|1x1", re.I)
# Class, id or file names of what is not the article's picture.
NOT_LEAD = _compile(
    r"logo|avatar|author|autor|auteur|byline|profile|icon|sprite|badge|emoji|newsletter", re.I
)
_not_lead = folded_search(NOT_LEAD)
_placeholder = folded_search(PLACEHOLDER)
# Class or id words of an ad slot's wrapper (split on "-", "_", spaces and case: "ad-slot",
# "adSlot", "div-gpt-ad-1"): a banner there is no article's picture.
AD_WORDS = frozenset(
    {"ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit",
     "adsbygoogle", "dfp", "anzeige", "werbung", "reklame", "reklama", "publicidad",
     "publicite", "mainos", "annonse", "annons"}
)  # fmt: skip
_AD_MARK = _compile(r"(?<![a-z])(?:ad|dfp|anzeige|werbung|reklam|publici|mainos|annons)", re.I)
_CLASS_WORDS = _compile(r"[\s_-]+|(?<=[a-z])(?=[A-Z])")
_NOT_AD_HOLDER = {"article", "main", "body", "html"}  # "page--with-ads" wraps the story itself
# A declared image's file that is a stand-in, not a picture: a tracking pixel, a spacer, a
# blank ("pixel.gif", "spacer.png", "1x1.gif", "blank_1200x630.png"), words only of these
# and sizes ("pixel-9.jpg", a phone, has a word more).
_STAND_IN_WORDS = frozenset(
    {"pixel", "pix", "px", "spacer", "blank", "transparent", "trans", "empty", "clear",
     "tracking", "tracker", "dot", "1x1"}
)  # fmt: skip
_NAME_PARTS = _compile(r"\d+x\d+|[a-z]+|\d+")
_A_SIZE = _compile(r"^\d+x\d+$")
# Words of the file name (or the folder) of a picture a site declares for every page ...
_GENERIC = frozenset(
    {"logo", "logos", "default", "defaults", "placeholder", "placeholders",
     "fallback", "generic", "noimage", "nophoto", "dummy", "favicon", "icon", "touch"}
)  # fmt: skip
# ... and the words beside them that say only what a share card is for.
_CARD = frozenset(
    {"og", "ogimage", "opengraph", "share", "sharing", "social", "image", "img", "fb",
     "facebook", "twitter", "card", "site", "web", "meta", "preview", "large", "small",
     "big", "white", "black", "dark", "light", "color", "colour", "new", "apple", "png", "jpg",
     "ogp"}
)  # fmt: skip
# A file named for the missing picture in words ("no-image", "no_photo", "kein-bild",
# "image-not-available", "no-image-available"): read as the one word "noimage" of
# `_GENERIC`, so a photograph's name saying more ("no-image-of-the-wreck-was-released")
# still has its other words; a story's word after it (`generic`) is a photograph's name.
_NO_PICTURE = _compile(
    r"(?<![a-z])(?:no|kein|keine|sin|sans|geen|ingen)[-_]?"
    r"(?:image|img|photo|foto|picture|pic|bild|imagen|bilde)s?"
    r"(?:[-_]?(?:available|found|yet|vorhanden|disponible))?(?![a-z])"
    r"|(?<![a-z])(?:image|img|photo|foto|picture)[-_]?"
    r"(?:not[-_]?(?:available|found)|unavailable|missing)(?![a-z])"
)
_NO_IMAGE = "noimage"
# The words of `_CARD` that name only what a share card is for: the site's name beside
# one is its card ("harbourpost-og.png"), beside a colour, a size or a company's name
# ("sport-preview.jpg", "nature-light.jpg", "techblog-apple.jpg") it may name a story.
_SHARE = frozenset(
    {"og", "ogimage", "opengraph", "ogp", "share", "sharing", "social", "fb", "facebook",
     "twitter", "card", "meta", "image", "img", "site", "web", "png", "jpg"}
)  # fmt: skip
# Host labels that name no site: a web or mobile prefix, an AMP cache's
_HOST_PREFIXES = frozenset({"www", "m", "amp", "mobile", "static", "cdn", "img", "images"})
MIN_HOST_NAME = 4  # letters of a host label read as the site's name in a file name
_GENERIC_IN = _compile("|".join(sorted(_GENERIC)))
# Folders that hold only such pictures. Not "default": image servers name their resizing
# presets so ("/dims4/default/", "/sites/default/files/"), over every photograph.
_GENERIC_FOLDERS = frozenset({"logo", "logos", "placeholder", "placeholders", "fallback"})
# Folders of a site's design (its CMS theme, template or skin; a build's static files),
# at any depth ("/wp-content/themes/x/img/share.jpg", "/templates/site/images/og.png"):
# a picture there is the same on every page; photographs are uploaded elsewhere.
_DESIGN_FOLDERS = frozenset({"themes", "theme", "templates", "skins"})
_BUILD_STATIC = "/_next/static/"
_WORDS = _compile(r"[a-z]{2,}")  # letters only: a size ("1200x630") is no word
_FORMATS = _compile(r"(?:\.(?:jpe?g|png|gif|webp|avif|tiff?|heic))+$")
_SIZE = _compile(r"[-_]\d{2,5}x\d{0,5}(?=[-_.]|$)|[-_](?:scaled|large|medium|small)$")
SAME_STEM = 6  # characters of a file name told the same picture (not "image", "photo")
AMP_RATIO = ("responsive", "fill", "intrinsic", "flex-item", "fixed-height")  # AMP layouts
TITLE_SHOWN = 8  # characters of a stated title looked for on a page with no headline element
NAMED_LEVELS = 3  # the image's own wrappers, whose class names say what it is
HEADER_LEVELS = 3  # an image above the headline within this many of its ancestors is its header's
LEAD_PARAGRAPHS = 5  # paragraphs of text that may come between the headline and its picture
PARAGRAPH = 80  # characters: a shorter <p> is a dateline, byline or caption
ICON_SIZE = 60  # pixels: a smaller picture is an icon, an avatar or a tracking pixel
THUMBNAIL = 150  # pixels: a picture smaller on both sides is a teaser's or a portrait
TEASER_LEVELS = 4  # a teaser card's link wraps its picture within this many elements
SAME_NAME = 16  # characters two file names share when they are one picture in two sizes
# Path words of a site's page showing a picture at full size (a photo page, a gallery, a
# lightbox): a link there opens the picture, even with its caption inside.
_PICTURE_PAGES = frozenset(
    {"photo", "photos", "foto", "fotos", "gallery", "galleries", "galerie", "galeria",
     "galleria", "bildergalerie", "fotogalerie", "fotogaleria", "fotostrecke", "slideshow",
     "lightbox", "zoom", "picture", "pictures"}
)  # fmt: skip
TEASER_TEXT = 20  # characters of a teaser card's headline in the link beside the picture
NOSCRIPT_TRIES = 2  # images without an address whose <noscript> is looked for, a page
NOSCRIPT_REACH = 1000  # characters after an image's tag where its <noscript> sits
NOSCRIPT_WINDOW = 20000  # characters between a headline and its first paragraph looked in
NOSCRIPT_NAMES = 50  # places a declared file's name is looked at for a <noscript> (the head's
# metas and JSON-LD name it first)
NEEDLE = 60  # characters of the alt text searched for
NEEDLE_OCCURRENCES = 4  # places the alt text is looked at (a caption may repeat it)
_PLAIN = _compile(r"[^&<>\"'\n]{8,}")  # a stretch of an attribute the markup spells as it reads
# What parse drops (a comment, to its first "-->"; an element, to the first close of its
# name), or an <img> tag: the markup's <img>s the tree holds, in order (`_img_tags`).
_SKIPPED_OR_IMG = _compile(r"(<!--)|<(script|style|noscript|template|svg|iframe)\b|<img\b", re.I)
_SRC = _compile(r"""\ssrc\s*=\s*["']?([^"'\s>]+)""", re.I)
_IMAGE_FILE = _compile(r"\.(?:jpe?g|png|gif|webp|avif|tiff?)$", re.I)
# a URL: absolute, from the root, or a relative path to a file ("16/9", a ratio, is none):
# no space in it, a ".ext" at its end or before a "?" (as "...\S*\.\w+(?:\?\S*)?$" said,
# which read the rest again from each ".": "a/.a?.a?.a? ..." was quadratic)
_ADDRESS = _compile(r"^(?:https?:)?/\S+$|^[\w.-]+/(?=\S*+$)\S*?\.\w+(?:\?|$)")
_LAZY_NAME = _compile(r"src|img|image|photo|pic|echo|original", re.I)
_TEXT_IS = etree.XPath("//body//text()[normalize-space(.) = $title]/..")
_TEXT_IN = etree.XPath(
    "//body//text()[string-length(normalize-space(.)) >= $least]"
    "[contains($title, normalize-space(.))]/.."
)
_SCHEME = _compile(r"^[a-z][a-z0-9+.-]*:", re.I)
_SIZES_PX = _compile(r"^\s*(\d+)px\s*$")
# A srcset candidate: a URL (commas inside it kept, one ending it dropped), its descriptor.
_SRCSET_ITEM = _compile(r"\s*(\S+?)(?:,(?=\s|$)|\s+([^,]*)(?:,|$)|$)")


@dataclass(frozen=True)
class Shown:
    """An image the page shows: the version to report, and every version its markup names
    (as written: relative to `base`)."""

    url: str
    versions: tuple[str, ...]
    base: str
    after: int = 0  # the article's paragraphs between its headline and the picture
    loose: bool = False  # after the headline, in no <figure>: maybe a sponsor's or a player's


def lead_images(doc: Document, names: Collection[str] = ()) -> list[Shown]:
    """The article's lead picture: the one set above the headline in its header block, then
    the first after the headline (either may be missing; none on a page without a headline).

    `names` are the article's authors: a picture whose alt text is one is their portrait.
    Only the header block and what follows the headline up to the picture are walked.
    """
    headline = _headline(doc)
    if headline is None:
        return []
    authors = {_fold(n) for n in names}
    fallbacks = NOSCRIPT_TRIES  # lookups in the markup cost a search of the whole page
    found: list[Shown] = []
    tags = _picture_tags(doc)
    counted = [0]  # _following's count of the paragraphs it passed
    first: list[HtmlElement] = []  # and the first of them
    walks = (_above(headline, tags), _following(headline, tags, counted, first))
    for below, images in enumerate(walks):
        for img in images:
            if _is_furniture(img, authors, doc.url) or _names_site(doc, img):
                continue
            shown = _versions(doc, img)
            if shown is None and fallbacks > 0:
                fallbacks -= 1
                shown = _noscript(doc, img)
            if shown is not None:
                loose = bool(below) and next(img.iterancestors("figure"), None) is None
                if counted[0] or loose:
                    shown = dataclasses.replace(shown, after=counted[0], loose=loose)
                found.append(shown)
                break
    doc.cache["lead_paragraph"] = first[0] if first else None  # for noscript_lead
    return found


def _picture_tags(doc: Document) -> tuple[str, ...]:
    """ "img" and the page's web components that show a picture (`_PICTURE_TAG`), found once
    a page: a site built of them has no <img> for its lead."""
    if "picture_tags" not in doc.cache:
        found = {
            el.tag
            for el in doc.marked.custom
            if _PICTURE_TAG.search(el.tag) and any(el.get(a) is not None for a in _COMPONENT_SRC)
        }
        doc.cache["picture_tags"] = ("img", *sorted(found))
    tags: tuple[str, ...] = doc.cache["picture_tags"]
    return tags


def _above(headline: HtmlElement, tags: tuple[str, ...] = ("img",)) -> Iterator[HtmlElement]:
    """The pictures (`tags`) above the headline inside its header block, or in a <figure> of
    the <article> that holds it (a layout that sets the main picture first, far from the
    headline in the markup; a promo there is no figure), nearest first."""
    header = None
    for anc in itertools.islice(headline.iterancestors(), HEADER_LEVELS):
        if anc.tag in ("body", "html"):
            break
        header = anc
    if header is None:
        return iter(())
    article = header if header.tag == "article" else next(header.iterancestors("article"), None)
    block = header if article is None else article
    before: list[HtmlElement] = []
    for el in block.iter(headline.tag, *tags):
        if el is headline:
            break
        if el.tag != headline.tag and (block is header or _in_block(el, header)):
            before.append(el)
    return iter(before[::-1])


def _in_block(el: HtmlElement, header: HtmlElement) -> bool:
    """In the headline's header block, or in a <figure> (the article's own picture)."""
    return any(anc is header or anc.tag == "figure" for anc in el.iterancestors())


def _following(
    headline: HtmlElement,
    tags: tuple[str, ...] = ("img",),
    counted: list[int] | None = None,
    first: list[HtmlElement] | None = None,
) -> Iterator[HtmlElement]:
    """The pictures (`tags`) after the headline in document order, read lazily from there on, up to
    the article's first paragraphs: a picture past them is one of the body's, not the lead
    (on a page whose article shows none, a teaser's or the footer's). `counted[0]` is kept
    at the paragraphs of text passed so far, `first` holds the first of them."""
    counted = [0] if counted is None else counted
    paragraphs = 0
    node: HtmlElement | None = headline
    while node is not None:
        for sibling in node.itersiblings():
            for el in sibling.iter("p", *tags):
                if el.tag != "p":
                    yield el
                elif len(text := el.text_content()) >= PARAGRAPH:
                    paragraphs += 1
                    if len(" ".join(text.split())) >= PARAGRAPH:  # no padded label
                        counted[0] += 1
                        if first is not None and not first:
                            first.append(el)
                    if paragraphs > LEAD_PARAGRAPHS:
                        return
        node = node.getparent()


def declared_after(doc: Document, declared: str, names: Collection[str] = ()) -> Shown | None:
    """The declared image (og:image) in a <figure> after the headline, within the article's
    first paragraphs: asked where the first picture after it is in no figure (`Shown.loose`:
    a sponsor's box, a podcast's cover, another video's still). A first picture in a figure
    is the lead, whatever the page declares (a story's own photograph beside its share
    picture's)."""
    headline = _headline(doc)
    name = file_key(declared).rsplit("/", 1)[-1]
    if headline is None or not name:
        return None
    authors = {_fold(n) for n in names}
    stem = _stem(declared)
    for img in _following(headline, _picture_tags(doc)):
        # a cheap test on the markup first: most pictures name neither the file nor its stem
        if not any(name in v or stem in v.lower() for v in _markup(img)):
            continue
        if next(img.iterancestors("figure"), None) is None or _is_furniture(img, authors, doc.url):
            continue
        shown = _versions(doc, img)
        if shown and (same_image(declared, shown) or same_name(declared, shown)):
            return shown
    return None


def shown_above(doc: Document, declared: str) -> bool:
    """Whether a picture above the headline, anywhere, is the declared image (og:image) in
    some version: pages that set their lead picture first show it there."""
    headline = _headline(doc)
    name = file_key(declared).rsplit("/", 1)[-1]
    if headline is None or not name:
        return False
    for img in doc.tree.iter(headline.tag, *_picture_tags(doc)):
        if img is headline:
            break
        # a cheap test on the markup first: most images above a headline are furniture
        if img.tag != headline.tag and any(name in v for v in _markup(img)):
            shown = None if _is_furniture(img, set(), doc.url) else _versions(doc, img)
            if shown and same_image(declared, shown):
                return True
    return False


def shown_anywhere(doc: Document, declared: str) -> Shown | None:
    """The picture of the page's body that shows the declared image (og:image) at another
    size: its file name the same, but for its size and format ("84057994.jpg" and
    "84057994.webp", "hafen-1200x630.jpg" and "hafen-800x450.jpg"). Asked where no lead was
    found near the headline: a page whose headline is no heading, or whose picture sits
    beyond its first paragraphs, still names the declared picture in its markup."""
    stem = _stem(declared)
    body = doc.tree.find("body")
    if len(stem) < SAME_STEM or body is None:
        return None
    for img in body.iter(*_picture_tags(doc)):
        # a cheap test on the markup first: few pictures name the file
        if not any(stem in v.lower() for v in _markup(img)) or _is_furniture(img, set(), doc.url):
            continue
        shown = _versions(doc, img)
        if shown and any(_stem(_absolute(shown.base, v)) == stem for v in shown.versions):
            return shown
    return noscript_named(doc, declared)


def noscript_named(doc: Document, declared: str) -> Shown | None:
    """The <img> of one of the page's <noscript>s that shows the declared image at another
    size (its file name the same but for size and format, as `shown_anywhere` reads it;
    parse drops <noscript>: a page that builds its pictures by script names them to the
    markup only there), with the versions its fallback gives."""
    stem = _stem(declared)
    source: str = doc.cache.get("source", "")
    if len(stem) < SAME_STEM or not source:
        return None
    name = file_key(declared).rsplit("/", 1)[-1]
    at = name.lower().find(stem)
    written = name[at : at + len(stem)] if at >= 0 else stem  # as the address spells it
    pos = source.find(written)
    for _ in range(NOSCRIPT_NAMES):
        if pos < 0:
            break
        reach = max(pos - NOSCRIPT_REACH, 0)
        opened = max(source.rfind("<noscript", reach, pos), source.rfind("<NOSCRIPT", reach, pos))
        tag = max(source.rfind("<img", opened, pos), source.rfind("<IMG", opened, pos))
        close = source.find(">", pos)
        if (
            opened >= 0
            and tag >= 0
            and close >= 0
            and source.find(">", tag, pos) < 0  # the name is in that <img>'s tag
            and source.find("</", opened, pos) < 0  # and the <noscript> still open
        ):
            try:
                img = lxml.html.fragment_fromstring(source[tag : close + 1])
            except etree.ParserError:
                img = None
            shown = _versions(doc, img) if img is not None and img.tag == "img" else None
            if (
                shown
                and any(_stem(_absolute(shown.base, v)) == stem for v in shown.versions)
                and not _furniture_around(doc, source, opened, close)
            ):
                return shown
        pos = source.find(written, pos + 1)
    return None


NOSCRIPT_CONTEXT = 2000  # characters before a <noscript> read for the wrappers it sits in


def _furniture_around(doc: Document, source: str, opened: int, close: int) -> bool:
    """Whether the <img> of a <noscript> (opened at `opened`, its tag closed at `close`) is
    furniture read with the wrappers the markup around it opens (a teaser's link to another
    story and its words after the picture, an ad slot, the navigation), as the tree's
    pictures are: a teaser's thumbnail of another story's file of the same generic name
    ("…/77b2e1/original-320x180.jpg" beside the declared "…/a8f3c2/original-1200x630.jpg")
    is none of the article's."""
    start = max(opened - NOSCRIPT_CONTEXT, 0)
    chunk = (
        f"{source[start:close]} data-noscript-named>{source[close + 1 : close + NOSCRIPT_REACH]}"
    )
    try:
        root = lxml.html.fragment_fromstring(chunk, create_parent="div")
    except etree.ParserError:
        return False
    img = next(root.iterfind(".//img[@data-noscript-named]"), None)
    return img is not None and _is_furniture(img, set(), doc.url)


def noscript_lead(doc: Document, names: Collection[str] = ()) -> Shown | None:
    """A picture a script builds at the lead's place, named to the markup only by its
    <noscript> fallback (parse drops <noscript>) between the headline and the article's
    first paragraph: its headline's and first paragraph's text found in the markup (the
    headline's words after its heading's tag: a sticky bar or breadcrumbs repeat them
    above, a caption below), the first fallback between them that is no avatar, icon, pixel, ad or
    teaser, read with the wrappers between as the tree's pictures are (`names`: the authors,
    whose portraits' alt texts they are). Asked where the tree shows no lead there."""
    headline = _headline(doc)
    first = doc.cache.get("lead_paragraph")  # lead_images' walk found it
    source: str = doc.cache.get("source", "")
    if headline is None or first is None or not source:
        return None
    needles = [_needle(el.text_content()) for el in (headline, first)]
    if not all(needles):
        return None
    body = source.find("<body")
    body = source.find("<BODY") if body < 0 else body  # read again only where none is lower
    start = end = -1
    for _ in range(NEEDLE_OCCURRENCES):  # the headline's words in breadcrumbs come first
        start = source.find(needles[0], start + 1 if start >= 0 else max(body, 0))
        if start < 0:
            return None
        end = source.find(needles[1], start, start + NOSCRIPT_WINDOW)
        if end >= 0:
            break
    if end < 0:
        return None
    if headline.tag in _HEADINGS:
        # the headline's words shown again before it (a sticky bar's title, breadcrumbs)
        # start no window: they are the headline's after the last such heading opened
        # before the first paragraph (not those of a caption repeating them after a picture)
        tag = f"<{headline.tag}"
        opened = max(source.rfind(tag, start, end), source.rfind(tag.upper(), start, end))
        if opened > start and (again := source.find(needles[0], opened, end)) >= 0:
            start = again
    window = source[start:end]
    if "<noscript" not in window.lower():
        return None
    try:  # read with the wrappers between (a teaser's link, an ad slot, the byline)
        root = lxml.html.fragment_fromstring(window, create_parent="div")
    except etree.ParserError:
        return None
    authors = {_fold(n) for n in names}
    for noscript in root.iter("noscript"):
        img = next(noscript.iter("img"), None)
        if img is not None and not _is_furniture(img, authors, doc.url):
            shown = _versions(doc, img)
            if shown is not None and not stand_in(shown.url):
                return shown
    return None


_HEADINGS = frozenset({"h1", "h2", "h3"})


def _needle(text: str) -> str:
    """The longest stretch of `text` the markup spells as it reads (no quote, ampersand or
    line break an entity or a tag may stand for) in its first words, up to NEEDLE
    characters."""
    return max(_PLAIN.findall(text[: NEEDLE * 4]), key=len, default="")[:NEEDLE]


def same_name(url: str, shown: Shown) -> bool:
    """Whether `url` names the shown picture's file, whatever its folder, size or format
    (a social card of the picture: "/social-card/1200x630/hafen.jpg" and "/media/hafen.jpg"),
    or with words after its name ("hafen-podium.jpg")."""
    stem, name = _stem(url), file_key(url).rsplit("/", 1)[-1]
    for version in shown.versions:
        other = _absolute(shown.base, version)
        if _IMAGE_FILE.search(name) and file_key(other).rsplit("/", 1)[-1] == name:
            return True  # the same picture file's name, however short ("3_2.png")
        if len(stem) >= SAME_STEM and _near_stems(_stem(other), stem):
            return True
    return False


def _near_stems(a: str, b: str) -> bool:
    """The same picture's names: equal, or one the other's with words after it
    ("sheinbaum" and "sheinbaum-podium", a crop or a card named after the picture)."""
    short, long = sorted((a, b), key=len)
    return len(short) >= SAME_STEM and (
        short == long or (long.startswith(short) and long[len(short)] in "-_")
    )


def _stem(url: str) -> str:
    """A file's name without its format and the size an image server cut it to."""
    name = file_key(url).rsplit("/", 1)[-1].lower()
    return _SIZE.sub("", _FORMATS.sub("", name))


def same_image(url: str, shown: Shown) -> bool:
    """Whether `url` is one of the versions of a shown picture: the same file, whatever its
    query asks of the image server (width, crop, format)."""
    key = file_key(url)
    return any(file_key(_absolute(shown.base, v)) == key for v in shown.versions)


def _versions(doc: Document, img: HtmlElement) -> Shown | None:
    """The image's versions: srcset (largest first), lazy-loading, src, <picture> sources,
    an address under a lazy attribute of another name."""
    own = _srcset(img)
    src = (img.get("src") or "").strip()
    lazy = [v for a in LAZY_SRC if _real(v := (img.get(a) or "").strip())]
    picture = _picture(img)
    sources = [c for s in picture.iter("source") for c in _srcset(s)] if picture is not None else []
    # a lazy attribute's address is what a script puts in src: the src is a stand-in then
    # (data-url, last of them, may name a page rather than the picture: after src)
    first = next((v for a in LAZY_SRC[:-1] if _real(v := (img.get(a) or "").strip())), None)
    other = _other_lazy(img)
    ranked = [
        u
        for u in (
            _largest(own),
            first,
            src if _real(src) else None,
            *lazy[:1],
            _largest(sources),
            other,
        )
        if u
    ]
    if not ranked:
        return None
    every = dict.fromkeys([*ranked, *(u for _, u in own + sources), *lazy])
    base = base_url(doc)
    url = _absolute(base, ranked[0])
    return Shown(url, tuple(every), base) if url else None


def _other_lazy(img: HtmlElement) -> str | None:
    """An address under a lazy attribute of the site's own name (data-hi-res-src,
    data-echo ...): a picture file's, or one in an attribute named for a source or a picture."""
    for name, value in img.attrib.items():
        if not name.startswith("data-") or name in LAZY_SRC or name.endswith("srcset"):
            continue
        url: str = value.strip()
        if not _ADDRESS.match(url) or not _real(url):
            continue
        if _IMAGE_FILE.search(url.split("?", 1)[0]) or _LAZY_NAME.search(name):
            return url
    return None


def _largest(candidates: list[tuple[float, str]]) -> str | None:
    """The widest candidate that is a picture's address (checked widest first: few are)."""
    return next((u for _, u in sorted(candidates, key=lambda c: -c[0]) if _real(u)), None)


def base_url(doc: Document) -> str:
    """The address the page's relative URLs resolve against: its <base href> (a CMS that
    serves every page's pictures as "images/..." from the site's root), else its own."""
    if "base_url" not in doc.cache:
        # read as the crawl reads it (`newsarchive.pagebase`: one that is no URL passed over)
        found = href_base(first_base_href(doc.elements("base")), doc.url)
        doc.cache["base_url"] = doc.url if found == safe_url_string(doc.url) else found
    base: str = doc.cache["base_url"]
    return base


def _absolute(base: str, url: str) -> str:
    """`url` read against `base`; "" for one no browser could fetch ("http://[bad/x")."""
    if url.startswith(("https://", "http://")) and "[" not in url:
        return url  # the common case, without parsing
    return join_url(base, url)


def _srcset(el: HtmlElement) -> list[tuple[float, str]]:
    """(width, URL) of each candidate in the element's srcset attributes (lazy ones too:
    data-srcset, data-lazy-srcset ...); "2x" counts as twice a 1000-pixel width."""
    found: list[tuple[float, str]] = []
    for name, value in el.attrib.items():
        if not name.endswith("srcset"):
            continue
        for m in _SRCSET_ITEM.finditer(value):
            found.append((_width((m.group(2) or "").strip()), m.group(1)))
    return found


def _width(descriptor: str) -> float:
    try:
        if descriptor.endswith("w"):
            return float(descriptor[:-1])
        if descriptor.endswith("x"):
            return float(descriptor[:-1]) * 1000
    except ValueError:
        pass
    return 0.0


def _real(url: str) -> bool:
    """A picture's address: not a data: URI, a placeholder's or a vector drawing's (logos,
    icons and arrows are SVG; a photograph never is)."""
    if not url or url.startswith("data:"):
        return False
    name = url.split("?", 1)[0].rsplit("/", 1)[-1]
    return not (_placeholder(name) or name.lower().endswith(".svg"))


def _picture(img: HtmlElement) -> HtmlElement | None:
    parent = img.getparent()
    while parent is not None and parent.tag == "source":  # libxml2 nests unclosed <source>s
        parent = parent.getparent()
    return parent if parent is not None and parent.tag == "picture" else None


def _noscript(doc: Document, img: HtmlElement) -> Shown | None:
    """The <noscript> image that follows a lazy-loaded one in the markup (parse drops
    <noscript>): the image's tag is found by its alt text (the longest stretch the markup
    spells as it reads: quotes and ampersands may be written as entities), else by its place
    among the page's <img> tags; its fallback right after it."""
    source: str = doc.cache.get("source", "")
    texts = (img.get(a) or "" for a in ("alt", "title"))
    needle = max((p for t in texts for p in _PLAIN.findall(t)), key=len, default="")[:NEEDLE]
    pos = source.find(needle) if needle else -1
    for _ in range(NEEDLE_OCCURRENCES):
        if pos < 0:
            break
        tag = source.rfind("<", 0, pos)
        if source[tag : tag + 4].lower() == "<img" and source.find(">", tag, pos) < 0:
            return _shown_fallback(doc, source, pos)
        pos = source.find(needle, pos + 1)
    return _noscript_by_place(doc, img, source)


def _img_tags(source: str) -> Iterator[int]:
    """Where each <img> tag of the markup outside what parse drops starts. Each part is read
    once or twice: an opening with no close after it is remembered, so later ones are not
    read on to the end again (as the pattern "(<!--.*?-->|<(script|...)\\b.*?</\\2\\s*>)|
    <img\\b" did: 20,000 unclosed "<!--" took minutes)."""
    pos = 0
    unclosed: dict[str, int] = {}  # an opening: the place past which it has no close
    while m := _SKIPPED_OR_IMG.search(source, pos):
        opened = m.group()
        if not m.group(1) and not m.group(2):  # an <img>
            yield m.start()
            pos = m.end()
            continue
        if unclosed.get(opened, len(source) + 1) <= m.end():
            end = -1
        elif m.group(1):
            end = source.find("-->", m.end())
            end = end + 3 if end >= 0 else -1
        else:
            close = close_of(m.group(2)).search(source, m.end())
            end = close.end() if close else -1
        if end < 0:
            unclosed[opened] = m.end()
            pos = m.start() + 1
        else:
            pos = end


def _noscript_by_place(doc: Document, img: HtmlElement, source: str) -> Shown | None:
    """The fallback after the markup's <img> tag that is this image: the nth <img> the tree
    holds is the nth tag outside what parse drops (scripts, <noscript>, comments ...)."""
    nth = next((i for i, el in enumerate(doc.elements("img")) if el is img), -1)
    if nth < 0:
        return None
    start = next(itertools.islice(_img_tags(source), nth, None), None)
    if start is None:
        return None
    end = source.find(">", start)
    tag = source[start:end]
    src = _SRC.search(tag)
    if end < 0 or (src and src.group(1) != img.get("src")) or (img.get("class") or "") not in tag:
        return None  # not the same image after all
    return _shown_fallback(doc, source, end)


def _shown_fallback(doc: Document, source: str, pos: int) -> Shown | None:
    url = _fallback(source[pos : pos + NOSCRIPT_REACH].lower(), source, pos)
    base = base_url(doc)
    if not (url and _real(url) and (absolute := _absolute(base, url))):
        return None
    return Shown(absolute, (url,), base)


def _fallback(window: str, source: str, pos: int) -> str | None:
    """The src of the <img> in the first <noscript> of `window` (the markup from `pos` on,
    lower-cased), when no other image comes before it."""
    start = window.find("<noscript")
    if start < 0 or window.find("<img", 0, start) >= 0:
        return None
    img = window.find("<img", start, window.find("</noscript", start))
    if img < 0:
        return None
    end = source.find(">", pos + img)
    m = _SRC.search(source, pos + img, end) if end > 0 else None
    return m.group(1).strip() if m else None


def _is_furniture(img: HtmlElement, authors: set[str], page: str = "") -> bool:
    """A logo, icon, avatar, tracking pixel, banner or another story's picture, by its size,
    names, alt text or place (a teaser card's or another site's link, the navigation, the
    footer); `page` is the article's address."""
    if (
        _small(img)
        or _in_teaser(img, page)
        or next(img.iterancestors("nav", "footer"), None) is not None
    ):
        return True
    named = [img, *itertools.islice(img.iterancestors(), NAMED_LEVELS)]
    words = " ".join(f"{el.get('class') or ''} {el.get('id') or ''}" for el in named)
    filename = (img.get("src") or "").split("?", 1)[0].rsplit("/", 1)[-1]
    if _not_lead(f"{words} {filename}") or (_AD_MARK.search(words) and _in_ad_slot(named)):
        return True
    alt = _fold(img.get("alt") or "")
    return bool(alt) and alt in authors  # the author's portrait in the byline


def _names_site(doc: Document, img: HtmlElement) -> bool:
    """Whether the picture's alt text is the site's name as the page states it (og:site_name,
    the publisher's): its masthead, whatever its file's name or size; an alt saying more
    ("Example Post reporters at the scene") describes a photograph, and so does a caption in
    its figure (a CMS filling every alt with the site's name; the paper's own building)."""
    alt = img.get("alt")
    if not (alt and alt.strip()) or site.compact(alt) not in site.site_keys(doc):
        return False
    figure = next((a for a in img.iterancestors() if a.tag == "figure"), None)
    return figure is None or not any(has_text(c) for c in figure.iter("figcaption"))


def _in_ad_slot(named: list[HtmlElement]) -> bool:
    """In a wrapper whose class or id names an ad slot (`AD_WORDS`) and that holds no heading:
    the story's own container may name its ads ("article--has-ads") and holds the headline."""
    for el in named:
        if el.tag in _NOT_AD_HOLDER:
            return False
        marks = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not AD_WORDS.isdisjoint(w.lower() for w in _CLASS_WORDS.split(marks)):
            return next(el.iter("h1", "h2"), None) is None
    return False


def stand_in(url: str) -> bool:
    """Whether a declared image is no picture: a data: URI, or a file named only as a
    tracking pixel, a spacer or a blank (`_STAND_IN_WORDS`), with sizes."""
    if url.strip().lower().startswith("data:"):
        return True
    name = split_url(url.strip()).path.lower().rsplit("/", 1)[-1]
    stem = _FORMATS.sub("", name)
    parts = _NAME_PARTS.findall(stem)
    return any(p in _STAND_IN_WORDS for p in parts) and all(
        p in _STAND_IN_WORDS or _A_SIZE.match(p) for p in parts
    )


def _in_teaser(img: HtmlElement, page: str = "") -> bool:
    """Inside a link to another page that also holds words (a teaser card's headline), or
    to a page of another site (an advertiser's or partner's banner): a lead picture's link,
    if any, opens the picture itself or a gallery of the site, with no text."""
    for anc in itertools.islice(img.iterancestors(), TEASER_LEVELS):
        if anc.tag == "a":
            href = (anc.get("href") or "").strip()
            if href.startswith("#"):
                return False
            teaser = len(_fold(anc.text_content())) >= TEASER_TEXT or _elsewhere(href, page, img)
            return teaser and not _opens_picture(href, page)
    return False


def _opens_picture(href: str, page: str) -> bool:
    """A link that opens the picture, whatever words it holds (a caption, "Enlarge"): to a
    picture's file, or to a photo or gallery page of the article's site ("/photo/...",
    "/galerie/...", `_PICTURE_PAGES`)."""
    link = split_url(join_url(page, href)) if page else split_url(href)
    if _IMAGE_FILE.search(link.path):
        return True
    if page and _site(link.hostname or "") != _site(split_url(page).hostname or ""):
        return False
    return not _PICTURE_PAGES.isdisjoint(link.path.lower().split("/"))


def _elsewhere(href: str, page: str, img: HtmlElement) -> bool:
    """A link to a page of another site (an advertiser's, a partner's) than the article's
    and the picture's own image server's, that does not open the picture itself (a file,
    or the picture's file name at another size); never for a picture with no address. Sites
    compare by their hosts' last two labels ("www.zeitung.example" and
    "bilder.zeitung.example" are one; three under "co.uk", `_site`)."""
    if not page or not href.startswith(("http:", "https:", "//")):
        return False
    link = split_url(href)
    if not link.hostname or _IMAGE_FILE.search(link.path):
        return False
    name = link.path.rsplit("/", 1)[-1]
    if _site(split_url(page).hostname or "") == _site(link.hostname):
        return False
    addressed = False  # a picture with no address of its own (lazy) cannot be told from it
    for value in _markup(img):
        for url in value.split() if "/" in value else ():
            own = split_url(join_url(page, url))
            addressed = True
            if _site(own.hostname or "") == _site(link.hostname):
                return False
            if (
                len(name) >= SAME_NAME
                and own.path.rsplit("/", 1)[-1][:SAME_NAME] == name[:SAME_NAME]
            ):
                return False
    return addressed


# Labels a country's registry puts before its code ("co.uk", "com.br", "co.il", "com.my"):
# there the site is the three last labels, or every site in the country would be one.
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "ac", "gov", "edu", "or", "ne", "go", "gob"})


def _site(host: str) -> str:
    """A host's site: its last two labels, three under a country's second level."""
    labels = host.lower().rstrip(".").split(".")
    under_country = len(labels) > 2 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL
    return ".".join(labels[-3:] if under_country else labels[-2:])


def _small(img: HtmlElement) -> bool:
    """Shown under ICON_SIZE pixels: by width or height, or by `sizes` (the byline's portrait
    is often a large file shown at 48px); or a thumbnail, under THUMBNAIL on both sides (a
    teaser's, a columnist's). Both sides tiny and unequal in a <figure> ("16" by "9") are an
    aspect ratio, not a size."""
    picture = _picture(img)
    for el in itertools.chain((img,), picture.iter("source") if picture is not None else ()):
        if (m := _SIZES_PX.match(el.get("sizes") or "")) and int(m.group(1)) < ICON_SIZE:
            return True
    if img.get("layout") in AMP_RATIO:
        return False  # its width and height are the picture's shape, scaled to the page
    width, height = pixels(img.get("width")), pixels(img.get("height"))
    if width is not None and height is not None and width < ICON_SIZE and height < ICON_SIZE:
        return width == height or next(img.iterancestors("figure"), None) is None
    if width is not None and height is not None and width < THUMBNAIL and height < THUMBNAIL:
        return True
    return any(v is not None and v < ICON_SIZE for v in (width, height))


def pixels(value: str | None) -> int | None:
    """A size in pixels as markup states it ("640", "640px"), None where it states none."""
    value = (value or "").strip().removesuffix("px")
    return int(value) if ascii_digits(value) else None


def logos_shown(doc: Document, name: str) -> Iterator[str]:
    """The addresses of the pictures the page shows as the site's logo, of those whose
    address holds `name` (a file name): an <img> named so (its class, id or file name), or
    the picture of a link to the site's home page."""
    for img in doc.elements("img"):
        src = img.get("src")
        if not src or name not in src:
            continue
        named = f"{img.get('class') or ''} {img.get('id') or ''} {src.rsplit('/', 1)[-1]}"
        home = next(img.iterancestors("a"), None)
        if "logo" in named.lower() or (
            home is not None and split_url(home.get("href") or "").path in ("", "/")
        ):
            yield src


def _markup(img: HtmlElement) -> Iterator[str]:
    yield from img.attrib.values()
    if (picture := _picture(img)) is not None:
        for source in picture.iter("source"):
            yield from source.attrib.values()


def _headline(doc: Document) -> HtmlElement | None:
    """The article's headline element, as every field finds it (`extract/headline.py`), else
    the element showing the page's stated title (`_title_shown`)."""
    found = find_headline(doc)
    if found is None:
        if "title_shown" not in doc.cache:
            doc.cache["title_shown"] = _title_shown(doc)
        found = doc.cache["title_shown"]
    return found


def _title_shown(doc: Document) -> HtmlElement | None:
    """The first element of the body whose text is the title the page states (og:title,
    twitter:title, the JSON-LD headline, <title>), else holds half of one or more, outside
    links and navigation: a site that sets its headline in a <div> or a <span> shows its
    picture around it all the same."""
    stated = (
        doc.first_meta("og:title", "twitter:title"),
        doc.article.get("headline"),
        doc.tree.findtext(".//title"),
    )
    titles = [" ".join(t.split()) for t in stated if isinstance(t, str)]
    titles = [t for t in titles if len(t) >= TITLE_SHOWN]
    # the whole title first; then most of it (a <title> with the site's name after it)
    for query in (_TEXT_IS, _TEXT_IN):
        for title in titles:
            for el in query(doc.tree, title=title, least=max(TITLE_SHOWN, len(title) // 2)):
                if (
                    el.tag not in ("a", "option")
                    and next(el.iterancestors("a", "nav"), None) is None
                ):
                    return el
    return None


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def generic(url: str) -> bool:
    """Whether a declared image is one a site gives every page: a drawing or an icon, or a
    file named as its logo, a default or a stand-in with at most one word more (the site's
    name: "og-default.png", "zeitung-logo-share.jpg", "fallback_1200x630.jpg"), or one in a
    folder of logos or stand-ins. A photograph's name has more words ("bond-default-fears.jpg");
    other folders are not read (an image server's "t_default" or "/dims4/default/" preset),
    but a file of the site's design (`_DESIGN_FOLDERS`) is one too."""
    path = split_url(url.strip()).path.lower()
    folder, _, name = path.rpartition("/")
    if name.endswith((".svg", ".ico")) or folder.rsplit("/", 1)[-1] in _GENERIC_FOLDERS:
        return True
    if _BUILD_STATIC in path or not _DESIGN_FOLDERS.isdisjoint(folder.split("/")):
        return True
    name = _NO_PICTURE.sub(_NO_IMAGE, name)
    if not _GENERIC_IN.search(name):
        return False  # most names: no word of a default's in them at all
    words = _WORDS.findall(name.rsplit(".", 1)[0])
    # the missing picture's words before a story's ("no-photo-finish", "photo-missing-hiker")
    # are a photograph's name; a stand-in's have the site's name before them at most
    if _NO_IMAGE in words and not all(
        _generic_word(w) or w in _CARD for w in words[words.index(_NO_IMAGE) + 1 :]
    ):
        return False
    return any(map(_generic_word, words)) and (
        sum(not _generic_word(w) and w not in _CARD for w in words) <= 1
    )


def site_card(doc: Document, url: str) -> bool:
    """Whether a declared image's file is named only by the site's name and a share card's
    words ("harbourpost-og.png", "hafenblatt_share_1200x630.jpg", "umibe-ogp.png"): the card
    the site declares for every page, whatever its folder. The name is one the page gives
    its publisher (`site.site_keys`) or a label of its host; a photograph's name says more
    ("harbourpost-office-fire.jpg")."""
    stem = _FORMATS.sub("", split_url(url.strip()).path.lower().rsplit("/", 1)[-1])
    words = _WORDS.findall(stem)
    if not any(w in _SHARE for w in words):
        return False  # most names: no card word at all
    rest = "".join(w for w in words if w not in _SHARE)
    if not rest:
        return False
    host = (split_url(doc.url).hostname or "").lower().split(".")[:-1]
    labels = {
        h.replace("-", "") for h in host if len(h) >= MIN_HOST_NAME and h not in _HOST_PREFIXES
    }
    return rest in labels or rest in site.site_keys(doc)


def _generic_word(word: str) -> bool:
    """A word of `_GENERIC`, alone or run together with one of `_CARD` ("defaultimage")."""
    if word in _GENERIC:
        return True
    for g in _GENERIC:
        if word.startswith(g) and word[len(g) :] in _CARD:
            return True
        if word.endswith(g) and word[: -len(g)] in _CARD:
            return True
    return False


def file_key(url: str) -> str:
    """The address without scheme, query and fragment: the file an image server resizes."""
    return _SCHEME.sub("", url.strip()).split("#", 1)[0].split("?", 1)[0].rstrip("/")
