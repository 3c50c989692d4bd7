"""Project defaults that depend on other settings, filled in once per crawl.

A Scrapy add-on runs after `-s`, `-o`/`-O` and the spider's own settings are
known and before they freeze, which plain `settings.py` cannot do:
- the User-Agent names the contact given in NEWSARCHIVE_CONTACT, so
  `-s NEWSARCHIVE_CONTACT=mailto:me@example.org` is enough;
- the default items feed is used only when the run names no feed of its own,
  so `-o`/`-O` replace it instead of writing a second file, and it goes beside
  WARC_DIR (with the crawl state and the reports); a run that exports no item
  makes no file of it (a feed of the run's own keeps Scrapy's FEED_STORE_EMPTY);
- `-s NEWSARCHIVE_REDIS_URL=redis://HOST:6379/0` shares the crawl between every
  process running the same command (newsarchive.distributed, scrapy-redis):
  one request queue and one seen-requests set in Redis, under a key per crawl.
  Without it nothing of scrapy-redis is imported.
- Scrapy's cookie middleware reads the Public Suffix List tldextract ships rather
  than downloading one (newsarchive.publicsuffix), unless
  NEWSARCHIVE_PUBLIC_SUFFIX_URLS names where to fetch it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings

from newsarchive import __version__
from newsarchive.publicsuffix import use_public_suffix_list

# Below `-s` and the spider's own settings: a run can still override each.
REDIS_PRIORITY = "project"


class NewsArchiveAddon:
    def __init__(self, crawler: Crawler | None = None) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NewsArchiveAddon:
        return cls(crawler)  # the spider exists by now: a shared crawl is keyed by its site

    def update_settings(self, settings: BaseSettings) -> None:
        user_agent = settings.get("USER_AGENT") or ""
        if "{contact}" in user_agent or "{version}" in user_agent:
            contact = settings.get("NEWSARCHIVE_CONTACT") or ""
            filled = user_agent.format(contact=contact, version=__version__)
            settings.set("USER_AGENT", filled, priority=settings.getpriority("USER_AGENT") or 0)
        use_public_suffix_list(settings.getlist("NEWSARCHIVE_PUBLIC_SUFFIX_URLS"))
        from newsarchive.network.robots import count_downloads_once

        count_downloads_once(settings)  # Scrapy's DownloaderStats, unless turned off
        redis_url = settings.get("NEWSARCHIVE_REDIS_URL")
        default_feed = settings.get("NEWSARCHIVE_ITEMS_FEED")
        if default_feed and not settings.getdict("FEEDS"):
            if (settings.getpriority("NEWSARCHIVE_ITEMS_FEED") or 0) <= SETTINGS_PRIORITIES[
                "project"
            ]:
                default_feed = _beside_warcs(settings, default_feed)
            if redis_url:  # workers of one crawl may share a folder and start in one second
                default_feed = _per_process(default_feed)
            feed: dict[str, Any] = {"format": "jsonlines", "encoding": "utf8"}
            feed["store_empty"] = _store_empty(settings)
            settings.set("FEEDS", {default_feed: feed}, priority="project")
        if redis_url:
            self._share_through_redis(settings, redis_url)

    def _share_through_redis(self, settings: BaseSettings, redis_url: str) -> None:
        """scrapy-redis's scheduler and dupefilter under this crawl's keys, plus our two parts."""
        # these import scrapy-redis: only for a shared crawl
        from newsarchive.distributed import SharedCrawlExtension
        from newsarchive.redislink import forget
        from newsarchive.shared_keys import DUPEFILTER, KEY_SETTING, QUEUE, crawl_key

        forget()  # first: this crawl's parts ask Redis as they are built

        spider: Any = getattr(self.crawler, "spider", None)
        prefix = settings.get(KEY_SETTING) or crawl_key(spider)
        shared = {
            # scrapy-redis's, giving back what a killed worker held
            "SCHEDULER": "newsarchive.shared_scheduler.ResumableScheduler",
            "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
            "SCHEDULER_PERSIST": True,  # the first worker to finish must not empty the queue
            "REDIS_URL": redis_url,
            # every command through one client class that says when Redis went away
            "REDIS_PARAMS": {
                **settings.getdict("REDIS_PARAMS"),
                "redis_cls": "newsarchive.redisclient.GuardedRedis",
            },
            "SCHEDULER_QUEUE_KEY": f"{prefix}:{QUEUE}",
            "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:{DUPEFILTER}",
            KEY_SETTING: prefix,
            # the crawl state's "once per run", shared by the workers
            "STATE_RUN_LEDGER": "newsarchive.shared_ledger.RedisRunLedger",
        }
        for name, value in shared.items():
            settings.set(name, value, priority=REDIS_PRIORITY)
        settings.setdefault_in_component_priority_dict("EXTENSIONS", SharedCrawlExtension, 60)
        # last before the downloader: only requests that will be downloaded take a slot
        from newsarchive.shared_holds import (
            HeldArticlePipeline,
            ReleaseHeldMiddleware,
            ReleaseHeldSpiderMiddleware,
        )
        from newsarchive.shared_limits import SharedPolitenessMiddleware

        # outermost: sees every request the scheduler gave come back, whatever happened
        settings.setdefault_in_component_priority_dict(
            "DOWNLOADER_MIDDLEWARES", ReleaseHeldMiddleware, 1
        )
        # ... and a page it took stays held until its callback's links are in the queue
        settings.setdefault_in_component_priority_dict(
            "SPIDER_MIDDLEWARES", ReleaseHeldSpiderMiddleware, 1
        )

        settings.setdefault_in_component_priority_dict(
            "DOWNLOADER_MIDDLEWARES", SharedPolitenessMiddleware, 990
        )
        # right after extraction (300), before the article's version and changes go out
        settings.setdefault_in_component_priority_dict("ITEM_PIPELINES", HeldArticlePipeline, 310)


def _store_empty(settings: BaseSettings) -> bool:
    """The default feed names a new file each run: an hourly run that found nothing new
    makes none (Scrapy's FEED_STORE_EMPTY, when the user sets it, still decides)."""
    if (settings.getpriority("FEED_STORE_EMPTY") or 0) > SETTINGS_PRIORITIES["default"]:
        return settings.getbool("FEED_STORE_EMPTY")
    return False


def _beside_warcs(settings: BaseSettings, feed_uri: str) -> str:
    """The project's default items folder sits beside WARC_DIR, as the state and reports do
    (and where `history` looks): `-s WARC_DIR=/data/warc` writes `/data/items/...`."""
    if "://" in feed_uri or Path(feed_uri).is_absolute():
        return feed_uri
    return str(Path(settings.get("WARC_DIR") or "warc").parent / feed_uri)


def _per_process(feed_uri: str) -> str:
    """`items/x.jsonl` -> `items/x-<pid>-<host>.jsonl`, as the WARC files are named."""
    from newsarchive.shared_keys import worker_name

    stem, dot, extension = feed_uri.rpartition(".")
    if not dot or "/" in extension:
        return f"{feed_uri}-{worker_name()}"
    return f"{stem}-{worker_name()}.{extension}"
