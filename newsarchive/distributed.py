"""One crawl shared by several processes (on one machine or many) through Redis.

The add-on (newsarchive.addon) turns this on when NEWSARCHIVE_REDIS_URL is set:
scrapy-redis then keeps the request queue and the set of requests already
asked for in Redis, so every worker running the same command takes requests
from one queue and no URL is requested twice. What a crawl of many workers
needs beyond that lives here and beside it, imported only in that case:

- `shared_keys.crawl_key`: one Redis key prefix per crawl (site, origin, sections), so
  different crawls on one Redis never mix, and `scrapy crawl foxnews` on one
  machine joins `scrapy crawl news -a site=foxnews` on another;
- `SharedCrawlExtension` (here): a register of the live workers. A worker starting
  while none is alive starts a new run (it clears what an earlier, finished
  or killed, run left: the next run fetches the front pages again) unless that
  run left requests queued or held and its last worker lapsed within
  NEWSARCHIVE_REDIS_CONTINUE_WITHIN (it may only be stalled, or restarted): it
  goes on with that run then, unless NEWSARCHIVE_FRESH=1 asks for a new one; a worker
  whose queue runs dry waits while another is still busy (that one may find
  more links); the last one to stop removes the crawl's keys;
- `shared_ledger.RedisRunLedger`: the crawl state's "fetched once per run" shared by the
  workers: an article is fetched by one worker per run, also when a later
  listing names it again (those re-listing hints bypass the scrapy-redis
  dupefilter, and each worker's crawl state only knows its own fetches);
- `shared_own_state`: which crawl state the workers keep (Redis, or one worker's file).

Each worker keeps writing its own WARC files and items, and keeps its own crawl
state and revisit index: nothing of those is shared.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from redis import Redis
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, DontCloseSpider, ScrapyDeprecationWarning
from scrapy.statscollectors import StatsCollector
from scrapy.utils.asyncio import call_later, create_looping_call
from scrapy.utils.defer import deferred_from_coro

from newsarchive import scoped
from newsarchive import signals as na_signals
from newsarchive.lives import REJOINED_STAT, WorkerLives
from newsarchive.network.politeness import engine_waker
from newsarchive.redislink import lost, on_lost, unreachable
from newsarchive.shared_keys import (
    ARTICLES,
    BUSY,
    CONTINUE_SETTING,
    COUNTS,
    DUPEFILTER,
    FLUSH_SETTING,
    FRESH_SETTING,
    HOLDERS,
    INFLIGHT,
    LANDED,
    LAST_SEEN,
    QUEUE,
    REDIS_STATES,
    RESTING,
    RESUME_SETTING,
    RUN,
    SKIPPED,
    TTL_SETTING,
    WORKERS,
    _keys,
    continue_within,
    start_mode,
    worker_name,
    worker_ttl,
)
from newsarchive.shared_own_state import (
    OWN_STATE,
    REDIS_STATE_ATTRIBUTE,
    _held_note,
    redis_state_refusal,
)
from newsarchive.state.run import CRAWLER_ATTRIBUTE as STATE_ATTRIBUTE
from newsarchive.state.run import CrawlStateRun

logger = logging.getLogger(__name__)

# scrapy-redis 0.9.1's scheduler still passes `spider=` to the stats: Scrapy's own stats warn
# at every run. Ours (newsarchive.statscollector) do not, and our scheduler's enqueue and
# dequeue (newsarchive.shared_scheduler) do not pass it: quiet for a crawl that sets both back.
SPIDER_ARGUMENT = ("Passing a 'spider' argument", ScrapyDeprecationWarning, r"scrapy_redis\.")
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
WAIT_LOOK = 0.2  # s between looks at the shared crawl while this worker waits on others
WAKES_STAT = "redis/wait_wakes"  # a look saw the crawl change: the engine asked again at once
RUN_STAT = "redis/run_replaced"

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


CRAWLER_ATTRIBUTE = "newsarchive_shared_crawl"  # the crawler's SharedCrawlExtension


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
