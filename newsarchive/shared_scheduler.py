"""scrapy-redis's scheduler, made to lose nothing when a worker dies.

scrapy-redis pops a request from the shared queue and the worker holds it
until its download ends: a worker killed in between takes those requests with
it. Here the pop and a note of what the worker holds happen in one Redis
script (`<crawl>:inflight:<worker>`, a hash of the popped queue entries), the
note is dropped when the request ends without a response, or once its
callback's output has gone to the engine (the page's links are in the shared
queue by then, its response in the WARC), and the requests of a worker found dead (not heard of for
`NEWSARCHIVE_REDIS_WORKER_TTL` seconds) are put back into the queue by the
first live worker that looks: at its start, at every heartbeat and before it
stops for want of work.

A new request's fingerprint goes into the shared dupefilter and the request into
the queue in one Redis script too: scrapy-redis sent them one after the other,
and a worker killed (or a Redis gone) between the two left a link every worker
took for already asked, in no queue (the page naming it, fetched again on resume,
had its link filtered out: the article was never archived).

A host's Retry-After rest (newsarchive.network.politeness) is kept in Redis for every
worker (`<crawl>:rests`), and a popped request for a resting host is put aside there
(`<crawl>:resting`) until its time, no longer held: no worker sleeps on it (its requests
filled CONCURRENT_REQUESTS, holding the crawl's other hosts) or keeps it in memory (a
worker killed mid-rest took the rest with it, and the next asked the host at once).

Only scrapy-redis's default queue (`PriorityQueue`, a sorted set) is handled.

The scheduler pops and notes; when the note is dropped is the components' of
newsarchive.shared_holds (a downloader and a spider middleware, an item pipeline), which
the add-on installs beside it.
"""

from __future__ import annotations

import contextlib
import logging
import pickle
import sqlite3
import time
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, DontCloseSpider
from scrapy.utils.asyncio import CallLaterResult, call_later
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from newsarchive.distributed import CRAWLER_ATTRIBUTE as SHARED_ATTRIBUTE
from newsarchive.lives import BACK_STAT, KILLED_STAT, WorkerLives
from newsarchive.network.politeness import (
    RETURNED,
    SCHEDULED,
    engine_waker,
    host_holds,
    request_host,
)
from newsarchive.redislink import lost, unreachable
from newsarchive.request_meta import FETCH_COUNTED
from newsarchive.shared_holds import (
    HELD_PAGES_ATTRIBUTE,
    INFLIGHT_META,
    LATEST_POPS_ATTRIBUTE,
    POPPED_META,
    ReleaseHeldSpiderMiddleware,
)
from newsarchive.shared_keys import (
    ARTICLES,
    HOLDERS,
    INFLIGHT,
    RESTING,
    RESTS,
    crawl_keys,
    worker_name,
    worker_ttl,
)
from newsarchive.shared_ledger import claim_members
from newsarchive.state.run import CRAWLER_ATTRIBUTE as STATE_ATTRIBUTE
from newsarchive.state.run import CrawlStateRun

logger = logging.getLogger(__name__)
ASIDE_STAT = "redis/rest/set_aside"  # requests put aside in Redis while their host rested
ASIDE_PER_CALL = 64  # requests set aside at most per ask of the engine (then it asks again)
UNPICKLABLE_STAT = "redis/meta_left_out"  # meta values of a set-aside request that do not pickle
UNSERIALIZABLE_STAT = "redis/unpicklable_requests"  # requests no Redis entry could be made of
# what pickle and scrapy-redis's request_to_dict raise for what they cannot take (a lock, a
# local function, a callback that is no spider method)
CANNOT_PICKLE = (pickle.PicklingError, TypeError, AttributeError, ValueError)
TAKEN_FROM_META = "newsarchive_taken_from"  # the worker a request given back had popped

