"""A crawl extension for tests: the WARC folder fills up just as an item's metadata record comes.

The first TEST_FULL_AT_METADATA - 1 metadata records are written; from the next
one on, every WARC write fails with ENOSPC in the writer, as a full disk makes
it (the page's own records, written before, are in the file).
"""

from __future__ import annotations

import errno
from collections.abc import Sequence
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newsarchive.warc.extension import WarcExtension


def warc_extension(crawler: Crawler) -> WarcExtension:
    """The crawl's one WARC extension (its archiver and writer are what the tests break)."""
    assert crawler.extensions is not None
    (warc,) = [e for e in crawler.extensions.middlewares if isinstance(e, WarcExtension)]
    return warc


class FullAtMetadata:
    def __init__(self, crawler: Crawler, count: int) -> None:
        self.crawler = crawler
        self.left = count
        self.full = False

    SETTING = "TEST_FULL_AT_METADATA"  # which item's metadata record fails (1 = the first)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FullAtMetadata:
        count = crawler.settings.getint(cls.SETTING)
        if count < 1:
            raise NotConfigured
        extension = cls(crawler, count)
        crawler.signals.connect(extension.engine_started, signal=signals.engine_started)
        return extension

    def engine_started(self) -> None:
        warc = warc_extension(self.crawler)
        writer = warc.archiver.writer
        write_group = writer.write_group

        def failing(records: Sequence[Any]) -> Any:
            if any(getattr(r, "rec_type", None) == "metadata" for r in records):
                self.left -= 1
                self.full = self.full or self.left == 0
            if self.full:
                raise OSError(errno.ENOSPC, "No space left on device")
            return write_group(records)

        writer.write_group = failing  # type: ignore[method-assign]


class RefusedMetadata(FullAtMetadata):
    """The TEST_REFUSED_METADATA-th item's metadata record raises ValueError once (a value
    warcio refuses): that record alone is lost, the writer goes on."""

    SETTING = "TEST_REFUSED_METADATA"

    def engine_started(self) -> None:
        warc = warc_extension(self.crawler)
        write_metadata = warc.archiver.write_metadata

        def refusing(*args: Any) -> Any:
            self.left -= 1
            if self.left == 0:
                raise ValueError("a value the record cannot hold")
            return write_metadata(*args)

        warc.archiver.write_metadata = refusing  # type: ignore[method-assign]
