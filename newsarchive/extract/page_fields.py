"""Simple fields read from meta tags and JSON-LD: canonical URL, image, language, section.

Also the Parse.ly metadata blobs (`parsely-page`, `parsely-metadata`), which several
cascades read.
"""

from __future__ import annotations

import html
import itertools
import json
from collections.abc import Collection, Iterator
from typing import Any

from newsarchive.extract import jsonld, langhints, leadimage, scripts, textlang
from newsarchive.extract import section as sections
from newsarchive.extract.document import Document
from newsarchive.extract.headline import headline as article_headline
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.text import as_strings, clean
from newsarchive.extract.urls import join_url, split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

CANONICAL_META = ("og:url", "twitter:url", "parsely-link")
IMAGE_META = (
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
    "itemprop:thumbnailurl",
    "itemprop:image",
)
LANGUAGE_META = ("content-language", "dc.language", "language", "og:locale", "itemprop:inlanguage")
PARSELY_META = ("parsely-page", "parsely-metadata")


def parsely(doc: Document) -> dict[str, Any]:
    """The Parse.ly JSON blobs merged (computed once per document)."""
    if doc.parsely is not None:
        return doc.parsely
    merged: dict[str, Any] = {}
    for key in PARSELY_META:
        for raw in doc.meta_tags.get(key, ()):
            try:
                data = json.loads(raw)
            except ValueError:
                continue
            if isinstance(data, dict):
                merged.update({k: v for k, v in data.items() if k not in merged})
    doc.parsely = merged
    return merged


def canonical_url(doc: Document) -> str | None:
    """The page's canonical address (link rel=canonical, else og:url and the like), found
    once a page: the date cascades ask it too (an AMP copy names its original)."""
    if "canonical_url" not in doc.cache:
        doc.cache["canonical_url"] = _canonical_url(doc)
    found: str | None = doc.cache["canonical_url"]
    return found


def _canonical_url(doc: Document) -> str | None:
    head = doc.tree.find("head")
    for link in (head if head is not None else doc.tree).iter("link"):
        href: str = (link.get("href") or "").strip()
        if href and (link.get("rel") or "").lower() == "canonical":
            return join_url(doc.url, href) or None
    value = doc.first_meta(*CANONICAL_META)
    return (join_url(doc.url, value) or None) if value else None


BODY_PICTURE_AFTER = 2  # paragraphs of text after the headline: a picture past them is the body's


def image(doc: Document, rules: SiteRules | None, names: Collection[str] = ()) -> str | None:
    """The article's lead image: the picture its markup shows at its top (leadimage.py), as
    the page declares it (og:image, JSON-LD) where that is one of the picture's versions or
    a picture set above the headline, or a figure's among the first after it (past a first
    picture in no figure: a sponsor's, a podcast's cover); where the markup shows none
    there, the body's picture of the declared image's file name (at the size the page shows
    it), else the declared one.
    A picture set after the body's first paragraphs is the lead only where none is declared.
    `names` (the authors) tell their portraits from the lead."""
    if rules and rules.image:
        for el in doc.select(rules.image):
            src: str | None = el.get("content") or el.get("src") or el.get("href")
            if src and (url := join_url(leadimage.base_url(doc), src.strip())):
                return url
    declared = _declared(doc)
    shown = leadimage.lead_images(doc, names)
    if declared and (
        any(leadimage.same_image(declared, s) for s in shown)
        or leadimage.shown_above(doc, declared)
    ):
        return declared
    if (
        declared
        and shown
        and shown[0].loose
        and not leadimage.same_name(declared, shown[0])
        and (later := leadimage.declared_after(doc, declared, names))
    ):
        return declared if leadimage.same_image(declared, later) else later.url
    if shown and (
        shown[0].after < BODY_PICTURE_AFTER
        or (declared is not None and leadimage.same_name(declared, shown[0]))
    ):
        return shown[0].url
    # none shown at the lead's place: a picture a script builds there, named only by its
    # <noscript> fallback, is the lead
    if lead := leadimage.noscript_lead(doc, names):
        return declared if declared and leadimage.same_image(declared, lead) else lead.url
    if shown and declared is None:
        return shown[0].url
    if shown:  # a picture between the body's paragraphs is one of its own: the lead is the
        # one declared and shown elsewhere (a player, a script's slider, a <noscript>), at
        # the size shown there
        found = leadimage.noscript_named(doc, declared) if declared else None
        return found.url if found else declared
    found = leadimage.shown_anywhere(doc, declared) if declared else None
    return found.url if found else declared