# KEYS: queue, this worker's inflight hash, the set of workers with such a hash, the requests
#       resting, the hosts' rests
# ARGV: this worker's name
# The field names this pop, not only the entry: a worker that stalled past its TTL while
# holding a request, taken back and popped by it again, tells its stale copy from the new.
# Requests put aside while their host rested go back into the queue once due (first);
# returns {field, data} ("" and "": the queue is empty), Redis's time (ms) and the rests
# still running (host, until ms, ...).
_POP_AND_HOLD = """
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
for _, held in ipairs(redis.call('ZRANGEBYSCORE', KEYS[4], '-inf', now, 'LIMIT', 0, 100)) do
  local bar = string.find(held, '|', 1, true)
  redis.call('ZADD', KEYS[1], string.sub(held, 1, bar - 1), string.sub(held, bar + 1))
  redis.call('ZREM', KEYS[4], held)
end
redis.call('ZREMRANGEBYSCORE', KEYS[5], '-inf', now)
local found = {'', ''}
local entry = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #entry > 0 then
  redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
  local field = redis.sha1hex(entry[1] .. '|' .. time[1] .. '.' .. time[2])
  redis.call('HSET', KEYS[2], field, entry[2] .. '|' .. entry[1])  -- score|data
  redis.call('SADD', KEYS[3], ARGV[1])
  found = {field, entry[1]}
end
table.insert(found, now)
for _, value in ipairs(redis.call('ZRANGEBYSCORE', KEYS[5], '(' .. now, '+inf', 'WITHSCORES')) do
  table.insert(found, value)
end
return found
"""

# KEYS: the hosts' rests; ARGV: host, seconds (whole ms) it asked for
# A host's rest only grows (a shorter Retry-After from another worker's answer does not cut it).
_REST = """
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local at = now + tonumber(ARGV[2])
if at > tonumber(redis.call('ZSCORE', KEYS[1], ARGV[1]) or '0') then
  redis.call('ZADD', KEYS[1], at, ARGV[1])
end
local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
redis.call('PEXPIRE', KEYS[1], math.max(1, tonumber(last[2]) - now))
return 1
"""

# KEYS: this worker's inflight hash, the requests resting, the hosts' rests
# ARGV: the request's field, its host, a wait of this worker's own (ms: a Crawl-delay), the
#       entry to set aside ("score|data"; "": the one popped)
# A popped request whose host rests goes aside in Redis, no longer held, until its time:
# no worker keeps it in memory (a killed one took such requests with it) and none sleeps
# on it. Returns the ms until it is due (0: its host does not rest, it stays held).
_SET_ASIDE = """
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local due = math.max(tonumber(redis.call('ZSCORE', KEYS[3], ARGV[2]) or '0'),
                     now + tonumber(ARGV[3]))
if due <= now then return 0 end
local held = redis.call('HGET', KEYS[1], ARGV[1])
if not held then return 0 end
if ARGV[4] ~= '' then held = ARGV[4] end
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[2], due, held)
return due - now
"""

