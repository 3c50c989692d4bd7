"""One crawl shared by several processes (on one machine or many) through Redis.

The add-on (newsarchive.addon) turns this on when NEWSARCHIVE_REDIS_URL is set:
scrapy-redis then keeps the request queue and the set of requests already
asked for in Redis, so every worker running the same command takes requests
from one queue and no URL is requested twice. What a crawl of many workers
needs beyond that lives here, imported only in that case:

- `crawl_key`: one Redis key prefix per crawl (site, origin, sections), so
  different crawls on one Redis never mix, and `scrapy crawl foxnews` on one
  machine joins `scrapy crawl news -a site=foxnews` on another;
- `SharedCrawlExtension`: a register of the live workers. A worker starting
  while none is alive starts a new run (it clears what an earlier, finished
  or killed, run left: the next run fetches the front pages again) unless that
  run left requests queued or held and its last worker lapsed within
  NEWSARCHIVE_REDIS_CONTINUE_WITHIN (it may only be stalled, or restarted): it
  goes on with that run then, unless NEWSARCHIVE_FRESH=1 asks for a new one; a worker
  whose queue runs dry waits while another is still busy (that one may find
  more links); the last one to stop removes the crawl's keys;
- `RedisRunLedger`: the crawl state's "fetched once per run" shared by the
  workers: an article is fetched by one worker per run, also when a later
  listing names it again (those re-listing hints bypass the scrapy-redis
  dupefilter, and each worker's crawl state only knows its own fetches).

Each worker keeps writing its own WARC files and items, and keeps its own crawl
state and revisit index: nothing of those is shared.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import socket
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from redis import Redis
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import (
    CloseSpider,
    DontCloseSpider,
    NotConfigured,
    ScrapyDeprecationWarning,
)
from scrapy.settings import BaseSettings
from scrapy.statscollectors import StatsCollector
from scrapy.utils.asyncio import call_later, create_looping_call
from scrapy.utils.defer import deferred_from_coro
from scrapy_redis.connection import get_redis_from_settings

from newsarchive import scoped
from newsarchive import signals as na_signals
from newsarchive.lives import REJOINED_STAT, WorkerLives
from newsarchive.network.politeness import engine_waker
from newsarchive.redislink import lost, on_lost, unreachable
from newsarchive.sites import get_site, site_profile
from newsarchive.state.ledger import LocalRunLedger, OverLimit, TakenBack
from newsarchive.state.run import CRAWLER_ATTRIBUTE as STATE_ATTRIBUTE
from newsarchive.state.run import CrawlStateRun

logger = logging.getLogger(__name__)

# scrapy-redis 0.9.1's scheduler still passes `spider=` to the stats: Scrapy's own stats warn
# at every run. Ours (newsarchive.statscollector) do not, and our scheduler's enqueue and
# dequeue (newsarchive.shared_scheduler) do not pass it: quiet for a crawl that sets both back.
SPIDER_ARGUMENT = ("Passing a 'spider' argument", ScrapyDeprecationWarning, r"scrapy_redis\.")

KEY_SETTING = "NEWSARCHIVE_REDIS_KEY"
TTL_SETTING = "NEWSARCHIVE_REDIS_WORKER_TTL"  # s: a worker not heard of for this long is dead
RESUME_SETTING = "NEWSARCHIVE_RESUME"
FRESH_SETTING = "NEWSARCHIVE_FRESH"  # start a new run even when an earlier one left work
# s: a run whose last worker lapsed longer ago than this is not gone on with (default 5 TTLs)
CONTINUE_SETTING = "NEWSARCHIVE_REDIS_CONTINUE_WITHIN"
CONTINUE_TTLS = 5
FLUSH_SETTING = "SCHEDULER_FLUSH_ON_START"  # scrapy-redis's: a fresh run, never under live workers
FLUSH_IGNORED_STAT = "redis/flush_on_start_ignored"
START_STAT = "redis/start"  # "joined", "continued" or "fresh"
START_REASON_STAT = "redis/start_reason"  # why, in a few words
LOST_REASON = "redis_unreachable"  # the finish reason of a worker whose Redis went away
LOST_STAT = "redis/lost"  # its one line (scrapy crawl's last line says it)
# a Redis-state worker refused at its join: a file's worker noted its own state file since
# this one's check (slower than its TTL in between): the finish reason, and its one line
# (scrapy crawl's last line, exit 2: nothing fetched)
STATE_REFUSED_REASON = "state_refused"
STATE_REFUSED_STAT = "redis/state_refused"  # exitcodes.STATE_REFUSED_STAT, read by scrapy crawl
REDIS_STATE_ATTRIBUTE = "newsarchive_redis_state"  # the crawler's: checked as a Redis state
WAIT_LOOK = 0.2  # s between looks at the shared crawl while this worker waits on others
WAKES_STAT = "redis/wait_wakes"  # a look saw the crawl change: the engine asked again at once

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
RUN_STAT = "redis/run_replaced"
# workers keeping the crawl state in Redis (STATE_SHARED=1) between their check of the note
# and their join (then the heartbeat's set says they are live): scored by expiry (Redis's
# clock, s), one TTL; a worker that never joined (it failed to start) lapses with it
REDIS_STATES = "redis-states"

# Sorted sets of worker ids scored by when they expire (Redis's clock: one for all machines);
# a worker is missed once its expiry second has passed (removed below "(now"), as the
# shared scheduler's requeue counts it.
_CLEAR_HELD = """
local function clear_held(holders, prefix)
  local n = 0
  for _, holder in ipairs(redis.call('SMEMBERS', holders)) do
    n = n + redis.call('DEL', prefix .. holder)
  end
  return n + redis.call('DEL', holders)
