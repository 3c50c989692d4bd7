"""How long a large listing page holds the reactor's thread, read inline or on a worker.

A 2 MB section page whose listing is in a Next.js `__NEXT_DATA__`, one with Arc
XP's `Fusion.contentCache`, and a 2 MB JSON "load more" answer (markup written
here). Each is read the way the spider reads it (`spiders.reading.read_ahead`: the page
parsed, its next page found; a JSON answer's links and next), once inline on a
running reactor and once through `deferToThread`, as `parse_section` does for pages
of OFF_THREAD_BYTES or more. A LoopingCall ticking every millisecond records the
longest gap between ticks: how long every download and callback waited.

    .venv/bin/python benchmarks/listing_stall.py [--repeat 5]

The GIL still serialises pure-Python and json work: a worker thread lets the
reactor run between the reader's bytecodes (sys.getswitchinterval(), 5 ms), and
through lxml's parse, which releases the GIL; one long C call (json.loads of one
2 MB string) holds it whole.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from scrapy.http import HtmlResponse, TextResponse  # noqa: E402
from twisted.internet import asyncioreactor  # noqa: E402

asyncioreactor.install()

from twisted.internet import reactor, task  # noqa: E402
from twisted.internet.threads import deferToThread  # noqa: E402

from newsarchive.sites.base import Listing  # noqa: E402
from newsarchive.spiders.jsonlisting import read_json_listing  # noqa: E402
from newsarchive.spiders.listing import next_page, section_entries  # noqa: E402

SIZE = 2 * 1024 * 1024
URL = "https://news.example/world/"


def _stories(n: int) -> list[dict[str, Any]]:
    text = "A made-up teaser sentence about a made-up event in a made-up town. " * 4
    return [
        {"url": f"/world/2026/12/04/made-up-story-{i}/", "headline": f"Story {i}",
         "description": text, "tags": ["world", "town", f"t{i % 50}"]}
        for i in range(n)
    ]  # fmt: skip


def _fill(build: Callable[[int], str]) -> str:
    n = 100
    while len(build(n)) < SIZE:
        n *= 2
    return build(n)


def next_page_html() -> str:
    def build(n: int) -> str:
        data = {"buildId": "b1", "query": {}, "props": {"pageProps": {
            "stories": _stories(n), "page": 1, "totalPages": 9}}}  # fmt: skip
        return (
            '<html><head></head><body><main><a href="/world/2026/12/04/made-up-story-0/">0</a>'
            f'</main><script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}'
            "</script></body></html>"
        )

    return _fill(build)


def fusion_html() -> str:
    def build(n: int) -> str:
        query = json.dumps({"section": "/world", "feedOffset": 0, "feedSize": 20})
        cache = {"story-feed": {query: {"content_elements": [
            {"canonical_url": s["url"], "headlines": {"basic": s["headline"]},
             "description": {"basic": s["description"]}} for s in _stories(n)]}}}  # fmt: skip
        return (
            "<html><head><script>window.Fusion=window.Fusion||{};Fusion.arcSite='ex';"
            f"Fusion.contentCache={json.dumps(cache)};</script></head><body></body></html>"
        )

    return _fill(build)


def json_answer() -> str:
    return _fill(lambda n: json.dumps({"items": _stories(n), "hasMore": True, "total": n * 3}))


def read_html(response: TextResponse) -> Any:
    """What the spider reads of a large HTML listing page on a worker (`read_ahead`): the
    page parsed, its next page found; its links are taken after, on the reactor."""
    response.selector  # noqa: B018 (parsed here, cached on the response)
    found = next_page(response, Listing(), 1)
    return found, list(section_entries(response, Listing()))[:0]


def read_json(response: TextResponse) -> Any:
    return read_json_listing(response.body, response.url)


def longest_gap(read: Callable[[TextResponse], Any], body: str, off_thread: bool) -> float:
    """The longest gap (ms) between 1 ms reactor ticks while one page is read."""
    kind = TextResponse if read is read_json else HtmlResponse
    response = kind(URL + ("?offset=0&limit=20" if read is read_json else ""),
                    body=body.encode(), encoding="utf-8")  # fmt: skip
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    loop = task.LoopingCall(tick)

    def run() -> Any:
        loop.start(0.001)
        if off_thread:
            done = deferToThread(read, response)
        else:
            done = task.deferLater(reactor, 0.01, read, response)
        done.addBoth(lambda _: task.deferLater(reactor, 0.01, lambda: None))
        done.addBoth(lambda _: (loop.stop(), reactor.stop()))  # type: ignore[attr-defined]

    reactor.callWhenRunning(run)  # type: ignore[attr-defined]
    reactor.run(installSignalHandlers=False)  # type: ignore[attr-defined]
    return max(gaps) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cases = [("__NEXT_DATA__", read_html, next_page_html()), ("Fusion.contentCache", read_html,
             fusion_html()), ("JSON answer", read_json, json_answer())]  # fmt: skip
    # one reactor per process: every run alternates inline and off-thread, paired
    runs: dict[tuple[str, bool], list[float]] = {}
    plan = [(name, read, body, off) for _ in range(args.repeat)
            for name, read, body in cases for off in (False, True)]  # fmt: skip
    for name, read, body, off in plan:
        runs.setdefault((name, off), []).append(_one(read, body, off))
    print(
        f"{'payload':22} {'bytes':>9}  {'inline ms':>9}  {'off-thread ms':>13}"
        "  (longest reactor gap, median)"
    )
    for name, _, body in cases:
        inline = statistics.median(runs[(name, False)])
        worker = statistics.median(runs[(name, True)])
        print(f"{name:22} {len(body):>9,}  {inline:9.1f}  {worker:13.1f}")


def _one(read: Callable[[TextResponse], Any], body: str, off: bool) -> float:
    code = (
        "import sys; sys.argv=['x']; import benchmarks.listing_stall as b; "
        f"print(b.longest_gap(b.{read.__name__}, b.{_maker(read, body)}(), {off}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip().splitlines()[-1])


def _maker(read: Callable[[TextResponse], Any], body: str) -> str:
    if read is read_json:
        return "json_answer"
    return "fusion_html" if "Fusion.contentCache" in body else "next_page_html"


if __name__ == "__main__":
    main()
