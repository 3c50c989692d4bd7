"""Where an article folded to its listing's scheme falls back to its written spelling, and
where it must not.

The fallback (`news/articles_fold_fallback`) reads a failure of the folded scheme as the
site not serving it: asked as written, once. It must not ask again a spelling that failed
already (a folded request redirected to the written one, which failed), nor ping-pong
between the schemes through the story's other spellings once both failed, nor take an
answer the folded scheme gave (a page past DOWNLOAD_MAXSIZE) for a scheme refused. Real
Scrapy against one local port answering http and TLS.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.plugins.both_schemes import CUT, both_schemes_origin
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.story_page import story_page

HTML = {"Content-Type": "text/html; charset=utf-8"}
MOVED_BACK = "/news/tide-table-printed"  # https redirects to its http spelling, which cuts
GONE_BOTH = "/news/old-pier-demolished"  # linked with and without a slash; both schemes cut
HUGE = "/news/festival-photo-diary"  # https answers past DOWNLOAD_MAXSIZE
FINE = "/news/ferry-gets-a-new-engine"  # linked relative, served over https
MAXSIZE = 50_000


@dataclass
class Origin:
    """The site over https; its story list links three stories `http://...`."""

    host: str = ""
    asked: list[tuple[str, str]] = field(default_factory=list)

    def answer(self, scheme: str, target: str) -> tuple[int, Mapping[str, str], bytes]:
        self.asked.append((scheme, target))
        if target == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        plain = f"http://{self.host}"
        if target == "/news/" and scheme == "https":
            links = (
                f"{plain}{MOVED_BACK}", f"{plain}{GONE_BOTH}", f"{plain}{GONE_BOTH}/",
                f"{plain}{HUGE}", FINE,
            )  # fmt: skip
            items = "".join(f'<li><a href="{link}">{link}</a></li>' for link in links)
            return 200, HTML, f"<html><body><ul>{items}</ul></body></html>".encode()
        if target == MOVED_BACK:
            return (
                (301, {"Location": plain + MOVED_BACK}, b"")
                if scheme == "https"
                else (CUT, {}, b"")
            )
        if target.startswith(GONE_BOTH):
            return CUT, {}, b""
        if target in (HUGE, FINE):
            body = story_page("A story", "The harbour office said so.")
            if scheme == "https" and target == HUGE:
                body += b"<!-- " + b"x" * MAXSIZE + b" -->"
            return 200, HTML, body
        return 404, {"Content-Type": "text/plain"}, b"not here"


@dataclass
class Run:
    origin: Origin
    crawl: CrawlResult


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    origin = Origin()
    out: Path = tmp_path_factory.mktemp("fold-fallback-bounds")
    with both_schemes_origin(origin.answer) as host:
        origin.host = host
        args = {"url": f"https://{host}/news/", "requisites": "0"}
        settings = {"STATE_ENABLED": "0", "RETRY_TIMES": "0", "DOWNLOAD_MAXSIZE": str(MAXSIZE)}
        yield Run(origin, run_crawl("news", args, settings, out))


def _asked(run: Run, prefix: str) -> list[tuple[str, str]]:
    return [one for one in run.origin.asked if one[1].startswith(prefix)]


def test_a_written_spelling_that_failed_after_a_redirect_is_not_asked_again(run: Run) -> None:
    """The folded https request was answered (a redirect to the written http spelling), and
    the written spelling failed: nothing left to fall back to. Before, the errback asked the
    written spelling again (the duplicate filter dropped it) and said `asked as written`
    instead of the warning that the story could not be fetched."""
    assert _asked(run, MOVED_BACK) == [("https", MOVED_BACK), ("http", MOVED_BACK)]
    url = f"http://{run.origin.host}{MOVED_BACK}"
    assert f"asked as written, {url}" not in run.crawl.log, run.crawl.log[-4000:]
    assert f"could not fetch {url}" in run.crawl.log, run.crawl.log[-4000:]
    assert "news/articles_dropped" not in run.crawl.stats, run.crawl.stats


def test_once_both_schemes_failed_no_other_spelling_is_asked(run: Run) -> None:
    """Each scheme failed once for the story: its slash spelling would fail alike in each.
    Before, the schemes took turns through its other spellings (four requests, counted
    three times)."""
    assert _asked(run, GONE_BOTH) == [("https", GONE_BOTH), ("http", GONE_BOTH)], run.origin.asked


def test_a_page_past_the_size_limit_is_no_refused_scheme(run: Run) -> None:
    """https answered: its page is too large, not its scheme refused; asked as written it
    was downloaded again (and is as large where its http redirects back)."""
    assert _asked(run, HUGE) == [("https", HUGE)], run.origin.asked


def test_the_fallback_is_counted_once_per_story(run: Run) -> None:
    assert run.crawl.stats.get("news/articles_fold_fallback") == 1, run.crawl.stats
    assert [item["url"] for item in run.crawl.items()] == [f"https://{run.origin.host}{FINE}"]
    assert "Traceback" not in run.crawl.log, run.crawl.log[-4000:]
