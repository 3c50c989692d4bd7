"""What the crawler knows about one news site, as plain data.

A `SiteProfile` says only what differs from the defaults below; the spiders
read it and never hold site knowledge of their own. Nothing here imports
Scrapy: politeness is given as Scrapy setting names and values.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from types import MappingProxyType
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from w3lib.url import safe_url_string

from newsarchive.extract.langwords import LISTING_FOLDERS, LISTING_WRITERS, entries
from newsarchive.extract.rules import SiteRules
from newsarchive.sites.queryarticles import query_article

_FURNITURE = (
    "(?:about|us|contact|privacy|policy|terms|of|use|service|and|conditions|cookies?|legal|"
    "notice|imprint|impressum|careers|jobs|advertise|advertising|with|faq|help|accessibility|"
    "statement|corrections|our|the|newsroom|team|code|ethics|standards|editorial)"
)
# a tag's, category's, writer's or topic's folder in the languages English's rules lack; a
# writer's folder with one name after it (the writer's page), a piece of theirs under it kept
_WRITERS = {w.casefold() for w in LISTING_WRITERS}
_LISTING_FOLDERS = "|".join(re.escape(w) for w in entries(LISTING_FOLDERS) if w not in _WRITERS)
_WRITER_FOLDERS = "|".join(re.escape(w) for w in entries(LISTING_FOLDERS) if w in _WRITERS)
# Paths that are never articles on any news site (matched against path + query).
DEFAULT_DENY: tuple[str, ...] = (
    r"/videos?(/|$)",
    r"/watch(/|$)",
    r"/live(-news|blog|-updates)?(/|$)",
    r"/(photo-?)?galler(y|ies)(/|$)",
    r"/(photos|pictures|slideshows?)(/|$)",
    r"/(people|person|profiles?|staff|by)(/|$)",
    # a writer's page (`/authors/jane-doe/`), not a piece filed under it
    # (`/authors/jane-doe/council-votes-on-the-budget`): that is an article if it looks one
    r"/authors?(?:/[^/?#]*+)?/?(?:\?|$)",
    r"/(tags?|topics?|category|categories|hub)(/|$)",
    # the same folders in other languages and scripts, matched percent-decoded too
    rf"/(?:{_LISTING_FOLDERS})(?:/|$)",
    rf"/(?:{_WRITER_FOLDERS})(?:/[^/?#]*+)?/?(?:\?|$)",
    r"/(newsletters?|subscribe|account|login|search)(/|$)",
    r"/(podcasts?|audio|games|puzzles|crosswords?)(/|$)",
    r"/(pixel|beacon|track(ing)?)(/|\.|$)",
    r"\.(gif|png|jpe?g|svg|webp|ico|css|js|mp4|mp3|pdf|xml|rss|json)$",
    # the site's own furniture at its root, named only by such words: /terms-of-service/,
    # /privacy-and-cookie-policy/, /contact-the-newsroom/, /code-of-ethics (no story's slug)
    rf"^/(?:{_FURNITURE}-)*{_FURNITURE}/?$",
)
# A slug of three or more words as the last path segment: most article URLs. Words of any
# script (`/café-au-lait-story`, `/новости-москвы-сегодня`): `LinkRules` matches the path
# percent-decoded as well, as the URL a page links is escaped (`caf%C3%A9-...`).
DEFAULT_ALLOW: tuple[str, ...] = (r"/[^\W_]+(-[^\W_]+){2,}(\.html?)?/?$",)
# Dates printed in article URLs (/2025/05/01/): the cheapest date a listing gives.
DEFAULT_URL_DATE = r"/(?P<y>20\d\d)/(?P<m>[01]\d)/(?P<d>[0-3]\d)/"

DISCOVERY_SOURCES = ("sections", "sitemap", "rss")
# A server script's extension, which the deny rules' pretty paths (`/videos/`) lack.
SCRIPT_EXTENSION = re.compile(r"\.(?:php\d?|aspx?|jsp|cfm|cgi|pl|html?|shtml)$", re.IGNORECASE)


def section_keys(keys: Iterable[str], renamed: Mapping[str, str] | None = None) -> dict[str, str]:
    """A profile's section keys by their folded spelling (`section_key`'s lookup); with
    `renamed` (`SiteProfile.renamed_sections`, an earlier key -> the key now) the earlier
    keys too, to the key now (a key's own spelling first)."""
    found = {_folded(key): key for key in keys}
    for old, new in (renamed or {}).items():
        found.setdefault(_folded(old), new)
    return found


def section_key(name: str, keys: Mapping[str, str]) -> str:
    """One name per section: the profile's key (of `section_keys`) that `name` spells, however
    cased or punctuated ("Business", "U.S." -> business, us), else `name` itself."""
    return keys.get(_folded(name), name)


def _last_name(key: str, renamed: Mapping[str, str]) -> str:
    """Where a chain of renames (a -> b, b -> c) leads `key` (a cycle: where it turns)."""
    seen = {key}
    while (key := renamed.get(key, key)) in renamed and key not in seen:
        seen.add(key)
    return key


def _folded(name: str) -> str:
    """A section name as its profile key may spell it: "U.S." and "us", "Business", "business",
    "Économie" (composed or decomposed: e + U+0301) and economie. Accents go (NFKD, then
    letters and digits only): the decomposed form lost only its accent and the composed one
    kept its letter, so one section had two names."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name.casefold()) if ch.isalnum())


@dataclass(frozen=True)
class LinkRules:
    """Which in-scope URLs are articles: any `allow`, no `deny` regex (searched, any case);
    with the default `allow`, also one whose query names it (`queryarticles`)."""

    allow: tuple[str, ...] = DEFAULT_ALLOW
    deny: tuple[str, ...] = ()  # added to DEFAULT_DENY
    keep_query: bool = False  # article URLs usually carry only tracking parameters

    @cached_property
    def _allow(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.IGNORECASE) for p in self.allow)

    @cached_property
    def _deny(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.IGNORECASE) for p in DEFAULT_DENY + self.deny)

    def is_denied(self, path_and_query: str) -> bool:
        """Whether a deny rule takes the path (a video, a tag's page, a profile's own deny):
        no article, even one a news sitemap declares."""
        return any(p.search(one) for p in self._deny for one in _forms(path_and_query))

    def is_article(self, path_and_query: str) -> bool:
        forms = _forms(path_and_query)
        if self.is_denied(path_and_query):
            return False
        if any(p.search(one) for p in self._allow for one in forms):
            return True
        # rules of no profile's own: an article its query names (`/article.php?id=5`), on
        # a path no deny rule takes alone either (`/videos?aid=5`, `/search?id=4`), nor
        # without its script's extension (`/videos.php?aid=5`, `/gallery.aspx?aid=5`)
        if self.allow != DEFAULT_ALLOW or not query_article(path_and_query):
            return False
        path = urlsplit(path_and_query).path
        paths = (path, SCRIPT_EXTENSION.sub("", path))
        return not any(p.search(one) for p in self._deny for one in paths)


def _forms(path_and_query: str) -> tuple[str, ...]:
    """The path as escaped and as its reader sees it (`/news/caf%C3%A9-au-lait-story`)."""
    return (path_and_query, unquote(path_and_query)) if "%" in path_and_query else (path_and_query,)


@dataclass(frozen=True)
class Listing:
    """How a section page lists its articles and where its next page is."""

    links: str = "a[href]"  # CSS selector of article links (href read from them)
    item: str | None = None  # CSS selector of one teaser, when it carries a date
    item_date: str | None = None  # CSS (with ::attr / ::text) inside `item` giving its date
    next_page: str | None = None  # CSS of the "next page" link (or a control with data-next...)
    page_url: str | None = None  # or a template: "{section_url}?page={page}" (page 2, 3, ...)


# Where the common cursor APIs keep the next batch's cursor, tried in this order when a
# profile's `Cursor` names no field: GraphQL (Relay), the usual names, Google-style page
# tokens, YouTube-style continuations, Elasticsearch's search_after, JSON:API / HAL links.
CURSOR_KEYS: tuple[tuple[str, ...], ...] = (
    ("pageInfo", "endCursor"), ("page_info", "end_cursor"),
    ("nextCursor",), ("next_cursor",), ("nextPageToken",), ("next_page_token",),
    ("continuation",), ("searchAfter",), ("search_after",), ("cursor",), ("after",),
    ("next",), ("links", "next"), ("_links", "next", "href"), ("paging", "next"),
    ("meta", "next_cursor"), ("meta", "nextCursor"),
)  # fmt: skip
# Where an answer gives the URL of the next batch itself; followed without any profile
# saying so, as only a value that reads as a URL counts ("next": 2 is no URL).
NEXT_URL_KEYS: tuple[tuple[str, ...], ...] = (
    ("next",), ("next_url",), ("nextUrl",), ("next_page_url",), ("nextPageUrl",),
    ("links", "next"), ("_links", "next", "href"), ("paging", "next"), ("load-more-src",),
)  # fmt: skip
TEMPLATE_FIELDS = frozenset({"section", "offset", "size", "page", "cursor"})
WHOLE_FIELD = re.compile(r"\{(\w+)\}")  # a show-more body's string that is one field


@dataclass(frozen=True)
class Cursor:
    """Where a "show more" answer carries the cursor (token) the next request is built from.

    A cursor that reads as a URL (`https://...`, `/api/...?after=x`, `?page=3`) is that
    next request itself; any other value goes into the `{cursor}` of `ShowMore.url`,
    URL-quoted (a list, Elasticsearch's `searchAfter`, as compact JSON, or joined by
    `join`). The listing ends when an answer carries no cursor, or one it had before.
    """

    field: tuple[str, ...] = ()  # keys of the JSON answer leading to it; () = CURSOR_KEYS
    # CSS (ending in ::attr(...)) of it in an HTML answer or fragment: a "load more"
    # control's data-cursor / data-next, or its link ("a.load-more::attr(href)").
    selector: str | None = None
    # CSS (::attr) of the section page's first cursor; None: the first request uses `start`.
    first: str | None = None
    start: str = ""  # the first cursor when the profile names no `first` ("": the API's start)
    join: str | None = None  # a list cursor joined by this instead of written as JSON


@dataclass(frozen=True)
class ShowMore:
    """A JSON endpoint that returns more of a section ("show more" / "load more").

    `url` is a template with {section} (its `values`
    entry, else the section name), {offset}, {size}, {page} (offset / size + 1:
    WordPress's `page`) and {cursor}. The first request
    continues where the section page says it stopped (`offset_pattern`),
    else from `first_offset`, else from the number of teasers it showed.
    Later requests follow the answer's own `next_offset` (else the offset
    plus the entries received) and stop at its `total` or `more` marker. An
    answer may carry its teasers as an HTML fragment (`html_field`), or be one
    (`html_answer`: infinite scroll's next batch). With a `cursor`, each
    request is built from the cursor the previous answer carried instead.
    """

    url: str
    size: int = 10
    first_offset: int | None = None  # None: what the page states, else its teaser count
    # Regex over the section page's HTML whose first group is the offset its
    # "show more" continues from (a data attribute, the page's embedded state).
    offset_pattern: str | None = None
    items_path: tuple[str, ...] = ()  # keys leading to the list of entries; () = top-level list
    # Keys leading to an HTML fragment of teasers instead ({"html": "<li><a href=...>"}), and
    # the CSS of the article links in it; () = entries are JSON objects.
    html_field: tuple[str, ...] = ()
    html_links: str = "a[href]"
    html_answer: bool = False  # the answer is itself an HTML fragment (read with html_links)
    url_field: tuple[str, ...] = ("url",)  # keys inside one entry leading to its URL
    date_field: tuple[str, ...] = ()  # keys inside one entry leading to its publication date
    # Keys of the answer (a JSON object) saying how far the listing goes; () = not given.
    total_field: tuple[str, ...] = ()  # entries in the whole listing
    more_field: tuple[str, ...] = ()  # false on the last answer ("has_more")
    next_offset_field: tuple[str, ...] = ()  # where the next answer starts
    total_pages_header: str | None = None  # a header giving the pages in all ("X-WP-TotalPages")
    values: Mapping[str, str] = field(default_factory=dict)  # section -> {section} in the template
    button: str | None = None  # CSS of the page's "show more" control: none on the page, no request
    cursor: Cursor | None = None  # cursor/token paging instead of offsets
    # A JSON body POSTed to `url` (a GraphQL or search API's "load more"): a string that
    # is a whole field, "{offset}", is that field's value (a number stays one); every
    # other value is sent as written (a GraphQL query's own braces). None: a GET.
    body: Mapping[str, Any] | None = None

    def __post_init__(self) -> None:
        names = {name for _, name, _, _ in string.Formatter().parse(self.url) if name is not None}
        self._check(f"URL {self.url!r}", names)
        if self.body is not None:
            self._check(f"body {dict(self.body)!r}", set(body_fields(self.body)))
        if self.size < 1:
            raise ValueError(f"show-more size must be at least 1, not {self.size}")

    def _check(self, what: str, names: set[str]) -> None:
        unknown = names - TEMPLATE_FIELDS
        if unknown:
            raise ValueError(f"show-more {what}: unknown fields {sorted(unknown)}")
        if "cursor" in names and self.cursor is None:
            raise ValueError(f"show-more {what} has {{cursor}} but no Cursor")


def body_fields(value: Any) -> Iterator[str]:
    """The template fields a show-more body names: its strings that are one whole field."""
    if isinstance(value, str):
        whole = WHOLE_FIELD.fullmatch(value)
        if whole:
            yield whole[1]
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from body_fields(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from body_fields(item)


@dataclass(frozen=True)
class Politeness:
    """Per-site crawl speed, applied as Scrapy settings at spider priority (-s still wins)."""

    download_delay: float | None = None
    concurrency: int | None = None  # CONCURRENT_REQUESTS_PER_DOMAIN
    autothrottle_start_delay: float | None = None

    def scrapy_settings(self) -> dict[str, float | int]:
        pairs = {
            "DOWNLOAD_DELAY": self.download_delay,
            "CONCURRENT_REQUESTS_PER_DOMAIN": self.concurrency,
            "AUTOTHROTTLE_START_DELAY": self.autothrottle_start_delay,
        }
        return {name: value for name, value in pairs.items() if value is not None}


@dataclass(frozen=True)
class SiteProfile:
    """One site: where its article lists are, what an article URL is, how to read its pages."""

    name: str
    base_url: str  # "" when only known at run time (the demo site)
    domains: tuple[str, ...]  # hosts in scope, subdomains included
    sections: Mapping[str, str]  # section name -> path (or absolute URL)
    articles: LinkRules = LinkRules()
    listing: Listing = Listing()
    show_more: ShowMore | None = None
    # Sections whose "show more" differs from the site's (None: that section has none).
    show_more_sections: Mapping[str, ShowMore | None] = field(default_factory=dict)
    sitemaps: tuple[str, ...] = ()  # news sitemaps (or sitemap indexes)
    feeds: tuple[str, ...] = ()  # RSS / Atom feeds
    discover: tuple[str, ...] = ("sections",)  # sources used when the run names none
    url_date: str | None = DEFAULT_URL_DATE  # regex with y, m, d groups, or None
    politeness: Politeness = Politeness()
    timezone: str = "UTC"
    rules: tuple[SiteRules, ...] = (SiteRules(),)
    # Pages that show their articles or text only through JavaScript (newsarchive.browser):
    render_sections: tuple[str, ...] = ()  # sections whose listing is rendered in a browser
    render_articles: tuple[str, ...] = ()  # regexes (path + query) of articles rendered
    show_more_selector: str | None = None  # "Show more" button of a rendered listing
    infinite_scroll: bool = False  # rendered listings load more on scrolling
    # A section key the profile used before -> its key now: what the crawl state, the run
    # report and the health history kept under the old key is the section's (else its
    # unchanged articles were counted under their old name and its history was lost)
    renamed_sections: Mapping[str, str] = field(default_factory=dict)

    def _check_renamed(self) -> None:
        """`renamed_sections` at load: each earlier key to a key now, never one of them in
        any spelling (the state's counts fold "Business" and "business" into one: such an
        old key was a section now, its rename silently not followed); a chain (a -> b,
        b -> c) is refused naming the map to write, each earlier key to the key now."""
        now = {_folded(key): key for key in self.sections}
        for old, new in self.renamed_sections.items():
            why = ""
            if new not in self.sections:
                why = f"{new!r} is none of its sections"
                if new in self.renamed_sections:  # a chain: b was renamed on, to c
                    mapped = {
                        key: _last_name(key, self.renamed_sections) for key in self.renamed_sections
                    }
                    if set(mapped.values()) <= set(self.sections):  # not a cycle
                        why += f" (renamed on: write each earlier key to its key now, {mapped})"
            elif _folded(old) in now:
                why = f"{old!r} is its section {now[_folded(old)]!r} (spelled as section names are)"
            if why:
                raise ValueError(
                    f"site profile {self.name!r}: renamed_sections {old!r} -> {new!r}: {why}; "
                    "the new name must be one of its sections and the old one none of them"
                )

    def __post_init__(self) -> None:
        object.__setattr__(self, "sections", MappingProxyType(dict(self.sections)))
        object.__setattr__(self, "renamed_sections", MappingProxyType(dict(self.renamed_sections)))
        self._check_renamed()
        unknown = set(self.discover) - set(DISCOVERY_SOURCES)
        if unknown:
            raise ValueError(f"{self.name}: unknown discovery sources {sorted(unknown)}")
        self._check_zones()

    def _check_zones(self) -> None:
        """Every zone the profile names is a known IANA zone. A misspelt rules zone was
        taken silently and dates printed without an offset got none (zone_named: None)."""
        named = [("timezone", self.timezone)]
        named += [
            (f"rules valid from {r.valid_from}", r.timezone)
            for r in self.rules
            if r.timezone is not None
        ]
        for where, zone in named:
            try:
                ZoneInfo(zone)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(
                    f"site profile {self.name!r}: unknown time zone {zone!r} ({where}); "
                    "use an IANA name such as 'Europe/Berlin' or 'America/New_York'"
                ) from None

    def show_more_for(self, section: str) -> ShowMore | None:
        """The section's own "show more", else the site's."""
        if section in self.show_more_sections:
            return self.show_more_sections[section]
        return self.show_more

    def __hash__(self) -> int:
        return hash(self.name)

    def rules_for(self, capture_date: date) -> SiteRules:
        """The extraction rules valid on `capture_date` (the latest that started by then)."""
        valid = [r for r in self.rules if r.valid_from <= capture_date]
        if not valid:
            return min(self.rules, key=lambda r: r.valid_from)
        return max(valid, key=lambda r: r.valid_from)

    def is_article_url(self, url: str) -> bool:
        """Whether the profile's link rules call `url` (host aside) an article."""
        parts = urlsplit(url)
        return self.articles.is_article(parts.path + (f"?{parts.query}" if parts.query else ""))

    def renders_article(self, path_and_query: str) -> bool:
        return any(re.search(p, path_and_query, re.IGNORECASE) for p in self.render_articles)

    def owns_host(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def with_base_url(self, base_url: str) -> SiteProfile:
        """The same site served from another origin (a test server, a mirror, the demo), its
        host as requests name it (IDNA: `bücher.example` is `xn--bcher-kva.example`)."""
        return replace(self, base_url=safe_url_string(base_url).rstrip("/"))

    def url(self, path_or_url: str) -> str:
        """An absolute URL for a profile path, on the profile's (possibly replaced) origin."""
        if "://" in path_or_url:
            return self.rebase(path_or_url)
        return self.base_url + "/" + path_or_url.lstrip("/")

    def rebase(self, url: str) -> str:
        """Map a URL on one of the site's hosts to the profile's origin; others unchanged."""
        parts = urlsplit(url)
        base = urlsplit(self.base_url)
        if not base.netloc or not self.owns_host(parts.hostname or ""):
            return url
        return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, parts.fragment))
