"""The publisher's names a page gives: the keys that tell which parts of a title are the
site's (`site_names`). Its metas and host (`site.site_keys`) and its feeds' titles;
where a title's end names none of those, its JSON-LD WebSite and brands, the canonical
address's host, its social accounts, its logo's and copyright line's names (a group's
that may own the site: marked `LENT`, they cut only a title's last part). And the
<title>'s text (`tab_text`), which those ends are read from.
"""

from __future__ import annotations

import itertools
from functools import lru_cache
from urllib.parse import unquote

from newsarchive.extract import jsonld
from newsarchive.extract.document import Document
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.site import SITE_META, compact, host_keys, is_site, site_keys
from newsarchive.extract.text import as_strings, clean
from newsarchive.extract.titlelogos import logo_names
from newsarchive.extract.titlepartbrackets import ANY_OPENING, NAME_COLON, WAVE_NAME
from newsarchive.extract.titlepartcopyright import copyright_names
from newsarchive.extract.titlepartmarks import SEPARATOR
from newsarchive.extract.titlepartsections import section_names
from newsarchive.extract.urls import split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


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
    shown = [*logo_names(doc), *copyright_names(doc)]
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
        if ANY_OPENING.search(value) or WAVE_NAME.search(value) or NAME_COLON.match(value):
            return True
    return False
