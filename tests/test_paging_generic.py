"""Section pages paged with no rel=next and no profile control: numbered links, a
localized "Weiter", a "load more" button's data-href (newsarchive/spiders/pagination.py).

A small 127.0.0.1 server of this module's own pages stands in for four unprofiled
sites, at the paths of the `paging-lab` sections whose profile names no paging of its
own (pages, repeat, itemlist, amp): one real `scrapy crawl paging-lab` reads them all,
and must archive every article of pages 2 and 3 and stop at each section's last page,
following none of the links before the pager that are no next page (DECOYS). `python -m
newsarchive check` asks the same next pages.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from newsarchive.spiders.pageurls import is_next_number
from newsarchive.spiders.pagination import generic_next
from tests.plugins.crawling import PROJECT, CrawlResult, allow_origin, run_crawl
from tests.test_paging_lab import archived, report

PER_PAGE, PAGES = 4, 3
# lab section -> (its layout, the URL path of page n (n >= 2))
LAYOUTS = {
    "pages": "numbered ?page=N",
    "repeat": "numbered /page/N/",
    "itemlist": "German 'Weiter' link to ?start=K",
    "amp": "'Mehr laden' button with data-href",
}


def story(section: str, page: int, n: int) -> str:
    return f"/{section}/story-{(page - 1) * PER_PAGE + n}"


def teasers(section: str, page: int) -> str:
    return "".join(
        f'<li class="teaser"><a href="{story(section, page, n)}">A made-up headline number '
        f"{(page - 1) * PER_PAGE + n} of {section}</a></li>"
        for n in range(1, PER_PAGE + 1)
    )


def pager(section: str, page: int) -> str:
    """The page's own paging control (none past the last page)."""
    base = f"/lab/paging/{section}/"
    if section == "pages":
        links = "".join(f'<a href="?page={n}">{n}</a>' for n in range(1, PAGES + 1))
        return f'<nav class="pagination">{links}</nav>'
    if section == "repeat":
        links = "".join(f'<a href="{base}page/{n}/">{n}</a> ' for n in range(1, PAGES + 1))
        more = f'<a href="{base}page/{page + 1}/">›</a>' if page < PAGES else ""
        return f'<div class="nav-links">{links}{more}</div>'
    if page >= PAGES:
        return ""
    if section == "itemlist":
        return f'<p><a class="btn" href="{base}?start={page * PER_PAGE}">Weiter »</a></p>'
    return f'<button class="btn" data-href="{base}more?from={page * PER_PAGE}">Mehr laden</button>'


# Before the pager, links that are no next page: a teaser's class with "next" in it, a
# "Next" link to a video's id (no article by the profile's rules)
DECOYS = {
    "itemlist": '<a class="next-article" href="/lab/paging/itemlist/feature">Lesen</a>',
    "amp": '<a href="/lab/paging/amp/clip/123456">Next</a>',
}


def listing_page(section: str, page: int) -> str:
    lang = "de" if section in ("itemlist", "amp") else "en"
    return (
        f'<!doctype html><html lang="{lang}"><head><title>{section}</title></head><body>'
        f'<a href="/">Home</a> <a href="http://elsewhere.invalid/{section}/?page={page + 1}">'
        f"{page + 1}</a><ul>{teasers(section, page)}</ul>{DECOYS.get(section, '')}"
        f"{pager(section, page)}</body></html>"
    )


def article(path: str) -> str:
    text = "A sentence of the made-up article, long enough to read as body text. " * 8
    return (
        f'<!doctype html><html lang="en"><head><title>{path}</title></head><body><article>'
        f'<h1>The story at {path}</h1><time datetime="2026-11-30T10:00:00Z">30 Nov</time>'
        f"<p>{text}</p><p>{text}</p></article></body></html>"
    )