# KEYS: dupefilter set, queue, this worker's inflight hash
# ARGV: the request's fingerprint ("": it skips the filter), its score, its data, the
#       field of the request it comes from in the inflight hash ("": none)
# A retry or a redirect is queued again as a new request: the one it comes from is no
# longer held once it is queued (or filtered), in the same step (a kill between the two
# loses neither). Its popper notes it under a field of its own.
# Returns -1, queuing nothing, when the one it comes from was no longer held: another
# worker took it back while this one stalled past its TTL (its download timed out as it
# woke, and its retry went into the queue beside the taker's copy: the retry, checked by
# the crawl state already, was fetched and exported as well, 1 of 60 in a test).
_SEE_AND_PUSH = """
if ARGV[4] ~= '' and redis.call('HDEL', KEYS[3], ARGV[4]) == 0 then return -1 end
if ARGV[1] ~= '' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""

# KEYS: workers (sorted set scored by expiry), holders set
# ARGV: inflight key prefix ("<crawl>:inflight:"), a holder to take alive or dead ("": none),
#       this worker's name
# Each dead holder's hash is renamed to "<its key>:to:<me>" (one taker only) and noted as a
# holder "<holder>:to:<me>", alive while its taker is: a taker killed while giving the
# requests back leaves them to the next worker that looks (they were under a key no one
# read). A holder taken "alive or dead" takes what it was giving back too (a worker
# restarted under the killed one's name). Returns the renamed keys.
# Missed once its expiry second has passed, as the busy and workers sets count in
# newsarchive.distributed: a worker alive to one and gone from the other let the last
# worker stop "finished" without what a cut-off worker held. (Seconds are whole: a
# worker missed in its expiry second may have beaten a moment ago.)
# Never this worker's own holders unless asked (ARGV[2]): a worker running this script is
# alive, however long it went without a beat (a stall on a loaded box). It took its own
# held requests for a dead worker's, article pages whose SQLite batch was not committed
# among them: killed later, those articles were fetched by no one (19 of 60 in a test).
_TAKE_DEAD = """
local now = tonumber(redis.call('TIME')[1])
local taken = {}
for _, holder in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  local owner = string.match(holder, ':to:([^:]+)$') or holder
  local expiry = redis.call('ZSCORE', KEYS[1], owner)
  if holder == ARGV[2] or (ARGV[2] ~= '' and owner == ARGV[2])
     or (owner ~= ARGV[3] and ((not expiry) or tonumber(expiry) < now)) then
    local held = ARGV[1] .. holder
    if redis.call('EXISTS', held) == 1 then
      local to = holder .. ':to:' .. ARGV[3]
      redis.call('RENAME', held, ARGV[1] .. to)
      redis.call('SADD', KEYS[2], to)
      table.insert(taken, ARGV[1] .. to)
    end
    redis.call('SREM', KEYS[2], holder)
  end