def _declared(doc: Document) -> str | None:
    """The image the page declares (image metas, the JSON-LD image, its media, Yoast's
    thumbnail, <link rel="image_src">, another JSON-LD object of the same page's), the
    first that is this article's own: a site's default share card or its logo, the same on
    every page, says nothing of the article; told by its name, as the file of the JSON-LD's
    logo, of an icon or of the logo the page shows, or by a declared size no share picture
    has."""
    logos: list[str] | None = None  # the site's pictures, read only when a candidate is kept
    small = _declared_small(doc)
    base = leadimage.base_url(doc)
    for value in _declared_values(doc):
        url = join_url(base, value.strip())
        if not url or leadimage.generic(url) or leadimage.stand_in(url) or (small and url == small):
            continue
        if leadimage.site_card(doc, url):
            continue
        if logos is None:
            logos = [*_logos(doc), *_icons(doc)]
        key = leadimage.file_key(url)
        name = key.rsplit("/", 1)[-1]  # a cheap test first: a logo of another name is none
        if not any(
            name in u and leadimage.file_key(join_url(base, u)) == key
            for u in itertools.chain(logos, leadimage.logos_shown(doc, name))
        ):
            return url
    return None


def _declared_small(doc: Document) -> str | None:
    """og:image where the page declares it smaller than a share picture can be (under
    SHARE_SIDE on both sides: a logo or an icon), None otherwise."""
    sides = [leadimage.pixels(doc.first_meta(f"og:image:{k}")) for k in ("width", "height")]
    if any(side is None or side >= SHARE_SIDE for side in sides):
        return None
    value = doc.first_meta("og:image")
    return (join_url(leadimage.base_url(doc), value.strip()) or None) if value else None


SHARE_SIDE = 200  # pixels: the least a social network takes for a link's picture


def _icons(doc: Document) -> Iterator[str]:
    """The site's icons the page names (favicon, apple-touch-icon, a tile's picture)."""
    for link in doc.elements("link"):
        if "icon" in (link.get("rel") or "").lower() and link.get("href"):
            yield link.get("href") or ""
    yield from doc.all_meta("msapplication-tileimage")


def _declared_values(doc: Document) -> Iterator[str]:
    yield from doc.all_meta(*IMAGE_META)
    art = doc.article
    # Yoast and RankMath name the image by reference: {"@id": ".../#primaryimage"}
    for key in ("image", "associatedMedia", "primaryImageOfPage", "thumbnailUrl"):
        yield from _jsonld_image(jsonld.resolve(art.get(key), doc.jsonld))
    yield from _microdata_images(doc)
    for link in doc.elements("link"):
        if (link.get("rel") or "").strip().lower() == "image_src" and link.get("href"):
            yield link.get("href") or ""
    yield from _same_page_images(doc)


_IMAGE_OBJECT_URLS = frozenset({"url", "contenturl"})


def _microdata_images(doc: Document) -> Iterator[str]:
    """The addresses of a microdata ImageObject (`itemprop="image" itemscope`: its url or
    contentUrl) whose scope is the article holding the headline, as JSON-LD's image: a
    page stating its picture in microdata only. Not an author's (a Person's scope) nor
    another story's card's (an article scope without the headline)."""
    for el in doc.marked.itemprop("image"):
        if "itemscope" not in el.attrib:
            continue
        scope = next((a for a in el.iterancestors() if "itemscope" in a.attrib), None)
        if scope is None or not _ARTICLE_SCOPE.search(scope.get("itemtype") or ""):
            continue
        head = article_headline(doc)
        if head is None or not any(a is scope for a in head.iterancestors()):
            continue
        for prop in el.iter("meta", "link"):
            value = prop.get("content") or prop.get("href")
            if value and (prop.get("itemprop") or "").strip().lower() in _IMAGE_OBJECT_URLS:
                yield value


# schema.org's article types by their name's end ("NewsArticle", "BlogPosting", "Report")
_ARTICLE_SCOPE = _compile(r"(?i)(?:article|posting|report)/?$")


def _same_page_images(doc: Document) -> Iterator[str]:
    """The images of the page's other JSON-LD objects that are this article: a second
    article object of its headline naming no other page (two plugins each writing one, the
    image in one only), or an article or WebPage object naming the page's own address (a
    WebPage's primaryImageOfPage), its query told (`_names_this_page`). Not a related
    story's of the same headline (a recurring "Polizeibericht") nor a person's or the
    site's naming the page. Asked only where every other declaration was none or a site's
    default."""
    art = doc.article
    headline = _headline_key(art.get("headline"))
    own = (doc.url, _canonical_url(doc) or "")
    for obj in doc.jsonld:
        if obj is art or not any(t in jsonld.ARTICLE_TYPES for t in jsonld.types_of(obj)):
            continue
        named = _names_this_page(obj, own, doc.url)
        if not (
            named > 0
            or (named == 0 and headline and _headline_key(obj.get("headline")) == headline)
        ):
            continue
        for key in ("image", "primaryImageOfPage", "thumbnailUrl"):
            yield from _jsonld_image(jsonld.resolve(obj.get(key), doc.jsonld))


