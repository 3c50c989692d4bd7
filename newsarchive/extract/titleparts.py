"""A title's parts: the marks that join a headline to a site name, a section or a kicker.

"Storm hits coast | Weather | The Example", "Title - Politik - Example.de" and their
full-width East Asian forms: the publisher's name at either end goes, and a section or
a "News" label between the headline and that name goes with it. Which parts are the
site is told by the names the page gives its publisher (`site.site_keys`) and the
titles of its feeds; which are a section, by the page's URL path and section metadata.
Without such evidence nothing is cut: "Storm - what we know" keeps its dash.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from urllib.parse import unquote

from lxml.html import HtmlElement

from newsarchive.extract import jsonld, langwords
from newsarchive.extract.datetext import WEEKDAY_WORDS, whole_date
from newsarchive.extract.document import HELD_ELEMENTS, Document
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.site import (
    HOST_IN_BRACKETS,
    SITE_META,
    compact,
    host_keys,
    is_site,
    site_keys,
    spellings,
)
from newsarchive.extract.text import as_strings, clean
from newsarchive.extract.titlelogos import logo_names
from newsarchive.extract.urls import split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# Metas that name the article's section (its title may carry one: "Title - Politik - Site").
SECTION_META = (
    "article:section",
    "parsely-section",
    "sailthru.section",
    "section",
    "category",
    "dc.subject.section",
    "prism.section",
)

# Kana, CJK ideographs, Hangul, half-width kana: scripts written without spaces around marks.
_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff66-\uff9f"
_CJK_CHAR = _compile(f"[{_CJK}]")
_CJK_WORD = _compile(f"[{_CJK}]+")


def _mark_ranges(start: int, stop: int, skip: Sequence[tuple[int, int]]) -> str:
    """A regex class body of the characters in [start, stop) that Unicode classes as a dash
    (Pd), a mathematical sign (Sm) or another symbol (So), outside the `skip` ranges."""
    marks = [
        c
        for c in range(start, stop)
        if unicodedata.category(chr(c)) in ("Pd", "Sm", "So")
        and not any(a <= c < b for a, b in skip)
    ]
    runs: list[list[int]] = []
    for c in marks:
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)


# Parts of a title (a captured group: parts rejoin): spaced marks, single or doubled
# (" | Site", " - Site", " « Site", " \u203a Site", " :: Site", " ~ Site", " || Site", Korean
# CMSs' "Title < Section < Site"; a star operator, an arrow, a bullet, a triangle or a
# broken bar: " ⋆ Site", " → Site", " ● Site", " ▶ Site", " ¦ Site"; a minus sign, a
# katakana long mark or a wave dash standing alone between spaces is a dash too:
# " ー Site", " \uff5e Site"), a bare em dash or two (Chinese "Title——Site"), a bare pipe or
# double bar, the full-width and Hangul marks East Asian sites use bare (U+FF5C, U+FF1A,
# U+3163, U+FF0F, U+FF0D, U+2015, the vertical dash U+FE31), and a bare "-" or "_", or
# two, between two CJK characters (Chinese portals' "Title_Site", "Title-Site", "Title--Site").
_SPACED_MARKS = (
    "|\\-\u2013\u2014\u2212\u30fc*\u00b7\u2022\u2219\u22c6\u2192:/\u00bb\u00ab\u2039\u203a<>~"
    "\u25cf\u25a0\u25c6\u25b6\u25ba\u25b8\u00a6\u2016\u2223\u2503\uff5e\u301c"
)
_BARE_MARKS = "\uff5c\uff1a\u3163\u4e28\u2502\u2503\u2016\uff0f\uff0d\u2015\ufe31"
# Spaced, any other dash, arrow, mathematical or technical sign, box-drawing piece, shape or
# dingbat is a mark too: sites unlike the ones looked at write " \u2012 Site", " \u2044 Site",
# " \u226b Site", " \u22ee Site", " \u23ae Site", " \u27a4 Site" (U+2012-U+2BFF of Unicode's
# dash, math and other-symbol classes; not the hyphens inside words, U+2010/U+2011, the
# letter-like signs "\u2122", "\u2103", "\u2116" nor the circled numbers "\u2460"), and the
# chevrons drawn as brackets, " \u276f Site", " \u27eb Site"; and, spaced only, an underscore
# and the katakana middle dot (" _ Site", " \u30fb Site": unspaced, they join words). A part
# is still cut only where it names the site, a section or a label.
_SYMBOL_MARKS = _mark_ranges(0x2012, 0x2C00, skip=((0x2100, 0x2150), (0x2460, 0x2500)))
_SYMBOL_MARKS += "\u276c-\u2771\u27e8-\u27eb"
SEPARATOR = _compile(
    rf"(\s+[{_SPACED_MARKS}{_SYMBOL_MARKS}_\u30fb\uff65]{{1,2}}\s+|\u2014{{1,2}}"
    rf"|\s*\|\|?\s*|\s*[{_BARE_MARKS}]\s*"
    rf"|(?<=[{_CJK}])[-_]{{1,2}}(?=[{_CJK}]))"
)
# Where the other part is known to be the title, any mark between them will do ("Title-Section").
# A run of marks is one separator: " || ", " :: ", ": - " leave no mark on either part, nor
# does a German live page's "+++ Liveticker +++" around its kicker.
# (not the katakana long mark: it is a letter of "ニュース" when unspaced; the katakana
# middle dot is one too, "市議会が可決・港湾タイムス", though it joins a name's parts: no part
# of "ジョー・バイデン" is any other source's title)
_ANY_MARKS = _SPACED_MARKS.replace("\u30fc", "")
ANY_SEPARATOR = _compile(rf"(?:\s*[{_ANY_MARKS}{_SYMBOL_MARKS}_+{_BARE_MARKS}\u30fb\uff65])+\s*")
# Words of a "News" label between a headline and the site ("Latest News", "Son Dakika Haberleri").
_NEWS_LABEL = tuple(
    w
    for table in (langwords.NEWS_WORDS, langwords.NEWS_FILLER, langwords.LIVE_WORDS)
    for e in langwords.entries(table)
    for w in e.split()
)
_NEWS_NOUNS = tuple(w for e in langwords.entries(langwords.NEWS_WORDS) for w in e.split())
# "from" and "and" between a word for news and a place ("Nachrichten aus Kiel und Umgebung")
_FROM_TEXT = "aus von from de da do dos das du z ze iz из з dari kutoka iš frá und and & i a e y"
_FROM_WORDS = frozenset(_FROM_TEXT.split())
MAX_PLACE_WORDS = 3
# ... alone as a title's last part: not a short Latin one ("tin" is news in Vietnamese)
MIN_NEWS_NOUN = 4  # "News", "Zprávy", "新闻": one word for news closing a title
_NEWS_NOUN_SET = frozenset(
    w for w in _NEWS_NOUNS if len(w) >= MIN_NEWS_NOUN or _CJK_WORD.fullmatch(w)
)
# A newspaper's name by its kind ("朝日新聞デジタル", "한국일보", "Российская газета"): CJK and
# Hangul words end (or start) the name, other scripts' are a word of it.
_MASTHEAD = langwords.entries(langwords.MASTHEAD_WORDS)
_MASTHEAD_ENDS = tuple(w for w in _MASTHEAD if _CJK_WORD.fullmatch(w))
_CJK_THEN_LATIN = _compile(f"^([{_CJK}]+)[a-z0-9]+")
_LATIN_THEN_CJK = _compile(f"^[a-z0-9]+([{_CJK}]+)")
_MASTHEAD_NOUNS = frozenset(w for w in _MASTHEAD if not _CJK_WORD.fullmatch(w))
_MASTHEAD_STARTS = tuple(langwords.entries(langwords.MASTHEAD_PREFIXES))
# an edition word after a CJK name: "中日新聞Web", "東京新聞デジタル", "日刊ゲンダイDIGITAL"
_EDITION_TAIL = _compile(
    "(?:digital|web|online|plus|デジタル|電子版|オンライン|ウェブ|電子報|电子报"
    f"|{compact('ออนไลน์')})$"
)  # "自由時報電子報": a Taiwanese paper's e-paper; Thai "online" as `compact` spells it
MAX_CJK_NAME = 10  # "朝日新聞" and "日刊ゲンダイ" are short; a longer run is a headline's
MAX_SLOGAN_WORDS = 6  # "Site - Nachrichten aus Kiel und Umgebung": a slogan after the name
MAX_NAME_WORDS = 4  # "Il Fatto del Porto": a site's name with its articles and city
MIN_NAME_WORD = 6  # a shorter word ("Times", "Post") is too common to name the site alone
# a label is cut only from a headline at least this wide ("Brexit - Explained" keeps it)
MIN_REST = 8
MAX_LABEL = 15  # one word this short between a headline and the site's name is a label
MAX_CJK_LABEL = 6  # ... and in CJK scripts, where words are short
MIN_STEM = 5  # "haberler" also names "haberleri": inflected forms of longer news words
# Each table as its words and its stems (MIN_STEM long or more), so `_news_word` asks a set and
# one `startswith` instead of looping over ~200 words (a tenth of the title's time).
_NewsWords = tuple[frozenset[str], tuple[str, ...]]
_NEWS_LABEL_WORDS: _NewsWords = (
    frozenset(_NEWS_LABEL),
    tuple(w for w in _NEWS_LABEL if len(w) >= MIN_STEM),
)
_NEWS_NOUN_WORDS: _NewsWords = (
    frozenset(_NEWS_NOUNS),
    tuple(w for w in _NEWS_NOUNS if len(w) >= MIN_STEM),
)
MAX_SECTION_SEGMENTS = 4  # URL path segments read as section names ("/politik/ausland/...")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml")


MIN_NAME_PART = 4  # letters of a part of a name meta that names the site alone


def site_names(doc: Document) -> frozenset[str]:
    """The publisher's names (`site_keys`) and the site part of its feeds' titles.

    A feed's title leads with the site's name ("Example News - Politics", "例新聞デジタル"),
    often the only place a page spells it the way its <title> does.
    """
    cached: frozenset[str] | None = doc.cache.get("title_site_names")
    if cached is not None:
        return cached
    names = set(site_keys(doc))
    # a name meta of two names across a mark, in two scripts or a name and its slogan
    # ("خبرگزاری بندر | Bandar News Agency", "港湾新聞 | Port News"): a title may end in
    # either or both, each after its own mark; a section's name beside it ("Politik -
    # Hafenblatt", a section page's title left in the meta) names no site
    for both in doc.all_meta(*SITE_META):
        if SEPARATOR.search(both):
            parts = SEPARATOR.split(both)[::2]
            keys = {k for p in parts if len(k := compact(p)) >= MIN_NAME_PART}
            names.update(keys - section_names(doc))
    head = doc.tree.find("head")
    for link in (head if head is not None else doc.tree).iter("link"):
        if (link.get("type") or "").lower() in _FEED_TYPES and (feed := clean(link.get("title"))):
            names.add(compact(SEPARATOR.split(feed)[0]))
    if _unexplained_end(doc, frozenset(names)):
        # the JSON-LD WebSite's name, the home link's logo, the footer's copyright line:
        # read only where a title's first or last part names no site the metadata states
        for site in jsonld.objects_of_type(doc.jsonld, "WebSite"):
            names.update(compact(n) for n in as_strings(site.get("name")))
        names.update(_canonical_host(doc))
        names.update(compact(n) for n in _brand_names(doc))
        names.update(compact(n) for n in _social_names(doc))
        names.update(_shown_names(doc, frozenset(names)))
    names.discard("")
    found = frozenset(names)
    doc.cache["title_site_names"] = found
    return found


def _canonical_host(doc: Document) -> set[str]:
    """The names the host of the page's canonical address spells, where it is another host
    than the one the page came from: an AMP cache's copy ("www-hafenblatt-example.cdn.
    ampproject.org"), a web archive's replay, a saved file name the publisher by it."""
    from newsarchive.extract.page_fields import canonical_url  # it imports this module

    canonical = canonical_url(doc)
    if not canonical or split_url(canonical).hostname == split_url(doc.url).hostname:
        return set()
    return host_keys(canonical)