end
"""
# The run's last-seen stamp moves on only (a worker with a shorter TTL does not move it back).
_STAMP = """
local function stamp(key, at)
  if at > (tonumber(redis.call('GET', key) or '') or 0) then redis.call('SET', key, at) end
end
"""
# ARGV: me, ttl, how to start ("resume": keep what an earlier run left, "fresh": clear it,
# "": keep it only when it holds work and its last worker lapsed within the window), inflight
# prefix, the window (s).
# With no live worker the run is kept when requests wait in its queue or are held: a worker
# stalled past its TTL (SIGSTOP, a long pause) is alive, and clearing them under it left it
# fetching what the new run fetched again (10 of 60 articles exported twice in a test).
# But only within the window: a cron start hours after a run was killed went on with that
# run first, its section pages in the dupefilter, so the day's new listings waited a cycle.
# A dead worker's held requests are not cleared: the shared scheduler takes them back.
# ARGV[6] "1": this worker keeps its crawl state in Redis (STATE_SHARED=1): refused, joining
# nothing, when the own-state note (KEYS[14]) holds: {-1, the note}.
# Returns {others, keys cleared, queued, held (before any clearing), seconds since the last
# worker lapsed (-1: no record), 1 when the earlier run's work was kept}.
_JOIN = (
    _CLEAR_HELD
    + _STAMP
    + """
if ARGV[6] == '1' then  -- a Redis-state worker: a file's worker may have noted its file since
  local held = redis.call('GET', KEYS[14])  -- its check (this one slower than its TTL)
  if held then
    redis.call('ZREM', KEYS[13], ARGV[1])
    return {-1, held}
  end
end
local now = tonumber(redis.call('TIME')[1])
local last = tonumber(redis.call('GET', KEYS[9]) or '')
local newest = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
if #newest > 0 and ((not last) or tonumber(newest[2]) > last) then last = tonumber(newest[2]) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. now)
local others = redis.call('ZCARD', KEYS[1])
local cleared, queued, held, age, kept = 0, 0, 0, -1, 0
if others == 0 then
  queued = redis.call('ZCARD', KEYS[3]) + redis.call('ZCARD', KEYS[10])
  for _, holder in ipairs(redis.call('SMEMBERS', KEYS[6])) do
    held = held + redis.call('HLEN', ARGV[4] .. holder)
  end
  if last then age = math.max(0, now - last) end
  local within = last and tonumber(ARGV[5]) > 0 and age <= tonumber(ARGV[5])
  if ARGV[3] == 'resume' or (ARGV[3] == '' and queued + held > 0 and within) then  -- go on
    kept = 1
  else
    cleared = redis.call('DEL', KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[7], KEYS[8], KEYS[9],
                         KEYS[10], KEYS[12])
    cleared = cleared + clear_held(KEYS[6], ARGV[4])
    local time = redis.call('TIME')
    redis.call('SET', KEYS[11], time[1] .. string.format('%06d', tonumber(time[2])))
  end
end
redis.call('ZADD', KEYS[1], now + ARGV[2], ARGV[1])
redis.call('ZADD', KEYS[2], now + ARGV[2], ARGV[1])
redis.call('ZREM', KEYS[13], ARGV[1])  -- live now: no longer a Redis-state worker starting
stamp(KEYS[9], now + tonumber(ARGV[2]))
return {others, cleared, queued, held, age, kept, redis.call('GET', KEYS[11]) or ''}
"""
)
# requests this worker held that another took back while it stalled past its TTL: left to
# that worker, however this one found out (`shared_scheduler._Holds`, or a claim refused)
TAKEN_BACK_STAT = "redis/taken_back_while_stalled"
CLAIM_REFUSED_STAT = "redis/taken_back/claim_refused"  # ... of those, claims refused (-2)
# KEYS: the run's articles, the addresses pages landed on (, the worker's inflight hash)
# ARGV: the URL, the limit (0: none) (, the request's field there: -2 when it is gone)
_CLAIM = """
if ARGV[3] and redis.call('HEXISTS', KEYS[3], ARGV[3]) == 0 then return -2 end
if redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 1 then return 0 end
if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then return 0 end
local limit = tonumber(ARGV[2])
if limit > 0 and redis.call('SCARD', KEYS[1]) >= limit then return -1 end
redis.call('SADD', KEYS[1], ARGV[1])
return 1
"""
# the same keys: a rendered page read at ARGV[1] (it moved itself there) claims it uncounted
_LAND = """
if redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 1 then return 0 end
return redis.call('SADD', KEYS[2], ARGV[1])
"""
# KEYS: workers, busy, last seen, the run's name; returns that name ('': none, the run ended)
_BEAT = (
    _STAMP
    + """
