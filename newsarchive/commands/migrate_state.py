"""`python -m newsarchive migrate-state FROM TO`: move a crawl state between SQLite and Redis.

    python -m newsarchive migrate-state state/foxnews.sqlite redis://db:6379/0 --site foxnews
    python -m newsarchive migrate-state redis://db:6379/0 state/foxnews.sqlite --site foxnews

An archive that outgrows one machine takes its history along: the next shared
run (`-s NEWSARCHIVE_REDIS_URL=...`) re-checks what the single machine archived
and writes revisits against its records. Every capture and payload row is copied
as it is; rows already at the destination are replaced by the source's. Run it
while no crawl of the site is running.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from redis.exceptions import RedisError

from newsarchive.outputs import folder_refuses
from newsarchive.redisclient import url_problem
from newsarchive.sites import UnknownSiteError, get_site
from newsarchive.state.store import (
    Capture,
    CrawlState,
    Payload,
    Requisite,
    StateStore,
    read_only,
)

DEFAULT_KEY = "newsarchive:state:%(site)s"  # the STATE_REDIS_KEY default


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", help="a state file (.sqlite) or a Redis URL (redis://...)")
    parser.add_argument("destination", help="a state file (.sqlite) or a Redis URL")
    parser.add_argument("--site", help="the site profile name, for the Redis key")
    parser.add_argument(
        "--key", help=f"the state's Redis key (default: {DEFAULT_KEY % {'site': 'SITE'}})"
    )


def run(args: argparse.Namespace) -> int:
    ends = (args.source, args.destination)
    if sum(_is_redis(end) for end in ends) != 1:
        print("migrate-state: give one state file and one redis:// URL", file=sys.stderr)
        return 2
    redis_end = next(end for end in ends if _is_redis(end))
    problem = url_problem(redis_end)
    if problem:  # a traceback (ValueError) at the first connection, or the wrong database
        print(
            f"migrate-state: not a Redis URL ({problem}): use redis://[:PASSWORD@]HOST:PORT/DB, "
            "rediss://... or unix://PATH",
            file=sys.stderr,
        )
        return 2
    key = args.key or (DEFAULT_KEY % {"site": args.site} if args.site else None)
    if key is None:
        print("migrate-state: give --site NAME (or --key) for the Redis side", file=sys.stderr)
        return 2
    if not _is_redis(args.source) and Path(args.source).is_dir():  # was "no such state file"
        print(
            f"migrate-state: {args.source} is a folder; give the state file's path "
            f"({Path(args.source) / ((args.site or 'SITE') + '.sqlite')})",
            file=sys.stderr,
        )
        return 2
    if not _is_redis(args.source) and not Path(args.source).is_file():
        print(f"migrate-state: no such state file: {args.source}", file=sys.stderr)
        return 2
    if args.site and not args.key:  # a typo was a key no crawl writes: "0 captures copied"
        try:
            get_site(args.site)
        except UnknownSiteError as exc:
            print(f"migrate-state: {exc} (or give --key)", file=sys.stderr)
            return 2
    try:
        captures, payloads, requisites = _read(args.source, key)
        if not captures and not payloads and _is_redis(args.source):
            # exit 0 and an empty state file made: a wrong key or database said "copied"
            print(
                f"migrate-state: no crawl state under {key} in {_shown(args.source)}: nothing "
                "copied, nothing written (check --site, --key and the database number)",
                file=sys.stderr,
            )
            return 1
        unwritable = None if _is_redis(args.destination) else _cannot_hold(args.destination)
        if unwritable:  # said "not a crawl state (unable to open database file)", or exit 1
            print(
                f"migrate-state: cannot write the crawl state {args.destination}: {unwritable}; "
                "nothing copied",
                file=sys.stderr,
            )
            return 2
        destination = _open(args.destination, key)
        destination.save(captures, payloads)
        for requisite in requisites:  # their validators: the next run asks them conditionally
            destination.save_requisite(requisite)
        destination.flush()
        total = destination.count()
        destination.close()
    except RedisError as exc:
        print(f"migrate-state: Redis: {exc}", file=sys.stderr)
        return 1
    except sqlite3.DatabaseError as exc:  # not SQLite, or another program's database
        state = next(end for end in ends if not _is_redis(end))
        print(f"migrate-state: {state}: not a crawl state ({exc})", file=sys.stderr)
        return 2
    print(
        f"migrate-state: {len(captures)} captures, {len(payloads)} payloads and "
        f"{len(requisites)} requisites copied "
        f"from {_shown(args.source)} to {_shown(args.destination)} (key {key}); "
        f"{total} URLs known there"
    )
    return 0


def _cannot_hold(end: str) -> str | None:
    """Why no state file can be written at `end` (its folders made first), or None."""
    path = Path(end)
    if path.is_dir():
        return "it is a folder; give a file name"
    return folder_refuses(path.parent)


def _shown(end: str) -> str:
    """`end` as said on a line: a Redis URL's password as `***` (the line goes to cron's
    logs and terminals; the URL printed it whole)."""
    if not _is_redis(end):
        return end
    parts = urlsplit(end)
    if parts.password is None:
        return end
    user = parts.username or ""
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def _is_redis(end: str) -> bool:
    return end.startswith(("redis://", "rediss://", "unix://"))


def _read(end: str, key: str) -> tuple[list[Capture], list[Payload], list[Requisite]]:
    """The source's rows; a state file is only read (nothing is created in it)."""
    if not _is_redis(end):
        return read_only(end)
    source = _open(end, key)
    rows = list(source.captures()), list(source.payloads()), list(source.requisites())
    source.close()
    return rows


def _open(end: str, key: str) -> StateStore:
    if _is_redis(end):
        from newsarchive.state.redis_store import RedisCrawlState

        store = RedisCrawlState.from_url(end, key)
        store.server.ping()
        return store
    return CrawlState(end)