# The article's links to the paper it appeared in, where its publisher is the group owning
# the paper: the organisation, site, periodical or brand it names there.
_BRAND_KEYS = ("sourceOrganization", "copyrightHolder", "provider", "brand", "isPartOf")
_BRAND_TYPES = frozenset(
    {"organization", "newsmediaorganization", "corporation", "website", "periodical", "brand"}
)


def _brand_names(doc: Document) -> list[str]:
    """The names the JSON-LD article gives the paper besides its publisher (`_BRAND_KEYS`):
    a group's site states the group as publisher ("Nordsee Medien GmbH") and the paper as
    `sourceOrganization`, `copyrightHolder`, `brand` or the `isPartOf` WebSite ("Kieler
    Abendpost"), the name its titles end in; so does the `isPartOf` WebSite of the WebPage
    the article is the main entity of."""
    found = []
    page = jsonld.resolve(doc.article.get("mainEntityOfPage"), doc.jsonld)
    holders = [(doc.article, key) for key in _BRAND_KEYS]
    holders += [(page, "isPartOf")] if isinstance(page, dict) else []
    for holder, key in holders:
        value = jsonld.resolve(holder.get(key), doc.jsonld)
        for obj in value if isinstance(value, list) else [value]:
            if isinstance(obj, dict) and _BRAND_TYPES.intersection(jsonld.types_of(obj)):
                found += as_strings(obj.get("name"))
    return found


# Social profiles whose address names the publisher's account: "facebook.com/HafenblattKurier"
# in article:publisher (Facebook's tag for the page's publisher), the publisher's `sameAs`
_SOCIAL_HOSTS = frozenset(
    {"facebook.com", "fb.com", "twitter.com", "x.com", "instagram.com", "youtube.com",
     "linkedin.com", "tiktok.com", "threads.net", "t.me", "vk.com", "weibo.com"}
)  # fmt: skip
_PROFILE_DIRS = frozenset({"pages", "pg", "company", "c", "user", "channel", "in", "people"})
_HANDLE = _compile(r"@?(?P<name>[\w.-]*[^\W\d_][\w.-]*)")
MAX_PROFILES = 12


def _social_names(doc: Document) -> list[str]:
    """The account names of the publisher's social profiles (`_SOCIAL_HOSTS`): the handle a
    site opens its accounts under is its name run together ("HafenblattKurier",
    "Hafenblatt-Kurier"), the name its titles end in ("... | Hafenblatt Kurier")."""
    urls = doc.all_meta("article:publisher")
    publisher = jsonld.resolve(doc.article.get("publisher"), doc.jsonld)
    for org in publisher if isinstance(publisher, list) else [publisher]:
        if isinstance(org, dict):
            urls += as_strings(org.get("sameAs"))
    found = []
    for url in itertools.islice(urls, MAX_PROFILES):
        parts = split_url(url.strip())  # "https://[facebook.com/Xyz": no parts
        host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
        if host not in _SOCIAL_HOSTS:
            continue
        dirs = [d for d in unquote(parts.path).split("/") if d]
        while dirs and dirs[0].casefold() in _PROFILE_DIRS:
            dirs = dirs[1:]
        if dirs and (m := _HANDLE.fullmatch(dirs[0])) and "." not in m["name"]:
            found.append(m["name"])
    return found


# Marks a key read from the logo or the copyright line that another house may own (the
# group owning the site): it cuts only a title's last part (`strip_sites`). `compact` keeps
# no "+", so no part matches the marked key itself; the mark alone is a key too, so that
# `lent_too` asks one set lookup of the ~20 sets a page's title passes it.
LENT = "+"


def _shown_names(doc: Document, names: frozenset[str]) -> set[str]:
    """Keys of the names the masthead's logo and the footer's copyright line show.

    A site names itself at one end of its titles. Where a title of the page already ends
    in a name the page gives (`names`: "... | Hafenkurier"), a logo or copyright name that
    none of those confirm is often the group's that owns the site ("© 2026 Nordsee Medien
    GmbH"), and first in a title it is the headline's topic ("Nordsee Medien: Verlag
    streicht Stellen"): it is kept marked (`LENT`) and cuts only a last part ("... |
    Hafenkurier | Nordsee Medien"). Elsewhere these names cut either end ("Hafenkurier:
    ..." where og:site_name is only "HK")."""
    shown = [*logo_names(doc), *_copyright_names(doc)]
    if not shown or not _ends_in_a_name(doc, names):
        return {compact(n) for n in shown}
    keys = {("" if is_site(n, names) else LENT) + compact(n) for n in shown}
    return keys | {LENT} if any(k.startswith(LENT) for k in keys) else keys


def _ends_in_a_name(doc: Document, names: frozenset[str]) -> bool:
    """Whether the <title> or og:title has a part after its first that names the site."""
    for value in (tab_text(doc), doc.first_meta("og:title") or ""):
        if any(is_site(part, names) for part in SEPARATOR.split(value)[2::2]):
            return True
    return False


def lent_too(sites: frozenset[str]) -> frozenset[str]:
    """`sites` with the names marked `LENT` as plain keys: every name that may end a title."""
    return _unmarked(sites) if LENT in sites else sites


@lru_cache(maxsize=256)
def _unmarked(sites: frozenset[str]) -> frozenset[str]:
    return frozenset(k.removeprefix(LENT) for k in sites if k != LENT)


# A <title> longer than this is none (no headline with a site's name runs to it): each of
# its parts between separators is weighed against the others, so a hostile "- - - ..." of
# 20,000 characters took seconds a page and one of megabytes would take hours.
MAX_TAB = 1000


def tab_text(doc: Document) -> str:
    """The page's <title>, cleaned (computed once per page: a page without one is walked
    whole to find none); none when longer than MAX_TAB."""
    cached: str | None = doc.cache.get("title_tab")
    if cached is None:
        cached = next((clean(t.text_content()) for t in doc.elements("title")), "")
        cached = cached if len(cached) <= MAX_TAB else ""
        doc.cache["title_tab"] = cached
    return cached


def _unexplained_end(doc: Document, names: frozenset[str]) -> bool:
    """Whether the <title> or og:title has a part before or after a separator, before a
    colon, or in brackets at an end, that none of `names` is: only then are the names
    read from the page's body looked for."""
    for value in (tab_text(doc), doc.first_meta("og:title") or ""):
        parts = SEPARATOR.split(value)
        if len(parts) > 2 and not (is_site(parts[-1], names) or is_site(parts[0], names)):
            return True
        if _ANY_OPENING.search(value) or _WAVE_NAME.search(value) or _NAME_COLON.match(value):
            return True
    return False


# "© 2026 Hafenblatt Kurier GmbH. Alle Rechte vorbehalten.": the name after the mark and
# the years, up to a stop, a comma, a bar or a legal form
_COPYRIGHT = _compile(
    r"(?:[©ⓒ]|\(c\)|copyright)(?:\s*(?:[©ⓒ]|copyright))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?P<name>[^\W\d][^.,|©\n]{1,60})",
    re.IGNORECASE,
)
_LEGAL_FORM = _compile(
    r"(?!(?<=\s)\s)(?:\s+(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|KG|Ltd\.?|Limited|Inc\.?|LLC|PLC|S\.?A\.?|S\.?L\.?"
    r"|S\.?p\.?A\.?|SAS|SARL|B\.?V\.?|N\.?V\.?|ASA?|AB|Oyj?|A/S|ApS|Corp\.?|Corporation)\b.*$"
    r"|\s*(?:株式会社|\(株\)|\(주\)|㈜).*$)"
)
_RIGHTS_WORDS = _compile(
    r"(?i)(?!(?<=\s)\s)(?:^|\s+)"
    r"(?:all rights|alle rechte|tous droits|todos los derechos|tutti i diritti).*$"
)
MAX_COPYRIGHT_WORDS = 5
MAX_COPYRIGHT_LINES = 3
# where a copyright line may start: found with str.find, the regex run from the first (a
# footer's whole text is long)
_COPYRIGHT_MARKS = ("©", "ⓒ", "(c)", "(C)", "Copyright", "copyright", "COPYRIGHT")


def _copyright_names(doc: Document) -> list[str]:
    """The publisher's name in the footer's copyright line, where sites print it whole,
    and in the metadata that state the rights holder (`_RIGHTS_META`).

    Only footers are read (a caption's "© Reuters" is a picture's owner): <footer>
    elements, and where they name no one (none, or only an article's own of tags), the
    blocks a CMS names a footer or a copyright line instead (`_footer_blocks`); the line's
    legal form ("GmbH", "Ltd", "株式会社") and the rights reserved go."""
    found = [n for v in doc.all_meta(*_RIGHTS_META) if (n := _rights_name(v))]
    footers = doc.elements("footer")[:MAX_FOOTERS]
    lines = [n for footer in footers for n in _footer_names(footer)]
    # (an article's own <footer> of tags beside a site footer that is a <div>)
    lines = lines or [n for block in _footer_blocks(doc) for n in _footer_names(block)]
    return found + [n for n in dict.fromkeys(lines) if n not in found]


def _footer_names(footer: HtmlElement) -> Iterator[str]:
    text = footer.text_content()
    starts = [i for mark in _COPYRIGHT_MARKS if (i := text.find(mark)) >= 0]
    if not starts:
        return
    for m in itertools.islice(_COPYRIGHT.finditer(text, min(starts)), MAX_COPYRIGHT_LINES):
        if name := _rights_name(m["name"]):
            yield name


# Metadata naming the rights holder: "copyright" ("© 2026 Hafenblatt GmbH", or the name
# alone), Dublin Core's rights and publisher fields, a pinned site's tooltip (Internet
# Explorer's, still left in many CMS templates)
_RIGHTS_META = ("copyright", "dc.rights", "dcterms.rights", "dcterms.rightsholder",
                "dcterms.publisher", "msapplication-tooltip")  # fmt: skip
MAX_FOOTERS = 8
FOOTER_WINDOW = 250  # the page's last elements: where its footer sits


def _named_footer(name: str | None) -> bool:
    """A class or id naming a footer or a copyright line ("site-footer", "footerBottom",
    "pageFooter", "copyright")."""
    return name is not None and ("ooter" in name or "opyright" in name)