def page_of(section: str, path: str, query: dict[str, list[str]]) -> int | None:
    """Which listing page a request asks for (None: no such page)."""
    rest = path.removeprefix(f"/lab/paging/{section}/")
    if section == "pages" and rest == "":
        return int(query.get("page", ["1"])[0])
    if section == "repeat" and rest == "":
        return 1
    if section == "repeat" and rest.startswith("page/"):
        return int(rest.strip("/").split("/")[1])
    if section == "itemlist" and rest == "":
        return int(query.get("start", ["0"])[0]) // PER_PAGE + 1
    if section == "amp" and rest in ("", "more"):
        return int(query.get("from", ["0"])[0]) // PER_PAGE + 1
    return None


class Handler(BaseHTTPRequestHandler):
    requests: list[str]

    def do_GET(self) -> None:
        self.requests.append(self.path)
        parts = urlsplit(self.path)
        body, status = None, 200
        for section in LAYOUTS:
            if parts.path.startswith(f"/lab/paging/{section}/"):
                page = page_of(section, parts.path, parse_qs(parts.query))
                if page is not None and 1 <= page <= PAGES:
                    body = listing_page(section, page)
        if body is None and parts.path.split("/")[1] in LAYOUTS and "story-" in parts.path:
            body = article(parts.path)
        if body is None:
            body, status = "not found", 404
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[tuple[str, list[str]]]:
    requests: list[str] = []
    handler = type("H", (Handler,), {"requests": requests})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", requests
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def crawl(
    site: tuple[str, list[str]], tmp_path_factory: pytest.TempPathFactory
) -> tuple[CrawlResult, list[str]]:
    base, requests = site
    out = tmp_path_factory.mktemp("paging-generic")
    args = {
        "base_url": base, "requisites": "0", "discover": "sections",
        "sections": ",".join(LAYOUTS), "depth": "10",
    }  # fmt: skip
    result = run_crawl("paging-lab", args, {"REPORT_DIR": str(out / "reports")}, out)
    return result, list(requests)


def test_every_article_of_pages_2_and_3_is_archived(crawl: tuple[CrawlResult, list[str]]) -> None:
    result, _ = crawl
    warc = archived(result)
    for section in LAYOUTS:
        wanted = {story(section, p, n) for p in range(1, PAGES + 1) for n in range(1, 5)}
        assert {p: warc[p] for p in wanted} == dict.fromkeys(wanted, 1), LAYOUTS[section]
    assert len(result.items()) == len(LAYOUTS) * PAGES * PER_PAGE


def test_each_listing_stops_at_its_last_page_asking_nothing_twice(
    crawl: tuple[CrawlResult, list[str]],
) -> None:
    result, requests = crawl
    listings = report(result)["listings"]
    assert {name: (v["pages"], v["ended"]) for name, v in listings.items()} == dict.fromkeys(
        LAYOUTS, (PAGES, "last_page")
    )
    assert [r for r, n in Counter(requests).items() if n > 1] == []
    listing_requests = [r for r in requests if r.startswith("/lab/")]
    assert sorted(listing_requests) == sorted(
        [
            "/lab/paging/pages/", "/lab/paging/pages/?page=2", "/lab/paging/pages/?page=3",
            "/lab/paging/repeat/", "/lab/paging/repeat/page/2/", "/lab/paging/repeat/page/3/",
            "/lab/paging/itemlist/", "/lab/paging/itemlist/?start=4",
            "/lab/paging/itemlist/?start=8",
            "/lab/paging/amp/", "/lab/paging/amp/more?from=4", "/lab/paging/amp/more?from=8",
        ]
    )  # fmt: skip
    # how each next page was found, in the stats: two per section
    assert result.stats["paging/next/numbered"] == 4
    assert result.stats["paging/next/next_control"] == 4


