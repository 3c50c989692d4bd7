"""`history URL`'s scan of a large WARC set, with and without the host/story prefilter.

    .venv/bin/python benchmarks/history_prefilter.py [--records 20000] [--hosts 20] [--passes 3]

Writes an invented archive (`--records` HTML responses over `--hosts` sites, a few KiB
each, 2,000 records a .warc.gz) in a temporary folder, then reads it as `history URL`
does (`changes.archive.gather`, no items: every record's URL is asked of the filter) with
the full `article_identity` test and with `identity_prefilter` first, in turns that swap
order each pass (this box's speed swings from second to second). Prints each filter's
seconds a scan (the median of the passes), the change, and whether both found the same
captures (they must). By hand, not in the test suite: speed is no test.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsarchive.changes.archive import Found, gather
from newsarchive.urlkeys import article_identity, identity_prefilter

PER_FILE = 2000
WORDS = [
    "harbour",
    "ferry",
    "council",
    "market",
    "tram",
    "school",
    "library",
    "bridge",
    "choir",
    "bakery",
]


def _page(host: int, number: int) -> bytes:
    words = " ".join(WORDS[(number + i) % len(WORDS)] for i in range(400))
    title = f"Story {number} of site {host}"
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{words}.</p></article></body></html>"
    ).encode()


def write_archive(folder: Path, records: int, hosts: int) -> tuple[list[Path], str]:
    """The archive's files, and a URL it holds three captures of."""
    paths: list[Path] = []
    asked = f"https://news{hosts // 2}.example.org/local/story-7/"
    for start in range(0, records, PER_FILE):
        path = folder / f"bench-{start // PER_FILE:04d}.warc.gz"
        with path.open("wb") as out:
            writer = WARCWriter(out, gzip=True)
            for number in range(start, min(records, start + PER_FILE)):
                host = number % hosts
                url = f"https://news{host}.example.org/local/story-{number // hosts}/"
                if number in (7 * hosts + hosts // 2, records // 2, records - 1):
                    url = asked  # the article asked, captured three times
                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                )
                record = writer.create_warc_record(
                    url, "response", payload=io.BytesIO(_page(host, number)), http_headers=headers
                )
                writer.write_record(record)
        paths.append(path)
    return paths, asked


def scan(paths: list[Path], wanted: Callable[[str, str | None], bool]) -> tuple[float, Found]:
    started = time.process_time()
    found = gather([], paths, wanted)
    return time.process_time() - started, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        paths, asked = write_archive(Path(folder), args.records, args.hosts)
        key, may_match = article_identity(asked), identity_prefilter(asked)
        calls = {"full": 0}

        def full(url: str, site: str | None) -> bool:
            calls["full"] += 1
            return article_identity(url) == key

        def prefiltered(url: str, site: str | None) -> bool:
            return may_match(url) and article_identity(url) == key

        filters = {"full": full, "prefiltered": prefiltered}
        times: dict[str, list[float]] = {name: [] for name in filters}
        captures: dict[str, list[tuple[str, str]]] = {}
        for turn in range(args.passes):
            order = list(filters) if turn % 2 == 0 else list(reversed(filters))
            for name in order:
                seconds, found = scan(paths, filters[name])
                times[name].append(seconds)
                captures[name] = sorted(
                    (c.url, str(c.fetched_at)) for cs in found.captures.values() for c in cs
                )
        size = sum(path.stat().st_size for path in paths)
        print(f"{args.records} records, {args.hosts} hosts, {size / 2**20:.1f} MiB, {asked}")
        print(f"identity tests a scan without prefilter: {calls['full'] // args.passes}")
        full_s, pre_s = (statistics.median(times[name]) for name in filters)
        print(f"full key every record: {full_s:.2f} s a scan (CPU), passes {times['full']}")
        print(f"prefilter first:       {pre_s:.2f} s a scan (CPU), passes {times['prefiltered']}")
        print(f"change: {100 * (pre_s - full_s) / full_s:+.1f}%")
        same = captures["full"] == captures["prefiltered"]
        print(f"same captures: {same} ({len(captures['full'])} found)")
        return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
