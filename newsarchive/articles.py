"""From an archived page to an article item: extraction plus provenance.

Shared by the crawl's pipeline and by `python -m newsarchive extract`, so a
live crawl and a re-extraction from WARCs give the same items. No Scrapy here.

Importing this module does not load the extractor (`newsarchive.extract`
imports it at the first `extract_article`): the crawl's own process hands its
pages to worker processes and never extracts.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

import newsarchive.extract as extraction
from newsarchive.extract.limits import MAX_HTML
from newsarchive.extract.rules import SiteRules
from newsarchive.items import ArticleItem, ArticlePage
from newsarchive.requisites import ServedRequisites, page_requisites
from newsarchive.sites import SITES, profile_for_url
from newsarchive.timestamps import capture_day, parse_iso

if TYPE_CHECKING:
    from newsarchive.extract.document import TreeReader
    from newsarchive.sites.base import SiteProfile

# Fields whose absence is counted (extract/missing/<field>); provenance is never missing.
EXTRACTED_FIELDS = (
    "canonical_url",
    "title",
    "subtitle",
    "authors",
    "published",
    "modified",
    "section",
    "topics",
    "tags",
    "body",
    "image",
    "language",
)


def rules_for_page(site: str | None, url: str, fetched_at: str | None) -> SiteRules | None:
    """The site rules valid on the capture date (old captures get the rules of their day)."""
    profile = _profile(site, url)
    if profile is None:
        return None
    return profile.rules_for(capture_day(fetched_at))


def _profile(site: str | None, url: str) -> SiteProfile | None:
    """The registered profile of `site`, else of `url`'s host; None for a site crawled
    with a profile built at run time (`-a url=`: generic rules, as a profile of defaults)."""
    if site:
        return SITES.get(site) or profile_for_url(url)
    return profile_for_url(url)


def fetch_time(fetched_at: str | None) -> datetime | None:
    """The capture's moment (its WARC-Date, UTC) for dates pages state against it
    ("vor 3 Stunden"); None when unknown or unreadable (those dates then stay unread)."""
    try:
        return parse_iso(fetched_at) if fetched_at else None
    except ValueError:
        return None


def article_item(
    page: ArticlePage, max_html: int | None = MAX_HTML, served: TreeReader | None = None
) -> ArticleItem:
    """Extract the article of `page` and attach where it is archived (a page over
    `max_html` characters of HTML is read up to there: the item says `truncated`, as it
    does of a page archived cut at a size limit; `served` reads the page's tree as
    served, see `extract_article`)."""
    rules = rules_for_page(page.site, page.url, page.provenance.fetched_at)
    article = extraction.extract_article(
        page.body,
        page.url,
        rules=rules,
        encoding=page.encoding or None,
        fetched=fetch_time(page.provenance.fetched_at),
        max_html=max_html,
        served=served,
    )
    profile = _profile(page.site, page.url)
    return ArticleItem(
        **{
            **dataclasses.asdict(article),
            "url": page.url,
            "truncated": article.truncated or page.stored_cut,
        },
        site=profile.name if profile else page.site,
        **page.provenance.item_fields(),
    )


def extract_page(
    extract: Callable[[ArticlePage], ArticleItem], page: ArticlePage, requisites: bool
) -> tuple[ArticleItem, list[str] | None]:
    """What an extraction worker does with a page: its item and, when asked, the
    page's requisite links (found here, the crawl's process need not parse it again).

    `article_item` lends its parsed tree to the requisite finder, so the page is
    parsed once; any other extraction (a test's) leaves the finder to parse it.
    """
    if not requisites:
        return extract(page), None
    finder = ServedRequisites(page.body, page.encoding, page.url)
    shares = _reads_trees(extract)
    item = extract(page, served=finder) if shares else extract(page)  # type: ignore[call-arg]
    return item, finder.links()


def _reads_trees(extract: Callable[..., ArticleItem]) -> bool:
    """`article_item`, bare or with its arguments bound (the pipeline's `max_html`)."""
    while isinstance(extract, functools.partial):
        extract = extract.func
    return extract is article_item


def warm_up() -> None:
    """Pay the imports and first-call costs of extraction (a new worker process does this once)."""
    page = b"<html><head><title>x</title></head><body><p>x</p><img src=x.png></body></html>"
    extraction.extract_article(page, "http://x/")
    page_requisites(page, "utf-8", "http://x/")


def missing_fields(item: ArticleItem) -> list[str]:
    """Names of the extracted fields the page did not yield."""
    return [name for name in EXTRACTED_FIELDS if not getattr(item, name)]
