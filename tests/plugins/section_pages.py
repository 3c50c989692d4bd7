"""Test plugin: a few invented sections, each a listing page of one teaser, crawled by the
`news` spider from an answering origin (tests.plugins.page_origin) whose `answer` a test
writes: the paging tests' small site, where a held answer (an Event the answer waits on, up
to GATE seconds) makes the order of two sections' pages certain.
"""

from __future__ import annotations

from pathlib import Path

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import Answer, answering_origin

WORDS = "A made-up sentence of a made-up story, long enough for body text. " * 6
ARTICLE = (
    '<html lang="en"><head><title>A story</title><meta name="author" content="Ann Example">'
    '<meta property="article:published_time" content="2026-12-03T08:30:00+01:00"></head>'
    f"<body><article><h1>A story</h1><p>{WORDS}</p><p>{WORDS}</p></article></body></html>"
)
GATE = 120  # s: a held answer goes anyway after this (the test then fails, not hangs)


def listing(title: str, story: str, head: str = "") -> bytes:
    """A section page titled `title` with one teaser linking `story` (`head`: a rel=next)."""
    teaser = f'<article class="teaser"><h2><a href="{story}">A story</a></h2></article>'
    return (
        f'<html lang="en"><head><title>{title}</title>{head}</head>'
        f"<body><main>{teaser}</main></body></html>"
    ).encode()


def crawl_sections(
    answer: Answer, sections: list[str], out: Path, depth: str | None = "10", **settings: str
) -> CrawlResult:
    """`scrapy crawl news` of `sections` (paths on the origin answering `answer`), sections
    discovered only, no requisites, no crawl state; its run report in `out`/reports."""
    with answering_origin(answer) as origin:
        args = {
            "url": ",".join(f"{origin}{path}" for path in sections),
            "requisites": "0",
            "discover": "sections",
            **({"depth": depth} if depth is not None else {}),
        }
        own = {"STATE_ENABLED": "0", "REPORT_DIR": str(out / "reports"), **settings}
        return run_crawl("news", args, own, out)