end
return taken
"""


class ResumableScheduler(Scheduler):
    """scrapy-redis's scheduler; what a worker pops is noted until its download ends."""

    _waited_for: list[str]  # the other holders it last said it waits for
    refused = False  # refused as it joined the run (newsarchive.distributed.join)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ResumableScheduler:
        scheduler: ResumableScheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        crawler.signals.connect(scheduler.spider_idle, signal=signals.spider_idle)
        scheduler.check_every = worker_ttl(crawler.settings) / 4
        scheduler._checked = time.monotonic()
        scheduler._waited_for = []
        # SCHEDULER_FLUSH_ON_START is done by the shared crawl's join, only when no worker is
        # live (newsarchive.shared_keys.start_mode): here it emptied their queue and seen set
        scheduler.flush_on_start = False
        return scheduler

    def open(self, spider: Any) -> Any:
        shared = getattr(self.crawler, SHARED_ATTRIBUTE, None)
        if shared is not None:  # refused there (CloseSpider): the queue is never touched
            try:
                shared.join()
            except CloseSpider:
                # not raised from here: the engine would skip opening its scraper and log a
                # traceback closing it; the join says it again as the spider opens
                self.refused = True
                return None
        result = super().open(spider)
        self.me = worker_name()
        keys = crawl_keys(self.crawler.settings, spider)
        self.held_key = f"{keys['prefix']}:{INFLIGHT}:{self.me}"
        self.holders_key = f"{keys['prefix']}:{HOLDERS}"
        self.workers_key = keys["workers"]
        self.articles_key = keys[ARTICLES]
        self._pop_and_hold = self.server.register_script(_POP_AND_HOLD)
        self._take_dead = self.server.register_script(_TAKE_DEAD)
        self._see_and_push = self.server.register_script(_SEE_AND_PUSH)
        self._rest = self.server.register_script(_REST)
        self._set_aside = self.server.register_script(_SET_ASIDE)
        self.rests_key, self.resting_key = keys[RESTS], keys[RESTING]
        self.holds = host_holds(self.crawler)
        self.holds.on_rest(self.share_rest)
        self._timer: tuple[float, CallLaterResult] | None = None
        self._wake_engine = engine_waker(self.crawler.engine)  # None: the 5 s heartbeat asks
        self._atomic = isinstance(self.queue, PriorityQueue)
        # the last pop here (its field) of each URL taken back from this worker: a copy left
        # to its taker tells from it whether this worker popped the URL again since (the claim
        # and capture are the new copy's). Only those: every pop kept grew the worker by some
        # 250 MB a million requests, never freed.
        self.latest_pops: dict[str, str] = {}
        setattr(self.crawler, LATEST_POPS_ATTRIBUTE, self.latest_pops)
        if not self._atomic:
            logger.warning(
                "SCHEDULER_QUEUE_CLASS is not scrapy-redis's PriorityQueue: requests a killed "
                "worker held are not given back to the queue"
            )
        self.requeue_dead(name=False)
        # Nothing is popped yet: what its name holds, an earlier worker of that name held (a
        # worker restarted in a container: pid 1, the same host name, alive to the others
        # within the TTL). Kept, no worker took it up until this one stopped, and the last
        # to stop left it in the queue ("finished", 17 of 60 articles missing in a test).
        earlier = self.requeue_dead(mine=True)
        if earlier:
            logger.warning(
                "Gave %d request(s) an earlier worker named %s held back to the queue",
                earlier,
                self.me,
            )
            if self.stats:
                self.stats.inc_value("redis/requeued_from_dead_workers", earlier)
        self._name_dead(earlier_mine=True)
        return result

    def next_request(self) -> Request | None:
        if lost() or self.refused:
            return None
        try:
            return self._next_request()
        except unreachable():  # the shared crawl's extension stops the run
            return None

    def has_pending_requests(self) -> bool:
        """Queued, or set aside while their host rests (due later: the run is not over)."""
        if lost() or self.refused:
            return False
        try:
            if super().has_pending_requests():
                return True
            return self._atomic and bool(self.server.zcard(self.resting_key))
        except unreachable():
            return False

    def share_rest(self, host: str, seconds: float) -> None:
        """A server asked this worker for rest (Retry-After): every worker keeps it, as
        this one's HostHolds does, and it outlives this worker."""
        if not self._atomic or lost():
            return
        with contextlib.suppress(*unreachable()):
            self._rest(keys=[self.rests_key], args=[host, round(seconds * 1000)])

    def enqueue_request(self, request: Request) -> bool:
        # stopping (lost), the page holding the link stays held in Redis; refused: no queue
        if lost() or self.refused:
            return False
        # counted where it was let through: its fetch, by whichever worker, is that count
        request.meta.pop(FETCH_COUNTED, None)
        try:
            if request.meta.pop(RETURNED, False):  # its host began to rest on its way
                # seen when first queued: past the dupefilter if its rest is over already
                return self._aside(request, returned=True) or self._enqueue_request(
                    request, seen=True
                )
            return self._enqueue_request(request)
        except unreachable():
            return False

    def _enqueue_request(self, request: Request, *, seen: bool = False) -> bool:
        """Seen and queued in one step, or neither (PriorityQueue only, as the pop)."""
        if not self._atomic:
            return bool(super().enqueue_request(request))
        skip = request.dont_filter or seen
        fingerprint = "" if skip else self.df.request_fingerprint(request)
        # a retry or a redirect of a request this worker holds carries its field (meta is
        # copied): it is released here, not left held after its request ended
        held = request.meta.pop(INFLIGHT_META, None) or ""
        request.meta.pop(POPPED_META, None)
        # a retry or a redirect (held) went through the middlewares too, as a returned one (seen)
        data = self._encoded(request, left_out=seen or bool(held))
        if data is None:
            if held:  # named and counted: not given back at the end to fail again
                self.server.hdel(self.held_key, held)
            return False
        keys = [self.df.key, self.queue.key, self.held_key]
        args = [fingerprint, -request.priority, data, held]
        pushed = int(self._see_and_push(keys=keys, args=args))
        if pushed < 0:  # taken back while this worker stalled: the taker's copy goes on
            pages = getattr(self.crawler, HELD_PAGES_ATTRIBUTE, None)
            if isinstance(pages, ReleaseHeldSpiderMiddleware):
                pages._left_to_taker(request, held)
            return False
        if not pushed:
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def _next_request(self) -> Request | None:
        if not self._atomic:
            return super().next_request()
        shared = getattr(self.crawler, SHARED_ATTRIBUTE, None)
        if shared is not None:  # after a stall, a beat first: a new run is seen before a pop
            shared.held_unsure_before()
        if time.monotonic() - self._checked > self.check_every:
            self.requeue_dead()
        keys = [self.queue.key, self.held_key, self.holders_key, self.resting_key]
        for _ in range(ASIDE_PER_CALL):
            popped = self._pop_and_hold(keys=[*keys, self.rests_key], args=[self.me])
            field, data, now, *rests = popped
            resting = self._rests_known(int(now), rests)
            if not field:
                return None
            request: Request = self.queue._decode_request(data)
            request.meta[INFLIGHT_META] = field.decode() if isinstance(field, bytes) else field
            if request.meta.pop(TAKEN_FROM_META, None) == self.me:  # its old copy may be here
                self.latest_pops[request.url] = request.meta[INFLIGHT_META]
            request.meta[POPPED_META] = time.monotonic()
            if self.stats:
                self.stats.inc_value("scheduler/dequeued/redis")
            if request_host(request) in resting and self._aside(request):
                continue
            request.meta[SCHEDULED] = True  # PaceMiddleware may give it back (RETURNED)
            return request
        self._wake_in(0)  # many set aside: the engine asks again at once for the others
        return None

    def _rests_known(self, now_ms: int, rests: list[bytes]) -> set[str]:
        """The hosts resting across the crawl (Redis's list: host, until ms, ...), told to this
        worker's HostHolds too: a request of theirs already on its way comes back."""
        now = time.monotonic()
        hosts = set()
        for host, until in zip(rests[::2], rests[1::2], strict=True):
            name = host.decode()
            hosts.add(name)
            self.holds.hold(name, now + (float(until) - now_ms) / 1000)
        return hosts

    def _aside(self, request: Request, *, returned: bool = False) -> bool:
        """Put a popped request whose host rests aside in Redis until its time; whether it
        was (its host does not rest: it stays this worker's to fetch).

        One that came back from the downloader goes aside as it came: the crawl state may
        have decided on it and claimed its article for this run on its way (popped again
        as first queued, its own claim refused it: the article was fetched by no one)."""
        field = request.meta.get(INFLIGHT_META)
        if not field or not self._atomic:
            return False
        own = max(0.0, self.holds.wait(request_host(request)))  # a Crawl-delay's too
        entry = b""
        if returned:
            meta = request.meta
            kept = {k: v for k, v in meta.items() if k not in (INFLIGHT_META, POPPED_META)}
            data = self._encoded(request.replace(meta=kept), left_out=True)
            if data is None:
                return False
            entry = str(-request.priority).encode() + b"|" + data
        args = [field, request_host(request), round(own * 1000), entry]
        keys = [self.held_key, self.resting_key, self.rests_key]
        due = int(self._set_aside(keys=keys, args=args))
        if not due:
            return False
        request.meta.pop(INFLIGHT_META, None)
        if self.stats:
            self.stats.inc_value(ASIDE_STAT)
        self._wake_in(due / 1000)
        return True

    def _encoded(self, request: Request, *, left_out: bool) -> bytes | None:
        """The request's Redis entry (scrapy-redis pickles it); None when none can be made.

        A request that came back on its way (`left_out`) may carry meta values a
        middleware put there that pickle cannot take: they are left out, counted and
        named (they were no part of the request as queued; before, the pickling error's
        traceback ended the request there). A request that cannot be pickled even so, or
        a new one whose meta does not pickle, is no request another worker could fetch:
        counted, named, and not queued."""
        try:
            return bytes(self.queue._encode_request(request))
        except CANNOT_PICKLE as exc:
            error: BaseException = exc
        if left_out:
            meta, dropped = picklable_meta(request.meta)
            if dropped:
                try:
                    data = bytes(self.queue._encode_request(request.replace(meta=meta)))
                except CANNOT_PICKLE as exc:
                    error = exc
                else:
                    if self.stats:
                        self.stats.inc_value(UNPICKLABLE_STAT, len(dropped))
                    logger.warning(
                        "Left meta %s of %s out of its entry in the shared queue: pickle cannot "
                        "take it (put there on its way, it is set again as it goes out again)",
                        ", ".join(sorted(dropped)),
                        request.url,
                    )
                    return data
        if self.stats:
            self.stats.inc_value(UNSERIALIZABLE_STAT)
        logger.error(
            "Cannot put %s into the shared queue, not queued: %s: %s (a meta value or a "
            "callback pickle cannot take: other workers fetch what they can unpickle)",
            request.url,
            type(error).__name__,
            str(error)[:200],
        )
        return None

    def _wake_in(self, seconds: float) -> None:
        """The engine asks for requests again when the first request set aside is due (it
        asks on its own only when a download ends, or every 5 s)."""
        due = time.monotonic() + seconds
        if self._timer is not None:
            if self._timer[0] <= due:
                return
            self._timer[1].cancel()
        self._timer = (due, call_later(seconds, self._wake))

    def _wake(self) -> None:
        self._timer = None
        if self._wake_engine is not None:
            self._wake_engine()

    def requeue_dead(self, *, mine: bool = False, name: bool = True) -> int:
        """Put back the requests of workers not heard of for their TTL (and ours); how many.
        Then the dead workers are named (unless `mine` or not `name`), with what they held.

        Their articles' claims for this run are dropped too: the worker that
        claimed them died before it archived them, so the next one may.
        """
        self._checked = time.monotonic()
        count = self._requeue_held(mine) if self._atomic else 0
        if count and not mine:
            logger.warning("Gave %d request(s) held by dead worker(s) back to the queue", count)
            if self.stats:
                self.stats.inc_value("redis/requeued_from_dead_workers", count)
        if name and not mine:
            self._name_dead()
        return count

    def _requeue_held(self, mine: bool) -> int:
        prefix = self.held_key[: -len(self.me)]
        keys = [self.workers_key, self.holders_key]
        taken = self._take_dead(keys=keys, args=[prefix, self.me if mine else "", self.me])
        count = 0
        lives = self._lives()
        for key in taken:
            given = 0
            holder = key.decode() if isinstance(key, bytes) else str(key)
            popper = holder[len(prefix) :].split(":to:")[0]  # the worker that popped them
            for field, value in self.server.hgetall(key).items():
                _, _, data = value.partition(b"|")
                request = self.queue._decode_request(data)
                request.meta[TAKEN_FROM_META] = popper  # popped there again: `_popped_again`
                # an older worker's claim is spelled its way (`claim_members`): left, the
                # taker's claim found it and the article was fetched by no one
                self.server.srem(self.articles_key, *claim_members(request.url))
                self.queue.push(request)
                logger.debug("Gave %s back to the queue (held as %s)", request.url, key)
                self.server.hdel(key, field)  # killed here: the next taker pushes the rest
                given += 1
            self.server.delete(key)
            self.server.srem(self.holders_key, key[len(prefix) :])
            if given and lives is not None:  # counted under the worker that popped them
                lives.given_back(popper, given)
            count += given
        return count

    def _lives(self) -> WorkerLives | None:
        shared = getattr(self.crawler, SHARED_ATTRIBUTE, None)
        return getattr(shared, "lives", None)

    def _name_dead(self, *, earlier_mine: bool = False) -> None:
        """Name the workers that died (after their held requests went back: counted)."""
        lives = self._lives()
        if lives is None:
            return
        named = lives.name_dead(earlier_mine=earlier_mine)
        # each worker once, in the whole crawl (one named as it stalled, then killed, by this
        # worker or another first: counted by the first)
        if named and self.stats and lives.counted:
            self.stats.set_value(KILLED_STAT, lives.counted)
        self._settle_lives(lives)

    def _settle_lives(self, lives: WorkerLives) -> None:
        """Workers named dead here that were heard of again (stalled past their TTL, then
        went on) are no killed ones: counted back (BACK_STAT), not in KILLED_STAT."""
        if lives.killed and not lost():
            with contextlib.suppress(*unreachable()):
                lives.settle()
        if not self.stats:
            return
        if lives.back or self.stats.get_value(BACK_STAT) is not None:  # one killed later: out
            self.stats.set_value(BACK_STAT, len(lives.back))
        if self.stats.get_value(KILLED_STAT) is not None:
            self.stats.set_value(KILLED_STAT, lives.counted)

    def spider_idle(self) -> None:
        """Before stopping for want of work: a dead worker's requests are work.

        Its own state's batch is committed first: with STATE_SHARED=0 an article page stays
        held until then (STATE_COMMIT_SECONDS), and two idle workers each waited for the
        other's held pages (neither ended before its batch timer)."""
        if lost():
            return
        self._commit_state()
        try:
            requeued = self.requeue_dead()
            others = [] if requeued else self._other_holders()
        except unreachable():
            return  # the shared crawl's extension keeps the run from "finished"
        if requeued:
            raise DontCloseSpider
        if others:
            if others != self._waited_for:
                logger.info("Queue empty; waiting for the requests %s hold(s)", ", ".join(others))
                self._waited_for = others
            raise DontCloseSpider

    def _other_holders(self) -> list[str]:
        """Other workers noted as holding requests: alive, they may add links; missed, their
        requests are taken at a next idle check (Scrapy asks again every few seconds)."""
        prefix = self.held_key[: -len(self.me)]
        holders = sorted(name.decode() for name in self.server.smembers(self.holders_key))
        return [name for name in holders if name != self.me and self.server.exists(prefix + name)]

    def close(self, reason: str) -> Any:
        if self.refused:  # refused as it joined: it opened nothing, holds nothing
            return None
        if self._atomic and self._timer is not None:
            self._timer[1].cancel()
            self._timer = None
        # Stopped before its downloads ended (a signal, a time limit): the next
        # worker or run takes them up.
        if lost():  # what it held stays noted in Redis, for the worker resuming the crawl
            return None
        self._commit_state()  # its articles whose captures wait for a commit are done
        lives = self._lives()
        if lives is not None:  # before the report: a worker named dead may have come back
            self._settle_lives(lives)
        given_back = self.requeue_dead(mine=True)
        if given_back:
            logger.info("Gave %d unfinished request(s) back to the queue", given_back)
        return super().close(reason)

    def _commit_state(self) -> None:
        """Commit a SQLite crawl state's batch (before spider_closed does): the article
        pages held until then are released rather than given back to the queue."""
        state = getattr(self.crawler, STATE_ATTRIBUTE, None)
        if isinstance(state, CrawlStateRun):
            # busy or lost: spider_closed tries again and says so
            with contextlib.suppress(sqlite3.Error, *unreachable()):
                state.flush()


def picklable_meta(meta: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The meta values pickle takes, and the keys of those it does not."""
    kept: dict[str, Any] = {}
    dropped: list[str] = []
    for key, value in meta.items():
        try:
            pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except CANNOT_PICKLE:
            dropped.append(str(key))
            continue
        kept[key] = value
    return kept, dropped
