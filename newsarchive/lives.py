"""Which worker of a shared crawl died, and what it held: one life record per worker in Redis.

A run with a crawl state file names the run before it that was killed, from the file's
lock (newsarchive.state.killed). A shared crawl's workers keep their state in Redis and
take no lock: here each worker notes its life at its start,

    <crawl>:life:<worker>   pid, host, started (ISO, UTC), warc_dir, items, given_back
    <crawl>:lives           the workers with such a record

counts there the articles whose items the crawl state kept (`items`), and removes it when
it stops (for any reason: it wrote its report). A worker that stalled past its TTL looks dead
and is named so; at its next heartbeat it writes its record again. The heartbeat (`<crawl>:workers`,
newsarchive.distributed) says who is alive: a record whose worker is no longer heard of
names a worker that never stopped (killed, its machine gone). The live worker that gives
that worker's held requests back to the queue (newsarchive.shared_scheduler) counts them
in the record (`given_back`), then names it, once: in its log (a WARNING), its stats
(`redis/killed_workers`) and its report (`killed_workers`). A worker named as it stalled and
named again when killed later is one worker there (what it gave back added up): it was
counted twice, and listed twice in the report. A life is its record's own (`life`): a worker
restarted under the same name (a container restarted as pid 1) and killed again is another.
The records outlive runs (a run's last worker removes the run's keys, not these): a worker
killed near a run's end is named by the next run's first worker.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import socket
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from redis import Redis

from newsarchive.timestamps import iso_seconds
from newsarchive.warc.writer import files_of_process

logger = logging.getLogger(__name__)

LIVES, LIFE = "lives", "life"
NAMED = "named"  # life -> the worker that named it first (counted there, once in the crawl)
# life -> the worker: a life named dead that came back (it had stalled past its TTL): not a
# killed worker in the reports of those that named it, but one back (BACK_STAT)
WOKE = "woke"
BACK_STAT = "redis/dead_workers_back"  # named dead here, then heard of again: not killed
REJOINED_STAT = "redis/rejoined_after_named_dead"  # this worker was named dead, and went on
KILLED_STAT = "redis/killed_workers"
KEPT_DAYS = 30  # a record no worker named (the crawl never ran again) goes after this

# KEYS: the life record; ARGV: field, how many. Counted only while the record stands: a
# worker named dead (stalled past its TTL, alive after all) does not make a record anew.
_COUNT = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
return redis.call('HINCRBY', KEYS[1], ARGV[1], ARGV[2])
"""
# KEYS: the life record, lives, woke; ARGV: this worker, the record's lifetime (seconds), its
# life, then its fields and values. Written again, with the lifetime `enter` gives it, when
# another worker took it (this one stalled past its TTL and was named dead), and the life noted
# as back (`woke`: the worker naming it takes it out of its killed ones); returns 1 then.
_STILL_HERE = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 4))
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('EXPIRE', KEYS[2], ARGV[2])
redis.call('HSET', KEYS[3], ARGV[3], ARGV[1])
redis.call('EXPIRE', KEYS[3], ARGV[2])
return 1
"""
# KEYS: workers (sorted set scored by expiry, Redis's clock), lives, named, woke; ARGV: the life
# key prefix, this worker, "1": this worker's own name too (a record under it at its start
# is an earlier worker's of that name: a container restarted as pid 1), the lifetime of
# `named` (s). Takes (removes) the records of workers no longer heard of, so one worker names
# each at a time; a life named before (it stalled past its TTL, was written again, and died
# later) keeps its first namer in `named` (life -> worker); returns {worker, {field, value,
# ...}, its first namer ('': this worker is), ...}.
_TAKE_DEAD = """
local now = tonumber(redis.call('TIME')[1])
local taken = {}
for _, name in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  local expiry = tonumber(redis.call('ZSCORE', KEYS[1], name) or '')
  local dead = (not expiry) or expiry < now
  if (name == ARGV[2] and ARGV[3] == '1') or (name ~= ARGV[2] and dead) then
    local key = ARGV[1] .. name
    local life = redis.call('HGET', key, 'life')
    if not life then life = name .. ' ' .. (redis.call('HGET', key, 'started') or '') end
    local first = redis.call('HGET', KEYS[3], life)
    if not first then
      first = ARGV[2]
      redis.call('HSET', KEYS[3], life, first)
      redis.call('EXPIRE', KEYS[3], ARGV[4])
    end
    table.insert(taken, name)
    table.insert(taken, redis.call('HGETALL', key))
    table.insert(taken, first)
    redis.call('HDEL', KEYS[4], life)  -- named dead (again): not back since
    redis.call('DEL', key)
    redis.call('SREM', KEYS[2], name)
  end