# a block named so that names a picture's credit is a caption's


_CREDIT_CLASS = _compile(r"(?i)caption|credit|image|img|photo|foto|bild|picture|media")


def _footer_blocks(doc: Document) -> list[HtmlElement]:
    """The outermost blocks among the page's last elements (`FOOTER_WINDOW`) named a footer
    or a copyright line, outside figures and captions, in document order. (An XPath over
    every class attribute took 0.8 ms a page; the footer sits at the end.) A page of more
    elements than `Document.held` holds is not walked for them."""
    if not 0 < len(doc.held) < HELD_ELEMENTS:
        return []
    found: list[HtmlElement] = []
    for el in itertools.islice(reversed(doc.held), FOOTER_WINDOW):
        get = el.get
        cls, ident = get("class"), get("id")
        if not (_named_footer(cls) or _named_footer(ident) or get("role") == "contentinfo"):
            continue
        if _CREDIT_CLASS.search(f"{cls or ''} {ident or ''}"):
            continue
        if any(a.tag in ("figure", "figcaption") for a in el.iterancestors()):
            continue
        found.append(el)
    # outermost only: a footer's copyright line is read with the footer
    held = set(found)
    outer = [el for el in found if not any(a in held for a in el.iterancestors())]
    return outer[::-1][:MAX_FOOTERS]


def _rights_name(text: str) -> str | None:
    """The holder's name of a copyright line's rest: the first part, without legal form,
    rights words or the years before it."""
    name = SEPARATOR.split(clean(text))[0]
    name = _COPYRIGHT_OPENING.sub("", name)
    name = _RIGHTS_WORDS.sub("", _LEGAL_FORM.sub("", name))
    name = name.removeprefix("by ").strip(" .,")
    return name if name and len(name.split()) <= MAX_COPYRIGHT_WORDS else None


# the mark and years a copyright meta's content may open with ("© 2026 Hafenblatt")
_COPYRIGHT_OPENING = _compile(
    r"^(?:(?:[©ⓒ]|\(c\)|copyright)\s*)*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:[©ⓒ]\s*)?",
    re.IGNORECASE,
)


def shared_ends(titles: Sequence[str]) -> frozenset[str]:
    """Compact names of the end parts a page's titles add to its headline: a name no meta
    or host gives ("Storm hits coast | Xyz Kurier" where nothing else says "Xyz Kurier").

    A part after the last separator is the site's where two titles end with it after
    different headlines ("Storm hits coast | Xyz Kurier" and "Coastal storm: what we know
    | Xyz Kurier"): a headline's own tail does not repeat after another headline (where
    another source states the rest alone, `title._core` cuts the part already). Only a
    name-like part counts: a few words, none opening in lower case, no question or quote
    ("- updates", "- what we know?" are a headline's tail), after a headline at least 8
    characters wide. Not a first part: a part two titles begin with is a kicker
    ("Nationale Demo / ..."), which the title keeps: on newsbench dev + world minus
    kept-aside, the 3 first parts so shared (world A) are kickers, and the 4 last parts
    (dev 3, world A 1) site names.
    """
    ends: dict[str, set[str]] = {}  # an end part's key -> the keys of the rest beside it
    for value in dict.fromkeys(t for t in titles if t):
        whole = SEPARATOR.split(value)
        # (and a title of two end parts without its last: "Title - Paper | Group" also ends
        # in "Paper", as og:title "Kicker: Title - Paper" does; there the rest is a headline
        # wider than the part: of og:title "Series - Topic: Mayor speaks" beside the <title>
        # "Topic: Mayor speaks | Paper", in a script where the colon parts too, the rests
        # are two kickers and the part the headline's tail, no name)
        for parts, inner in ((whole, False), (whole[:-2], True)):
            if len(parts) < 3:
                continue
            end, text = parts[-1], "".join(parts[:-2])
            wide = _width(text) > _width(end) or not inner
            if _name_like(end) and _width(text) >= MIN_REST and wide:
                ends.setdefault(compact(end), set()).add(compact(text))
    return frozenset(k for k, rests in ends.items() if k and len(rests) > 1)


# A last part that is a host name ("| HK.de", "- www.kurier-online.de"): a site's name as
# its domain, whichever host serves the page (a brand's short domain, a syndicated copy).
_DOMAIN = _compile(r"(?i)(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}")


def domain_ends(titles: Sequence[str], shown: Sequence[str]) -> frozenset[str]:
    """The host names titles end in after a separator ("Title - Politik - HK.de"), where
    no heading in `shown` ends in it too (a headline's own "... - paket-info.de") and no
    other title goes on after it ("... - Booking.com | Xyz Kurier": the headline's)."""
    split = [SEPARATOR.split(t) for t in titles if t]
    inner = {p.strip() for parts in split for p in parts[:-1]}
    found = set()
    for parts in split:
        if len(parts) < 3 or _width("".join(parts[:-2])) < MIN_REST:
            continue
        last = parts[-1].strip()
        if (
            _DOMAIN.fullmatch(last)
            and last not in inner
            and not any(h.endswith(last) for h in shown)
        ):
            found.add(compact(last))
    return frozenset(found)


def home_title(tab: str, value: str) -> bool:
    """Whether a metadata title is the site's home title left on its articles: the name the
    <title> ends in after the headline ("Storm hits coast | Xyz Kurier"), alone ("Xyz
    Kurier") or before the site's slogan ("Xyz Kurier - News from the coast").

    The <title>'s last part is the site's where it is shorter than the headline before it;
    a kicker before a headline ("Weather | Storm hits coast") is the shorter part first.
    What follows the name is a slogan only where it shares no word with the headline ("Xyz
    Kurier: Storm hits coast" is the headline, the name first).
    """
    parts = SEPARATOR.split(tab)
    if len(parts) < 3 or not value:
        return False
    last, rest = parts[-1].strip(), "".join(parts[:-2])
    if len(last) >= len(rest) or _width(rest) < MIN_REST:
        return False
    mine = SEPARATOR.split(value)
    if compact(mine[0]) != compact(last) or not compact(last):
        return False
    slogan = {w.casefold() for w in _WORDS.findall("".join(mine[2:]))}
    return slogan.isdisjoint(w.casefold() for w in _WORDS.findall(rest))


_WORDS = _compile(r"\w{3,}")


def home_tab(
    tab: str, sites: frozenset[str], headlines: Sequence[str], stated: bool = False
) -> bool:
    """Whether the <title> is the site's home title left on an article: its name first and
    a slogan after it sharing no word of four letters or more with the article's headline
    ("Seeblatt - Nachrichten aus der Seeregion" above an h1 "Stadtrat beschließt ...",
    "Portside Pulse — Independent news from the coast"). A headline after the site's name
    shares its words with the h1 ("Seeblatt: Stadtrat beschließt ..."); the name alone is
    told elsewhere (`only_site`). Only beside an h1 that is a headline (three such words,
    or eight CJK characters, or one word where another title source states the h1:
    `stated`): an h1 of a section or a kicker ("Politik", "国际新闻") shares no word with
    the <title>'s headline either. CJK text, whose words no space sets
    apart, is compared by pairs of characters ("新港口计划获市议会通过" shares "港口" with
    the h1 "市议会通过新港口计划")."""
    parts = SEPARATOR.split(tab)
    if len(parts) < 3 or not headlines or not is_site(parts[0], sites):
        return False
    slogan = _word_keys("".join(parts[2:]))
    least = 1 if stated else MIN_HEADLINE_KEYS
    shown = [keys for h in headlines if len(keys := _word_keys(h)) >= least]
    return bool(slogan) and bool(shown) and all(slogan.isdisjoint(keys) for keys in shown)


MIN_HEADLINE_KEYS = 3  # an h1 "Politik" or "Kommentar" is a section's, no headline
MIN_CJK_HEADLINE = 8  # CJK characters of an h1 that is a headline ("国际新闻" is a section)


def _word_keys(text: str) -> set[str]:
    """The words of four letters or more of `text`, and the pairs of characters of its
    CJK runs (none where it holds fewer than `MIN_CJK_HEADLINE` CJK characters)."""
    keys = {w.casefold() for w in _LONG_WORDS.findall(_CJK_CHAR.sub(" ", text))}
    runs = _CJK_RUNS.findall(text)
    if sum(map(len, runs)) >= MIN_CJK_HEADLINE:
        keys |= {r[i : i + 2] for r in runs for i in range(len(r) - 1)}
    return keys


_CJK_RUNS = _compile(f"[{_CJK}]+")


def slug_joined_site(
    value: str,
    sites: frozenset[str],
    url: str,
    headings: Sequence[str] = (),
    page_text: Callable[[], str] | None = None,
) -> str:
    """`value` without a one-word site name joined to its end by a bare dash where the
    article's URL slug spells the title and stops before the name ("Stadtrat beschließt
    neuen Hafenplan-Hafenbote" of /stadtrat-beschliesst-neuen-hafenplan-id4711.html): a
    compound's second half (`strip_sites` keeps "Mecklenburg-Vorpommern") runs on in
    the slug too ("...-mecklenburg-vorpommern"), and a slug of no words ("/artikel-123")
    tells nothing. Nor does a slug cut short ("/neuer-landtag-fuer-mecklenburg") where
    the page's h1 (`headings`) shows the compound: no site sets its name in the heading,
    nor in the article's text (`page_text`, read only where the rest says cut: "... in
    Mecklenburg-Vorpommern" in a paragraph, the title itself aside)."""
    m = _JOINED_SITE.search(value)
    if not m or ":" in m[0] or _NAME_SHAPED.search(m["name"]) or m.start() < MIN_REST:
        return value
    joined = (value[: m.start()].split() or [""])[-1] + m[0]
    if any(joined.casefold() in h.casefold() for h in headings):
        return value
    name = compact(m["name"])
    if not _whole_site(m["name"], sites):
        return value
    slug = unquote(split_url(url).path).rstrip("/").rsplit("/", 1)[-1].casefold()
    words = [w for w in _SLUG_WORD.findall(slug) if not w.isdigit()]
    before = _SLUG_WORD.findall(value[: m.start()].casefold().translate(_SLUG_SPELLING))
    if len(words) < MIN_SLUG_WORDS or not before or name in words:
        return value
    # the slug's last word (a trailing id aside) is the word before the dash
    last = _SLUG_WORD.findall(slug.translate(_SLUG_SPELLING))
    last = [w for w in last if not _SLUG_ID.fullmatch(w)]
    if not last or last[-1] != before[-1]:
        return value
    text = page_text().casefold() if page_text is not None else ""
    # (the title itself in the text, "...Hafenplan-Hafenbote" in a share box, shows none)
    return (
        value
        if text.count(joined.casefold()) > text.count(value.casefold())
        else value[: m.start()]
    )


MIN_SLUG_WORDS = 3
_SLUG_WORD = _compile(r"[^\W_]+")
_SLUG_ID = _compile(r"(?:id|a|ld|art)?\d+|html?|php|aspx?")
_SLUG_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


# words of four letters or more: "für", "the", "und" are every line's
_LONG_WORDS = _compile(r"\w{4,}")


