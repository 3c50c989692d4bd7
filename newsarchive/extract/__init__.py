"""Article metadata extraction: pure functions over (html, url), no Scrapy.

The same code serves the live crawl, re-extraction from old WARCs, the
benchmark and the tests.
"""

from newsarchive.extract.article import Article
from newsarchive.extract.core import extract_article
from newsarchive.extract.rules import SiteRules

__all__ = ["Article", "SiteRules", "extract_article"]