def _names_this_page(obj: dict[str, Any], own: tuple[str, ...], base: str) -> int:
    """As jsonld.names_page (1 the page's own address, -1 only another's, 0 none), the
    query kept: on a site whose articles are "artikel.php?id=5512" or "/?p=5512", the
    address "artikel.php?id=5500" or the front page "/" is another page; a relative
    address read against the page's."""
    named = []
    for key in ("url", "mainEntityOfPage"):
        value = obj.get(key)
        value = value.get("@id") or value.get("url") if isinstance(value, dict) else value
        if isinstance(value, str) and value.strip():
            named.append(_page_key(join_url(base, value.strip())))
    if not named:
        return 0
    return 1 if not {_page_key(u) for u in own if u}.isdisjoint(named) else -1


def _page_key(url: str) -> str:
    """An address without its scheme, "www.", fragment, a path's trailing slash and a
    reader's tracking parameters ("?utm_source=feed")."""
    split = split_url(url)
    host = split.netloc.lower().removeprefix("www.")
    query = "&".join(
        p for p in split.query.split("&") if p and not _TRACKING.match(p.partition("=")[0])
    )
    return f"{host}{split.path.rstrip('/')}?{query}"


_TRACKING = _compile(r"(?i)(?:utm_|at_|pk_|mtm_)|(?:fbclid|gclid|msclkid)$")


def _headline_key(value: Any) -> str:
    return " ".join(html.unescape(value).split()).casefold() if isinstance(value, str) else ""


def _logos(doc: Document) -> Iterator[str]:
    """The addresses of the logos the JSON-LD states (the publisher's, an organisation's)."""
    for obj in (doc.article, *doc.jsonld):
        for org in (obj, jsonld.resolve(obj.get("publisher"), doc.jsonld)):
            if isinstance(org, dict):
                yield from _jsonld_image(jsonld.resolve(org.get("logo"), doc.jsonld))


def _jsonld_image(value: Any) -> list[str]:
    """The addresses a JSON-LD image value names: a string, an ImageObject (url, contentUrl,
    or an image of its own), a list of either, first to last. An ImageObject's address may
    be a list too (schema.org lets any property hold several values), and an empty one is
    none: resolved against the page it would name the article's own address."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, dict):
        own = [u for key in ("url", "contentUrl") for u in _addresses(value.get(key))]
        return own[:1] or _jsonld_image(value.get("image"))
    if isinstance(value, list):
        return [u for v in value for u in _jsonld_image(v)]
    return []


def _addresses(value: Any) -> list[str]:
    """The non-empty strings an ImageObject's `url` or `contentUrl` holds, alone or listed."""
    values = value if isinstance(value, list) else [value]
    return [u for u in values if isinstance(u, str) and u.strip()]


def language(doc: Document) -> str | None:
    """The page's language as its markup states it (`<html lang>`, JSON-LD inLanguage, the
    language metas, og:locale: the first that is a code), unless its letters say otherwise
    ("en" on a page in Arabic, a CMS's default); with none stated, the one its script names.
    Read once per page: the author, date and zone cascades ask for it too (their zones and
    word tables follow the markup: a theme left in English prints "Updated 3 hours ago"
    and "By" whatever the article's words; `article_language` also reads the words)."""
    if "language" not in doc.cache:
        doc.cache["language"] = _language(doc, _declared_language(doc))
    found: str | None = doc.cache["language"]
    return found


def _language(doc: Document, declared: str | None) -> str | None:
    """The markup's language, or the script's where the title's letters contradict it or
    nothing is declared."""
    title = doc.first_meta("og:title", "twitter:title") or doc.tree.findtext(".//title") or ""
    if declared and title.isascii():
        return declared  # a Latin title under a declared language: nothing to contradict it
    if declared:  # only the script counts here: the title alone says it
        written = scripts.script_language(title)
        return written if scripts.written_otherwise(declared, written) else declared
    # the letters telling Cyrillic or Arabic languages apart may come late: read more
    return scripts.script_language(f"{title} {_opening(doc)}")


def _words(doc: Document) -> str:
    """og:title, the headline and the first paragraphs: the article's own words."""
    return f"{doc.first_meta('og:title', 'twitter:title') or ''} {_sample(doc)}"


def _opening(doc: Document) -> str:
    """The headline and the first paragraph's opening: the article's own words."""
    found = (doc.h1, doc.tree.find(".//p"))
    return " ".join(doc.raw_text(el)[:200] for el in found if el is not None)