def _name_like(part: str) -> bool:
    words = part.split()
    return (
        0 < len(words) <= MAX_NAME_WORDS
        and not any(w[0].islower() for w in words)
        and not part.rstrip().endswith(("?", "!", '"', "'", "\u201c", "\u201d"))
    )


def section_names(doc: Document) -> frozenset[str]:
    """Compact names of the page's sections: its URL's first path segments and section metadata."""
    cached: frozenset[str] | None = doc.cache.get("title_sections")
    if cached is not None:
        return cached
    path = unquote(split_url(doc.url).path)
    # the last segment is the article's slug, with or without a trailing slash
    segments = [s for s in path.split("/") if s][:-1]
    names = [s for s in segments[:MAX_SECTION_SEGMENTS] if not s.isdigit()]
    stated = [*as_strings(doc.article.get("articleSection")), *doc.all_meta(*SECTION_META)]
    names += stated
    # the names the page states for its section (not its URL's words) marked once more:
    # only these cut a leading label (`_unsectioned`); not one the article's h1 shows
    # before its headline (the reader sees it as the heading's: the title, label and all)
    names += [STATED + n for n in stated if not _shown_label(doc, n)]
    found = frozenset(k for n in names if (k := _marked_compact(n)))
    doc.cache["title_sections"] = found
    return found


def stated_section(doc: Document, name: str, crumb: bool = False) -> frozenset[str]:
    """`name` (the section another source of the page states: its breadcrumb trail, Parse.ly's
    JSON) as a section the page's metadata states, marked so (`STATED`), and as a crumb's
    where only the trail names it (`crumb`, `CRUMB`); none where an h1 shows it before its
    headline."""
    key = compact(name)
    if not key or _shown_label(doc, name):
        return frozenset()
    return frozenset({STATED + key, CRUMB + key} if crumb else {STATED + key})


def _shown_label(doc: Document, name: str) -> bool:
    return any(_shows(h, name) for h in doc.elements("h1")[:MAX_SECTION_H1S])


# Marks a section name the page states in its metadata (`article:section`, JSON-LD
# `articleSection`), not one read from its URL: `compact` keeps no "=", so no part's key is one.
STATED = "="
# Marks a stated section that only the breadcrumb trail names: a person's topic page
# ("Olaf Scholz") is a crumb as often as a section is, and before a quote it is its speaker
CRUMB = "~"


def _marked_compact(name: str) -> str:
    if name.startswith(STATED):
        return STATED + k if (k := compact(name)) else ""
    return compact(name)


MAX_SECTION_H1S = 3  # the article's h1 among the page's first ones


def _opens(heading: str, label: str) -> bool:
    """Whether the heading opens with the label and a label's mark ("Panorama - ...")."""
    head = heading[: len(label)]
    return head.casefold() == label.strip().casefold() and bool(
        _LABEL_MARK.match(heading, len(label))
    )


MAX_KICKER_ELEMENTS = 4  # the h1's first few elements: a kicker's span opens it


def _shows(h1: HtmlElement, label: str) -> bool:
    """Whether the h1 shows the label before its headline: with a label's mark after it
    ("Panorama - ..."), or as a kicker in an element of its own, with or without a space
    after it ("<span>Unwetter</span><span>Sturm ...</span>"): the title as the reader sees it."""
    heading = clean(h1.text_content())
    if _opens(heading, label):
        return True
    label = label.strip().casefold()
    # (a section page's h1 of the label alone shows no headline after it)
    if len(heading) <= len(label) or not heading.casefold().startswith(label):
        return False
    kickers = itertools.islice(h1.iterdescendants("*"), MAX_KICKER_ELEMENTS)
    return any(clean(e.text_content()).casefold() == label for e in kickers)


# A label before the headline: a spaced dash or bar, a colon ("Panorama - ...", "Politik: ...")
_LABEL_MARK = _compile("(?!(?<=\\s)\\s)\\s*[-\u2013\u2014|:]\\s*")
MAX_SECTION_WORDS = 3


def _stated_section(text: str, sections: frozenset[str]) -> bool:
    """Whether the text is the section the page's metadata states, by its name."""
    return len(text.split()) <= MAX_SECTION_WORDS and any(
        STATED + k in sections for k in spellings(compact(text))
    )


def _speaker(label: str, rest: str, sections: frozenset[str]) -> bool:
    """Whether a label only the breadcrumb trail names (`CRUMB`) is the speaker of the quote
    the rest opens with ("Olaf Scholz: „Wir schaffen das“", "Macron : « ... »"): the
    headline's own words. A section the metadata states stays a label ("Sport: „...“")."""
    return bool(_QUOTE_OPEN.match(rest)) and any(
        CRUMB + k in sections for k in spellings(compact(label))
    )


def _unsectioned(parts: list[str], sections: frozenset[str]) -> list[str]:
    """The parts after a leading label that is the page's own section, as its metadata
    names it ("Panorama - Brand in Kiel" of a page in section "Panorama", "Wirtschaft |
    Werft schließt"): the page's word for where it files the story, not the headline's.
    A first part naming another section, or only a word of the URL's path ("Kiel - ..."
    under /kiel/, a place the story is about), stays; so does a speaker before the quote
    the rest is (the breadcrumb's deepest crumb a person's topic page)."""
    if (
        len(parts) > 2
        and _LABEL_MARK.fullmatch(parts[1])
        and _stated_section(parts[0], sections)
        and _width(rest := "".join(parts[2:])) >= MIN_REST
        and not _names_alone(rest)
        and not _speaker(parts[0], rest, sections)
    ):
        return parts[2:]
    return parts


def _section_closing(parts: list[str], sections: frozenset[str]) -> bool:
    """Whether the last part is the page's stated section after a dash or a bar; not a name
    after another ("FC Bayern München - Borussia Dortmund", a match on a page filed under
    the club) nor a quote's speaker ("„Ich trete nicht zurück“ - Olaf Scholz", the
    breadcrumb's deepest crumb a person's topic page)."""
    return (
        _stated_section(parts[-1], sections)
        and bool(_LABEL_MARK.fullmatch(parts[-2]))
        and not _QUOTE_END.search(parts[-3])
        and not _names_alone("".join(parts[:-2]))
    )


def _names_alone(text: str) -> bool:
    """Whether `text` is a name or two and no headline: a few words, each opening with a
    capital ("FC Bayern München", "Deutschland"). Beside a section's name after a dash it
    makes a pairing, a match's two sides ("Borussia Dortmund - FC Bayern München" filed
    under the club), no label and headline; a script without capitals never is one."""
    words = text.split()
    return 0 < len(words) <= MAX_NAME_WORDS and all(w[0].isupper() for w in words)


# A page's title cascade cuts the same few values (og:title, <title>, h1) a dozen times over
# (its sources, votes and cores): ~2 distinct a page of 12 calls. Few entries, so only one
# page's values are kept, not a crawl's.
@lru_cache(maxsize=32)
def strip_sites(
    value: str, sites: frozenset[str], sections: frozenset[str] = frozenset(), dates: bool = True
) -> str:
    """`_strip_sites`, and (with `dates`) a date in brackets at either end before and after it
    ("港で火災\uff082026年1月13日\uff09\uff5c海辺新聞", `_unbracket_dates`)."""
    if not dates:
        return _strip_sites(value, sites, sections)
    return _unbracket_dates(_strip_sites(_unbracket_dates(value), sites, sections))


def _strip_sites(value: str, sites: frozenset[str], sections: frozenset[str]) -> str:
    """Cut leading and trailing parts that name the site ("Site | Title | Site").

    A slogan after a site's name goes with it ("Title | Site - reliable news"). Once a
    trailing site name is cut, a section or "News" label left before it goes too
    ("Title - Politik - Site", "Title - Son Dakika Haberleri - Site"); a title that ends
    in such a word with no site name after it ("Storm - live") keeps it. A site's name in
    brackets at either end goes too ("【Site】Title", "[Site] Title", "Title (Site)").
    """
    # a name lent by the logo or the copyright line cuts no first part (`_shown_names`)
    first, sites = sites, lent_too(sites)
    named = _unwaved(_unbracket(value, sites, first), sites)
    value = _unlopsided(named, sites)
    # "标题_新闻频道_海滨网": the name cut after an unspaced mark, the section before it goes too
    unnamed = value != named
    parts = _undated(_unpaged(split_parts(value)), sites)
    # "Title | Site - reliable news": the site's name followed by its slogan; "Title | Site -
    # Latest News", "Title - उदाहरण समाचार | Hindi News": a news label after a part naming it
    if (
        len(parts) > 4
        and _width("".join(parts[:-4])) >= MIN_REST
        and (
            (len(parts[-1].split()) <= MAX_SLOGAN_WORDS and _whole_site(parts[-3], sites))
            or (
                _furniture(parts[-1], sections)
                and (_names_site(parts[-3], sites) or _masthead(parts[-3]))
            )
        )
    ):
        parts = parts[:-2]
    else:  # "Title | Site.de - Nachrichten - Region - Studio Stadt": a trail of a few words
        parts = _trail_after_site(parts, sites)
    parts = _name_rejoined(parts, first)
    cut = False
    # the width of the parts before each part's separator, read once (a title of thousands of
    # dated or section parts was cut part by part, each time measuring all before it)
    ahead = [0, *itertools.accumulate(map(_width, parts))]
    parts = list(parts)
    trail_mark: str | None = None
    lead = 2 if len(parts) > 2 and is_site(parts[0], first) else 0  # "Site | ..." opening
    while (
        len(parts) > 2
        and (
            is_site(parts[-1], sites)
            or _mixed_site(parts[-1], sites)
            or (_byline_part(parts[-1]) and ahead[len(parts) - 2] >= MIN_REST)
            or (
                not cut
                and _names_site(parts[-1], sites)
                # (a headline before it, not only the site's name or a label: in a script
                # without capitals a headline holding the site's word, "الهلال يفوز في الرياض"
                # on alriyadh.example, reads as a name after "الرياض | " or "عاجل - ")
                and ahead[len(parts) - 2] - ahead[lead] >= MIN_REST
            )
            or (
                not cut
                and _host_root(parts[-1], sites)
                and not _QUOTE_END.search(parts[-3])
                and ahead[len(parts) - 2] >= MIN_REST
            )
            or (
                # (after a name cut, a paper's name in a script no host spells: the site's name
                # in two scripts, "Title - خبرگزاری بندر | Bandar News Agency")
                (not cut or _cjk_masthead(parts[-1]) or _unspelt_masthead(parts[-1], parts[-2]))
                and (_masthead(parts[-1]) or _news_noun(parts[-1]) or _news_label(parts[-1]))
                and ahead[len(parts) - 2] >= MIN_REST
            )
            or (
                (cut or unnamed)
                and (
                    _furniture(parts[-1], sections)
                    or _dated(parts[-1])
                    # "Title | NRW | Lokales | Site": a region, a district, a club over the section
                    or (parts[-2] == trail_mark and _trail_level(parts[-1], parts[:-2]))
                )
                and ahead[len(parts) - 2] >= MIN_REST
            )
            # "Werft schließt nach hundert Jahren - Wirtschaft" of a page its metadata or its
            # breadcrumb file in "Wirtschaft": the section's label, with no site name after it
            or (ahead[len(parts) - 2] >= MIN_REST and _section_closing(parts, sections))
        )
    ):
        # (a bar after a cut: the trail's marks, once its site's name and section are gone)
        trail_mark = parts[-2] if cut and parts[-2].strip() == "|" else None
        del parts[-2:]
        cut = True
    if cut and parts:
        parts[-1] = _comma_undated(parts[-1])
    if cut or unnamed:
        parts = _unlabelled(parts, sections)
    parts = _uncrumbed(parts, first, sections)
    if (
        cut
        and len(parts) > 2
        and _TRAIL_MARK.fullmatch(parts[1])
        and not spellings(compact(parts[0])).isdisjoint(sections)
        and _width(rest := "".join(parts[2:])) >= MIN_REST
        and not _quote_closed(rest)
    ):
        # "Region » Stadtrat stimmt zu | Site" (of /region/): the page's section left before
        # the title as a crumb, by a mark only trails use (a kicker's "/" or ">" stays:
        # "Hafen / Stadtrat ..."; so does a kicker no section names, "Hafenstreit » ...", and
        # a German quote's opening mark: "Merz » Wir schaffen das nicht « | Site")
        parts = parts[2:]
    parts = _unsectioned(parts, sections)
    # (the width after each part, read once: a title of thousands of leading names)
    behind = [*reversed(list(itertools.accumulate(map(_width, reversed(parts))))), 0]
    start = 2 if not cut and _name_before_a_place_clause(parts, sites) else 0
    while len(parts) - start > 2 and (
        is_site(parts[start], first)
        or (
            (
                _cjk_masthead(parts[start])
                or _unspelt_masthead(parts[start], parts[start + 1], parts[start + 2])
            )
            and behind[start + 2] >= MIN_REST
        )
    ):
        start += 2
    value = "".join(parts[start:])
    if (
        (m := _NAME_COLON.match(value))
        and _stated_section(m.group(1), sections)
        and _width(value[m.end() :]) >= MIN_REST
        and not _speaker(m.group(1), value[m.end() :], sections)
    ):
        value = value[m.end() :]  # "Politik: Warum der Rat streitet" of a page in "Politik"
    # "Stadtrat stimmt zu-Hafenblatt", "Stadtrat stimmt zu: Hafenblatt": the site's name
    # after a mark no space sets apart, or after a colon (a template joining the two with
    # no spaced separator); only the name as the page's own metas or host spell it
    if (
        (m := _JOINED_SITE.search(value))
        and m.start() >= MIN_REST
        and _whole_site(m["name"], first)
        # (after a bare dash, a one-word name may be a compound's second half: "Wahl in
        # Mecklenburg-Vorpommern" on vorpommern.example; a name of two words or a host's stays)
        and (":" in m[0] or _NAME_SHAPED.search(m["name"]))
    ):
        value = value[: m.start()]
    # "Hafenblatt: Stadtrat stimmt zu": the site's name as the page writes it, before an
    # unspaced colon; a shorter word there ("Hafen: ...") is a topic, cut only where another
    # source states the title alone (`title._core`)
    if (
        (m := _NAME_COLON.match(value))
        and any(not spellings(k).isdisjoint(first) for k in _name_keys(m.group(1)))
        and len(value) - m.end() >= MIN_REST
    ):
        return value[m.end() :]
    return value


