"""Which crawl state a shared crawl keeps: one worker's own file, or Redis for all.

A shared crawl's workers must share what they archived: either every worker keeps its crawl
state in Redis (STATE_SHARED=1), or one worker alone keeps it in its own SQLite file
(STATE_SHARED=0), noted in Redis (`<crawl>:own-state`) by the file's id. A worker that would
keep another state than the crawl's is refused at its start with one line (SettingError,
exit 2): called by the crawl state (newsarchive.state.run) before the worker joins.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler

from newsarchive.shared_keys import (
    REDIS_STATES,
    TTL_SETTING,
    WORKERS,
    _keys,
    worker_name,
    worker_ttl,
)

REDIS_STATE_ATTRIBUTE = "newsarchive_redis_state"  # the crawler's: checked as a Redis state
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