end
return taken
"""

# KEYS: woke, named; ARGV: this worker, then the lives it named dead. Returns those back
# (in `woke`), and gives up this worker's claim to have named each first (`named`): counted
# back here, not killed, a kill of it later is counted by the worker that names it then (one
# step with `_TAKE_DEAD`: a life named in between is not back).
_SETTLE = """
local back = {}
for i = 2, #ARGV do
  if redis.call('HEXISTS', KEYS[1], ARGV[i]) == 1 then
    table.insert(back, ARGV[i])
    if redis.call('HGET', KEYS[2], ARGV[i]) == ARGV[1] then redis.call('HDEL', KEYS[2], ARGV[i]) end
  end
end
return back
"""


@dataclass(frozen=True)
class KilledWorker:
    """A worker that never stopped, as its life record left it."""

    name: str
    pid: int
    host: str
    started: str
    items: int  # articles it archived whose items the crawl state kept
    given_back: int  # requests it held, given back to the queue
    warc_files: tuple[str, ...]  # found on this machine (none: another one's folder)
    warc_dir: str
    # the worker that named this life first (it stalled past its TTL, was noted again, and
    # died later) and counted it: '' when this worker did
    named_before_by: str = ""

    def describe(self, crawl: str) -> str:
        here = self.host == socket.gethostname()
        files = ", ".join(self.warc_files) or "none"
        where = (
            f"its WARC files: {files}"
            if here
            else f"its WARC files are on {self.host} in {self.warc_dir} (*-{self.pid}-*)"
        )
        before = (
            f" (named dead before by worker {self.named_before_by} as it stalled past its TTL, "
            "and counted there)"
            if self.named_before_by
            else ""
        )
        return (
            f"worker {self.name} of crawl {crawl} (pid {self.pid} on {self.host}, started "
            f"{self.started}) did not stop: it was killed (kill -9, the OOM killer, its "
            f"machine gone) and wrote no report; it held {self.given_back} request(s), given "
            f"back to the queue; it archived {self.items} articles whose items are kept; "
            f"{where}{before}"
        )

    def as_report(self) -> dict[str, Any]:
        return {
            "ended": "killed",
            "worker": self.name,
            "pid": self.pid,
            "host": self.host,
            "started": self.started,
            "items": self.items,
            "requests_given_back": self.given_back,
            "warc_files": list(self.warc_files),
            "warc_dir": self.warc_dir,
        } | ({"named_before_by": self.named_before_by} if self.named_before_by else {})


class WorkerLives:
    """This worker's life record, and the taking of dead workers' records."""

    def __init__(self, server: Redis, prefix: str, workers_key: str, me: str) -> None:
        self.server = server
        self.prefix = prefix
        self.lives_key = f"{prefix}:{LIVES}"
        self.named_key = f"{prefix}:{NAMED}"
        self.woke_key = f"{prefix}:{WOKE}"
        self.life_prefix = f"{prefix}:{LIFE}:"
        self.workers_key = workers_key
        self.me = me
        self._killed: dict[str, KilledWorker] = {}  # named by this worker, by life
        self._back: dict[str, KilledWorker] = {}  # named by this worker, heard of again
        self.items = 0  # this worker's articles whose items the crawl state kept
        self._record: dict[str, str | int] = {}
        self._count = server.register_script(_COUNT)
        self._take_dead = server.register_script(_TAKE_DEAD)
        self._still_here = server.register_script(_STILL_HERE)
        self._settle = server.register_script(_SETTLE)

    @property
    def killed(self) -> list[KilledWorker]:
        """The workers this one named dead, each once."""
        return list(self._killed.values())

    @property
    def back(self) -> list[KilledWorker]:
        """The workers this one named dead that were heard of again (they had stalled)."""
        return list(self._back.values())

    def settle(self) -> None:
        """Take out of the killed ones each worker that came back (`WOKE`: it had stalled past
        its TTL, and went on): its own report says what it did, and this one's named it
        killed ("wrote no report"), counted in `redis/killed_workers` and the end's summary."""
        if not self._killed:
            return
        keys = [self.woke_key, self.named_key]
        for life in self._settle(keys=keys, args=[self.me, *self._killed]):
            worker = self._back[_text(life)] = self._killed.pop(_text(life))
            logger.info(
                "worker %s of crawl %s, named killed above, was heard of again: it had "
                "stalled past its TTL and went on (its report says what it did); its %d "
                "request(s) given back to the queue are this worker's, not killed",
                worker.name,
                self.prefix,
                worker.given_back,
            )

    @property
    def counted(self) -> int:
        """The workers this one named dead first (`redis/killed_workers`): one named before
        by another worker (as it stalled) was counted there, each life once in the crawl."""
        return sum(not worker.named_before_by for worker in self._killed.values())

    def enter(self, warc_dir: Path) -> None:
        """Note this worker's life (once it is in the heartbeat's set: never seen dead)."""
        record: dict[str, str | int] = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "started": iso_seconds(datetime.now(UTC)),
            "warc_dir": str(warc_dir.resolve()),
            "items": 0,
            "given_back": 0,
            # this life's own: a worker restarted under the same name (a container restarted
            # as pid 1, its host name kept) is another life, named on its own
            "life": uuid.uuid4().hex,
        }
        self._record = record
        key = self.life_prefix + self.me
        pipe = self.server.pipeline(transaction=True)
        pipe.delete(key)
        pipe.hset(key, mapping=record)  # type: ignore[arg-type]
        pipe.sadd(self.lives_key, self.me)
        pipe.expire(key, KEPT_DAYS * 86400)
        pipe.expire(self.lives_key, KEPT_DAYS * 86400)
        pipe.execute()

    def leave(self) -> None:
        """This worker stops (and says so): no record names it dead. Before it leaves the
        heartbeat's set, or another worker could take it for dead in between."""
        pipe = self.server.pipeline(transaction=True)
        pipe.delete(self.life_prefix + self.me)
        pipe.srem(self.lives_key, self.me)
        pipe.execute()

    def item_kept(self) -> None:
        """An article whose item the crawl state kept, counted on its own: its record was
        saved elsewhere (a SQLite state's batch, committed) or not at all (no capture)."""
        self.items += 1
        self._count(keys=[self.life_prefix + self.me], args=["items", 1])

    def count_item_in(self, pipe: Any) -> None:
        """An article's count, queued in `pipe`: the Redis state's transaction that saves its
        record, so that no kill parts the two (a kill between two writes named a worker one
        article short). `item_counted` once that transaction ran. EVAL, not the registered
        script: a pipeline asks SCRIPT EXISTS first, a round trip more before the held page's
        release (a kill in that window has the article fetched again)."""
        pipe.eval(_COUNT, 1, self.life_prefix + self.me, "items", 1)

    def item_counted(self) -> None:
        self.items += 1

    def still_here(self) -> bool:
        """At each heartbeat: whether this worker's record had been taken (it stalled past its
        TTL, another worker named it dead), and is written again, so that a kill later is
        named with what it did."""
        if not self._record:
            return False
        fields = [str(v) for pair in {**self._record, "items": self.items}.items() for v in pair]
        key = self.life_prefix + self.me
        life = str(self._record["life"])
        args: list[str | int] = [self.me, KEPT_DAYS * 86400, life, *fields]
        return bool(self._still_here(keys=[key, self.lives_key, self.woke_key], args=args))

    def given_back(self, holder: str, count: int) -> None:
        """`count` requests `holder` held went back to the queue (before it is named)."""
        self._count(keys=[self.life_prefix + holder], args=["given_back", count])

    def name_dead(self, *, earlier_mine: bool = False) -> list[KilledWorker]:
        """Take the records of workers no longer heard of and name each: in the log here,
        in the stats and report by the caller's crawler (`killed`)."""
        args = [self.life_prefix, self.me, "1" if earlier_mine else "0", KEPT_DAYS * 86400]
        keys = [self.workers_key, self.lives_key, self.named_key, self.woke_key]
        found = self._take_dead(keys=keys, args=args)
        named = []
        for name, fields, first in zip(found[::3], found[1::3], found[2::3], strict=True):
            record = {_text(k): _text(v) for k, v in zip(fields[::2], fields[1::2], strict=True)}
            killed = _killed(_text(name), record)
            if killed is None:
                continue
            life = record.get("life") or f"{killed.name} {killed.started}"
            # named as it stalled (and back since, `settle`), named again: killed after all
            earlier = self._killed.get(life) or self._back.pop(life, None)
            if earlier is not None:  # named as it stalled past its TTL, then written again
                given_back = earlier.given_back + killed.given_back
                killed = dataclasses.replace(killed, given_back=given_back)
            if _text(first) != self.me:  # another worker named it first, and counted it
                killed = dataclasses.replace(killed, named_before_by=_text(first))
            logger.warning("%s", killed.describe(self.prefix))
            self._killed[life] = killed
            named.append(killed)
        return named


def _killed(name: str, record: dict[str, str]) -> KilledWorker | None:
    try:
        pid, started = int(record["pid"]), record["started"]
        since = datetime.fromisoformat(started)
    except (KeyError, ValueError):  # written over from outside
        return None
    host, warc_dir = record.get("host", "?"), record.get("warc_dir", "")
    files: list[str] = []
    folder = Path(warc_dir)
    if host == socket.gethostname() and warc_dir and folder.is_dir():
        files = files_of_process(folder, pid, since, host)
    return KilledWorker(
        name=name,
        pid=pid,
        host=host,
        started=started,
        items=int(record.get("items") or 0),
        given_back=int(record.get("given_back") or 0),
        warc_files=tuple(files),
        warc_dir=warc_dir,
    )


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