def test_depth_still_bounds_a_generic_listing(site: tuple[str, list[str]], tmp_path: Path) -> None:
    base, _ = site
    args = {
        "base_url": base, "requisites": "0", "discover": "sections", "sections": "pages",
        "depth": "2",
    }  # fmt: skip
    result = run_crawl("paging-lab", args, {"REPORT_DIR": str(tmp_path / "reports")}, tmp_path)
    assert report(result)["listings"]["pages"] == {"pages": 2, "articles": 8, "ended": "depth"}


def test_check_asks_the_next_page_no_profile_names(site: tuple[str, list[str]]) -> None:
    """`check` on sections paged by a localized "Weiter" link and a "Mehr laden" button."""
    base, requests = site
    before = len(requests)
    command = [
        sys.executable, "-m", "newsarchive", "check", "paging-lab", "-a", f"base_url={base}",
        "-a", "sections=itemlist,amp", "--articles", "1", "-s", "AUTOTHROTTLE_ENABLED=0",
        "-s", "DOWNLOAD_DELAY=0", "-s", f"NETWORK_ALLOWED={allow_origin(base)}",
        "-s", 'HEALTH_FIELD_FLOORS={"authors": 0, "topics": 0}',  # the pages name neither
        "-a", "discover=sections",  # this server serves the lab's sections, not its feeds
    ]  # fmt: skip
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[2:4] == [
        "section itemlist  ok    listing: 4 articles; next page: 4 more articles",
        "section amp       ok    listing: 4 articles; next page: 4 more articles",
    ]
    listings = sorted(
        r for r in requests[before:] if not r.startswith(("/robots", "/itemlist/", "/amp/"))
    )
    assert listings == [
        "/lab/paging/amp/", "/lab/paging/amp/more?from=4",
        "/lab/paging/itemlist/", "/lab/paging/itemlist/?start=4",
    ]  # fmt: skip


URL = "https://news.example/world/"


@pytest.mark.parametrize(
    ("url", "target", "expected"),
    [
        (URL, URL + "?page=2", True),
        (URL, URL + "?p=2", True),
        (URL, URL + "?pg=2", True),
        (URL + "?page=2", URL + "?page=3", True),
        (URL + "?page=2&sort=new", URL + "?sort=new&page=3", True),
        (URL, URL + "page/2/", True),
        (URL + "page/2/", URL + "page/3/", True),
        (URL, URL + "seite-2", True),
        (URL + "seite-2", URL + "seite-3", True),
        (URL, URL + "2/", True),
        (URL + "2/", URL + "3/", True),
        (URL, URL + "?page=3", False),  # a page further on
        (URL + "?page=3", URL + "?page=2", False),  # the page before
        (URL, URL + "?id=2", False),  # no page key
        (URL + "?page=2", URL + "?page=3&sort=old", False),  # two slots changed
        (URL, URL + "story-2", False),  # an article, no page
        (URL, "https://news.example/sport/?page=2", False),  # another section
        ("https://news.example/2026/11/x/", "https://news.example/2026/12/x/", False),
        # page words of many languages, in the query or the path
        (URL, URL + "?pagina=2", True),
        (URL + "?pag=4", URL + "?pag=5", True),
        (URL, URL + "?paged=2", True),
        (URL + "seite/2", URL + "seite/3", True),
        (URL, URL + "strona-2", True),
        (URL + "sida/9", URL + "sida/10", True),
        (URL + "side/2/", URL + "side/3/", True),
        (URL, URL + "sivu/2", True),
        (URL + "pagina/99/", URL + "pagina/100/", True),
        (URL + "page/2026/", URL + "page/2027/", True),  # after a page word, any size
        (URL + "9/", URL + "10/", True),
        (URL + "999/", URL + "1000/", False),  # a bare number grown to four digits
    ],
)
def test_is_next_number(url: str, target: str, expected: bool) -> None:
    assert is_next_number(url, target) is expected


NEWS = "https://news.example"


