"""Section listings that are large, loop or never say they end, on one `-a url=` crawl.

`big`: a 3 MiB section page (teasers between long ad blocks, the last teaser at its very
end): every article is fetched and the page is archived whole. `loop`: a numbered pager
whose page 3 names page 1 again as its next page: each page is asked once more at most
and the section ends. `endless`: `?page=N` with a next link on every page, the pages
past 2 empty: the section ends after `LISTING_REPEAT_PAGES` pages adding nothing, far
before `depth`. These held when the cases were first built (session 36); they guard them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from urllib.parse import parse_qs, urlsplit

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import answering_origin

HTML = {"Content-Type": "text/html; charset=utf-8"}
BIG_TEASERS = 60
AD = "<div class='ad'><script>var slot = '" + "x" * 53_000 + "';</script></div>"
LOOP_PAGES, ENDLESS_FULL, DEPTH = 3, 2, 40


def _teasers(section: str, names: list[str]) -> str:
    return "".join(f'<a href="/{section}/{name}">{name}</a>' for name in names)


def _big() -> bytes:
    parts = [AD + _teasers("big", [f"big-teaser-story-{n}"]) for n in range(BIG_TEASERS)]
    return f"<html><body>{''.join(parts)}</body></html>".encode()


BIG = _big()


def answer(target: str) -> tuple[int, Mapping[str, str], bytes]:
    parts = urlsplit(target)
    page = int(parse_qs(parts.query).get("page", ["1"])[0])
    if parts.path == "/big/":
        return 200, HTML, BIG
    if parts.path == "/loop/":
        following = page + 1 if page < LOOP_PAGES else 1
        links = _teasers("loop", [f"loop-page-story-{page}-{k}" for k in range(3)])
        more = f'<a rel="next" href="/loop/?page={following}">Next</a>'
        return 200, HTML, f"<html><body>{links}{more}</body></html>".encode()
    if parts.path == "/endless/":
        names = [f"endless-page-story-{page}-{k}" for k in range(3)] if page <= ENDLESS_FULL else []
        more = f'<a rel="next" href="/endless/?page={page + 1}">Next</a>'
        return 200, HTML, f"<html><body>{_teasers('endless', names)}{more}</body>".encode()
    if parts.path.count("/") == 2 and "-story-" in parts.path:
        text = "".join(f"<p>{parts.path}: paragraph {n} of the story.</p>" for n in range(12))
        return 200, HTML, f"<html><head><title>{parts.path}</title></head><body>{text}".encode()
    return 404, {"Content-Type": "text/plain"}, b"not here"


class Asked:
    def __init__(self) -> None:
        self.targets: list[str] = []

    def answer(self, target: str) -> tuple[int, Mapping[str, str], bytes]:
        self.targets.append(target)
        return answer(target)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Asked, CrawlResult]]:
    asked = Asked()
    with answering_origin(asked.answer) as origin:
        sections = ",".join(f"{origin}/{name}/" for name in ("big", "loop", "endless"))
        args = {"url": sections, "requisites": "0", "depth": str(DEPTH)}
        out = tmp_path_factory.mktemp("listing-ends")
        yield asked, run_crawl("news", args, {"STATE_ENABLED": "0"}, out)


def _fetched(crawl: CrawlResult, section: str) -> Counter[str]:
    return Counter(
        item["url"].split("/", 3)[3] for item in crawl.items() if f"/{section}/" in item["url"]
    )


def test_a_3_mib_section_page_gives_every_article(crawl: tuple[Asked, CrawlResult]) -> None:
    _, result = crawl
    assert len(BIG) > 3 * 1024 * 1024
    expected = {f"big/big-teaser-story-{n}": 1 for n in range(BIG_TEASERS)}
    assert _fetched(result, "big") == expected, result.log[-3000:]


def test_the_3_mib_page_is_archived_whole(crawl: tuple[Asked, CrawlResult]) -> None:
    _, result = crawl
    bodies = []
    for path in result.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.rec_type == "response" and uri.endswith("/big/"):
                    bodies.append(record.content_stream().read())
    assert bodies == [BIG]


def test_a_pager_looping_to_page_1_ends(crawl: tuple[Asked, CrawlResult]) -> None:
    asked, result = crawl
    pages = Counter(t for t in asked.targets if t.startswith("/loop/?") or t == "/loop/")
    # page 1 is asked again once, as ?page=1 (its address differs); then ?page=2 is known
    assert pages == {"/loop/": 1, "/loop/?page=2": 1, "/loop/?page=3": 1, "/loop/?page=1": 1}
    expected = {f"loop/loop-page-story-{p}-{k}": 1 for p in range(1, 4) for k in range(3)}
    assert _fetched(result, "loop") == expected
    assert result.stats["listing/loop/ended"] == "last_page"


def test_endless_empty_pages_end_the_section(crawl: tuple[Asked, CrawlResult]) -> None:
    asked, result = crawl
    pages = [t for t in asked.targets if t.startswith("/endless/?") or t == "/endless/"]
    # pages 1 and 2 list articles; 3 and 4 list nothing new (LISTING_REPEAT_PAGES = 2)
    assert sorted(pages) == [
        "/endless/",
        "/endless/?page=2",
        "/endless/?page=3",
        "/endless/?page=4",
    ]
    assert result.stats["listing/endless/ended"] == "repeats"
    assert sum(_fetched(result, "endless").values()) == 3 * ENDLESS_FULL
