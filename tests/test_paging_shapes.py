"""Listings in the shapes real CMSs print, crawled with a profile naming only the sections
(benchmarks/paging_shapes.py): every article of every page found, once, no junk.

One real `scrapy crawl news` reads all the shapes of the fixture site on 127.0.0.1;
the table-driven tests below pin the pure rules it rests on (jsonlisting.py, the
zero-based pager of pagination.py, the site furniture of DEFAULT_DENY).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import pytest
from parsel import Selector

from benchmarks.paging_shapes import SHAPES, crawl, expected, score, serve
from newsarchive.sites.base import LinkRules
from newsarchive.spiders.arcfusion import fusion_next_url
from newsarchive.spiders.jsonlisting import read_json_listing
from newsarchive.spiders.nextjs import next_data_url
from newsarchive.spiders.pagination import generic_next


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[list[str], list[str]]]:
    """(the article URLs made items of, the paths the site was asked) of one crawl."""
    with serve() as (base, requests):
        yield crawl(base, list(SHAPES), tmp_path_factory.mktemp("shapes")), requests


@pytest.fixture(scope="module")
def fetched(crawled: tuple[list[str], list[str]]) -> list[str]:
    return crawled[0]


@pytest.mark.parametrize("shape", list(SHAPES))
def test_every_article_of_the_shape_is_fetched_once(fetched: list[str], shape: str) -> None:
    got = score(shape, fetched)
    assert (got.found, got.twice) == (len(expected(shape)), []), SHAPES[shape].note


def test_no_tag_author_video_login_or_furniture_page_is_fetched_as_an_article(
    fetched: list[str],
) -> None:
    assert [url for url in fetched if "-made-up-story-number-" not in url] == []


def test_an_api_answering_its_first_batch_again_is_asked_twice_more(
    crawled: tuple[list[str], list[str]],
) -> None:
    """It says hasMore, a total of a million: the listing ends on its repeats."""
    asked = [path for path in crawled[1] if path.startswith("/api/stuck")]
    assert asked == ["/api/stuck?offset=4&limit=4", "/api/stuck?offset=8&limit=4"]


URL = "https://news.example/api/stories?section=world&offset=4&limit=4"


def listing(answer: object, url: str = URL) -> tuple[tuple[str, ...], str | None]:
    found = read_json_listing(json.dumps(answer).encode(), url)
    assert found is not None
    return found.links, found.next


ITEMS = [{"url": "/news/a-b-c", "image": {"url": "/img/a.jpg"}}, {"link": "/news/d-e-f"}]


@pytest.mark.parametrize(
    ("answer", "url", "next_url"),
    [
        ({"items": ITEMS, "total": 12}, URL, URL.replace("offset=4", "offset=8")),
        ({"items": ITEMS, "total": 8}, URL, None),  # 4 + 4 reaches the total
        ({"items": ITEMS, "hasMore": False}, URL, None),
        ({"items": ITEMS, "meta": {"has_more": False}}, URL, None),
        # the top's total, not a nested one written before it (a facet's, a section's)
        ({"facets": {"total": 5}, "items": ITEMS, "total": 12}, URL,
         URL.replace("offset=4", "offset=8")),
        ({"items": [], "total": 40}, URL, None),  # nothing listed: the end
        # no limit in the query: moved on by the entries given (3 links)
        ({"items": ITEMS}, "https://news.example/more?start=3", "https://news.example/more?start=6"),
        # a count no larger than the answer's own entries is theirs, no total
        ({"items": ITEMS, "count": 3}, URL, URL.replace("offset=4", "offset=8")),
        ({"results": ITEMS, "count": 7}, URL, None),  # DRF's count: the total
        ({"pageProps": {"stories": ITEMS, "page": 2, "totalPages": 3}},
         "https://news.example/_next/data/b/w.json?page=2", "https://news.example/_next/data/b/w.json?page=3"),
        ({"pageProps": {"stories": ITEMS, "page": 3, "totalPages": 3}},
         "https://news.example/_next/data/b/w.json?page=3", None),
        ({"items": ITEMS, "next": "/api/stories?cursor=xyz"}, URL,
         "https://news.example/api/stories?cursor=xyz"),
        ({"items": ITEMS}, "https://news.example/api/stories?section=world", None),  # no slot
    ],
)  # fmt: skip
def test_the_next_answer_of_a_json_listing(answer: object, url: str, next_url: str | None) -> None:
    assert listing(answer, url)[1] == next_url


def test_links_of_a_json_listing_are_urls_and_html_fragments() -> None:
    commands = [
        {"command": "settings", "settings": {"path": {"baseUrl": "/"}}},
        {
            "command": "insert",
            "data": '<div><a href="/news/x-y-z">X</a><a href="/news/u-v-w">U</a>',
        },
    ]
    assert listing(commands)[0] == (
        "https://news.example/news/x-y-z", "https://news.example/news/u-v-w"
    )  # fmt: skip
    links = listing({"items": [*ITEMS, {"slug": "a-bare-slug"}, {"url": "//cdn.example/x"}]})[0]
    assert links == (
        "https://news.example/news/a-b-c", "https://news.example/img/a.jpg",
        "https://news.example/news/d-e-f", "https://cdn.example/x",
    )  # fmt: skip
    assert read_json_listing(b"<html>", URL) is None


def next_data(props: object, build: object = "B1", query: object = None) -> str:
    data = {"props": {"pageProps": props}, "buildId": build, "query": query or {}}
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'


STORIES = [{"href": "/news/a-b-c"}, {"href": "/news/d-e-f"}]


@pytest.mark.parametrize(
    ("script", "url", "expected_url"),
    [
        (next_data({"stories": STORIES, "page": 1}, query={"section": "world"}),
         "https://n.example/nx/world", "https://n.example/_next/data/B1/nx/world.json?section=world&page=2"),
        (next_data({"list": {"items": STORIES, "hasMore": True}}), "https://n.example/",
         "https://n.example/_next/data/B1/index.json?page=2"),
        (next_data({"stories": STORIES}), "https://n.example/world", None),  # no paging hint
        (next_data({"stories": STORIES, "page": {"title": "World"}}), "https://n.example/w", None),
        (next_data({"stories": STORIES, "hasMore": False}), "https://n.example/w", None),
        (next_data({"stories": STORIES, "totalPages": 1}), "https://n.example/w", None),
        (next_data({"stories": STORIES, "totalPages": 4}), "https://n.example/w",
         "https://n.example/_next/data/B1/w.json?page=2"),
        (next_data({"stories": STORIES[:1], "page": 1}), "https://n.example/w", None),  # one link
        (next_data({"stories": STORIES, "page": 1}, build=None), "https://n.example/world", None),
        ("<p>no data</p>", "https://n.example/world", None),
    ],
)  # fmt: skip
def test_the_second_page_of_a_next_js_listing(
    script: str, url: str, expected_url: str | None
) -> None:
    assert next_data_url(Selector(text=f"<html><body>{script}</body></html>"), url) == expected_url


def pager(links: str) -> str:
    return f'<html><body><ul class="pager">{links}</ul></body></html>'


@pytest.mark.parametrize(
    ("html", "url", "wanted"),
    [
        # Drupal counts from 0: "2" is ?page=1, and "3" (?page=2) is no next page of page 1
        (pager('<li><a href="?page=1">2</a></li><li><a href="?page=2">3</a></li>'),
         "https://n.example/world", "https://n.example/world?page=1"),
        (pager('<li><a href="?page=0">1</a></li><li><a href="?page=2">3</a></li>'),
         "https://n.example/world?page=1", "https://n.example/world?page=2"),
        # counting from 1 as before: "2" is ?page=2
        (pager('<li><a href="?page=2">2</a></li><li><a href="?page=3">3</a></li>'),
         "https://n.example/world", "https://n.example/world?page=2"),
        # numbers that are no labels ("next", arrows) say nothing of the counting
        (pager('<li><a href="?page=1">1</a></li><li><a href="?page=2">next</a></li>'),
         "https://n.example/world", "https://n.example/world?page=2"),
    ],
)  # fmt: skip
def test_a_pager_counting_from_zero(html: str, url: str, wanted: str) -> None:
    assert generic_next(html, url) == (wanted, "numbered")


@pytest.mark.parametrize(
    ("path", "article"),
    [
        ("/terms-of-service/", False), ("/privacy-and-cookie-policy/", False),
        ("/contact-the-newsroom/", False), ("/code-of-ethics", False),
        ("/terms-of-trade-deal-signed/", True),
        ("/news/terms-of-service-change-angers-users", True),
        ("/help-for-flood-victims-arrives/", True),
    ],
)  # fmt: skip
def test_site_furniture_at_the_root_is_no_article(path: str, article: bool) -> None:
    assert LinkRules().is_article(path) is article


def test_the_fixture_site_serves_what_the_shapes_name(tmp_path: Path) -> None:
    """Guards the benchmark itself: every expected article and first page is served."""
    import urllib.request

    with serve() as (base, _):
        for name, shape in SHAPES.items():
            with urllib.request.urlopen(base + shape.section) as answer:
                assert answer.status == 200, name
            for path in sorted(expected(name))[:2]:
                with urllib.request.urlopen(base + path) as answer:
                    assert b"<article>" in answer.read(), path


@pytest.mark.parametrize(
    ("control", "wanted"),
    [
        ('<button hx-get="/world?page=2&amp;partial=1" hx-swap="outerHTML">Load more</button>',
         "https://n.example/world?page=2&partial=1"),
        ('<button class="btn" data-load-more-url="/world/more/2">Load more</button>',
         "https://n.example/world/more/2"),
        ('<div class="js-load-more" data-more-href="/world/batch-2"></div>',
         "https://n.example/world/batch-2"),
        # URLs of data attributes on controls that say nothing of a next page
        ('<img data-lazy-url="/img/a.jpg"><div class="share" data-share-url="/world/x-y">S</div>',
         None),
    ],
)  # fmt: skip
def test_a_load_more_control_keeping_its_url_in_htmx_or_a_data_url_attribute(
    control: str, wanted: str | None
) -> None:
    found = generic_next(f"<html><body>{control}</body></html>", "https://n.example/world")
    assert (found[0] if found else None) == wanted


ARC_QUERY = '{"feedOffset":0,"feedSize":2,"includeSections":"/world"}'


def fusion(cache: object, extra: str = 'Fusion.arcSite="made-up";Fusion.deployment="412";') -> str:
    script = f"window.Fusion=window.Fusion||{{}};{extra}Fusion.contentCache={json.dumps(cache)};"
    return f"<html><body><script>{script}</script></body></html>"


LISTED = {"data": {"content_elements": [{"canonical_url": "/a-b-c"}, {"canonical_url": "/d-e"}]}}


@pytest.mark.parametrize(
    ("cache", "wanted"),
    [
        ({"story-feed": {ARC_QUERY: LISTED}},
         'story-feed?query={"feedOffset":2,"feedSize":2,"includeSections":"/world"}'
         "&d=412&_website=made-up"),
        # the list is the source whose answer lists the most links (not the navigation)
        ({"nav": {'{"offset":0,"size":20}': {"children": [{"url": "/a"}, {"url": "/b"}]}},
          "feed": {'{"from":10,"size":3}': {"items": [{"url": f"/x-{n}"} for n in range(3)]}}},
         'feed?query={"from":13,"size":3}&d=412&_website=made-up'),
        ({"site-navigation": {'{"hierarchy":"default"}': LISTED}}, None),  # no offset
        ({"story-feed": {ARC_QUERY: {"data": {}}}}, None),  # lists nothing
    ],
)  # fmt: skip
def test_the_next_batch_of_an_arc_xp_section(cache: object, wanted: str | None) -> None:
    found = fusion_next_url(Selector(text=fusion(cache)), "https://n.example/world/")
    prefix = "https://n.example/pf/api/v3/content/fetch/"
    assert found == (None if wanted is None else prefix + urlencode_query(wanted))


def urlencode_query(wanted: str) -> str:
    source, query = wanted.split("?", 1)
    return source + "?" + urlencode(parse_qsl(query))


def test_an_arc_xp_answer_moves_its_json_query_on_to_its_count() -> None:
    url = "https://n.example/pf/api/v3/content/fetch/feed?" + urlencode(
        {"query": '{"feedOffset":2,"feedSize":2}', "d": "412"}
    )
    answer = {"content_elements": [{"canonical_url": "/a-b-c"}, {"canonical_url": "/d-e"}]}
    moved = urlencode({"query": '{"feedOffset":4,"feedSize":2}', "d": "412"})
    assert listing({**answer, "count": 9}, url)[1] == url.split("?")[0] + "?" + moved
    assert listing({**answer, "count": 4}, url)[1] is None  # 2 + 2 reaches the count


CONFIG = '<script>window.cfg = {"loadMoreUrl": "\\/api\\/more", "perPage": 4};</script>'


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # an endpoint in data-url, the page in data-page / data-next-page
        ('<button class="load-more" data-url="/api/w" data-page="2">More</button>',
         ("https://n.example/api/w?page=2", "next_control")),
        ('<div class="load-more" data-url="/api/w?page=1" data-next-page="2">More</div>',
         ("https://n.example/api/w?page=2", "next_control")),  # the counter's page
        # no URL on the control: the endpoint of the page's script configuration
        (CONFIG + '<button class="js-load-more" data-offset="4" data-section="world" '
         'data-label="Load more stories">Load more</button>',
         ("https://n.example/api/more?offset=4&section=world", "configured")),
        # a counter on something that is no "load more" control, or no endpoint
        (CONFIG + '<div class="card" data-offset="4">Story</div>', None),
        ('<button class="load-more" data-offset="4">Load more</button>', None),
        ('<script>x = {"imageUrl": "/img/a.png"}</script>'
         '<button class="load-more" data-offset="4">Load more</button>', None),
        # an infinite scroll naming the next page's number alone: this page's URL with it
        ('<div class="sentinel" data-next-page="2"></div>',
         ("https://n.example/world?page=2", "configured")),
        ('<div class="sentinel" data-next-page="5"></div>', None),  # no page after 1
        ('<div class="card" data-page="2"></div>', None),  # a number, no "next" said
    ],
)  # fmt: skip
def test_a_load_more_control_with_a_counter(body: str, wanted: tuple[str, str] | None) -> None:
    assert generic_next(f"<html><body>{body}</body></html>", "https://n.example/world") == wanted


def i18n_data(locale: str) -> str:
    data = {
        "props": {"pageProps": {"stories": STORIES, "page": 1}}, "buildId": "B1", "query": {},
        "locale": locale, "locales": ["en", "de"], "defaultLocale": "en",
    }  # fmt: skip
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'


@pytest.mark.parametrize(
    ("locale", "url", "expected_url"),
    [
        # the default locale is not in the page's address, but always in its data route
        ("en", "https://n.example/world", "https://n.example/_next/data/B1/en/world.json?page=2"),
        ("en", "https://n.example/", "https://n.example/_next/data/B1/en.json?page=2"),
        # another locale is in both, once
        ("de", "https://n.example/de/world", "https://n.example/_next/data/B1/de/world.json?page=2"),
        ("de", "https://n.example/de", "https://n.example/_next/data/B1/de.json?page=2"),
    ],
)  # fmt: skip
def test_the_second_page_of_a_next_js_listing_in_a_locale(
    locale: str, url: str, expected_url: str
) -> None:
    """A Next.js site with i18n asks `/_next/data/<build>/<locale>/<path>.json` for every
    locale, its default one too (before: the default locale's sections asked a data URL
    without it, answered 404, and ended after their first page)."""
    page = Selector(text=f"<html><body>{i18n_data(locale)}</body></html>")
    assert next_data_url(page, url) == expected_url


# A page with a `<base href>` (past 4,096 characters of head, where Scrapy's reading stops):
# the JSON a Next.js router or Arc's "load more" fetches by a root-relative URL is asked on
# the base's host, as a browser joins it; the Next.js route stays the page's own path.
BASED_HEAD = "<head><style>" + "p.x { color: red; }\n" * 300 + '</style><base href="{base}"></head>'


@pytest.mark.parametrize(
    ("base", "host"),
    [
        ("https://edition.n.example/de/", "https://edition.n.example"),
        ("/de/", "https://n.example"),
        ("http://[::1", "https://n.example"),  # no URL: passed over
    ],
)
def test_next_js_and_arc_fetches_are_joined_with_the_page_s_base(base: str, host: str) -> None:
    head = BASED_HEAD.replace("{base}", base)
    script = next_data({"stories": STORIES, "page": 1})
    page = Selector(text=f"<html>{head}<body>{script}</body></html>")
    assert next_data_url(page, "https://n.example/world") == (
        f"{host}/_next/data/B1/world.json?page=2"
    )
    arc = Selector(
        text=fusion({"story-feed": {ARC_QUERY: LISTED}}).replace("<html>", f"<html>{head}")
    )
    found = fusion_next_url(arc, "https://n.example/world/")
    assert found is not None and found.startswith(f"{host}/pf/api/v3/content/fetch/story-feed?")


def test_a_json_listing_link_or_next_url_that_is_no_url_is_skipped() -> None:
    """A JSON listing's link or next URL that is no URL (`http://[::1/...`, a template
    left unfilled) is passed over: the other links are read, the listing ends there.
    Before, urljoin raised and the whole answer was lost to the callback's traceback."""
    body = b'{"items": [{"url": "http://[::1/x"}, {"url": "/a/b-c"}], "next": "http://[::1/p2"}'
    found = read_json_listing(body, "http://ex.org/api")
    assert found is not None
    assert found.links == ("http://ex.org/a/b-c",)
    assert found.next is None  # as if it named none: no page number to move on
    paged = read_json_listing(body, "http://ex.org/api?page=1")
    assert paged is not None and paged.next == "http://ex.org/api?page=2"