def _name_rejoined(parts: list[str], sites: frozenset[str]) -> list[str]:
    """The last three parts as one where they spell a site's name whole ("Title | Abendpost
    - Kassel" on abendpost-kassel.example): a name holding a spaced mark of its own, which
    part by part names no site ("Kassel")."""
    if (
        len(parts) > 4
        and _width("".join(parts[:-4])) >= MIN_REST
        and compact(parts[-3])  # (a name of two words: not an empty part after a quote's mark)
        and compact(parts[-1])
        and compact("".join(parts[-3:])) in sites
    ):
        return [*parts[:-3], "".join(parts[-3:])]
    return parts


MIN_ARTICLED_NAME = 9  # "Abendbote": one word after an article, long as a compound is


def _name_keys(name: str) -> tuple[str, ...]:
    """A name's compact form, and without the article it opens with ("Der Abendbote" on
    abendbote.example, "The Evening Post" on eveningpost.example): after the article two
    words or one long compound; one short word there is the headline's subject ("Die
    Zeit: ein Essay" on zeit.example, "The Times: how they change" on times.example)."""
    first, _, rest = name.strip().partition(" ")
    if (
        rest
        and first.casefold() in langwords.NAME_ARTICLE_WORDS
        and (len(rest.split()) > 1 or len(compact(rest)) >= MIN_ARTICLED_NAME)
    ):
        return compact(name), compact(rest)
    return (compact(name),)


_NAME_SHAPED = _compile(r"\w[\s.]\w")  # "El Faro", "Hafenbote.de"
# A site's name joined to the title's end by a bare dash or after a colon (`strip_sites`)
_JOINED_SITE = _compile(
    r"(?<=[^\W_])(?:[-\u2013\u2014]|:\s+)(?P<name>[^\W_][^:|\-\u2013\u2014]{1,40})$"
)


# A Hangul section word a Korean CMS joins to the headline with a bare hyphen before the
# site's name ("제목-정치ㅣ한국일보"): where the headline ends in a quote, a digit or a
# bracket, no separator (`SEPARATOR` splits a bare hyphen only between two CJK
# characters). Hangul only: after a Latin word a Chinese or Japanese one is as likely the
# headline's own ("US-中国"), unless the page names it its section (`_JOINED_CJK`).
_JOINED_LABEL = _compile(f"(?<=\\S)-(?P<label>[\uac00-\ud7af]{{1,{MAX_CJK_LABEL}}})$")
_JOINED_CJK = _compile(f"(?<=\\S)-(?P<label>[{_CJK}]{{1,{MAX_CJK_LABEL}}})$")


MAX_LEVEL_WORDS = 3  # "NRW", "Kreis Musterland", "SV Musterstadt": a trail's level
MIN_HEADLINE_WORDS = 4  # ... after a headline, not after a kicker's short one


def _trail_level(part: str, before: list[str]) -> bool:
    """Whether a part, after the same bar as the site's name and section cut after it, is a
    level of the site's trail ("Title | NRW | Lokales | Site"): a few capitalised words,
    no number or sign, after the headline alone, of some words ("Wahl 2025 | Die Bilanz |
    Politik" keeps its part: what is left before it is a kicker). A dash is a headline's own mark
    ("Title - Das Duell - Lokales - Site" keeps "Das Duell"); a name after a quote is its
    speaker ("„Wir schaffen das“ | Olaf Scholz | Politik", as `_speaker` keeps one before)."""
    words = part.split()
    return (
        0 < len(words) <= MAX_LEVEL_WORDS
        and all(w[0].isupper() and w.replace("-", "").isalpha() for w in words)
        and len(before) == 1
        and len(before[0].split()) >= MIN_HEADLINE_WORDS
        and not _QUOTE_END.search(before[0])
    )


def _unlabelled(parts: list[str], sections: frozenset[str]) -> list[str]:
    """The parts without a section word joined to the last by a bare hyphen, once the
    site's name after them is cut ('윤 대통령 "경제 회복"-정치' of '...-정치ㅣ한국일보'); a
    Chinese or Japanese word so joined only where it is the page's section (its
    `article:section`, a URL segment: "...APEC-国际ㅣ海滨网" of a page in 国际)."""
    m = _JOINED_LABEL.search(parts[-1])
    if not m or not _furniture(m["label"], sections):
        m = _JOINED_CJK.search(parts[-1])
        if not m or spellings(compact(m["label"])).isdisjoint(sections):
            return parts
    rest = [*parts[:-1], parts[-1][: m.start()]]
    return rest if _width("".join(rest)) >= MIN_REST else parts


def _trail_after_site(parts: list[str], sites: frozenset[str]) -> list[str]:
    """The parts up to the site's name where a short trail of several parts follows it
    (a section's path, a region, the newsroom: six words in all, as a slogan), leaving
    8 characters of headline before it."""
    words = 0
    for i in range(len(parts) - 3, 1, -2):
        words += len(parts[i + 2].split())
        if words > MAX_SLOGAN_WORDS:
            break
        if _whole_site(parts[i], sites) and _width("".join(parts[: i - 1])) >= MIN_REST:
            return parts[: i + 1]
    return parts


def _whole_site(part: str, sites: frozenset[str]) -> bool:
    """A part naming the site, not a first piece of its name: "Kiel" begins "Kieler
    Nachrichten" (kieler-nachrichten.example) but is a headline's place between dashes."""
    key = compact(part)
    return is_site(part, sites) and (
        not spellings(key).isdisjoint(sites) or not any(k.startswith(key) for k in sites)
    )


# A date sites print beside their name ("Title - Site, 03.12.2026", "Title - 03/12/2026 -
# Poder - Site", "标题 - 海滨网, 2026年12月3日"): no headline's words.
_DATE = _compile(r"\d{1,4}([./-])\d{1,2}\1\d{1,4}|\d{4}年\d{1,2}月\d{1,2}日")
# the words for a month in the languages of `langwords.MONTH_NAMES` ("december", "dez", "déc")
_MONTH_WORDS = frozenset(
    w for text in langwords.MONTH_NAMES.values() for w in text.casefold().replace("|", " ").split()
)
MAX_DATE_WORDS = 4  # "5 December 2026", "Dec. 5, 2026", "le 5 décembre 2026" (and a weekday before)


# A time of day a template prints after a date ("05.12.2026 um 10:15 Uhr", "5 Dec 2026 at
# 10:15 GMT", "2026-12-05 10:15"), or alone as a part ("Title - 10:15 | Site"): a word for
# "at" before it or not, a clock's or zone's word after it
_CLOCK = _compile(
    r"(?i)(?:(?:^|\s)(?P<at>at|um|à|a las|alle|ore|kl\.?|klo|klockan|om|o godz\.?|godz\.?|às|saat)"
    r"\s{1,3}|^|\s|(?P<comma>,)\s{0,3})\d{1,2}[:.h]\d{2}"
    r"(?:\s{0,3}(?P<zone>uhr|h|hrs|[ap]\.?m\.?|gmt|utc|cet|cest|bst|ist|et|msk))?$"
)


def _unclocked(part: str) -> str:
    """A part without the time of day closing it (`_CLOCK`): "05.12.2026" of "05.12.2026 um
    10:15 Uhr"."""
    return part[: m.start()].rstrip(" ,") if (m := _CLOCK.search(part)) else part


def unclocked(value: str) -> str:
    """A title without a time of day closing it ("Mayor resigns at 10:15", "Mayor resigns,
    10:15 Uhr"); the title as it is where none does. A bare figure after a word is no
    time a template printed: "Rates fall to 4.25" beside a source cut before the figure
    keeps it."""
    m = _CLOCK.search(value)
    if m and (m["at"] or m["comma"] or m["zone"]):
        return value[: m.start()].rstrip(" ,")
    return value