@pytest.mark.parametrize(
    ("url", "target"),
    [
        (NEWS + "/2026/11/", NEWS + "/2026/12/"),  # a date archive's next month
        (NEWS + "/archiv/2026/11/", NEWS + "/archiv/2026/12/"),
        (NEWS + "/2026/11/29/", NEWS + "/2026/11/30/"),  # its next day
        (NEWS + "/2026/11/", NEWS + "/2026/11/2/"),  # a day (or an id) under a month
        (URL + "2026/", URL + "2027/"),  # a year
        (URL, URL + "2/2027"),  # a year under a number
        (NEWS + "/story/1234", NEWS + "/story/1235"),  # a four-digit id
        (NEWS + "/story/12345", NEWS + "/story/12346"),  # a long id
        (NEWS + "/story/41/2", NEWS + "/story/41/3"),  # a number after a number
        (URL + "05/", URL + "06/"),  # a month written with its zero
        (URL, URL + "02/"),
        (URL + "2.html", URL + "3.html"),  # a number inside a file name
        (URL, URL + "2.html"),
        (URL + "?id=41", URL + "?id=42"),  # a key no page word
        (URL + "?page=9", URL + "?page=10&id=1"),
    ],
)
def test_no_page_counter(url: str, target: str) -> None:
    """Numbers that are no page counter: dates, years, ids, files, other keys."""
    assert is_next_number(url, target) is False


def _html(body: str, lang: str = "en") -> str:
    return f'<html lang="{lang}"><body>{body}</body></html>'


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        ('<a href="?page=1">1</a><a href="?page=2">2</a>', "en", (URL + "?page=2", "numbered")),
        ('<a href="/world/page/2/">2</a>', "en", (URL + "page/2/", "numbered")),
        ('<a href="?start=20">Weiter ›</a>', "de", (URL + "?start=20", "next_control")),
        ('<a href="?o=20">Nächste Seite</a>', "de", (URL + "?o=20", "next_control")),
        ('<a href="?o=20">Suivant</a>', "fr", (URL + "?o=20", "next_control")),
        ('<a href="?o=20">Siguiente</a>', "es", (URL + "?o=20", "next_control")),
        ('<a href="?o=20">Successivo</a>', "it", (URL + "?o=20", "next_control")),
        ('<a href="?o=20">Volgende</a>', "nl", (URL + "?o=20", "next_control")),
        ('<a href="?o=20">Neste</a>', "nb", (URL + "?o=20", "next_control")),
        ('<a href="?o=20">Nästa</a>', "sv", (URL + "?o=20", "next_control")),
        ('<a href="?o=20">Następna</a>', "pl", (URL + "?o=20", "next_control")),
        ('<a href="?o=20">次へ</a>', "ja", (URL + "?o=20", "next_control")),
        ('<a href="?o=20">다음</a>', "ko", (URL + "?o=20", "next_control")),
        ('<a href="?o=20" aria-label="Next page">›</a>', "en", (URL + "?o=20", "next_control")),
        ('<nav><a href="?o=20">»</a></nav>', "en", (URL + "?o=20", "next_control")),
        ('<a class="pagination__next" href="?o=20">Go</a>', "en", (URL + "?o=20", "next_control")),
        (
            '<button data-href="/world/more?from=10">Mehr anzeigen</button>',
            "de",
            ("https://news.example/world/more?from=10", "next_control"),
        ),
        (
            '<div data-next-url="/world/?page=2"></div>',
            "en",
            (URL + "?page=2", "numbered"),
        ),
        ('<a href="?o=20">Próxima página</a>', "pt", (URL + "?o=20", "next_control")),
        ('<a href="?o=20">Næste</a>', "da", (URL + "?o=20", "next_control")),
        ('<a href="?o=20">Następne</a>', "pl", (URL + "?o=20", "next_control")),
        ('<a href="?o=20">次のページ ›</a>', "ja", (URL + "?o=20", "next_control")),
        ('<a href="?o=20">Page suivante</a>', "fr", (URL + "?o=20", "next_control")),
        ('<a href="?o=20">Carica altri</a>', "it", (URL + "?o=20", "next_control")),
        ('<a href="?o=20">Ladda fler</a>', "sv", (URL + "?o=20", "next_control")),
        ('<a class="pager__item--next" href="?o=20"></a>', "en", (URL + "?o=20", "next_control")),
        (
            '<a class="c-pagination__link--next" href="?o=20">x</a>',
            "en",
            (URL + "?o=20", "next_control"),
        ),
        ('<a class="next-page" href="?o=20">x</a>', "en", (URL + "?o=20", "next_control")),
        ('<a class="link next" href="?o=20">x</a>', "en", (URL + "?o=20", "next_control")),
        (
            '<button class="btn js-load-more" data-url="/world/more?o=20">x</button>',
            "en",
            ("https://news.example/world/more?o=20", "next_control"),
        ),
        (
            '<button class="btn--show_more" data-url="?o=20">x</button>',
            "en",
            (URL + "?o=20", "next_control"),
        ),
        ('<a href="?o=20">»</a>', "en", None),  # a lone arrow outside any pager
        ('<a href="https://other.example/world/?page=2">Next</a>', "en", None),  # off the host
        ('<a href="/world/story-7">Next</a>', "en", None),  # an article, whatever its text
        ('<a href="/world/x">Next steps for the city council</a>', "en", None),  # a headline
        ('<a href="?o=20">Weiter</a>', "fr", None),  # not a word of the page's language
        ('<a href="#">Next</a>', "en", None),  # the page itself
    ],
)
def test_generic_next(body: str, lang: str, expected: tuple[str, str] | None) -> None:
    found = generic_next(_html(body, lang), URL, lambda url: "/story-" in url)
    assert found == expected