SELECT = '<form method="get" action="/world"><select name="{key}">{options}</select></form>'


def options(selected: int, values: tuple[str, ...] = ("1", "2", "3")) -> str:
    return "".join(
        f'<option value="{v}"{" selected" if int(v) == selected else ""}>{v}</option>'
        for v in values
    )


FEED = '<script>var c = {"feedApi": "/api/feed?section=world&cursor={cursor}"};</script>'
MORE_URL = '<script>window.c = {{"moreStoriesUrl": "{url}"}};</script>'
BUTTON = '<button type="button">More stories</button>'


@pytest.mark.parametrize(
    ("body", "url", "wanted"),
    [
        # a pager that is only a GET form's <select name="page">: the option after the chosen
        (SELECT.format(key="page", options=options(1)), "https://n.example/world",
         ("https://n.example/world?page=2", "numbered")),
        (SELECT.format(key="page", options=options(2)), "https://n.example/world?page=2",
         ("https://n.example/world?page=3", "numbered")),
        (SELECT.format(key="page", options=options(3)), "https://n.example/world?page=3", None),
        # a select of something else, or a form to another path, is no pager
        (SELECT.format(key="sort", options=options(1)), "https://n.example/world", None),
        (SELECT.format(key="page", options=options(1)).replace("/world", "/search"),
         "https://n.example/world", None),
        # a marker's cursor filling the {cursor} of the script's endpoint template
        (FEED + '<div class="sentinel" data-cursor="eyJwIjoyfQ=="></div>',
         "https://n.example/world",
         ("https://n.example/api/feed?section=world&cursor=eyJwIjoyfQ%3D%3D", "configured")),
        (FEED, "https://n.example/world", None),  # no cursor on the page
        ('<script>var c = {"feedApi": "/api/feed?section=world"};</script>'
         '<div data-cursor="abc"></div>', "https://n.example/world", None),  # no slot
        # a bare "more" button: the script's whole next-batch URL, a counter in its query
        (MORE_URL.format(url="/api/s?section=world&from=4&size=4") + BUTTON,
         "https://n.example/world", ("https://n.example/api/s?section=world&from=4&size=4",
                                     "configured")),
        (MORE_URL.format(url="/api/s?section=world") + BUTTON, "https://n.example/world", None),
        (MORE_URL.format(url="/api/s?from=0&size=4") + BUTTON, "https://n.example/world", None),
        (MORE_URL.format(url="https://ads.example/s?from=4") + BUTTON,
         "https://n.example/world", None),  # off the host
        (MORE_URL.format(url="/api/s?from=4") + '<button type="button">Share</button>',
         "https://n.example/world", None),  # no "more" control
    ],
)  # fmt: skip
def test_a_select_pager_a_cursor_template_and_a_configured_next_batch(
    body: str, url: str, wanted: tuple[str, str] | None
) -> None:
    assert generic_next(f"<html><body>{body}</body></html>", url) == wanted