def _dated(part: str) -> bool:
    """A part that is a date: in figures ("05.12.2026", "2026年12月5日"), or a day, a month's
    word and a year ("5 December 2026", "Dec. 5, 2026", "5. Dezember 2026"), or any other
    day the date reader reads whole ("13 de maio de 2026", Hebrew "13 במאי 2026", Korean
    "2026년 5월 13일", Thai "13 พ.ค. 2569": `datetext.whole_date`); a time of day after it
    or alone too ("5 Dec 2026 at 10:15", "10:15 Uhr")."""
    if _CLOCK.fullmatch(part := part.strip()):
        return True
    if (day := _unclocked(part)) != part:
        return bool(day) and _dated(day)
    if _DATE.fullmatch(part):
        return True
    words = [w.rstrip(".,").casefold() for w in part.split()]
    if len(words) > 2 and words[0] in WEEKDAY_WORDS:
        words = words[1:]  # "Montag, 13. Mai 2026", "Friday 5 December 2026"
    if not 2 <= len(words) <= MAX_DATE_WORDS:
        return whole_date(part)
    months = sum(w in _MONTH_WORDS for w in words)
    years = sum(len(w) == 4 and w.isdigit() for w in words)
    return (
        months == 1
        and years == 1
        and all(w in _MONTH_WORDS or (w.isdigit() and len(w) <= 4) for w in words)
    ) or whole_date(part)


def _date_line(part: str) -> bool:
    """A date as a template prints it after a comma: in figures ("13.05.2026") or opening
    with its weekday ("Montag, 13. Mai 2026"). A date in words alone closes a headline as
    often ("Streik endet, 13. Mai 2026", "Council minutes, May 13, 2026")."""
    words = part.split()
    return bool(words) and (
        _DATE.fullmatch(_unclocked(part.strip())) is not None
        or (words[0].rstrip(".,").casefold() in WEEKDAY_WORDS and _dated(part))
    )


MAX_DATE_COMMAS = 3  # "Title, Monday, May 13, 2026"


def _comma_undated(part: str) -> str:
    """A title's last part without a date after a comma closing it, where the site's name
    was cut after it ("Stadtrat stimmt zu, Montag, 13. Mai 2026 | Site"): the template's
    date line run into the title, no headline's words (a date inside one has no comma
    before it: "Hafenfest am 13. Mai 2026 abgesagt", or follows its weekday: "Wahl am
    Sonntag, 13. Mai 2026", "Vote set for Tuesday, May 13, 2026"). Only a date line goes
    (`_date_line`): "Streik endet, 13. Mai 2026 | Site" keeps its date."""
    commas = [i for i, c in enumerate(part) if c == ","][-MAX_DATE_COMMAS:]
    for i in commas:
        words = part[:i].split()
        if words and words[-1].rstrip(".").casefold() in WEEKDAY_WORDS:
            continue
        if _width(part[:i]) >= MIN_REST and _date_line(part[i + 1 :]):
            return part[:i].rstrip()
    return part


_DATED_NAME = _compile(r"(?P<name>[^,]{1,80}),\s*(?P<date>.{1,50})")


# The page of an article split over several ("Title - Page 2 | Site", "Titel - Seite 3 von
# 5", "标题 - 第2页", "タイトル | 2ページ目"): a word for page and its number, in any language
_PAGE = _compile(
    r"(?i)(?:page|seite|página|pagina|pagine|pag\.|strona|sida|side|sivu|strana|stránka|"
    r"oldal|pagină|sayfa|lehekülg|lappuse|puslapis|stranica|страница|сторінка|σελίδα|"
    r"halaman|trang|עמוד|صفحة|หน้า)\s*\d{1,3}(?:\s*(?:of|von|de|di|z|ze|af|av|/|из|з)\s*\d{1,3})?"
    r"|第\s*\d{1,3}\s*[页頁]|\d{1,3}\s*(?:ページ目?|페이지)"
)


def _unpaged(parts: list[str]) -> list[str]:
    """A title's parts before the page's number of a split article, and without what follows
    it: a headline goes on in no part after its page number ("Title - Page 2 | Xyz" is
    "Title" whatever "Xyz" is)."""
    for i in range(2, len(parts), 2):
        if _PAGE.fullmatch(parts[i].strip()) and _width("".join(parts[: i - 1])) >= MIN_REST:
            return parts[: i - 1]
    # "Judul berita Halaman all - Site", "Judul Halaman 2 - Site": Indonesian CMSs run the
    # page's word into the title by a space (an English "... its Page 3 - ..." is a headline's)
    if len(parts) >= 3 and (m := _JOINED_PAGE.search(parts[-3])) and m.start() >= MIN_REST:
        return [*parts[:-3], parts[-3][: m.start()], *parts[-2:]]
    return parts


_JOINED_PAGE = _compile(r"\sHalaman\s(?:all|semua|\d{1,3})$")


def page_numbered(value: str) -> bool:
    """Whether a title has a part of its own that is a page's number ("Politik - Seite 2 |
    Site", "Latest news - Page 3"): a listing's or a split page's, never a headline's
    words ("Why the Page 3 era ended" runs the words into the sentence)."""
    return any(_PAGE.fullmatch(p.strip()) for p in SEPARATOR.split(value)[2::2])


def _undated(parts: list[str], sites: frozenset[str]) -> list[str]:
    """A title's parts without the date after a comma in the site's part ("Site, 03.12.2026");
    a date part after the site's name goes as its slogan would (`strip_sites`)."""
    if len(parts) < 3:
        return parts
    m = _DATED_NAME.fullmatch(parts[-1])
    if m and _dated(m["date"]) and is_site(m["name"], sites):
        return [*parts[:-1], m["name"]]
    return parts


# A run of Latin letters and digits in a part of another script ("中央社 CNA").
_LATIN_RUN = _compile(r"[A-Za-z0-9][A-Za-z0-9.&]*")
MAX_SCRIPT_WORDS = 2  # "BBC News 中文", "鏡週刊 Mirror Media": a name in two scripts


def _mixed_site(part: str, sites: frozenset[str]) -> bool:
    """A part naming the site in two scripts, its Latin words the site's name: "中央社 CNA"
    on cna.com.tw, "鏡週刊 Mirror Media", "BBC News 中文", "ETtoday政治新聞"; the other
    script's words are few (a name, a section, a language), else it is a headline."""
    latin = _LATIN_RUN.findall(part)
    if not latin or part.isascii():
        return False
    other = _LATIN_RUN.sub(" ", part).split()
    return (
        0 < len(other) <= MAX_SCRIPT_WORDS
        and _width("".join(other)) <= 2 * MAX_CJK_NAME
        and is_site(" ".join(latin), sites)
    )


# A name in brackets before or after the title: East Asian lenticular, full-width, corner
# and double angle ones too ("【海辺新聞】", "「海辺新聞」", "《海滨日报》": Chinese sites set a
# paper's name as a title's).
_OPENERS = "\\[(\uff08\u3010\u3014\u300a\u3008\u300c\u300e"
_CLOSERS = "\\])\uff09\u3011\u3015\u300b\u3009\u300d\u300f"
_OPENING = f"[{_OPENERS}]"
_CLOSING = f"[{_CLOSERS}]"
_ANY_OPENING = _compile(_OPENING)
_LEADING_NAME = _compile(rf"(?!(?<=\s)\s)\s*{_OPENING}(?P<name>[^{_CLOSERS}]{{1,40}}){_CLOSING}\s*")
_TRAILING_NAME = _compile(
    rf"(?!(?<=\s)\s)\s*{_OPENING}(?P<name>[^{_OPENERS}]{{1,40}}){_CLOSING}\s*$"
)
# "港の橋が再開〜海辺新聞": a wave dash (or a full-width tilde), unspaced, before the
# site's name (spaced, it is a separator: `SEPARATOR`)
_WAVE_NAME = _compile("(?!(?<=\\s)\\s)\\s*[\uff5e\u301c](?P<name>[^\uff5e\u301c]{1,40})$")
# "Title -Site", "Title\u2013 Site", "Title·Site", "Title--Site": a mark spaced on one side only,
# or unspaced (not a single hyphen, which joins words: "Nordsee-Hafenblatt"), before the
# site's name at the end
_LOPSIDED = "\\-\u2013\u2014\u00b7\u2022\u30fb_~/|"
_LOPSIDED_NAME = _compile(
    f"(?:\\s+[{_LOPSIDED}]{{1,2}}|(?<![\\s{_LOPSIDED}])(?:[{_LOPSIDED}]{{1,2}}\\s+"
    f"|[\u2013\u00b7\u2022\u30fb_]|--|__))"
    f"(?P<name>[^{_LOPSIDED}\\s][^{_LOPSIDED}]{{0,39}})$"
)


def _unbracket(value: str, sites: frozenset[str], first: frozenset[str]) -> str:
    """The title without its site's name in brackets at either end ("【海辺新聞】港の橋が再開",
    "Storm hits coast (The Example)"); a bracketed kicker ("[단독]", "(Video)") stays.
    `first`: the names that may open a title (`strip_sites`)."""
    if not _ANY_OPENING.search(value):
        return value
    # a CJK paper's name by its kind in brackets ("【港湾新報】") is the site's, where no
    # meta names it; a tag ("【速報】", "[단독]") is none
    m = _LEADING_NAME.match(value)
    if (
        m
        and (is_site(m["name"], first) or _cjk_masthead(m["name"]))
        and _width(value[m.end() :]) >= MIN_REST
    ):
        value = value[m.end() :]
    m = _TRAILING_NAME.search(value)
    if (
        m
        and (is_site(m["name"], sites) or _cjk_masthead(m["name"]))
        and _width(value[: m.start()]) >= MIN_REST
    ):
        parts = SEPARATOR.split(value)
        if len(parts) > 2 and HOST_IN_BRACKETS.fullmatch(parts[-1].strip()):
            return value  # "... | Hospodářské listy (HL.cz)": the whole last part names the site
        value = value[: m.start()]
    return value


# A day in CJK figures: "2026年1月13日", "1月13日", "１月１３日(火)", "1月13日 10時30分"
# (a weekday's character in brackets, a time after it); Python's \d reads full-width digits
_CJK_DAY = _compile(
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\s*[（(][月火水木金土日][)）])?"
    r"(?:\s*(?:午前|午後)?\d{1,2}(?:[:：]\d{2}|時(?:\d{1,2}分)?))?"
)


def _unbracket_dates(value: str) -> str:
    """The title without a date in brackets at either end: a template's stamp of the day
    ("港で火災、3人けが\uff082026年1月13日\uff09", "【1月13日】港で火災", "Storm hits coast
    (5 December 2026)"), no headline's words. A bracket holding more than the date
    ("\uff081月13日の会見\uff09") or a date inside the headline ("1月13日に港で火災") stays, and so
    does a date with too little beside it to be a headline."""
    if not _ANY_OPENING.search(value) and "\uff3b" not in value:
        return value
    m = _LEADING_DAY.match(value) or _LEADING_NAME.match(value)
    if m and _bracket_date(m["name"]) and _width(value[m.end() :]) >= MIN_REST:
        value = value[m.end() :]
    m = _TRAILING_DAY.search(value) or _TRAILING_NAME.search(value)
    if m and _bracket_date(m["name"]) and _width(value[: m.start()]) >= MIN_REST:
        value = value[: m.start()].rstrip()
    return value


