"""The crawl state's "fetched once per run", shared by a shared crawl's workers.

An article is fetched by one worker per run, also when a later listing names it again:
those re-listing hints bypass the scrapy-redis dupefilter, and each worker's crawl state
knows only its own fetches. A claim is one Redis script over the run's article set (and the
`max_articles` limit); named by the STATE_RUN_LEDGER setting, which the add-on sets for a
shared crawl.

The run's sets hold each article's identity (`claimed_as`), not the URL a worker listed: two
workers whose listings spelled one story `/story` and `/story/` each claimed it, fetched it,
and took two places under a shared `max_articles`. A worker's own bookkeeping keeps the URL
it asked: its next spelling of an article whose first gave no item (a 404) is still asked.
"""

from __future__ import annotations

import logging

from redis import Redis
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

from newsarchive.shared_keys import ARTICLES, LANDED, RUN, SKIPPED, _keys
from newsarchive.state.ledger import LocalRunLedger, OverLimit, TakenBack
from newsarchive.urlkeys import article_identity

logger = logging.getLogger(__name__)

# requests this worker held that another took back while it stalled past its TTL: left to
# that worker, however this one found out (`shared_holds._Holds`, or a claim refused)
TAKEN_BACK_STAT = "redis/taken_back_while_stalled"
CLAIM_REFUSED_STAT = "redis/taken_back/claim_refused"  # ... of those, claims refused (-2)
# KEYS: the run's articles, the addresses pages landed on (, the worker's inflight hash)
# ARGV: the member, the limit (0: none), the request's field in the inflight hash ('' when
# none: -2 when it is gone), then the member's spellings an earlier version claimed it by
_CLAIM = """
if KEYS[3] and redis.call('HEXISTS', KEYS[3], ARGV[3]) == 0 then return -2 end
for i = 1, #ARGV do
  if i == 1 or i > 3 then
    if redis.call('SISMEMBER', KEYS[1], ARGV[i]) == 1 then return 0 end
    if redis.call('SISMEMBER', KEYS[2], ARGV[i]) == 1 then return 0 end
  end
end
local limit = tonumber(ARGV[2])
if limit > 0 and redis.call('SCARD', KEYS[1]) >= limit then return -1 end
redis.call('SADD', KEYS[1], ARGV[1])
return 1
"""
# the same keys: a rendered page read at ARGV[1] (it moved itself there) claims it uncounted;
# ARGV[2...]: the spellings an earlier version claimed it by
_LAND = """
for i = 1, #ARGV do
  if redis.call('SISMEMBER', KEYS[1], ARGV[i]) == 1 then return 0 end
  if i > 1 and redis.call('SISMEMBER', KEYS[2], ARGV[i]) == 1 then return 0 end
end
return redis.call('SADD', KEYS[2], ARGV[1])
"""


def claimed_as(url: str) -> str:
    """The member of the run's article set that stands for `url` (the scheduler removes a
    taken-back request's with it)."""
    return article_identity(url)


def claimed_before(member: str) -> list[str]:
    """The members a worker of a version before session 38's scheme-free identity claimed
    the article `member` stands for by (`http://host/path`, `https://host/path`: its key kept
    the scheme). A rolling upgrade of a shared crawl's workers runs both versions in one
    run: a newer worker's claim looks for these too (two more SISMEMBERs in the claim's
    script), else it fetched and exported again a story an older worker had fetched.
    An older worker never looks for a newer one's member: README's "upgrade all workers
    together" stands."""
    return [f"http:{member}", f"https:{member}"] if member.startswith("//") else []


def claim_members(url: str) -> list[str]:
    """Every member that may stand for `url`'s claim in the run's set, this version's first
    (the scheduler takes a dead worker's claims back with them: an older worker's too)."""
    member = claimed_as(url)
    return [member, *claimed_before(member)]


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
        member = claimed_as(url)
        if url in self._no_item or self.server.sismember(self.key, member):
            return True
        if self.server.sismember(self.landed_key, member):
            return True
        self._own.forget(url)
        self._claimed.discard(member)
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
        return bool(self.server.sadd(self.skipped_key, claimed_as(url)))

    def gave_no_item(self, url: str) -> None:
        """Out of the run's article set, so `max_articles` across workers counts only the
        articles that gave an item (this worker still does not fetch it again). Only a claim
        this worker made: one refused as fetched elsewhere is the other worker's (removed, one
        more article went past the limit)."""
        member = claimed_as(url)
        if member in self._claimed and self._own.fetched(url):
            self._claimed.discard(member)
            self._no_item.add(url)
            self.server.srem(self.key, member)

    def taken_back(self, url: str) -> None:
        """Another worker took this worker's request for `url` back while this one stalled
        past its TTL: its claim went with it (the taker dropped it from the run's set), and
        this worker, popping the request again, fetches it (its own set refused it: the
        article was fetched by no one). The run's set is not touched here: a claim is made
        only while the request is held (`claim`), so the URL's claim there now is another
        copy's, the taker's (removed, a later listing had a third copy fetched and exported)."""
        self._own.forget(url)
        self._claimed.discard(claimed_as(url))

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
        member = claimed_as(url)
        keys, args = [self.key, self.landed_key], [member, limit, ""]
        if held is not None:
            keys.append(held[0])
            args[2] = held[1]
        claimed = int(self._claim(keys=keys, args=[*args, *claimed_before(member)]))
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
        self._claimed.add(member)
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
        members = claim_members(url)
        return int(self._land(keys=[self.key, self.landed_key], args=members)) > 0
