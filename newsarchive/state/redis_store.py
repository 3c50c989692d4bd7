"""The crawl state in Redis: what every worker of a shared crawl archived, for all of them.

The same methods as the SQLite store (`newsarchive.state.store.CrawlState`), so
the crawl state's front door does not know which one it holds. Two hashes under
the state's key (`STATE_REDIS_KEY`, `newsarchive:state:<site>` by default), one
field per URL and one per payload digest, each a JSON array of the row's
columns in the SQLite table's order:

    <key>:captures   url    -> [url, captured_at, checked_at, status, digest, ...]
    <key>:payloads   digest -> [digest, url, date, record_id, warc_file, warc_offset]
    <key>:requisites url    -> [url, digest, etag, last_modified, checked_at]
    <key>:identities identity -> url (the article's latest capture, `urlkeys.article_identity`)

A capture is looked up by its article's identity, so a run whose listing spells a known
story `/story/` finds the capture of `/story`; rows keep the URL as fetched. A state an
earlier version wrote (no identities) has them filled in from its captures once, by the
first worker to look (`<key>:identities:filled-any-scheme` marks it done); one whose
identities kept the scheme (`:filled` alone) has each article's key without it added so.

The state outlives runs (a shared crawl's queue keys are removed when its last
worker stops; these are not), so the next run of any worker re-checks what any
worker archived, and a payload one worker wrote is a revisit for the others.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from redis import Redis
from redis.exceptions import WatchError

from newsarchive.redisclient import GuardedRedis
from newsarchive.state.store import Capture, Payload, Requisite, capture_row, payload_row
from newsarchive.urlkeys import article_identity

CAPTURES, PAYLOADS = "captures", "payloads"

# raise_listed: keep the latest listing date (ISO 8601 UTC strings compare as dates)
_RAISE_LISTED = """
local row = redis.call('HGET', KEYS[1], ARGV[1])
if not row then return 0 end
local capture = cjson.decode(row)
local listed = capture[8]
if listed ~= cjson.null and listed >= ARGV[2] then return 0 end
capture[8] = ARGV[2]
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(capture))
return 1
"""
_TOUCH = """
local row = redis.call('HGET', KEYS[1], ARGV[1])
if not row then return 0 end
local capture = cjson.decode(row)
capture[3] = ARGV[2]
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(capture))
return 1
"""


class RedisCrawlState:
    """Redis-backed store with the SQLite store's methods; one connection per worker."""

    shared = True  # every worker of the crawl reads it as it is written

    def __init__(self, server: Redis, key: str) -> None:
        self.server = server
        self.key = key
        self.path = f"redis {key}"  # what the log names as the state's place
        self._captures = f"{key}:{CAPTURES}"
        self._payloads = f"{key}:{PAYLOADS}"
        self._requisites = f"{key}:requisites"
        self._identities = f"{key}:identities"
        self._filled = False  # `_identities` holds every capture's (checked once)
        self._raise_listed = server.register_script(_RAISE_LISTED)
        self._touch = server.register_script(_TOUCH)

    @classmethod
    def from_url(cls, url: str, key: str, **options: Any) -> RedisCrawlState:
        """`options`: the connection's (`redisclient.connection_options`), as a crawl's
        settings give them."""
        return cls(GuardedRedis.from_url(url, **options), key)

    def flush(self) -> None:
        """Each write is sent on its own: nothing waits to be committed."""

    def when_committed(self, callback: Callable[[], object]) -> None:
        """Nothing waits to be committed: at once."""
        callback()

    def close(self) -> None:
        self.server.close()

    def capture(self, url: str) -> Capture | None:
        """The article's latest capture, whichever of its spellings was fetched."""
        self._fill_identities()
        named = self.server.hget(self._identities, article_identity(url))
        row = self.server.hget(self._captures, named) if named else None
        row = row or self.server.hget(self._captures, url)
        return Capture(*_decode(row)) if row else None

    def _fill_identities(self) -> None:
        """A state an earlier version wrote has no identities: each capture's is set (the
        latest capture's URL of each article), never over one a worker saved meanwhile."""
        if self._filled:
            return
        # the identities an earlier version filled kept the scheme (`:filled`): a key of
        # neither scheme is set beside them (theirs are never asked again)
        marker = f"{self._identities}:filled-any-scheme"
        if not self.server.exists(marker):
            latest: dict[str, tuple[str, str]] = {}
            for _, raw in self.server.hscan_iter(self._captures):
                capture = Capture(*_decode(raw))
                identity = article_identity(capture.url)
                if identity not in latest or latest[identity][0] < capture.captured_at:
                    latest[identity] = (capture.captured_at, capture.url)
            pipe = self.server.pipeline(transaction=False)
            for identity, (_, url) in latest.items():
                pipe.hsetnx(self._identities, identity, url)
            pipe.set(marker, 1)
            pipe.execute()
        self._filled = True

    def payload(self, digest: str) -> Payload | None:
        row = self.server.hget(self._payloads, digest)
        return Payload(*_decode(row)) if row else None

    def requisite(self, url: str) -> Requisite | None:
        row = self.server.hget(self._requisites, url)
        return Requisite(*_decode(row)) if row else None

    def save_requisite(self, requisite: Requisite) -> None:
        row = (requisite.url, requisite.digest, requisite.etag, requisite.last_modified,
               requisite.checked_at)  # fmt: skip
        self.server.hset(self._requisites, requisite.url, _encode(row))

    def save(
        self,
        captures: Iterable[Capture],
        payloads: Iterable[Payload] = (),
        along: Callable[[Any], object] | None = None,
    ) -> None:
        """Write a batch in one MULTI/EXEC transaction (all or nothing); `along(pipe)` puts
        more in it (an article's count in its worker's life record, newsarchive.lives)."""
        rows = {c.url: _encode(capture_row(c)) for c in captures}
        self._fill_identities()  # before: the identities saved here are the latest
        pipe = self.server.pipeline(transaction=True)
        self._queue(pipe, rows, payloads, along)
        pipe.execute()

    def save_if_held(
        self,
        captures: Iterable[Capture],
        payloads: Iterable[Payload],
        along: Callable[[Any], object] | None,
        held: tuple[str, str],
    ) -> bool:
        """`save`, only while the hash field `held` (key, field) still stands, in the same
        step (WATCH): whether it did. A shared crawl's page is held there until its
        capture is saved, and another worker may take it back meanwhile (this one stalled
        past its TTL): that worker fetches it again, and, this capture unknown to it,
        exports it; saved here too, the article was exported by both. The payloads are
        saved either way (this worker's WARC holds them)."""
        rows = {c.url: _encode(capture_row(c)) for c in captures}
        payloads = list(payloads)
        self._fill_identities()
        key, field = held
        with self.server.pipeline(transaction=True) as pipe:
            while True:
                try:
                    pipe.watch(key)
                    if not pipe.hexists(key, field):
                        pipe.reset()
                        break
                    pipe.multi()
                    self._queue(pipe, rows, payloads, along)
                    pipe.execute()
                    return True
                except WatchError:  # the hash changed (this worker's own release too): again
                    continue
        self.save((), payloads)
        return False

    def _queue(
        self,
        pipe: Any,
        rows: dict[str, str],
        payloads: Iterable[Payload],
        along: Callable[[Any], object] | None,
    ) -> None:
        if along is not None:
            along(pipe)
        if rows:
            pipe.hset(self._captures, mapping=rows)
            identities = {article_identity(url): url for url in rows}
            pipe.hset(self._identities, mapping=identities)
        for payload in payloads:
            pipe.hsetnx(self._payloads, payload.digest, _encode(payload_row(payload)))

    def touch(self, url: str, checked_at: str) -> None:
        self._touch(keys=[self._captures], args=[url, checked_at])

    def raise_listed(self, url: str, listed_modified: str) -> None:
        """On the capture `capture` finds (the listing may spell the article otherwise)."""
        known = self.capture(url)
        if known is not None:
            self._raise_listed(keys=[self._captures], args=[known.url, listed_modified])

    def captures(self) -> Iterator[Capture]:
        rows = [Capture(*_decode(v)) for _, v in self.server.hscan_iter(self._captures)]
        yield from sorted(rows, key=lambda c: c.url)

    def payloads(self) -> Iterator[Payload]:
        for _, value in self.server.hscan_iter(self._payloads):
            yield Payload(*_decode(value))

    def requisites(self) -> Iterator[Requisite]:
        rows = [Requisite(*_decode(v)) for _, v in self.server.hscan_iter(self._requisites)]
        yield from sorted(rows, key=lambda r: r.url)

    def count(self) -> int:
        return int(self.server.hlen(self._captures))


def _encode(row: tuple[Any, ...]) -> str:
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


def _decode(raw: bytes | str) -> list[Any]:
    value = json.loads(raw)
    if not isinstance(value, list):
        raise ValueError(f"not a state row: {raw!r}")
    return value
