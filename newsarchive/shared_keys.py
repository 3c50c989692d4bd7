"""What a shared crawl is called in Redis: its key prefix, its keys by role, its settings.

Read by every part of a shared crawl (the worker register in newsarchive.distributed, the
run ledger, the shared scheduler and limits, the own-state claim) and by the settings check
before a crawl starts: one place says that `scrapy crawl foxnews` on one machine and
`scrapy crawl news -a site=foxnews` on another are one crawl (`crawl_key`), and what each
key under its prefix holds.
"""

from __future__ import annotations

import os
import re
import socket
from typing import Any

from redis import Redis
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings
from scrapy_redis.connection import get_redis_from_settings

from newsarchive.sites import get_site, site_profile

KEY_SETTING = "NEWSARCHIVE_REDIS_KEY"
TTL_SETTING = "NEWSARCHIVE_REDIS_WORKER_TTL"  # s: a worker not heard of for this long is dead
RESUME_SETTING = "NEWSARCHIVE_RESUME"
FRESH_SETTING = "NEWSARCHIVE_FRESH"  # start a new run even when an earlier one left work
# s: a run whose last worker lapsed longer ago than this is not gone on with (default 5 TTLs)
CONTINUE_SETTING = "NEWSARCHIVE_REDIS_CONTINUE_WITHIN"
CONTINUE_TTLS = 5
FLUSH_SETTING = "SCHEDULER_FLUSH_ON_START"  # scrapy-redis's: a fresh run, never under live workers
# Keys under the crawl's prefix: scrapy-redis's two, this module's three, the
# shared scheduler's (newsarchive.shared_scheduler) holders set and one hash of
# held requests per worker, and the shared limits' (newsarchive.shared_limits).
QUEUE, DUPEFILTER = "requests", "dupefilter"
WORKERS, BUSY, ARTICLES = "workers", "busy", "articles"
HOLDERS, INFLIGHT, COUNTS = "holders", "inflight", "counts"
SKIPPED = "skipped"  # known articles skipped in this run (each counted by one worker)
# addresses rendered pages of this run moved themselves to: fetched, not counted as articles
LANDED = "landed"
# when (Redis's clock, s) the run's last worker lapses or lapsed: a beat moves it on, the last
# worker leaving an unfinished run sets it to then
LAST_SEEN = "last_seen"
# a host's Retry-After rest, for every worker (host -> until, ms on Redis's clock; a server's
# ask, not the run's: a fresh run keeps it, the key expires with its last rest), and the
# requests put aside while their host rests (the inflight entry -> when due, ms): the shared
# scheduler's (newsarchive.shared_scheduler)
RESTS, RESTING = "rests", "resting"
# the run's name: Redis's clock (in µs) as a worker starts it afresh (never one name twice;
# removed with the run's other keys); a worker that stalled through a fresh start finds it
# changed (RUN_STAT)
RUN = "run"
# workers keeping the crawl state in Redis (STATE_SHARED=1) between their check of the note
# and their join (then the heartbeat's set says they are live): scored by expiry (Redis's
# clock, s), one TTL; a worker that never joined (it failed to start) lapses with it
REDIS_STATES = "redis-states"


def worker_name() -> str:
    """`<pid>-<host>` as in the WARC file names: unique per process across machines."""
    return re.sub(r"[^a-z0-9.-]+", "-", f"{os.getpid()}-{socket.gethostname()}".lower())


def crawl_key(spider: Any) -> str:
    """The crawl's key prefix: `newsarchive:<site>[@<origin>][:<sections>]`.

    A spider crawling a site profile is keyed by the profile (plus the origin
    when `-a base_url` moved it, plus the sections when only some are
    crawled); any other spider by its name (plus the host `follow` crawls).
    """
    if spider is None:
        return "newsarchive:%(spider)s"  # no spider yet: scrapy-redis fills in its name
    options = getattr(spider, "options", None)
    profile = site_profile(spider)
    if profile is not None:
        key = str(profile.name)
        try:
            own_origin = get_site(profile.name).base_url
        except KeyError:  # a profile of a spider's own, not in the registry
            own_origin = profile.base_url
        if profile.base_url != own_origin:
            key += "@" + re.sub(r"^[a-z]+://", "", profile.base_url.rstrip("/"))
        sections = set(getattr(options, "sections", ()))
        if sections and sections != set(profile.sections):
            key += ":" + ",".join(sorted(sections))
    else:
        key = str(spider.name)
        host = getattr(spider, "host", None)
        if isinstance(host, str) and host:
            key += ":" + host
    return "newsarchive:" + key.replace("%", "%%")  # scrapy-redis %-formats its keys


def worker_ttl(settings: BaseSettings) -> float:
    ttl = settings.getfloat(TTL_SETTING, 60)
    if ttl <= 0:
        raise ValueError(f"{TTL_SETTING} must be more than 0 seconds, not {ttl:g}")
    return ttl


def start_mode(settings: BaseSettings) -> str:
    """How a worker finding no live one starts: "resume", "fresh" or "" (fresh unless an
    earlier run left requests queued or held, its last worker lapsed lately).

    scrapy-redis's SCHEDULER_FLUSH_ON_START asks for a fresh run: it is done here, only
    when no worker is live (scrapy-redis emptied the queue and the seen requests under
    live workers, at every start)."""
    resume, fresh = settings.getbool(RESUME_SETTING), settings.getbool(FRESH_SETTING)
    flush = settings.getbool(FLUSH_SETTING)
    if resume and (fresh or flush):
        other = FRESH_SETTING if fresh else FLUSH_SETTING
        raise ValueError(f"{RESUME_SETTING}=1 and {other}=1 ask for opposite starts: give one")
    return "resume" if resume else "fresh" if fresh or flush else ""


def continue_within(settings: BaseSettings) -> float:
    """How long after its last worker lapsed a run that left work is gone on with (s)."""
    default = CONTINUE_TTLS * worker_ttl(settings)
    try:
        window = settings.getfloat(CONTINUE_SETTING, default)
    except ValueError:
        window = -1
    if not window >= 0:  # NaN too
        given = settings.get(CONTINUE_SETTING)
        raise ValueError(f"{CONTINUE_SETTING}={given!r}: use 0 seconds or more (0: never)")
    return window


def crawl_keys(settings: BaseSettings, spider: Any) -> dict[str, str]:
    """The crawl's keys by role (scrapy-redis's as it uses them), and its `prefix`."""
    if not settings.get("NEWSARCHIVE_REDIS_URL") or not settings.get(KEY_SETTING):
        raise NotConfigured("no NEWSARCHIVE_REDIS_URL: the crawl is not shared")
    fields = {"spider": getattr(spider, "name", "")}
    prefix = settings[KEY_SETTING] % fields
    names = (WORKERS, BUSY, ARTICLES, HOLDERS, COUNTS, SKIPPED, LAST_SEEN, RESTS, RESTING, RUN)
    keys = {name: f"{prefix}:{name}" for name in (*names, LANDED, REDIS_STATES)}
    keys[QUEUE] = settings["SCHEDULER_QUEUE_KEY"] % fields
    keys[DUPEFILTER] = settings["SCHEDULER_DUPEFILTER_KEY"] % fields
    keys[INFLIGHT] = f"{prefix}:{INFLIGHT}:"  # + a worker's name
    keys["prefix"] = prefix
    return keys


def _keys(crawler: Crawler) -> tuple[Redis, dict[str, str]]:
    """The Redis connection and the crawl's keys."""
    keys = crawl_keys(crawler.settings, crawler.spider)
    return get_redis_from_settings(crawler.settings), keys