@pytest.mark.parametrize(
    ("url", "body"),
    [
        # a date archive's months, days and years are no pages
        (NEWS + "/2026/11/", '<a href="/2026/10/">October</a> <a href="/2026/12/">December</a>'),
        (NEWS + "/2026/11/29/", '<a href="/2026/11/30/">30</a>'),
        (URL + "2026/", '<a href="/world/2025/">2025</a> <a href="/world/2027/">2027</a>'),
        # a class that has "next" in it, but says no next page
        (URL, '<a class="next-article" href="/world/a-headline">Read on</a>'),
        (URL, '<div class="nextgen-ads" data-href="/ads/slot?x=1"></div>'),
        (URL, '<a class="context" href="/world/why">Context</a>'),
        (URL, '<a class="teaser__next-story" href="/world/other">Other</a>'),
        (URL, '<a class="nav-link" href="/world/x">World</a>'),
        # an article's id, whatever its text or rel says (the site's is_article knows nothing)
        (URL, '<a href="/story/12345">Next</a>'),
        (URL, '<a rel="next" href="/world/video/987654">Up next</a>'),
        (URL, '<a class="next" href="/world/2026/11/30/1234567/a-headline">x</a>'),
        (URL, '<a href="/world/12345-a-headline">Weiter</a>'),
        (URL, '<a href="/story/12345">1</a><a href="/story/12346">2</a>'),
    ],
)
def test_generic_next_false_positives(url: str, body: str) -> None:
    """Links a section page of a site never seen has that are no next page of it."""
    assert generic_next(_html(body), url) is None


def test_a_load_more_cursor_may_be_a_long_number() -> None:
    """A "load more" button's URL with a timestamp in its path is its cursor, no article."""
    body = '<button data-href="/world/more/1733212800">Load more</button>'
    assert generic_next(_html(body), URL) == (NEWS + "/world/more/1733212800", "next_control")


def test_a_page_with_a_long_number_pages_on_it() -> None:
    """The page's own long number (a topic's id) does not make its next page an article."""
    url = NEWS + "/topic/98765/"
    body = '<a href="/topic/98765/?page=2">2</a> <a href="/story/12345">Next</a>'
    assert generic_next(_html(body), url) == (url + "?page=2", "numbered")
