"""A "load more" that POSTs a form (WordPress's admin-ajax.php), and pagers counting from 0.

One real crawl by `-a url=` of a site written here: one section's button POSTs
`action=more_posts&page=N&category=world` to the admin-ajax.php its script names and
gets teasers' HTML back until an empty answer; another's button names its own
endpoint and gets JSON holding the HTML, `has_more: false` on the last batch. Before,
neither went past its first page (no GET the button named; admin-ajax.php is POSTed).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qsl

import pytest
from parsel import Selector
from scrapy.http import HtmlResponse

from newsarchive.sites.base import SiteProfile
from newsarchive.spiders.pagination import generic_next
from newsarchive.spiders.postmore import PostMore, post_more
from newsarchive.spiders.reading import next_step
from newsarchive.spiders.scope import Scope
from tests.plugins.crawling import parse_stats, run_scrapy_here
from tests.plugins.page_origin import answering_origin

PROJECT = Path(__file__).resolve().parents[1]
STORIES = {
    (section, batch): [f"/{section}/2026/12/batch-{batch}-story-{n}-of-the-day/" for n in (1, 2)]
    for section in ("world", "local")
    for batch in (1, 2, 3)
}
CONFIG = '<script>var themeMore = {"ajaxurl":"{origin}\\/wp-admin\\/admin-ajax.php"};</script>'
BUTTONS = {
    "world": '<button class="load-more" data-action="more_posts" data-page="2"'
    ' data-category="world">Load more</button>',
    "local": '<button class="btn js-load-more" data-action="more_local" data-paged="2"'
    ' data-url="/ajax/more">Show more</button>',
}


def teasers(paths: list[str]) -> str:
    return "".join(
        f'<article class="teaser"><h2><a href="{p}">A story</a></h2></article>' for p in paths
    )


def section_page(section: str, origin: str) -> str:
    return (
        f'<html lang="en"><head><title>{section}</title>{CONFIG.replace("{origin}", origin)}'
        f"</head><body><main>{teasers(STORIES[(section, 1)])}</main>{BUTTONS[section]}"
        "</body></html>"
    )


WORDS = "A made-up sentence of a made-up story, long enough for body text. " * 6
ARTICLE = (
    '<html lang="en"><head><title>A story</title><meta name="author" content="Ann Example">'
    '<meta property="article:published_time" content="2026-12-03T08:30:00+01:00"></head>'
    f"<body><article><h1>A story</h1><p>{WORDS}</p><p>{WORDS}</p></article></body></html>"
)
ARTICLES = {path for paths in STORIES.values() for path in paths}


@contextmanager
def site() -> Iterator[tuple[str, list[tuple[str, str, str]]]]:
    asked: list[tuple[str, str, str]] = []
    at: list[str] = []  # the origin, known once the server listens

    def page(kind: str, body: str) -> tuple[int, dict[str, str], bytes]:
        return 200, {"Content-Type": kind}, body.encode()

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(("GET", path, ""))
        if path in ("/world/", "/local/"):
            return page("text/html", section_page(path.strip("/"), at[0]))
        if path in ARTICLES:
            return page("text/html", ARTICLE)
        return 404, {}, b"not here"

    def answer_post(path: str, posted: bytes) -> tuple[int, dict[str, str], bytes]:
        body = posted.decode()
        asked.append(("POST", path, body))
        form = dict(parse_qsl(body))
        if path == "/wp-admin/admin-ajax.php" and form.get("action") == "more_posts":
            batch = int(form.get("page", "0"))
            paths = STORIES.get((form.get("category", ""), batch), [])
            return page("text/html", teasers(paths))  # empty past the last batch
        if path == "/ajax/more" and form.get("action") == "more_local":
            batch = int(form.get("paged", "0"))
            answer = {"success": True, "data": {"html": teasers(STORIES.get(("local", batch), [])),
                                                 "has_more": batch < 3}}  # fmt: skip
            return page("application/json", json.dumps(answer))
        return page("text/html", "0")  # admin-ajax.php: no such hook

    with answering_origin(answer, answer_post=answer_post) as origin:
        at.append(origin)
        yield origin, asked


def test_a_posted_load_more_is_followed_to_its_end(tmp_path: Path) -> None:
    with site() as (origin, asked):
        command = [
            sys.executable, "-m", "scrapy", "crawl", "news",
            "-a", f"url={origin}/world/,{origin}/local/", "-a", "requisites=0",
            "-a", "discover=sections", "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "STATE_ENABLED=0",
            "-s", f"WARC_DIR={tmp_path / 'warc'}", "-s", f"REPORT_DIR={tmp_path / 'reports'}",
        ]  # fmt: skip
        done = run_scrapy_here(command, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    fetched = {path for method, path, _ in asked if method == "GET" and path in ARTICLES}
    assert fetched == ARTICLES
    posts = [(path, body) for method, path, body in asked if method == "POST"]
    assert sorted(posts) == [  # each section's in its order; the two sections interleave
        ("/ajax/more", "action=more_local&paged=2"),
        ("/ajax/more", "action=more_local&paged=3"),  # has_more: false
        ("/wp-admin/admin-ajax.php", "action=more_posts&page=2&category=world"),
        ("/wp-admin/admin-ajax.php", "action=more_posts&page=3&category=world"),
        ("/wp-admin/admin-ajax.php", "action=more_posts&page=4&category=world"),  # empty: end
    ], posts
    for path in ("/ajax/more", "/wp-admin/admin-ajax.php"):
        mine = [body for at, body in posts if at == path]
        assert mine == sorted(mine)
    stats = parse_stats(done.stderr)
    assert stats["paging/next/post_form"] == 2
    assert stats["listing/world/ended"] == "last_page"
    assert stats["listing/local/ended"] == "last_page"


def _page(body: str, script: str = "") -> Selector:
    return Selector(text=f'<html lang="en"><head>{script}</head><body>{body}</body></html>')


WP = '<script>var x = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","nonce":"ab12"};</script>'


@pytest.mark.parametrize(
    ("body", "script", "expected"),
    [
        ('<button class="load-more" data-action="more" data-page="2">Load more</button>', WP,
         PostMore("https://x.test/wp-admin/admin-ajax.php", (("action", "more"), ("page", "2")),
                  "page")),
        ('<a class="btn-load-more" data-action="ld" data-offset="10" data-cat-id="7">More</a>',
         WP, PostMore("https://x.test/wp-admin/admin-ajax.php",
                      (("action", "ld"), ("offset", "10"), ("cat_id", "7")), "offset")),
        # the control's own endpoint outranks the page's
        ('<button data-action="m" data-page="2" data-ajax-url="/api/m">Show more</button>', WP,
         PostMore("https://x.test/api/m", (("action", "m"), ("page", "2")), "page")),
        # no "load more" look, no counter, no endpoint, another host: none
        ('<button data-action="share" data-page="2">Share</button>', WP, None),
        ('<button class="load-more" data-action="more">Load more</button>', WP, None),
        ('<button class="load-more" data-action="more" data-page="2">Load more</button>', "", None),
        ('<button class="load-more" data-action="m" data-page="2" data-url="https://o.test/a">'
         "Load more</button>", WP, None),
    ],
)  # fmt: skip
def test_post_more(body: str, script: str, expected: PostMore | None) -> None:
    assert post_more(_page(body, script), "https://x.test/world/") == expected


def test_the_form_moves_on() -> None:
    post = PostMore("https://x.test/a", (("action", "m"), ("offset", "10")), "offset")
    assert post.moved_on(6).form == (("action", "m"), ("offset", "16"))
    paged = PostMore("https://x.test/a", (("action", "m"), ("paged", "2")), "paged")
    assert paged.moved_on(6).form == (("action", "m"), ("paged", "3"))


PAGER = (
    '<nav class="pager"><a href="{first}">1</a><a href="/w/page/1/">2</a>'
    '<a href="/w/page/2/">3</a></nav>'
)


@pytest.mark.parametrize(
    ("url", "first", "expected"),
    [
        # a pager counting from 0 in its path: "2" is /page/1/, the first page has none
        ("https://x.test/w/", "/w/", "https://x.test/w/page/1/"),
        ("https://x.test/w/page/1/", "/w/", "https://x.test/w/page/2/"),
        ("https://x.test/w/page/0/", "/w/page/0/", "https://x.test/w/page/1/"),
    ],
)
def test_a_path_pager_counting_from_zero(url: str, first: str, expected: str) -> None:
    """Before, page 1 of such a pager went on to /page/2/: the second page was never read."""
    found = generic_next(_page(PAGER.format(first=first)), url)
    assert found == (expected, "numbered")


def test_check_asks_the_posted_load_more() -> None:
    """`newsarchive check` asks the first POST a crawl makes, and counts what it adds."""
    with site() as (origin, asked):
        command = [
            sys.executable, "-m", "newsarchive", "check", "-a", f"url={origin}/world/",
            "-a", "discover=sections", "--articles", "1",
            "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
        ]  # fmt: skip
        done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    line = next(x for x in done.stdout.splitlines() if x.startswith("section world"))
    assert line.endswith("listing: 2 articles; load more (POST): 2 more articles"), done.stdout
    posts = [(path, body) for method, path, body in asked if method == "POST"]
    assert posts == [("/wp-admin/admin-ajax.php", "action=more_posts&page=2&category=world")]


REAL = '<script>var t = {"ajaxurl":"https:\\/\\/x.test\\/wp-admin\\/admin-ajax.php"};</script>'
BUTTON = '<button class="load-more" data-action="more" data-page="2">Load more</button>'


@pytest.mark.parametrize(
    ("base_url", "page_url", "posted"),
    [
        # the site's other name (WordPress prints its siteurl's host, not www.)
        ("https://www.x.test", "https://www.x.test/world/", "https://x.test/wp-admin/admin-ajax.php"),
        # a profile run against a mirror or test origin: the site's endpoint, on the mirror
        ("http://127.0.0.1:8123", "http://127.0.0.1:8123/world/",
         "http://127.0.0.1:8123/wp-admin/admin-ajax.php"),
    ],
)  # fmt: skip
def test_a_posted_load_more_on_the_sites_other_host_is_asked_in_scope(
    base_url: str, page_url: str, posted: str
) -> None:
    """The endpoint a page's script names on another of the site's hosts is the site's:
    POSTed where the run's scope puts it (before, any host but the page's own was
    refused: the section ended after its first page)."""
    profile = SiteProfile(
        name="x", base_url=base_url, domains=("x.test",), sections={"world": "/world/"}
    )
    scope = Scope(profile)
    html = f'<html lang="en"><head>{REAL}</head><body>{BUTTON}</body></html>'
    response = HtmlResponse(page_url, body=html.encode(), encoding="utf-8")
    step = next_step(response, profile.listing, 1, 0, None, scope.resolve)
    assert step.post is not None and step.post.url == posted
