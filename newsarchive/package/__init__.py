"""Replay packages built from finished WARC files: CDXJ indexes, pages lists, WACZ.

Runs after a crawl (`python -m newsarchive index`), never inside one; no Scrapy here.
"""
