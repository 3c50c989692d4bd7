"""Article metadata extraction: pure functions over (html, url), no Scrapy.

The same code serves the live crawl, re-extraction from old WARCs, the
benchmark and the tests.

`extract_article` is imported on first use (PEP 562): the site profiles and the
items need only the plain data of `rules` and `article`, and every `scrapy crawl`,
`scrapy list` and scrapyd job imports those; the extractor itself (lxml, the
field cascades, their compiled patterns) costs a few tenths of a second of CPU
that only a process that extracts should pay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsarchive.extract.article import Article
from newsarchive.extract.rules import SiteRules

if TYPE_CHECKING:
    from newsarchive.extract.core import extract_article

__all__ = ["Article", "SiteRules", "extract_article"]


def __getattr__(name: str) -> Any:
    if name == "extract_article":
        from newsarchive.extract.core import extract_article

        globals()[name] = extract_article  # asked once
        return extract_article
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
