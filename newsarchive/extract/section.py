"""The article's section, as the page states it: one name ("Politik", "Sport"), never a path.

Cascade: a site rule, JSON-LD `articleSection`, the section metas (`article:section` ...),
the page's breadcrumb trail (JSON-LD BreadcrumbList, else a breadcrumb-marked list of
links), Parse.ly's section. A stated value is cleaned of what no reader calls a section:
several joined ("Global,Innovation", "Home > News > Politics": the one named first, the
trail's last), the site's name, "Home"/"Startseite"/"Accueil", a CMS's default
("Uncategorized") or content type ("Articles"), a code ("news_news"). A name stated in
lower case ("schweiz") takes the capitals a breadcrumb or meta shows it with ("Schweiz").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import lxml.etree
from lxml.html import HtmlElement

from newsarchive.extract import jsonld, langwords, site
from newsarchive.extract.document import HELD_ELEMENTS, Document
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import as_strings, clean
from newsarchive.extract.titleparts import SECTION_META
from newsarchive.extract.urls import join_url, split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# "Home" in the languages of news sites: a breadcrumb's first link, never a section.
_HOME = """home, homepage, front, front page, frontpage, start, startseite, accueil, inicio,
portada,
início, página inicial, inizio, pagina iniziale, hjem, forside, startsida, etusivu, voorpagina,
anasayfa, ana sayfa, strona główna, главная, головна, úvod, főoldal, αρχική, domů, naslovnica,
ホーム, トップ, 首页, 首頁, 홈"""
# A CMS's default category or its content type: says nothing of where the article sits.
_NO_SECTION = """uncategorized, uncategorised, allgemein, unkategorisiert, non classé,
sin categoría, senza categoria, geen categorie, sem categoria, okategoriserad, ukategoriseret,
ukategorisert, article, articles, artikel, artikkel, artikler, story, stories, post, posts,
beitrag, beiträge, default, none, null"""


def _words(text: str) -> frozenset[str]:
    return frozenset(w.strip() for w in text.split(",") if w.strip())


HOME_WORDS = _words(_HOME)
NO_SECTION = _words(_NO_SECTION)
# Labels a CMS lists beside the section ("Headlines, Politik"): promotions, never the first choice.
_PROMO = frozenset({"headlines", "top story", "top stories", "featured", "breaking", "highlights"})
_NEWS = frozenset(w.casefold() for w in langwords.entries(langwords.NEWS_WORDS))
# "Home > News > Politics", "News / World", "News » World": a trail written as one string
_TRAIL = _compile(r"(?!(?<=\s)\s)(?:\s+[>»/|›]\s+|\s*[>»›]\s*)")
_JOINED = _compile(
    r"(?!(?<=\s)\s)\s*,\s*"
)  # RankMath and WordPress themes join categories: "A,B,C"
_CODE = _compile(r"^[a-z0-9]+(?:_[a-z0-9]+)+$|^\d+$")  # "news_news", "12"
MAX_SECTION = 60  # characters: a longer crumb is the article's own headline
MAX_WORDS = 6
# A breadcrumb-marked element as themes write it ("breadcrumb", "Breadcrumbs", "c-breadcrumb__list",
# aria-label="Breadcrumb"); looked for only where the page's source has the word at all.
_MARK = "readcrumb"
_BREADCRUMB_PATH = f"//*[contains(@class,'{_MARK}') or contains(@aria-label,'{_MARK}')]"
_MAX_NAV_LINKS = 8


def section(doc: Document, parsely_section: str | None = None) -> str | None:
    """The first section the cascade gives after a site rule's (`parsely_section`: the
    section Parse.ly's metadata states). Read once a page for each: the title's cascade
    asks first (a label naming the section goes), the section field after it."""
    name = "section" if parsely_section is None else "section=" + parsely_section
    if name not in doc.cache:
        doc.cache[name] = _section(doc, parsely_section)
    found: str | None = doc.cache[name]
    return found


def _section(doc: Document, parsely_section: str | None) -> str | None:
    keys = site.site_keys(doc)
    stated = _stated(doc, parsely_section)
    found = next((s for s in stated if _is_section(s, keys)), None)
    if found is None:
        found = _from_trail(doc, keys)
    return _as_shown(doc, found) if found else None


def _stated(doc: Document, parsely_section: str | None) -> Iterator[str]:
    """Stated section names, most specific source first, joined values taken apart."""
    declared = as_strings(doc.article.get("articleSection"))
    values = [*declared, *doc.all_meta(*SECTION_META), *as_strings(parsely_section)]
    stated = {clean(v).casefold() for v in values}
    names = [n for v in values for n in _names(clean(v), stated)]
    # a list's promotion label or bare "News" goes after its real section ("ニュース, 社会")
    yield from sorted(names, key=lambda n: len(names) > 1 and _weak(n))


def _names(value: str, stated: set[str]) -> list[str]:
    """One stated value as names: a trail's last part, a joined list's parts in order
    ("Global,Innovation"; "Cidade, Mobilidade" only where another source states a part
    alone: a comma and a space also sit inside one name, "Politics, Law and Society")."""
    if not value:
        return []
    parts = [p for p in _TRAIL.split(value) if p.strip()]
    if len(parts) > 1:
        return [p.strip() for p in reversed(parts)]  # the deepest crumb first
    parts = [p for p in _JOINED.split(value) if p]
    if len(parts) > 1 and (", " not in value or any(p.casefold() in stated for p in parts)):
        return parts
    return [value]


def _weak(name: str) -> bool:
    key = name.casefold()
    return key in _PROMO or key in _NEWS


def _is_section(name: str, keys: frozenset[str]) -> bool:
    """Whether a stated name can be a section: no home, default, code, headline or the
    site's name as the page states it ("Berlin" on a Berlin paper's site is a section)."""
    key = name.casefold().strip()
    if not key or key in HOME_WORDS or key in NO_SECTION or _CODE.match(key):
        return False
    if len(name) > MAX_SECTION or len(name.split()) > MAX_WORDS:
        return False
    return site.compact(name) not in keys


def _from_trail(doc: Document, keys: frozenset[str]) -> str | None:
    """The deepest crumb of the page's breadcrumb trail that is no home, site or the article
    itself (its own headline, its own address). The site's news area ("News", "Nachrichten",
    "ニュース") only where the trail names nothing deeper: "Home > News > World" is World, but
    on a site whose News stands beside Sport and Business, "Home > News" is where the story
    sits (as a stated ["News", "Politics"] is Politics, and "News" alone stays)."""
    crumbs = _crumbs(doc)
    if not crumbs:
        return None
    own = {doc.url.split("#")[0].rstrip("/")}
    heads = {_key(t) for t in _headlines(doc)}
    news_area = None
    for i, (name, url) in reversed(list(enumerate(crumbs))):
        if i == 0 and len(crumbs) > 1 and site.is_site(name, keys):
            continue  # the trail opens with the site's name: "EXAMPLE.DE > Politik"
        if url and join_url(doc.url, url).split("#")[0].rstrip("/") in own:
            continue
        if url and split_url(join_url(doc.url, url)).path.strip("/") == "":
            continue  # the site's front page
        if _key(name) in heads or not _is_section(name, keys):
            continue
        if name.casefold() in _NEWS:
            news_area = news_area or name
            continue
        return name
    return news_area


def _headlines(doc: Document) -> list[str]:
    found = [*as_strings(doc.article.get("headline")), *doc.all_meta("og:title")]
    h1 = doc.h1
    if h1 is not None:
        found.append(doc.text(h1))
    return found


def _key(text: str) -> str:
    return site.compact(text)


def _crumbs(doc: Document) -> list[tuple[str, str | None]]:
    """(name, address) of each crumb, JSON-LD's BreadcrumbList first, else the links of a
    breadcrumb-marked element (found once a page)."""
    if "crumbs" not in doc.cache:
        doc.cache["crumbs"] = _find_crumbs(doc)
    found: list[tuple[str, str | None]] = doc.cache["crumbs"]
    return found


def _find_crumbs(doc: Document) -> list[tuple[str, str | None]]:
    for trail in jsonld.objects_of_type(doc.jsonld, "BreadcrumbList"):
        items = trail.get("itemListElement")
        crumbs = [c for it in (items if isinstance(items, list) else []) if (c := _crumb(it))]
        if crumbs:
            return crumbs
    if _MARK not in doc.cache.get("source", ""):
        return []
    el = _breadcrumb(doc)
    if el is None:
        return []
    links = list(el.iter("a"))[:_MAX_NAV_LINKS]
    return [(t, a.get("href")) for a in links if (t := clean(a.text_content()))]


def _breadcrumb(doc: Document) -> HtmlElement | None:
    """The first element `_BREADCRUMB_PATH` finds, by a walk over the page's held elements
    that stops there (a third of the XPath's time, which tests every element's two
    attributes: most pages with the word carry it in a script or a late link)."""
    held = doc.held
    elements = held if held and len(held) < HELD_ELEMENTS else doc.tree.iter(lxml.etree.Element)
    for el in elements:
        get = el.get
        if _MARK in (get("class") or "") or _MARK in (get("aria-label") or ""):
            return el
    return None


def _crumb(item: Any) -> tuple[str, str | None] | None:
    if not isinstance(item, dict):
        return None
    target = item.get("item")
    name = item.get("name")
    url = target if isinstance(target, str) else None
    if isinstance(target, dict):
        name = name or target.get("name")
        url = target.get("@id") or target.get("url")
    if not isinstance(name, str) or not clean(name):
        return None
    return clean(name), url if isinstance(url, str) else None


def _as_shown(doc: Document, name: str) -> str:
    """A name stated in lower case ("schweiz", "gear") as a crumb or meta spells it ("Schweiz")."""
    if not name.islower():
        return name
    shown = [c for c, _ in _crumbs(doc)] + doc.all_meta(*SECTION_META)
    return next((s for s in shown if s.casefold() == name and s != name), name)