# (a day with its weekday in brackets inside the bracket: "【1月13日(火)】")
# (and full-width square brackets: "\uff3b1月13日\uff3d")
_DAY_OPENING, _DAY_CLOSING = f"[{_OPENERS}\uff3b]", f"[{_CLOSERS}\uff3d]"
_LEADING_DAY = _compile(
    rf"(?!(?<=\s)\s)\s*{_DAY_OPENING}\s*(?P<name>{_CJK_DAY.pattern})\s*{_DAY_CLOSING}\s*"
)
_TRAILING_DAY = _compile(
    rf"(?!(?<=\s)\s)\s*{_DAY_OPENING}\s*(?P<name>{_CJK_DAY.pattern})\s*{_DAY_CLOSING}\s*$"
)


def _bracket_date(text: str) -> bool:
    """A day in brackets, not a time of day alone: "(20:15 Uhr)" after a broadcast's or a
    match's headline says when it airs or kicks off, the headline's words."""
    return bool(_CJK_DAY.fullmatch(text.strip())) or (
        _dated(text) and not _CLOCK.fullmatch(text.strip())
    )


def _unlopsided(value: str, sites: frozenset[str]) -> str:
    """The title without the site's name after a mark spaced on one side only or unspaced
    ("Stadtrat stimmt zu -Hafenblatt", "...- Hafenblatt", "...·Hafenblatt"; `_LOPSIDED_NAME`)."""
    m = _LOPSIDED_NAME.search(value)
    if m and is_site(m["name"], sites) and _width(value[: m.start()]) >= MIN_REST:
        return value[: m.start()].rstrip()
    return value


def _unwaved(value: str, sites: frozenset[str]) -> str:
    """The title without the site's name after an unspaced wave dash ("港の橋が再開〜海辺新聞")."""
    m = _WAVE_NAME.search(value)
    if m and is_site(m["name"], sites) and _width(value[: m.start()]) >= MIN_REST:
        return value[: m.start()]
    return value


_NAME_COLON = _compile(r"([^:|]{2,40}?):\s+")


def _cjk_masthead(part: str) -> bool:
    """A first part that is a CJK newspaper's name ("海滨日报" before a full-width bar).

    In Latin and other scripts a first part so named may be a headline's topic; the host
    tells those (`is_site`)."""
    return bool(_CJK_CHAR.match(part.lstrip())) and _masthead(part)


MIN_CRUMBS = 2  # "Home » News » Title", "Site > Politics > Title": one mark alone may be a kicker's


def _uncrumbed(parts: list[str], sites: frozenset[str], sections: frozenset[str]) -> list[str]:
    """The parts after a breadcrumb trail the title opens with ("Home » News » Local »
    Title", "Site > Politics > Title"): two crumbs or more, each a section's name, a label
    word or the site's name, set off by a crumb's mark (">", "»", "\u203a", "/"). One such part
    alone is a kicker ("Hafen / Stadtrat stimmt zu", "Größer > besser?"): it stays."""
    n = 0
    while (
        n + 2 < len(parts)
        and _CRUMB_MARK.fullmatch(parts[n + 1])
        and (_furniture(parts[n], sections) or is_site(parts[n], sites))
    ):
        n += 2
    if n < 2 * MIN_CRUMBS or _width("".join(parts[n:])) < MIN_REST:
        return parts
    return parts[n:]


# a mark only breadcrumb trails set between a section and what it holds
_TRAIL_MARK = _compile("(?!(?<=\\s)\\s)\\s*[\u00bb\u203a]\\s*")


def _quote_closed(rest: str) -> bool:
    """Whether the text after a "»" (or its single form) closes a German quote it opened
    ("» Wir ... nicht «"): its last guillemet points back, not a French quote's ("« Nous
    ... »")."""
    return max(rest.rfind("\u00ab"), rest.rfind("\u2039")) > max(
        rest.rfind("\u00bb"), rest.rfind("\u203a")
    )


# a breadcrumb's mark between a section and what it holds
_CRUMB_MARK = _compile("(?!(?<=\\s)\\s)\\s*[>\u00bb\u203a\u2192\u27e9/]\\s*")
_LATIN_LETTER = _compile("[A-Za-z\u00c0-\u024f]")
_COLON_MARK = _compile("[:\uff1a]")


def _unspelt_masthead(part: str, mark: str, after: str = "") -> bool:
    """A first part before a spaced mark that is a newspaper's name by its kind, in a script
    no host name spells ("Портові новини | ...", "صحيفة الميناء - ...", "बंदरगाह समाचार |
    ..."): the site's name as its titles open, which no meta or host tells. A Latin name
    is the host's to tell (`is_site`); a colon after a first part opens a topic's kicker.
    Before a part `after` opening with a small letter it is a headline's first half, its
    sentence going on ("Фейкові новини — як їх розпізнати", fake news: how to spot them):
    a headline after a site's name opens with a capital."""
    return (
        not _LATIN_LETTER.search(part)
        and not _COLON_MARK.fullmatch(mark.strip())
        and not _CJK_CHAR.search(part)
        and not after.lstrip()[:1].islower()
        and _masthead(part)
    )


def masthead_cut(text: str) -> str | None:
    """What `strip_sites` leaves of `text` after a first part it takes for a paper's name
    in a script no host spells (`_unspelt_masthead`: "Портові новини | Title" gives
    "Title"); none where it takes none."""
    parts = split_parts(text) if not _LATIN_LETTER.match(text) else []
    if len(parts) > 2 and _unspelt_masthead(parts[0], parts[1], parts[2]):
        return "".join(parts[2:])
    return None


_SPACED_CJK_END = _compile(f"(?<=[{_CJK}\u300d\u300f\uff09])\\s+(?P<name>[{_CJK}][^\\s]{{0,30}})$")


# "偽新聞", and a paper's word alone ("新聞", "신문"): a headline's nouns, no paper's name
_NOT_MASTHEADS = frozenset(
    [*(compact(w) for w in langwords.entries(langwords.NOT_MASTHEADS)), *_MASTHEAD_ENDS]
)


def spaced_masthead_cut(text: str) -> str | None:
    """What `text` holds before a CJK paper's name set after a space, with no mark ("「港を
    守る」市長が表明　海辺新聞"; a full-width space reads as a plain one); None where it ends
    otherwise. A space is a pause inside CJK headlines too ("港湾で火災　けが人なし"): only
    `title._core` cuts there, where another source states the rest alone."""
    m = _SPACED_CJK_END.search(text)
    if (
        m
        and _masthead(m["name"])
        and compact(m["name"]) not in _NOT_MASTHEADS
        and _width(text[: m.start()]) >= MIN_REST
    ):
        return text[: m.start()]
    return None


def only_site(text: str, sites: frozenset[str]) -> bool:
    """A title or heading that is only the site's name (a home page's og:title, a logo's h1).

    `is_site` takes a CJK text opening with the site's first four characters for one of
    its names ("海辺新聞社" for "海辺新聞デジタル"); a longer CJK text is a headline that
    names the paper ("海辺新聞の世論調査、内閣支持率が上昇"), no name: a CJK name is short.
    """
    if not is_site(text, lent_too(sites)):
        return False
    return not _CJK_CHAR.search(text) or len(_EDITION_TAIL.sub("", compact(text))) <= MAX_CJK_NAME


# "by", "von", "par" ... opening a title's last part: the writer's name, no headline words
_BY_WORDS = frozenset(langwords.entries(langwords.BYLINE_BY))
MAX_BYLINE_NAMES = 4  # "by Anna Maria de Groot": a name is a few words


def _byline_part(part: str) -> bool:
    """A last part naming the writer after a word for "by" ("Title | Site | by Anna Muster",
    "Titre - par Jean Dupont"): no part of the headline.

    The name's first and last words open in capitals, or in a script without case; a
    particle between them may not ("by Jon de Vries"): "Storm - by the numbers" stays. A
    name of two words at least: "von", "por", "от" also mean "from" ("Abschied - von Merkel").
    """
    words = part.split()
    if not 3 <= len(words) <= MAX_BYLINE_NAMES + 1 or words[0].casefold() not in _BY_WORDS:
        return False
    return not words[1][0].islower() and not words[-1][0].islower()


def _width(text: str) -> int:
    """Length with a CJK character counted twice: "港の橋が再開" says as much as "Brexit deal"."""
    return len(text) + len(_CJK_CHAR.findall(text))


def _names_site(part: str, sites: frozenset[str]) -> bool:
    """A last part of a few words, one of them the site's name ("Corriere della Sera" on
    corriere.it, "Berliner Morgenpost" on morgenpost.de): the name with its article or city;
    or the site's name of two words or more and one capitalised word after it, its local
    edition's place ("Portside Gazette Bristol" where the site is "Portside Gazette")."""
    if _place_clause(part, sites):
        return False
    words = part.split()
    # (the word naming the site capitalised, as a name's is: in small letters it is a
    # clause's noun, "- Κλειστό το λιμάνι" on limani.example, "- A nation in mourning")
    if 1 < len(words) <= MAX_NAME_WORDS and any(
        len(k := compact(w)) >= MIN_NAME_WORD
        and not w[:1].islower()
        and not spellings(k).isdisjoint(sites)
        for w in words
    ):
        return True
    # one word less than the part: a site's name of one word is matched by its first letters
    # ("Hafen Kiel" is no edition of hafenblatt.de)
    if (
        2 < len(words) <= MAX_NAME_WORDS + 1
        and _label_word(words[-1])
        and is_site(" ".join(words[:-1]), sites)
    ):
        return True
    # the site's name and its edition's words ("Báo Cảng điện tử", the electronic paper;
    # "Hafenblatt Online", "Портовые вести онлайн")
    return any(
        1 <= k < len(words) <= MAX_NAME_WORDS + 2
        and _EDITION.fullmatch(compact(" ".join(words[-k:])))
        and is_site(" ".join(words[:-k]), sites)
        for k in (1, 2)
    )


_LOCATIVES = frozenset(langwords.entries(langwords.LOCATIVE_WORDS))
MIN_CLAUSE_WORDS = 3  # "Fire in Berlin": a word, "in", the place


def _place_clause(part: str, sites: frozenset[str]) -> bool:
    """A part closing in "in" and the place its host names ("Fire in Berlin", "Brand im
    Hafen" on berlin.example, hafen.example): a headline's clause about the site's town,
    not the site's name, which says "from" or "of" its town ("Nachrichten aus Kiel")."""
    words = part.split()
    return (
        len(words) >= MIN_CLAUSE_WORDS
        and words[-2] in _LOCATIVES
        and not spellings(compact(words[-1])).isdisjoint(sites)
    )


_KICKERS = frozenset(
    w
    for table in (
        langwords.KICKER_WORDS,
        langwords.MEDIA_LABELS,
        langwords.LIVE_WORDS,
        langwords.LIVE_PAGE_WORDS,
        langwords.PAYWALL_LABELS,
        langwords.NEWS_WORDS,
    )
    for w in langwords.entries(table)
    if " " not in w
)
_LONE_NAME = _compile(r"[^\W\d_][^\W_]*(?:[.-][^\W_]+)?")  # "Stadtportal", "Hafen-Info"