@pytest.mark.parametrize(
    ("lang", "control", "wanted"),
    [
        ("de", '<a href="/welt?vor=2026-12-02">Ältere Artikel</a>', True),
        ("de", '<a href="/welt?bis=x1">Weitere Artikel laden</a>', True),
        ("fr", '<a href="/monde?avant=x1">Plus d’articles</a>', True),
        ("fr", "<a href=\"/monde?avant=x1\">Plus d'articles</a>", True),
        ("es", '<a href="/mundo?antes=x1">Cargar más noticias</a>', True),
        ("it", '<a href="/mondo?prima=x1">Altri articoli</a>', True),
        ("en", '<a class="load-more-posts" href="/w?cursor=x1">Go</a>', True),
        ("en", '<a class="load-more-ads" href="/w?cursor=x1">Go</a>', False),
        ("de", '<a href="/welt?vor=2026-12-02">Artikel</a>', False),
    ],
)  # fmt: skip
def test_a_next_control_by_its_words_in_the_page_s_language(
    lang: str, control: str, wanted: bool
) -> None:
    html = f'<html lang="{lang}"><body>{control}</body></html>'
    url = "https://n.example" + control.split('href="')[1].split("?")[0]
    assert (generic_next(html, url) is not None) is wanted


@pytest.mark.parametrize(
    ("lang", "body", "url", "wanted"),
    [
        # a "more articles" link of a box, to another section's hub or an author's page, is
        # no next page of this listing: the pager after it is, else none
        ("de", '<div class="box"><a href="/de/politik/inland">Mehr Artikel</a></div>'
         '<a href="/de/politik?vor=x1">Weiter</a>', "https://n.example/de/politik",
         "https://n.example/de/politik?vor=x1"),
        ("de", '<div class="box"><a href="/autor/max-muster">Mehr Artikel</a></div>',
         "https://n.example/de/politik", None),
        ("en", '<aside><a href="/technology/">More articles</a></aside>',
         "https://n.example/world", None),
        ("en", '<footer><a class="load-more-posts" href="/newsletters/">Load more posts</a>'
         "</footer>", "https://n.example/world", None),
        # a hub's own "next" by rel stays followed
        ("en", '<a rel="next" href="/world-archive/">Next</a>', "https://n.example/world",
         "https://n.example/world-archive/"),
        # a select pager's form sent to another host is no next page of this one
        ("en", SELECT.format(key="page", options=options(1)).replace(
            'action="/world"', 'action="https://other.example/world"'),
         "https://n.example/world", None),
    ],
)  # fmt: skip
def test_a_more_link_to_another_hub_or_a_form_off_the_host_is_no_next_page(
    lang: str, body: str, url: str, wanted: str | None
) -> None:
    found = generic_next(f'<html lang="{lang}"><body>{body}</body></html>', url)
    assert (found[0] if found else None) == wanted


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # a script string escaping `&` as Rails' to_json and Django's json_script do
        (MORE_URL.format(url=r"\/api\/s?section=world\u0026from=4\u0026size=4") + BUTTON,
         "https://n.example/api/s?section=world&from=4&size=4"),
        (FEED.replace("&", r"\u0026") + '<div class="s" data-cursor="a b&amp;c"></div>',
         "https://n.example/api/feed?section=world&cursor=a%20b%26c"),
        # a template with a slot only its script fills (`{limit}`) is asked of no one
        ('<script>var c = {"feedApi": "/api/feed?cursor={cursor}&limit={limit}"};</script>'
         '<div class="s" data-cursor="abc"></div>', None),
    ],
)  # fmt: skip
def test_a_script_configured_url_is_read_as_its_script_reads_it(
    body: str, wanted: str | None
) -> None:
    found = generic_next(f"<html><body>{body}</body></html>", "https://n.example/world")
    assert (found[0] if found else None) == wanted


