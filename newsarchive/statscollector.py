"""Scrapy's in-memory stats without the per-call deprecation check.

Scrapy 2.19's StatsCollector looks every method up through a Python-level
`__getattribute__` and calls it through a wrapper that warns when the old
`spider` argument is passed: about 1.6 µs a call against 0.1 µs, and a demo
crawl makes ~47 stats calls a page (Scrapy's own and ours), ~25 for `follow`.
Methods are looked up plainly here; they still accept `spider` (unwarned).
"""

from __future__ import annotations

from scrapy.statscollectors import MemoryStatsCollector


class PlainStatsCollector(MemoryStatsCollector):
    __getattribute__ = object.__getattribute__
