"""The demo site after a redesign nobody announced: what run alarms and `check` must catch.

With the drift switched on (`DemoServer.set_drift(True)`, `serve-demo --drift`)
two things change at once, whatever the revision:

- the Politics section page lists its teasers in new markup (`li.story-card`,
  a "More stories" button): the demo profile's listing selector and its
  "show more" control no longer match, so the section's listing yields nothing;
- every article page loses its byline and author metadata (the `authors`
  field is gone), and is dated as modified at the redesign, so sitemaps and
  feeds announce the change and incremental runs fetch the pages again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from newsarchive.demo import html_pages
from newsarchive.demo.catalog import Article, Catalog

DRIFT_SECTION = "politics"  # the section whose listing markup changes
DRIFT_FIELD = "authors"  # the field articles lose
REDESIGN_DELAY = timedelta(days=2)  # the redesign, after the article's last change


class DriftedCatalog(Catalog):
    """A catalog whose articles come out as the redesigned site publishes them."""

    drift = True

    def __init__(self, base: Catalog) -> None:  # a view of `base`: no catalog is rebuilt
        self.__dict__.update(base.__dict__)

    def article(self, n: int) -> Article:
        return drifted(super().article(n))


def drifted(article: Article) -> Article:
    return replace(article, author_indexes=(), modified=article.modified + REDESIGN_DELAY)


def section_page(catalog: Catalog, slug: str, number: int) -> str | None:
    """Page `number` of a section, in the redesigned markup when it is the drifted one."""
    page = html_pages.section(catalog, slug, number)
    if page is None or slug != DRIFT_SECTION or not getattr(catalog, "drift", False):
        return page
    return page.replace('<li class="teaser">', '<li class="story-card">').replace(
        '<button class="load-more"', '<button class="more-stories"'
    )