@pytest.mark.parametrize(
    "script",
    [
        'var c = {"loadMoreUrl": "\\/api\\/more", "feedApi": "/api/feed?x=1", "imageUrl": "/i"};',
        "cfg.moreStoriesUrl = '/api/s?from=4'; cfg.listEndpoint:'/api/l'",
        'x = {"' + "a" * 60 + 'nextUrl": "/api/far"}; y = {"nextPath"   :   "/p/2"}',
        'a = {"moreUrl": "https://n.example/m", "more": "/no-key-word"}; "url": "/plain"',
    ],
)
def test_script_endpoints_are_those_the_whole_pattern_finds(script: str) -> None:
    """The endpoint scan that tries ENDPOINT only before a URL value finds what a scan of
    every word did (the fast path loses no configuration)."""
    from newsarchive.spiders.scriptpaging import ENDPOINT, _endpoints

    whole = [m.group(0) for m in ENDPOINT.finditer(script * 3)]
    assert whole and [m.group(0) for m in _endpoints(script * 3)] == whole


def test_a_next_batch_url_inside_a_large_state_script_is_followed() -> None:
    """A store's whole state in one inline script (`window.__INITIAL_STATE__`, 100 KB of
    teasers) naming the next batch's URL among it: found there as in a small one."""
    teasers = [{"url": f"/news/made-up-{n}", "title": "Made-up words " * 8} for n in range(600)]
    state = {"stories": teasers, "moreStoriesUrl": "/api/s?section=world&from=20&size=20"}
    script = f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>"
    assert len(script) > 65_536
    html = f"<html><body>{script}{BUTTON}</body></html>"
    assert generic_next(html, "https://n.example/world") == (
        "https://n.example/api/s?section=world&from=20&size=20",
        "configured",
    )


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # a script's fetch whose endpoint has no number nor query is no hub's link
        ('<button class="load-more" data-next-url="/api/world/more">Load more</button>',
         "https://n.example/api/world/more"),
        # the marker whose cursor the script's template names, past an icon's data-after
        (FEED + '<span class="icon" data-after="x1"></span><div data-cursor="abc"></div>',
         "https://n.example/api/feed?section=world&cursor=abc"),
    ],
)  # fmt: skip
def test_a_load_more_fetch_and_a_cursor_marker_past_other_data(body: str, wanted: str) -> None:
    found = generic_next(f"<html><body>{body}</body></html>", "https://n.example/world")
    assert (found[0] if found else None) == wanted
