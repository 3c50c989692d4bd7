"""Article metadata extraction: pure functions over (html, url), no Scrapy.

The same code serves the live crawl, re-extraction from old WARCs, the
benchmark and the tests.
"""