local now = tonumber(redis.call('TIME')[1])
redis.call('ZADD', KEYS[1], now + ARGV[2], ARGV[1])
if ARGV[3] == '1' then redis.call('ZADD', KEYS[2], now + ARGV[2], ARGV[1]) end
stamp(KEYS[3], now + tonumber(ARGV[2]))
return redis.call('GET', KEYS[4]) or ''
"""
)
# KEYS: busy, queue, holders, workers; ARGV: me, the inflight prefix. What a waiting worker
# watches: {requests queued, other busy workers alive, requests other workers hold, other
# workers alive}. Any change may end its wait (work to take, the crawl done, a worker missed
# whose requests are to be taken back), which Scrapy's engine would only find at its next
# heartbeat (5 s).
_LOOK = """
local now = tonumber(redis.call('TIME')[1])
local function others(key)
  local n = redis.call('ZCOUNT', key, now, '+inf')
  local mine = tonumber(redis.call('ZSCORE', key, ARGV[1]) or '')
  if mine and mine >= now then n = n - 1 end
  return n
end
local held = 0
for _, holder in ipairs(redis.call('SMEMBERS', KEYS[3])) do
  if holder ~= ARGV[1] then held = held + redis.call('HLEN', ARGV[2] .. holder) end
end
return {redis.call('ZCARD', KEYS[2]), others(KEYS[1]), held, others(KEYS[4])}
"""
_IDLE = """
local now = tonumber(redis.call('TIME')[1])
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. now)
return redis.call('ZCARD', KEYS[1])
"""
# ARGV: me, inflight prefix, "1" when this worker's run did not finish (keep the queue);
# KEYS[14]: the lives' first namers (newsarchive.lives.NAMED), removed with the run
_LEAVE = (
    _CLEAR_HELD
    + """
local now = tonumber(redis.call('TIME')[1])
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. now)
if redis.call('ZCARD', KEYS[1]) > 0 then return 0 end
if ARGV[3] == '1' or redis.call('ZCARD', KEYS[3]) > 0 or redis.call('SCARD', KEYS[6]) > 0
   or redis.call('ZCARD', KEYS[10]) > 0 then
  redis.call('SET', KEYS[9], now)  -- the run's last worker left it unfinished now
  return 0
end
clear_held(KEYS[6], ARGV[2])
return redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[7], KEYS[8], KEYS[9],
                  KEYS[10], KEYS[11], KEYS[12], KEYS[14]) + 1
