"""The one form an article's URL is known by: the URL Scrapy requests.

A listing writes an article as it likes (`café`, a space, an IDN host `bücher.example`);
Scrapy's `Request` escapes it (`caf%C3%A9`, `%20`, `xn--bcher-kva.example`), and the crawl
state, a shared crawl's ledger in Redis and the downloader see only that form. The spider's
bookkeeping (its frontier, its listed sets, the meta its errback reads) keeps the same, or
an article that gave no item would free no place under a shared `max_articles`.
"""

from __future__ import annotations

from w3lib.url import safe_url_string


def article_key(url: str) -> str:
    """`url` as `scrapy.Request(url).url` has it (its encoding is utf-8): the same function,
    idempotent. A URL w3lib cannot read stays as it is (a Request refuses it, one line)."""
    try:
        return safe_url_string(url, "utf-8")
    except ValueError:
        return url