def _name_before_a_place_clause(parts: list[str], sites: frozenset[str]) -> bool:
    """ "Stadtportal - Fire in Berlin" on berlin.example: one capitalised word, then a
    headline about the host's town; the word is the site's name set first (a portal named
    otherwise than its host)."""
    return (
        len(parts) == 3
        and _LONE_NAME.fullmatch(lone := parts[0].strip()) is not None
        and lone[0].isupper()
        and lone.casefold() not in _KICKERS  # "Interview - Leben in Wien": the story's kind
        and not _CJK_CHAR.search(lone)
        and _place_clause(parts[2], sites)
    )


MIN_ROOT = 5  # a host's word a paper's name in another script grows from ("limani")
MAX_ROOT_TAIL = 4  # ... by a suffix of a few letters ("Λιμανιώτης", limaniotis)


def _host_root(part: str, sites: frozenset[str]) -> bool:
    """A last part of one capitalised word in Greek or Cyrillic letters whose Latin spelling
    is a site key and a suffix ("... - Λιμανιώτης" on limani.example): a paper named by a
    word grown from its host's. Not in Latin letters, where a headline's compound begins
    with the host's word ("... - Hafenplan" on hafen.example)."""
    word = part.strip()
    if " " in word or not word[:1].isupper() or not _GREEK_OR_CYRILLIC.fullmatch(word):
        return False
    return any(
        len(k) - MAX_ROOT_TAIL <= len(s) < len(k) and k.startswith(s)
        for k in spellings(compact(word))
        if k.isascii()
        for s in sites
        if len(s) >= MIN_ROOT and s.isascii()
    )


_GREEK_OR_CYRILLIC = _compile("[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]+")
# a quote closing the part before: the last part is its speaker ("«...» - Λιμνιώτης" on
# limni.example), no paper's name
_QUOTE_END = _compile("[\u00ab\u00bb\u2039\u203a\u201c\u201d\"']\\s*$")
# a quote opening the part after a label: the label is its speaker ("Olaf Scholz: „...“",
# "Macron : « ... »", "Meloni: \"...\""), no section's name
_QUOTE_OPEN = _compile("[\u00ab\u00bb\u2039\u203a\u201a\u201c\u201d\u201e\u300c\u300e\"']")


def shown_tail_cut(text: str, sites: frozenset[str]) -> str | None:
    """What `strip_sites` leaves of a heading after a last part it takes for a news label
    with no site's name ("... - Latest News", `_news_label`) or for a paper's name grown
    from the host's word ("... - Λιμανιώτης", `_host_root`); none where it takes none. An
    article's h1 so ending shows the part as the headline's: no site sets its label or
    name in the heading."""
    parts = split_parts(text)
    if len(parts) < 3 or _width("".join(parts[:-2])) < MIN_REST:
        return None
    last = parts[-1]
    return "".join(parts[:-2]) if _news_label(last) or _host_root(last, sites) else None


# the words of an edition after a site's name, as `compact` spells them
_EDITION = _compile("digital|online|epaper|điệntử|онлайн|ऑनलइन|ออนไลน")


# A sentence's words no paper's name holds: "她如何拯救一家杂志", "谁还在办新闻" end in a word
# for a paper but are a headline's clause (pronouns, particles, "how", "a [paper]").
_CJK_GRAMMAR = _compile("[的了是谁誰这這吗嗎呢我你他她它们們怎如]|一[家本份个個]")


def _masthead(part: str) -> bool:
    """A last part that is a newspaper's name by its kind, in a script no host name spells:
    "朝日新聞デジタル", "日刊ゲンダイDIGITAL", "한국일보", "Российская газета".

    Where no meta states the name in that script (a Japanese site's og:site_name in
    English, none at all), nothing else tells it from the headline. A CJK name is one
    short run ending in a word for a paper ("新聞", "일보") or starting with one ("日刊"),
    its Latin name after it or not;
    a Latin name is the host's or a meta's to tell (`is_site`): "- News" may be a headline's.
    """
    words = part.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS:
        return False
    key = _EDITION_TAIL.sub("", compact(part))
    if m := _CJK_THEN_LATIN.fullmatch(key) or _LATIN_THEN_CJK.fullmatch(key):
        # "公視新聞網 PNN", "端傳媒 Initium Media", "HKT港湾テレビ": the name in two scripts
        key = m[1]
    if _CJK_WORD.match(key):
        return (
            len(key) <= MAX_CJK_NAME
            and (key.endswith(_MASTHEAD_ENDS) or key.startswith(_MASTHEAD_STARTS))
            and not _CJK_GRAMMAR.search(key)
        )
    if _THAI_WORD.fullmatch(key):  # written without spaces too: "ข่าวท่าเรือ", "ท่าเรือนิวส์"
        return len(key) <= MAX_CJK_NAME and (
            key.startswith(_THAI_MASTHEAD) or key.endswith(_THAI_MASTHEAD)
        )
    folded = [w.casefold() for w in words]
    if _INDIC.search(part):
        # Indic scripts put the paper's kind last ("উদাহরণ সংবাদ", "राजस्थान पत्रिका") or before
        # one word more ("সংবাদ প্রতিদিন"); two words after it are a headline's phrase ("সংবাদ
        # সম্মেলনে যা বললেন", a press conference; "फेक न्यूज से बचें", beware of fake news)
        return not _MASTHEAD_NOUNS.isdisjoint(folded[-2:])
    return not _MASTHEAD_NOUNS.isdisjoint(folded) or folded[0] in _MASTHEAD_STARTS


_INDIC = _compile("[\u0900-\u0dff]")

# Thai, one run of letters (`compact` drops its vowel and tone marks, as from the words below)
_THAI_WORD = _compile("[\u0e00-\u0e7f]+")
_THAI_MASTHEAD = tuple(compact(w) for w in _MASTHEAD if _THAI_WORD.fullmatch(w))


def _furniture(part: str, sections: frozenset[str]) -> bool:
    """A section's name, a label made only of "news" words, or one short word written as a
    section's name is ("Politik", "社会", "정치"): what sites put between a headline and
    their name, in any language.

    A lower-case or quoted word is no label: headlines end in "- updates" or '- "critical"'
    (benchmarks/title_variants.py lost two pages in every site-suffix variant to a rule
    that cut any short word).
    """
    if not spellings(compact(part)).isdisjoint(sections):  # "Política" of /politica/
        return True
    words = part.split()
    if len(words) == 1 and _label_word(words[0]):
        return True
    # "Politik Inland" of /politik/inland/: sections' names one after another
    if len(words) > 1 and all(not spellings(compact(w)).isdisjoint(sections) for w in words):
        return True
    # "India News", "Politik Nachrichten": a section's or label's word and a word for news
    if len(words) == 2 and _news_word(words[1].casefold(), _NEWS_NOUN_WORDS):
        first = words[0]
        if _label_word(first) or not spellings(compact(first)).isdisjoint(sections):
            return True
    # "Latest News", "Son Dakika Haberleri": filler around a word for news, and one word
    # written as a section's name is ("Latest News India"); filler alone ("- updates",
    # "- live") is the headline's own tail
    others = [w for w in words if not _news_word(w.casefold(), _NEWS_LABEL_WORDS)]
    return (
        bool(words)
        and any(_news_word(w.casefold(), _NEWS_NOUN_WORDS) for w in words)
        and (not others or (len(words) > 2 and len(others) == 1 and _label_word(others[0])))
    )


def _news_label(part: str) -> bool:
    """A last part of words every site's SEO line is made of, a word for news among them, in
    title case ("Son Dakika Haberleri", "Latest News", "Últimas Noticias", "Aktuelle
    Nachrichten"): the site's label with no name after it, never a headline's own tail
    (which is no word for news alone: "- live", "- latest updates" stay)."""
    words = part.split()
    return (
        len(words) > 1
        and all(w[0].isupper() or not w[0].islower() for w in words)
        and all(_news_word(w.casefold(), _NEWS_LABEL_WORDS) for w in words)
        and any(_news_word(w.casefold(), _NEWS_NOUN_WORDS) for w in words)
    )


def _news_noun(part: str) -> bool:
    """A last part that is one word for news ("Nachrichten", "Wiadomości", "Zprávy"), alone
    or of a place ("Aktuelles aus Wien", "Zprávy z Brna", "News from Portside"): a label
    every site's titles end in, never a headline's own tail ("- live", "- updates" are
    filler, no noun; "Gute Nachrichten aus Kiel" opens otherwise)."""
    words = part.split()
    if not words or words[0].casefold() not in _NEWS_NOUN_SET:
        return False
    place = words[2:]
    return len(words) == 1 or (
        words[1].casefold() in _FROM_WORDS
        and 0 < len(place) <= MAX_PLACE_WORDS
        and all(w[0].isupper() or w.casefold() in _FROM_WORDS for w in place)
        # "News From The Front": an article in title case opens a thing, no place
        and place[0].casefold() not in langwords.NAME_ARTICLE_WORDS
    )


def _label_word(word: str) -> bool:
    """A short CJK word, a short capitalised one ("Politik", "Economía"), or a short word
    of a script without capitals ("سياسة", "การเมือง", "राजनीति"), which no case tells from
    a headline's own word: one word between a headline and the site's name is a label in
    any script."""
    if _CJK_WORD.fullmatch(word):
        return len(word) <= MAX_CJK_LABEL
    if len(word) > MAX_LABEL or (not word.isalpha() and not _CASELESS_WORD.fullmatch(word)):
        return False
    return (word[0].isupper() and word[1:].islower()) or word.upper() == word.lower()


# A word of letters and their combining marks (Thai vowels and tones, Devanagari signs,
# Arabic harakat): `str.isalpha` is False for the marks.
_CASELESS_WORD = _compile(
    r"(?:[^\W\d_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0900-\u0963\u0e31-\u0e4e])+"
)


def _news_word(word: str, table: _NewsWords) -> bool:
    """One of the table's words, or a longer form of one of its stems ("haberleri")."""
    words, stems = table
    return word in words or word.startswith(stems)


def title_cores(tab: str) -> list[str]:
    """Every leading run of a <title>'s " | "-separated parts: its core, whatever the suffix."""
    parts = split_parts(tab)
    return ["".join(parts[: 2 * k - 1]) for k in range(1, (len(parts) + 1) // 2 + 1)]


_QUOTE_CLOSE = ""  # a closing guillemet held out of the split (a private-use character)


def split_parts(value: str) -> list[str]:
    """`SEPARATOR.split(value)`, a closing guillemet after a space that an opening one
    before it opens no separator: French quotes set off by spaces ("Le maire : « Nous
    reconstruirons le port » - Site") close a quote, where "Title » Site" parts."""
    opening = value.find("\u00ab")
    # (none where a "»" comes first: German quotes, "»Zitat« sagt er » Site")
    if opening < 0 or not 0 <= opening < value.find("\u00bb"):
        return SEPARATOR.split(value)
    held, depth = [], 0
    for c in value:
        if c == "\u00ab":
            depth += 1
        elif c == "\u00bb" and depth:
            depth -= 1
            c = _QUOTE_CLOSE
        held.append(c)
    return [p.replace(_QUOTE_CLOSE, "\u00bb") for p in SEPARATOR.split("".join(held))]