"""
)


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


CRAWLER_ATTRIBUTE = "newsarchive_shared_crawl"  # the crawler's SharedCrawlExtension


OWN_STATE = "own-state"  # the crawl's one SQLite state with STATE_SHARED=0: "<id> <host>:<path>"
# KEYS: the note, the heartbeats, the Redis-state workers starting; ARGV: this file's note,
# its id, its "<host>:<path>" (a note written before notes carried the file's id held only
# that). Noted when none is and no worker is live or starting with a Redis state; the same
# file's note is brought up to date (moved, another host); returns the note that holds, ""
# when live workers keep another state, or STARTING and the seconds until the last
# Redis-state worker starting lapses (one killed before it joined is in no heartbeat).
_CLAIM_OWN_STATE = """
local held = redis.call('GET', KEYS[1])
if held and (string.sub(held, 1, #ARGV[2] + 1) == ARGV[2] .. ' ' or held == ARGV[3]) then
  redis.call('SET', KEYS[1], ARGV[1])
  return ARGV[1]
end
if held then return held end
local now = tonumber(redis.call('TIME')[1])
if redis.call('ZCOUNT', KEYS[2], now, '+inf') > 0 then return '' end
local starting = redis.call('ZRANGEBYSCORE', KEYS[3], now, '+inf', 'WITHSCORES')
if #starting > 0 then return ARGV[4] .. (tonumber(starting[#starting]) - now) end
redis.call('SET', KEYS[1], ARGV[1])
return ARGV[1]
"""
# KEYS: the note, the Redis-state workers starting; ARGV: this worker, its TTL. The note that
# holds (the worker is refused), or "" and the worker is noted as starting with a Redis state
# (the join takes it out): one step, as the file's claim is, so two workers starting in the
# same instant cannot both pass (each checked before the other noted anything).
_NOTE_REDIS_STATE = """
local held = redis.call('GET', KEYS[1])
if held then return held end
local now = tonumber(redis.call('TIME')[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. now)
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), ARGV[1])
redis.call('EXPIRE', KEYS[2], math.ceil(tonumber(ARGV[2])) + 1)
return ''
"""


STARTING = "?starting "  # the file's claim's answer: no note, a Redis-state worker starting


def _held_note(held: Any) -> tuple[str, str]:
    """The own-state note as read from Redis, and where its file is ("<host>:<path>"; a note
    written before notes carried the file's id is only that)."""
    note = held.decode("utf-8", "replace") if isinstance(held, bytes) else str(held or "")
    return note, note.partition(" ")[2] or note


def claim_own_state(crawler: Crawler, path: Path, identity: str) -> None:
    """Note this worker's own crawl state file (STATE_SHARED=0) as the shared crawl's one, or
    refuse it (SettingError, exit 2) when another file holds the crawl, or workers keeping the
    crawl state in Redis are live or starting (`note_redis_state`).

    The queue hands an article to whichever worker is free: a second worker whose state
    never saw what the first archived fetched it whole and exported it again (two
    workers, 60 demo articles, a second unchanged run: 22 articles exported twice).
    One state file (restarted on it, resumed, moved with its volume to another host or
    container) keeps its SQLite history: the file's id says which, not its host and path
    (a container restarted with a new host name on the same volume was refused until
    someone deleted the note). The note stays with the crawl's other lasting keys."""
    from newsarchive.checks import SettingError

    server, keys = _keys(crawler)
    key = f"{keys['prefix']}:{OWN_STATE}"
    where = f"{socket.gethostname()}:{path.resolve()}"
    mine = f"{identity} {where}"
    held = server.register_script(_CLAIM_OWN_STATE)(
        keys=[key, keys[WORKERS], keys[REDIS_STATES]], args=[mine, identity, where, STARTING]
    )
    holder, other = _held_note(held)
    if holder.startswith(STARTING):
        left = holder[len(STARTING) :]
        ttl = worker_ttl(crawler.settings)
        raise SettingError(
            f"setting STATE_SHARED=0: in the shared crawl {keys['prefix']} a worker keeping "
            "its crawl state in Redis (STATE_SHARED=1) is starting (it checked the crawl's "
            "state and has not joined yet; no worker is live), and a state of this one's own "
            "would fetch whole and export again what it archives; run this worker with "
            f"STATE_SHARED=1 too, or, if that worker died as it started, start this one again "
            f"once its note lapses ({TTL_SETTING}, {ttl:g} s, in {left} s at most)"
        )
    if not holder:
        raise SettingError(
            f"setting STATE_SHARED=0: the shared crawl {keys['prefix']} has live workers "
            "keeping its crawl state in Redis (STATE_SHARED=1), and a state "
            "of this one's own would fetch whole and export again what they archived (and "
            "they what this one did); run this worker with STATE_SHARED=1 too"
        )
    if holder != mine:
        raise SettingError(
            f"setting STATE_SHARED=0: the shared crawl {keys['prefix']} keeps its crawl state "
            f"in another state file ({other}), and a state of this one's own would fetch "
            "whole and export again what that worker archived; run one worker with "
            "STATE_SHARED=0 on that file (moved to another host or path, it is still the "
            "crawl's), or every worker with STATE_SHARED=1 (`migrate-state` moves the "
            f"file's history into Redis; then `DEL {key}`)"
        )


def note_redis_state(crawler: Crawler) -> None:
    """Refuse (SettingError, exit 2) a worker keeping its crawl state in Redis
    (STATE_SHARED=1) in a shared crawl whose state is one worker's own file (the `:own-state`
    note): neither state knows what the other's worker archived, so the file's worker fetched
    whole and exported again what this one archived, and this one what the file's did (two
    workers, 30 demo articles, a second unchanged run: 14 exported again, counted `new`).

    Else note it as starting with a Redis state, in the same step: a file's worker starting
    in the same instant is refused then (`claim_own_state`). A look at the note alone let
    both through when the file's worker noted its file between this worker's look and its
    join, before which it is in no heartbeat."""
    from newsarchive.checks import SettingError

    server, keys = _keys(crawler)
    key = f"{keys['prefix']}:{OWN_STATE}"
    held = server.register_script(_NOTE_REDIS_STATE)(
        keys=[key, keys[REDIS_STATES]], args=[worker_name(), worker_ttl(crawler.settings)]
    )
    holder, where = _held_note(held)
    if not holder:
        setattr(crawler, REDIS_STATE_ATTRIBUTE, True)  # its join checks the note again
        return
    raise SettingError(redis_state_refusal(keys["prefix"], where))


def redis_state_refusal(prefix: str, where: str, ttl: float | None = None) -> str:
    """The one line refusing a Redis-state worker beside a file's state noted at `where`
    (`ttl`: noted between this worker's check and its join, which took longer)."""
    since = (
        ""
        if ttl is None
        else (
            f" (noted after this worker checked it: this one took longer than its "
            f"{TTL_SETTING}, {ttl:g} s, to join, and its note as starting lapsed)"
        )
    )
    return (
        f"setting STATE_SHARED=1: the shared crawl {prefix} keeps its crawl state in "
        f"one worker's own state file ({where}, STATE_SHARED=0){since}, which knows nothing of "
        "what a Redis state archives, nor this one of what that file holds: each worker would "
        "fetch whole and export again what the other archived; run only that worker, or "
        "move the file's history into Redis (`migrate-state`), `DEL "
        f"{prefix}:{OWN_STATE}`, and run every worker with STATE_SHARED=1"
    )


class SharedCrawlExtension:
    """Who works on the crawl: a new run starts clean, idle workers wait, the last cleans up."""

    def __init__(self, crawler: Crawler, server: Redis, keys: dict[str, str]) -> None:
        self.crawler = crawler
        self.prefix = keys["prefix"]
        self.me = worker_name()
        self.idle = False
        self.waiting = False
        roles = [WORKERS, BUSY, QUEUE, DUPEFILTER, ARTICLES, HOLDERS, COUNTS, SKIPPED, LAST_SEEN]
        roles += [RESTING, RUN, LANDED, REDIS_STATES]
        self.keys = [keys[name] for name in roles]
        self.own_state_key = f"{self.prefix}:{OWN_STATE}"  # the join's look at it (_JOIN)
        self.refused = False  # refused at its join (STATE_REFUSED_REASON): it joined nothing
        self._joined: tuple[int, ...] | None = None  # what the join found (see join)
        self.run_key = keys[RUN]
        self.run = ""  # the run's name this worker works in (RUN; '': a run named by none)
        self.inflight_prefix = keys[INFLIGHT]
        self.ttl = worker_ttl(crawler.settings)
        self.start = start_mode(crawler.settings)
        self.window = continue_within(crawler.settings)
        self._join = server.register_script(_JOIN)
        self._beat = server.register_script(_BEAT)
        self._idle = server.register_script(_IDLE)
        self._leave = server.register_script(_LEAVE)
        self._look = server.register_script(_LOOK)
        self._task: Any = None
        self._looking: Any = None  # the looks while this worker waits (see spider_idle)
        self._seen: tuple[int, ...] = ()
        self._wake_engine: Callable[[], None] | None = None
        self._beaten = time.monotonic()  # when the last beat that reached Redis was sent
        self.unsure_before = 0.0  # see held_unsure_before
        self.lives = WorkerLives(server, self.prefix, keys[WORKERS], self.me)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedCrawlExtension:
        extension = cls(crawler, *_keys(crawler))
        setattr(crawler, CRAWLER_ATTRIBUTE, extension)
        scoped.ignore_warning(crawler, *SPIDER_ARGUMENT)
        on_lost(extension.redis_lost)
        connect = crawler.signals.connect
        connect(extension.spider_opened, signal=signals.spider_opened)
        connect(extension.spider_idle, signal=signals.spider_idle)
        connect(extension.request_reached_downloader, signal=signals.request_reached_downloader)
        connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    @property
    def stats(self) -> StatsCollector:
        assert self.crawler.stats is not None
        return self.crawler.stats

    def join(self) -> None:
        """Join the run, or be refused (CloseSpider): called by the shared scheduler as it
        opens, before it touches the queue. Joined as the spider opened, a refused worker's
        scheduler had opened first: it took a stalled worker's held requests back into the
        queue and named that worker killed in its own report, then stopped having fetched
        nothing. Once: the spider's opening says what the join found."""
        if self._joined is not None:
            if self.refused:
                raise CloseSpider(STATE_REFUSED_REASON)
            return
        # Before start() is read: a worker starting next sees this one and joins its run.
        redis_state = "1" if getattr(self.crawler, REDIS_STATE_ATTRIBUTE, False) else "0"
        args: list[str | float] = [self.me, self.ttl, self.start, self.inflight_prefix, self.window]
        args.append(redis_state)
        *counts, run = self._join(keys=[*self.keys, self.own_state_key], args=args)
        self._joined = tuple(int(value) for value in counts)
        if self._joined[0] < 0:  # a file's worker noted its state since this one's check
            self._refuse(_held_note(run)[1])
        self.run = _text(run)

    def spider_opened(self) -> None:
        self._wake_engine = engine_waker(self.crawler.engine)  # None: the heartbeat asks
        self.join()  # joined as the scheduler opened (a scheduler of another kind: here)
        assert self._joined is not None
        others, cleared, queued, held, age, kept = self._joined
        self.stats.set_value("redis/workers_at_start", others + 1)
        self.lives.enter(Path(self.crawler.settings.get("WARC_DIR") or "warc"))
        state = getattr(self.crawler, STATE_ATTRIBUTE, None)
        if isinstance(state, CrawlStateRun):
            state.count_items(self)
        if others:
            self._started("joined", f"{others} other worker(s) live")
            logger.info("Joining crawl %s with %d other worker(s)", self.prefix, others)
            if self.crawler.settings.getbool(FLUSH_SETTING):
                self.stats.set_value(FLUSH_IGNORED_STAT, 1)
                logger.warning(
                    "%s=1 ignored: %d other worker(s) of crawl %s are live, and emptying the "
                    "shared queue and seen requests would lose their work; this worker joins them",
                    FLUSH_SETTING,
                    others,
                    self.prefix,
                )
            return self._beat_on()
        why = self._why(queued + held, age, kept)
        if kept and (queued or held):
            self._started("continued", why)
            # the scheduler has put the held requests of workers not heard of back already
            taken = self.stats.get_value("redis/requeued_from_dead_workers", 0)
            logger.warning(
                "Going on with crawl %s as its only live worker (%s): kept its %d queued "
                "request(s), %d of them taken back from worker(s) not heard of for %g s, "
                "and what the run fetched",
                self.prefix,
                why,
                queued + held,
                taken,
                self.ttl,
            )
        elif queued or held:
            self._started("fresh", why)
            logger.warning(
                "Starting crawl %s afresh as its first worker (%s): dropped the %d queued "
                "request(s) and the seen requests of the earlier run (%d key(s))",
                self.prefix,
                why,
                queued + held,
                cleared,
            )
        else:
            self._started("fresh", why)
            what = f", cleared {cleared} key(s) an earlier run left" if cleared else ""
            logger.info("Starting crawl %s as its first worker%s", self.prefix, what)
        return self._beat_on()

    def _refuse(self, where: str) -> None:
        """Refused at the join (a Redis-state worker slower than its TTL from its check to
        here: the file's worker, finding no note of it, noted its own state meanwhile): the
        spider closes before any request, and `scrapy crawl` ends with the line, exit 2."""
        self.refused = True
        line = redis_state_refusal(self.prefix, where, self.ttl)
        self.stats.set_value(STATE_REFUSED_STAT, line)
        raise CloseSpider(STATE_REFUSED_REASON)

    def _why(self, work: int, age: int, kept: int) -> str:
        """Why a worker finding no live one went on with the earlier run or started afresh."""
        if not work:
            return "no earlier run left work"
        if self.start == "resume":
            return f"{RESUME_SETTING}=1"
        if self.start == "fresh":
            fresh = self.crawler.settings.getbool(FRESH_SETTING)
            return f"{FRESH_SETTING if fresh else FLUSH_SETTING}=1"
        if age < 0:
            return "no record of when the earlier run's last worker was heard of"
        return (
            f"the earlier run's last worker lapsed {age} s ago, "
            f"{'within' if kept else 'past'} {CONTINUE_SETTING} ({self.window:g} s)"
        )

    def _started(self, how: str, why: str) -> None:
        self.stats.set_value(START_STAT, how)
        self.stats.set_value(START_REASON_STAT, why)

    def _beat_on(self) -> None:
        self._beaten = time.monotonic()
        self._task = create_looping_call(self.beat)
        self._task.start(self.ttl / 4, now=False)

    def redis_lost(self, exc: BaseException) -> None:
        """Redis went away, for this worker at least: it stops (exit 1, one line); what it held
        stays noted in Redis, for a live worker or one started again with NEWSARCHIVE_RESUME=1.

        A worker cannot tell a Redis gone from its own connection gone (the line said
        "start the workers again" when the others were still crawling): the line says both.
        """
        line = (
            f"the shared crawl's Redis stopped answering this worker ({type(exc).__name__}: "
            f"{exc}); this worker of {self.prefix} stops. Workers that still reach Redis go on "
            f"and take up what it held once it is missed ({TTL_SETTING}, {self.ttl:g} s); "
            f"if Redis itself went down, all stop. Start this worker (or all) again with "
            f"-s {RESUME_SETTING}=1 once Redis answers: it joins the workers still running, "
            "else resumes the crawl (a Redis that kept nothing starts the run afresh)"
        )
        self.stats.set_value(LOST_STAT, line)
        if self.crawler.engine is not None and not engine_open(self.crawler.engine):
            return  # its opening fails (the scheduler's ping): the start's last line says so
        logger.error(line)
        call_later(0, self._stop)

    def _stop(self) -> None:
        engine = self.crawler.engine
        if engine is not None and engine.spider is not None and engine_open(engine):
            deferred_from_coro(engine.close_spider_async(reason=LOST_REASON))

    def beat(self) -> None:
        """Still alive (and busy unless idle): others wait for a busy worker."""
        if lost():
            return
        sent = time.monotonic()
        with contextlib.suppress(*unreachable()):  # redis_lost stops the run
            keys = [*self.keys[:2], self.keys[8], self.run_key]
            run = _text(self._beat(keys=keys, args=[self.me, self.ttl, "0" if self.idle else "1"]))
            if _newer(run, self.run):  # none: the run ended under it (nothing to go into)
                self._run_replaced(run)
            if self.lives.still_here():  # the worker that named it counts it back, not killed
                self.stats.inc_value(REJOINED_STAT)
                logger.warning(
                    "This worker stalled past its TTL (%s, %g s): another worker took it for "
                    "dead and took its requests back; it rejoins the crawl, leaving the pages "
                    "it held to that worker (no item of them here)",
                    TTL_SETTING,
                    self.ttl,
                )
            if sent - self._beaten > self.ttl / 2:  # stalled: it may have looked dead
                self.unsure_before = sent
            self._beaten = sent

    def _run_replaced(self, run: str) -> None:
        """A run started afresh while this worker stalled past its TTL (its queue and this
        worker's held requests dropped): what this worker knew of its run (the articles and
        listings its spider asked for, its crawl state's requests) is the old run's. Kept, the
        new run's listings read here passed over every article this worker had listed before
        as asked already, and no one asked for them (39 of 40 lost in a test). Dropped
        (`newsarchive.signals.run_replaced`), the worker works on in the new run."""
        old, self.run = self.run, run
        self.stats.inc_value(RUN_STAT)
        logger.warning(
            "This worker stalled past its TTL (%s, %g s) while a new run of crawl %s started"
            " (at %s; this worker's began %s): it drops what it knew of the old run and works"
            " on in the new one",
            TTL_SETTING,
            self.ttl,
            self.prefix,
            _run_start(run),
            _run_start(old) if old else "before runs were named",
        )
        self.crawler.signals.send_catch_log(na_signals.run_replaced)

    def held_unsure_before(self) -> float:
        """The time (time.monotonic) before which a request this worker popped may have been
        taken back by another worker: the worker stalled (stopped, paused, starved) past its
        TTL then. It beats first if its last beat may have lapsed: what it still holds is
        then its own for a TTL more."""
        if time.monotonic() - self._beaten > self.ttl / 2:
            self.beat()
        return self.unsure_before

    def request_reached_downloader(self, request: Request) -> None:
        if self.idle:  # work again (from another worker's links): busy until idle again
            self.idle = self.waiting = False
            self._stop_watching()
            self.beat()

    def spider_idle(self) -> None:
        """Queue empty, nothing in flight: stop, unless another worker may still add links."""
        self.idle = True
        if lost():  # not "finished": the run stops as redis_lost said
            raise DontCloseSpider
        try:
            self._watch()  # first: a change after this look is seen by the next
            busy = int(self._idle(keys=self.keys[1:2], args=[self.me]))
        except unreachable():
            raise DontCloseSpider from None
        if busy:
            if not self.waiting:
                logger.info("Queue empty; waiting for %d busy worker(s) of %s", busy, self.prefix)
                self.waiting = True
            raise DontCloseSpider

    def _watch(self) -> None:
        """Note how the shared crawl looks as this worker goes idle, and look again every
        WAIT_LOOK s while it waits (kept open by this or another idle handler): a change
        (links queued, a worker done or missed) has the engine ask again at once. Scrapy's
        engine asks again only at its heartbeat, 5 s apart: each worker's end waited up
        to 5 s for the last busy one's, and links another worker queued for it as long."""
        self._seen = self._looked()
        if self._looking is None and self._wake_engine is not None:
            self._looking = create_looping_call(self._look_again)
            self._looking.start(WAIT_LOOK, now=False)

    def _looked(self) -> tuple[int, ...]:
        keys = [self.keys[1], self.keys[2], self.keys[5], self.keys[0]]
        found = self._look(keys=keys, args=[self.me, self.inflight_prefix])
        return tuple(int(value) for value in found)

    def _look_again(self) -> None:
        if lost():
            return self._stop_watching()
        try:
            seen = self._looked()
        except unreachable():  # redis_lost stops the run
            return None
        if seen != self._seen and self._wake_engine is not None:
            self._seen = seen
            self.stats.inc_value(WAKES_STAT)
            self._wake_engine()
        return None

    def _stop_watching(self) -> None:
        if self._looking is not None and self._looking.running:
            self._looking.stop()
        self._looking = None

    # The crawl state counts each article whose item it kept in this worker's life record
    # (what a killed worker's record says it archived): these three, set in spider_opened.
    # A Redis state saves the count in its record's transaction (a kill between two writes
    # named a worker one article short); a SQLite one (STATE_SHARED=0) once its batch is in.

    def count_item_in(self, pipe: Any) -> None:
        self.lives.count_item_in(pipe)

    def item_counted(self) -> None:
        self.lives.item_counted()

    def item_kept(self) -> None:
        if lost():
            return
        with contextlib.suppress(*unreachable()):  # redis_lost stops the run
            self.lives.item_kept()

    def spider_closed(self, reason: str) -> None:
        self._stop_watching()
        if self._task is not None and self._task.running:
            self._task.stop()
        unfinished = "0" if reason == "finished" else "1"
        if lost() or self.refused:  # lost: its held requests stay noted for a resumed worker
            return
        try:
            self.lives.leave()  # first: out of the heartbeat's set, it would look dead
            keys = [*self.keys, self.lives.named_key]
            leave = self._leave(keys=keys, args=[self.me, self.inflight_prefix, unfinished])
        except unreachable():
            return
        last = int(leave)
        if last:
            logger.info("Last worker of crawl %s: its keys are removed", self.prefix)


class RedisRunLedger:
    """ "Fetched once per run" across the workers: the crawl state's ledger (STATE_RUN_LEDGER).

    The first worker to fetch an article claims it in a Redis set; a second
    claim in the same run (a re-listing hint that reached another worker) is
    refused, as one worker's own ledger refuses its own. The set's size is the
    run's article count across workers: a spider's `max_articles` caps it there.
    """

    def __init__(
        self,
        crawler: Crawler,
        server: Redis,
        key: str,
        stats: StatsCollector,
        skipped_key: str | None = None,
        landed_key: str | None = None,
    ) -> None:
        self.crawler = crawler
        self.server = server
        self.key = key
        self.skipped_key = skipped_key or f"{key}:{SKIPPED}"
        # where rendered pages moved themselves: fetched in the run, not in its article count
        self.landed_key = landed_key or f"{key.rsplit(':', 1)[0]}:{LANDED}"
        self.run_key = f"{key.rsplit(':', 1)[0]}:{RUN}"  # the run's name: gone once it ended
        self.stats = stats
        self._own = LocalRunLedger()
        self._no_item: set[str] = set()  # claimed here, no item: not fetched again here
        # the run's set members this worker's claims put there (not one fetched elsewhere)
        self._claimed: set[str] = set()
        self._claim = server.register_script(_CLAIM)
        self._land = server.register_script(_LAND)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisRunLedger:
        server, keys = _keys(crawler)
        assert crawler.stats is not None
        return cls(crawler, server, keys[ARTICLES], crawler.stats, keys[SKIPPED], keys[LANDED])

    def fetched(self, url: str) -> bool:
        """Fetched by this worker in this run, its claim still standing: a claim another
        worker took back with the request (this one stalled past its TTL) is forgotten, so
        this worker may fetch the article if it pops the request again (it refused it: the
        article was fetched by no one)."""
        if not self._own.fetched(url):
            return False
        if url in self._no_item or self.server.sismember(self.key, url):
            return True
        if self.server.sismember(self.landed_key, url):
            return True
        self._own.forget(url)
        self._claimed.discard(url)
        return False

    def start_over(self) -> None:
        """The run started afresh while this worker stalled (newsarchive.signals.run_replaced):
        what it claimed and skipped was the old run's."""
        self._own = LocalRunLedger()
        self._no_item.clear()
        self._claimed.clear()

    def first_skip(self, url: str) -> bool:
        """Asked of Redis once per worker and URL: the first worker to skip it counts it."""
        if not self._own.first_skip(url):
            return False
        return bool(self.server.sadd(self.skipped_key, url))

    def gave_no_item(self, url: str) -> None:
        """Out of the run's article set, so `max_articles` across workers counts only the
        articles that gave an item (this worker still does not fetch it again). Only a claim
        this worker made: one refused as fetched elsewhere is the other worker's (removed, one
        more article went past the limit)."""
        if url in self._claimed and self._own.fetched(url):
            self._claimed.discard(url)
            self._no_item.add(url)
            self.server.srem(self.key, url)

    def taken_back(self, url: str) -> None:
        """Another worker took this worker's request for `url` back while this one stalled
        past its TTL: its claim went with it (the taker dropped it from the run's set), and
        this worker, popping the request again, fetches it (its own set refused it: the
        article was fetched by no one). The run's set is not touched here: a claim is made
        only while the request is held (`claim`), so the URL's claim there now is another
        copy's, the taker's (removed, a later listing had a third copy fetched and exported)."""
        self._own.forget(url)
        self._claimed.discard(url)

    def claim(self, url: str, held: tuple[str, str] | None = None) -> bool:
        """Claimed in one step with the look at `held`: a worker stalled past its TTL between
        its look at the request (ReleaseHeldMiddleware) and this claim, the request taken
        back meanwhile, claimed the article for a copy that is no longer its own, and the
        taker's claim was refused: the article was fetched by no one. Refused so, it raises
        `TakenBack`: the request is left to the taker, not fetched elsewhere. Refused as the
        run's articles reached `max_articles`, it raises `OverLimit`."""
        if self.fetched(url):
            return False
        self._own.claim(url)
        options = getattr(self.crawler.spider, "options", None)
        limit = getattr(options, "max_articles", None) or 0
        keys, args = [self.key, self.landed_key], [url, limit]
        if held is not None:
            keys.append(held[0])
            args.append(held[1])
        claimed = int(self._claim(keys=keys, args=args))
        if claimed == -2:
            self._own.forget(url)
            self.stats.inc_value(TAKEN_BACK_STAT)
            self.stats.inc_value(CLAIM_REFUSED_STAT)
            logger.warning(
                "Left %s to the worker that took it back while this one stalled past its TTL"
                " (before its claim)",
                url,
            )
            raise TakenBack(url)
        if claimed == -1:  # not fetched here: this worker may claim it if a place frees
            self._own.forget(url)
            self.stats.inc_value("redis/articles_over_limit")
            raise OverLimit(url)
        if claimed == 0:
            self.stats.inc_value("redis/articles_fetched_elsewhere")
            return False
        self._claimed.add(url)
        return True

    def places_left(self, limit: int) -> int | None:
        """The run's article set is the count across the workers: a place an article freed
        in a worker that had none waiting is taken by a worker that has (`NewsSpider`).
        0 once the run ended (its last worker removed its keys while this one stalled):
        its empty set would have this worker fetch `max_articles` more."""
        pipe = self.server.pipeline()
        pipe.exists(self.run_key)
        pipe.scard(self.key)
        running, count = pipe.execute()
        return max(limit - int(count), 0) if running else 0

    def landed(self, url: str) -> bool:
        """A rendered page of this worker moved itself to `url` and was read there: claimed
        for the run (another worker's later link to it is refused), and not counted under
        `max_articles`, whose count is the run's article set (the page's own request is in it:
        counted there too, a page that moved was two, and the limit refused a real one)."""
        if self.fetched(url):
            return False
        self._own.claim(url)
        return int(self._land(keys=[self.key, self.landed_key], args=[url])) > 0


def engine_open(engine: Any) -> bool:
    """Whether the engine's spider opened (its scheduler made). Redis gone before the
    scheduler's first ping fails the opening itself, which the start's last line says (`the
    crawl could not start: the shared crawl's Redis cannot be reached`); a close asked then
    raised "Engine slot not assigned", a traceback, and hid that line.

    Scrapy's public `ExecutionEngine.scheduler` (2.19) is None until the opening makes the
    engine's slot and its scheduler, and again once the spider is closed: the same moments
    as the private `_slot` read before. No signal fits: `engine_started` comes after the
    opening, `spider_opened` after the scheduler's ping, which is where Redis is found gone."""
    return getattr(engine, "scheduler", None) is not None


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _newer(run: str, mine: str) -> bool:
    """Whether the run's name read now (`RUN`) names a run started after this worker's: not
    an empty one (the run's keys gone), nor an older one (Redis restarted from a snapshot an
    earlier run left: taken for a new run, the worker dropped what it knew and seeded again)."""
    if not run or run == mine:
        return False
    if run.isdigit() and mine.isdigit():
        return int(run) > int(mine)
    return True


def _run_start(run: str) -> str:
    """When a run (named by Redis's clock, `RUN`) started: ISO, UTC, to the second."""
    try:
        return datetime.fromtimestamp(int(run) / 1e6, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (ValueError, OverflowError, OSError):
        return run
