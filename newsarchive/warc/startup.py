"""What the WARC extension does before the crawl fetches anything.

Close the `.open` files a killed crawl left (WARC_RECOVER_ON_START), load the
dedup index (WARC_DEDUP_INDEX) and say who writes the files (warcinfo).
"""

from __future__ import annotations

import logging
import socket
from importlib.metadata import version

import scrapy
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector
from scrapy.utils.misc import build_from_crawler, load_object

from newsarchive import __version__
from newsarchive.warc import records
from newsarchive.warc.config import WarcConfig
from newsarchive.warc.dedup import DedupIndex, MemoryDedupIndex
from newsarchive.warc.recover import recover_directory

logger = logging.getLogger(__name__)


def recover_at_start(config: WarcConfig, stats: StatsCollector) -> None:
    """Files a killed crawl left `.open` in WARC_DIR become readable, closed files."""
    if not config.recover_on_start or not config.directory.is_dir():
        return
    for result in recover_directory(config.directory):
        logger.warning("recover: %s", result.line())
        if result.left_alone is not None:
            stats.inc_value("warc/recover_left_alone")
            continue
        stats.inc_value("warc/recovered_files")
        stats.inc_value("warc/recovered_records", result.records)


def dedup_index(config: WarcConfig, crawler: Crawler) -> DedupIndex | None:
    """The configured index; one that is switched off must not switch archiving off."""
    if not config.dedup_index:
        return None
    try:
        index: DedupIndex = build_from_crawler(load_object(config.dedup_index), crawler)
    except NotConfigured as exc:
        logger.info("%s is off (%s): revisits within this crawl only", config.dedup_index, exc)
        return MemoryDedupIndex()
    return index


def warcinfo_fields(config: WarcConfig, spider_name: str) -> dict[str, str]:
    software = (
        f"newsarchive/{__version__} (Scrapy/{scrapy.__version__}; warcio/{version('warcio')})"
    )
    fields = records.warcinfo_fields(
        software,
        socket.gethostname(),
        config.robots,
        config.user_agent,
        config.operator,
        config.description,
    )
    if spider_name:
        fields["isPartOf"] = spider_name
    return fields
