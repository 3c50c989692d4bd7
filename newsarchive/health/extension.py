"""Measuring every run and holding it against its floors and past (spidermon judges it).

At spider_closed (before spidermon's suite and the run report) this extension
measures the run: articles each section's listing named (the news spider's
`listing/<section>/articles` stats) and the share of article items that got
each watched field, site-wide and per section (an item under the section the
run report counts it in, `credited_section`). `find_alarms` compares them
with the floors and with the earlier runs kept in the crawl state; the
spidermon suite in `newsarchive.health.monitors` fails on those alarms, and
its actions mark the run "ok" or "degraded". When the engine stops the run's
measures join the history (a finished run only).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from datetime import UTC, datetime
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured, ScrapyDeprecationWarning

from newsarchive import exitcodes, scoped
from newsarchive.health.alarms import WATCHED_FIELDS, Alarm, RunMeasures, find_alarms, measure
from newsarchive.health.config import HealthConfig
from newsarchive.health.history import HealthHistory, follow_renames, unfollowed
from newsarchive.items import ArticleItem
from newsarchive.itemsinks import item_sinks
from newsarchive.sites import site_profile
from newsarchive.spiders.sections import ArticleAsked, credited_section
from newsarchive.state.run import crawl_state

logger = logging.getLogger(__name__)

# spidermon 1.27's runner logs through Spider.log(), which Scrapy deprecates (2.19 here): one
# warning at the end of every crawl that says nothing about the user's crawl.
SPIDER_LOG = (r"Spider\.log\(\) is deprecated", ScrapyDeprecationWarning, r"spidermon\.")


class RunHealthExtension:
    def __init__(self, crawler: Crawler, config: HealthConfig) -> None:
        self.crawler = crawler
        self.config = config
        self.started = datetime.now(UTC)
        # (what `credited_section` needs, watched fields present) per article item
        self.items: list[tuple[ArticleAsked, frozenset[str]]] = []
        # the few distinct sets of fields, each kept once (not per item: ~3 MB a 5,000-item run)
        self._field_sets: dict[frozenset[str], frozenset[str]] = {}
        self.measures: RunMeasures | None = None
        self.alarms: list[Alarm] = []
        self.finish_reason: str | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunHealthExtension:
        # spidermon's suite runs at spider_closed, also with the alarms off (HEALTH_ENABLED=0)
        scoped.ignore_warning(crawler, *SPIDER_LOG)
        extension = cls(crawler, HealthConfig.from_settings(crawler.settings, crawler.spider))
        if getattr(crawler.spider, "sections", None) is not None:  # the news spider
            # only a site profile's crawl is judged (spider_closed): others' items go unread
            item_sinks(crawler).add(extension.item_scraped, "health")
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def item_scraped(self, item: Any, response: Any = None) -> None:
        if isinstance(item, ArticleItem):
            present = frozenset(name for name in WATCHED_FIELDS if getattr(item, name, None))
            asked = ArticleAsked.of(item.url, response)  # its section: as the run report's
            self.items.append((asked, self._field_sets.setdefault(present, present)))

    def spider_closed(self, spider: Spider, reason: str) -> None:
        self.finish_reason = reason
        listings = getattr(spider, "sections", None)  # the news spider's SectionListings
        if listings is None:
            return  # not a site profile's crawl (the `follow` spider): nothing to judge
        finished = self.crawler.settings.getlist("NEWSARCHIVE_OK_FINISH_REASONS") or ["finished"]
        if reason not in finished:
            return  # cut short (a signal, a timeout): its exit status says so, not alarms
        stats = self.crawler.stats
        assert stats is not None
        listed = _listed(stats.get_stats())
        if listed and self.crawler.settings.get("NEWSARCHIVE_REDIS_URL"):
            # a shared crawl's worker reads only some listing pages: its counts say nothing
            logger.info("shared crawl: sections are not judged per worker (fields are)")
            listed = {}
        credited = [(credited_section(listings, asked), fields) for asked, fields in self.items]
        self.measures = measure(listed, credited)
        for name, share in self.measures.coverage.items():
            stats.set_value(f"health/coverage/{name}", share)
        earlier = self._history(spider)
        profile = site_profile(spider)
        if profile is not None and listed:  # sections judged: their history follows a rename
            earlier = follow_renames(earlier, profile.renamed_sections)
            names = [*profile.sections, *profile.renamed_sections]
            if said := unfollowed(self.measures, earlier, names):
                logger.warning("%s", said)
        self.alarms = find_alarms(self.measures, earlier, self.config.rules)

    def mark(self, status: str) -> None:
        """The verdict of the spidermon suite: "ok", or "degraded" (alarms logged at ERROR)."""
        stats = self.crawler.stats
        assert stats is not None
        if self.measures is None:
            return  # unjudged: the report says "unchecked"
        stats.set_value("health/status", status)
        stats.set_value("health/alarms", [alarm.as_dict() for alarm in self.alarms])
        if status != "degraded":
            return
        for alarm in self.alarms:
            logger.error("alarm: %s", alarm.message)
        if self.config.fail_on_alarm:  # the project's crawl command exits with it
            stats.set_value("health/exit_status", exitcodes.DEGRADED)

    def engine_stopped(self) -> None:
        stats = self.crawler.stats
        assert stats is not None
        status = stats.get_value("health/status")
        spider = self.crawler.spider
        if self.measures is None or status is None:
            return  # unjudged: no baseline for later runs
        if self.config.history is None or spider is None:
            return
        try:
            history = self._open_history()
            try:
                started = self.started.isoformat(timespec="seconds")
                history.add(_site(spider), _shape(spider), started, str(status), self.measures)
            finally:
                history.close()
        except sqlite3.Error as exc:  # a full disk: later runs lack this one in their median
            logger.error("cannot keep this run's measures in %s: %s", self.config.history, exc)

    def _history(self, spider: Spider) -> list[RunMeasures]:
        if self.config.history is None:
            return []
        history = self._open_history()
        try:
            return history.previous(_site(spider), _shape(spider), self.config.rules.history_runs)
        finally:
            history.close()

    def _open_history(self) -> HealthHistory:
        """The history lives in the crawl state's file, whose writes are committed in
        batches: the open batch is committed first, or this second connection would wait
        for the state's write lock (and give up after its timeout)."""
        assert self.config.history is not None
        # no crawl state: nothing holds the file; a commit that failed: the state's owner said so
        with contextlib.suppress(NotConfigured, sqlite3.Error):
            crawl_state(self.crawler).flush()
        return HealthHistory(self.config.history)


def _listed(stats: dict[str, Any]) -> dict[str, int]:
    """Articles named per section, from the news spider's listing/<section>/articles stats."""
    found = {}
    for key, value in stats.items():
        if key.startswith("listing/") and key.endswith("/articles"):
            found[key[len("listing/") : -len("/articles")]] = int(value)
    return found


def _site(spider: Spider) -> str:
    profile = site_profile(spider)
    return str(profile.name if profile else spider.name)


def _shape(spider: Spider) -> str:
    """What makes two runs comparable: sources and limits (sections compare by name)."""
    options = getattr(spider, "options", None)
    if options is None:
        return spider.name
    return (
        f"discover={','.join(sorted(options.discover))};depth={options.depth};"
        f"max_articles={options.max_articles};since={options.since is not None}"
    )