def article_language(doc: Document) -> str | None:
    """The article's language as users get it: a lower-case ISO 639 code, BCP 47's primary
    subtag ("de" of "de-CH", "de_DE"); `language`, unless that is a CMS's default "en"
    that the headline's and first paragraphs' words contradict (a German page under
    `lang="en"`); where nothing is declared, or the script overruled the declared code,
    the one the words name (`textlang.py`: Catalan, Croatian, Swahili in Latin letters;
    Marathi, not Hindi, in Devanagari), else the script's. A declared language other
    than "en" stands: the page chose it, unless its address or alternates name the words'
    language and the words are sure of it (`textlang.overrules`: a Swiss site's "de" on its
    /fr/ pages). A close call between neighbours (Danish or Norwegian) goes to the one the
    page's region, address or domain names (`langhints.tie_breakers`). Read once per page
    (the date lines' month names ask for it on a page declaring none: Croatian "listopada"
    is October)."""
    if "article_language" not in doc.cache:
        doc.cache["article_language"] = _article_language(doc)
    found: str | None = doc.cache["article_language"]
    return found


def words_language(doc: Document) -> str | None:
    """The language the article's own words are in where they contradict the declared one
    (`textlang.against`: an English wire story under `lang="de"`), else None. Read once,
    only where asked: a declared language other than "en" stands for the page's fields."""
    if "words_language" not in doc.cache:
        declared = article_language(doc)
        doc.cache["words_language"] = declared and textlang.against(declared, _words(doc))
    found: str | None = doc.cache["words_language"]
    return found


def _article_language(doc: Document) -> str | None:
    found = language(doc)
    declared = _declared_language(doc)
    stated = _stated_languages(doc)

    def signs(address: set[str] | None = None) -> list[frozenset[str]]:
        return langhints.tie_breakers(doc, declared, stated, address)

    if declared is not None and found == declared:
        if found in textlang.DEFAULTS:
            return textlang.contradicts(found, _words(doc), signs) or found
        # the language the page chose, unless its address names the words' (an edition)
        address = langhints.addressed(doc, stated)
        if not address - {found}:
            return found
        return textlang.overrules(found, _words(doc), address) or found
    return textlang.language(_words(doc), found, signs) or found


# Codes pages write that are no language's (a country's) or that ISO 639 has retired
_CODE_FIXES = {"iw": "he", "in": "id", "ji": "yi", "jp": "ja", "cz": "cs", "dk": "da",
               "gr": "el", "ua": "uk", "cn": "zh"}  # fmt: skip
_LANGUAGE_CODE = _compile(r"[a-z]{2,3}")
# ISO 639's codes for no one language (undetermined, several, no linguistic content,
# uncoded): a CMS's placeholder, which the words then name
_NO_LANGUAGE = frozenset({"und", "mul", "zxx", "mis"})


def _stated_languages(doc: Document) -> list[str]:
    """The languages the markup states, first to last, as written."""
    inlanguage = doc.article.get("inLanguage")
    stated = [v for v in (doc.tree.get("lang"), doc.tree.get("xml:lang")) if v]
    stated += as_strings(inlanguage.get("name") if isinstance(inlanguage, dict) else inlanguage)
    stated += doc.all_meta(*LANGUAGE_META)
    return stated


def _declared_language(doc: Document) -> str | None:
    """The first stated language that is a code ("x-default", "{{lang}}", "*", "und" are not)."""
    for value in _stated_languages(doc):
        code = clean(value or "").replace("_", "-").split(",")[0].strip().split("-")[0].lower()
        if _LANGUAGE_CODE.fullmatch(code) and code not in _NO_LANGUAGE:
            return _CODE_FIXES.get(code, code)
    return None


SAMPLE_PARAGRAPHS = 6  # the headline and the first paragraphs: the article's own words


def _sample(doc: Document) -> str:
    """The headline and the first paragraphs' text, up to `textlang.SAMPLE` characters:
    enough of the article's own words for `textlang` to tell its language."""
    h1 = doc.h1
    parts = [doc.raw_text(h1)[:200]] if h1 is not None else []
    size = sum(map(len, parts))
    for p in itertools.islice(doc.tree.iter("p"), SAMPLE_PARAGRAPHS):
        if size >= textlang.SAMPLE:
            break
        text = doc.raw_text(p)
        parts.append(text)
        size += len(text)
    return " ".join(parts)


def section(doc: Document, rules: SiteRules | None) -> str | None:
    """The site rule's section, else the one the page states (section.py)."""
    if rules and (text := doc.rule_text(rules.section)):
        return text
    value = parsely(doc).get("section")
    return sections.section(doc, value if isinstance(value, str) else None)
