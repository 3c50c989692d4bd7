"""Listings of sites no profile knows, crawled by `-a url=` against a site written here.

- `<base href>`: a section page whose links, pager, feed and "load more" endpoint are
  relative to its `<base href>` (a browser, and `response.urljoin`, join them with it);
  before, the pager, the feed and the POSTed endpoint were joined with the page's own
  URL and asked where nothing is.
- Token-only infinite scroll: a "load more" whose JSON answers carry an opaque cursor
  (`nextCursor`, GraphQL's `pageInfo.endCursor`) and no page number; before, the
  listing ended with its first answer. It ends where a cursor comes back, or an
  answer lists nothing new.
- Articles named by their query (`/article.php?id=101`, `/news?aid=202`, Joomla's
  `view=article&id=5`, WordPress's `/?p=77`): before, none was fetched (the query was
  stripped, the path is no article's); tracking parameters stay out, and listings'
  queries (`?page=2`, `view=category`, `?tag=`) are no articles.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlsplit

import pytest

from newsarchive.pagebase import page_base
from newsarchive.sites.adhoc import profile_from_urls
from newsarchive.sites.queryarticles import query_article
from newsarchive.spiders.jsonlisting import read_json_listing
from newsarchive.spiders.pagination import generic_next
from newsarchive.spiders.postmore import post_more
from newsarchive.spiders.scope import Scope
from newsarchive.spiders.scriptpaging import fragment_cursor_next
from newsarchive.spiders.site_sources import page_feeds
from newsarchive.spiders.sources import looks_like_url
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import answering_origin

WORDS = "A made-up sentence of a made-up story, long enough for body text. " * 6
ARTICLE = (
    '<html lang="en"><head><title>A story</title><meta name="author" content="Ann Example">'
    '<meta property="article:published_time" content="2026-12-03T08:30:00+01:00"></head>'
    f"<body><article><h1>A story</h1><p>{WORDS}</p><p>{WORDS}</p></article></body></html>"
)


def teasers(paths: list[str]) -> str:
    return "".join(
        f'<article class="teaser"><h2><a href="{p}">A story</a></h2></article>' for p in paths
    )


def page(title: str, body: str, head: str = "") -> str:
    return (
        f'<html lang="en"><head><title>{title}</title>{head}</head>'
        f"<body><main>{body}</main></body></html>"
    )


# --- <base href> -----------------------------------------------------------------------
BASED = [f"/b/stories/based-story-{n}-of-the-day/" for n in (1, 2)]
BASED_NEXT = ["/b/stories/based-story-on-the-next-page/"]
BASED_FEED = ["/b/stories/based-story-only-in-the-feed/"]
BASED_POSTED = {2: ["/b/stories/based-story-a-button-loaded/"], 3: []}
BASED_HEAD = (
    '<base href="{origin}/b/"><link rel="alternate" type="application/rss+xml" href="feed.xml">'
)

# --- token-only infinite scroll ----------------------------------------------------------
SCROLL = {n: [f"/scroll/2026/12/scrolled-story-{n}-{m}-today/" for m in (1, 2)] for n in (1, 2, 3)}
SCROLL_CURSORS = {"eyJvIjoyfQ==": (2, "eyJvIjozfQ=="), "eyJvIjozfQ==": (3, "eyJvIjozfQ==")}
# tokens in base64's alphabet that begin with "/" (no URL): the third hands back its own
SLASH = {n: [f"/slash/2026/12/slashed-story-{n}-{m}-today/" for m in (1, 2)] for n in range(1, 5)}
SLASH_CURSORS = {
    "c2xhc2gx": (2, "/w8AAAE="),
    "/w8AAAE=": (3, "/w8AAAEx"),
    "/w8AAAEx": (4, "/w8AAAEx"),
}
RELAY = {n: [f"/relay/2026/12/relayed-story-{n}-{m}-today/" for m in (1, 2)] for n in (1, 2, 3)}
# the third answer's cursor leads back to the second batch, with a cursor never seen
RELAY_CURSORS = {
    "YWZ0ZXIx": (2, "YWZ0ZXIy"),
    "YWZ0ZXIy": (3, "YWZ0ZXIz"),
    "YWZ0ZXIz": (2, "YWZ0ZXI0"),
}

# --- a root listing paged by `?p=` ----------------------------------------------------------
ROOT = {n: [f"/front/2026/12/front-page-story-{n}-{m}-today/" for m in (1, 2)] for n in (1, 2)}

# --- articles named by their query ---------------------------------------------------------
QUERY_ARTICLES = [
    "/article.php?id=101",
    "/news?aid=202",
    "/index.php?option=com_content&view=article&id=5&Itemid=3",
    "/?p=77",
]
QUERY_LINKS = [
    "/article.php?id=101&utm_source=home&utm_medium=web",
    "/news?aid=202&fbclid=made-up",
    "/index.php?option=com_content&view=article&id=5&Itemid=3",
    "/?p=77",
    "/index.php?option=com_content&view=category&id=9",
    "/news?tag=world",
]
QUERY_PAGE_TWO = ["/article.php?id=102&ref=home"]
ARTICLES = (
    {*BASED, *BASED_NEXT, *BASED_FEED, *BASED_POSTED[2]}
    | {p for ps in SCROLL.values() for p in ps}
    | {p for ps in RELAY.values() for p in ps}
    | {p for ps in SLASH.values() for p in ps}
    | {p for ps in ROOT.values() for p in ps}
    | {*QUERY_ARTICLES, "/article.php?id=102"}
)


def section_pages(origin: str) -> dict[str, str]:
    head = BASED_HEAD.replace("{origin}", origin)
    relative = [p.removeprefix("/b/") for p in BASED]
    return {
        "/base/": page(
            "Based",
            teasers(relative) + '<nav class="pager"><a class="next" href="more/2">Next</a></nav>',
            head,
        ),
        "/basepost/": page(
            "Based, posted",
            teasers(relative) + '<button class="load-more" data-action="more_posts"'
            ' data-page="2" data-url="ajax/more">Load more</button>',
            head,
        ),
        "/b/more/2": page("Based, page 2", teasers(BASED_NEXT)),
        "/b/feed.xml": (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Based</title>'
            + "".join(
                f"<item><title>A story</title><link>{origin}{p}</link></item>" for p in BASED_FEED
            )
            + "</channel></rss>"
        ),
        "/scroll/": page(
            "Scroll",
            teasers(SCROLL[1]) + '<button class="load-more" data-url="/api/scroll?section=scroll"'
            ' data-cursor="eyJvIjoyfQ==">Load more</button>',
        ),
        "/slash/": page(
            "Slash",
            teasers(SLASH[1]) + '<button class="load-more" data-url="/api/slash?section=slash"'
            ' data-cursor="c2xhc2gx">Load more</button>',
        ),
        "/relay/": page(
            "Relay",
            teasers(RELAY[1]) + '<a class="load-more" href="#"'
            ' data-next-url="/graphql?section=relay&amp;after=YWZ0ZXIx">More stories</a>',
        ),
        "/q/": page(
            "Query",
            teasers(QUERY_LINKS) + '<nav class="pager"><a href="/q/?page=2">2</a></nav>',
            '<link rel="stylesheet" href="/wp-content/themes/made-up/style.css">',
        ),
        # a site's root listing whose page 2 is `/?p=2`, on no WordPress: a page, no post
        "/": page(
            "Front",
            teasers(ROOT[1])
            + '<nav class="pager"><a href="/?p=1">1</a> <a href="/?p=2">2</a></nav>',
        ),
        "/?p=2": page("Front, page 2", teasers(ROOT[2])),
        "/q/?page=2": page("Query, page 2", teasers(QUERY_PAGE_TWO)),
    }


def api(path: str, query: dict[str, str]) -> dict[str, object] | None:
    if path == "/api/scroll":
        cursor = query.get("cursor", "")
        if cursor not in SCROLL_CURSORS:
            return {"items": [{"url": p} for p in SCROLL[1]], "nextCursor": "eyJvIjoyfQ=="}
        batch, following = SCROLL_CURSORS[cursor]
        return {
            "items": [{"url": p, "title": "A story"} for p in SCROLL[batch]],
            "nextCursor": following,
        }
    if path == "/api/slash":
        batch, following = SLASH_CURSORS.get(query.get("cursor", ""), (1, "c2xhc2gx"))
        return {"items": [{"url": p} for p in SLASH[batch]], "nextCursor": following}
    if path == "/graphql":
        batch, following = RELAY_CURSORS.get(query.get("after", ""), (1, "YWZ0ZXIx"))
        edges = [{"node": {"url": p, "headline": "A story"}} for p in RELAY[batch]]
        info = {"endCursor": following, "hasNextPage": True}
        return {"data": {"stories": {"edges": edges, "pageInfo": info}}}
    return None


@pytest.fixture(scope="module")
def crawled(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[CrawlResult, list[tuple[str, str, str]]]]:
    asked: list[tuple[str, str, str]] = []
    at: list[str] = []

    def answer(target: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(("GET", target, ""))
        parts = urlsplit(target)
        found = api(parts.path, dict(parse_qsl(parts.query)))
        if found is not None:
            return 200, {"Content-Type": "application/json"}, json.dumps(found).encode()
        if target in ARTICLES:
            return 200, {"Content-Type": "text/html"}, ARTICLE.encode()
        pages = section_pages(at[0])
        if target in pages:
            kind = "application/rss+xml" if target.endswith(".xml") else "text/html"
            return 200, {"Content-Type": kind}, pages[target].encode()
        return 404, {}, b"not here"

    def answer_post(path: str, posted: bytes) -> tuple[int, dict[str, str], bytes]:
        asked.append(("POST", path, posted.decode()))
        form = dict(parse_qsl(posted.decode()))
        if path == "/b/ajax/more" and form.get("action") == "more_posts":
            return 200, {}, teasers(BASED_POSTED.get(int(form.get("page", "0")), [])).encode()
        return 200, {}, b"0"

    with answering_origin(answer, answer_post=answer_post) as origin:
        at.append(origin)
        out = tmp_path_factory.mktemp("unseen")
        urls = ",".join(
            f"{origin}{s}"
            for s in ("/base/", "/basepost/", "/scroll/", "/slash/", "/relay/", "/q/", "/")
        )
        args = {"url": urls, "requisites": "0", "discover": "sections,rss", "depth": "10"}
        result = run_crawl(
            "news", args, {"STATE_ENABLED": "0", "REPORT_DIR": str(out / "reports")}, out
        )
        yield result, asked


def test_every_article_is_fetched_once_and_nothing_else_as_one(
    crawled: tuple[CrawlResult, list[tuple[str, str, str]]],
) -> None:
    _, asked = crawled
    gets = [target for method, target, _ in asked if method == "GET"]
    fetched = [target for target in gets if target in ARTICLES]
    assert sorted(fetched) == sorted(ARTICLES)
    assert not [
        target for target in gets if "utm_" in target or "fbclid" in target or "ref=" in target
    ]
    assert "/index.php?option=com_content&view=category&id=9" not in gets
    assert "/news?tag=world" not in gets


def test_a_root_listing_s_page_two_at_p_2_is_read_as_a_page_not_an_article(
    crawled: tuple[CrawlResult, list[tuple[str, str, str]]],
) -> None:
    result, asked = crawled
    gets = [target for method, target, _ in asked if method == "GET"]
    assert gets.count("/?p=2") == 1  # asked once, as the listing's next page
    assert set(ROOT[2]) <= set(gets)
    items = [json.loads(line)["url"] for line in result.items_path.read_text().splitlines()]
    assert not [url for url in items if url.endswith(("/?p=1", "/?p=2"))]
    assert any(url.endswith("/?p=77") for url in items)  # a WordPress page's post
    assert result.stats["news/links_root_page_numbers"] >= 1


def test_relative_links_are_joined_with_the_base_href(
    crawled: tuple[CrawlResult, list[tuple[str, str, str]]],
) -> None:
    _, asked = crawled
    gets = {target for method, target, _ in asked if method == "GET"}
    assert {"/b/more/2", "/b/feed.xml"} <= gets
    assert not {"/base/more/2", "/base/feed.xml", "/basepost/feed.xml"} & gets
    posts = [(path, body) for method, path, body in asked if method == "POST"]
    assert posts == [
        ("/b/ajax/more", "action=more_posts&page=2"),
        ("/b/ajax/more", "action=more_posts&page=3"),
    ]


def test_token_scrolls_follow_their_cursors_to_their_end(
    crawled: tuple[CrawlResult, list[tuple[str, str, str]]],
) -> None:
    result, asked = crawled
    scroll = [t for m, t, _ in asked if t.startswith("/api/scroll")]
    assert scroll == [
        "/api/scroll?section=scroll&cursor=eyJvIjoyfQ%3D%3D",
        "/api/scroll?section=scroll&cursor=eyJvIjozfQ%3D%3D",
    ]
    relay = [t for m, t, _ in asked if t.startswith("/graphql")]
    assert relay == [
        "/graphql?section=relay&after=YWZ0ZXIx",
        "/graphql?section=relay&after=YWZ0ZXIy",
        "/graphql?section=relay&after=YWZ0ZXIz",
    ]
    # the last answer hands back the cursor it was asked with: a last page, no loop alarm
    assert result.stats["listing/scroll/ended"] == "last_page"
    assert "news/cursor_loops" not in result.stats
    slash = [t for m, t, _ in asked if t.startswith("/api/slash")]
    assert slash == [
        "/api/slash?section=slash&cursor=c2xhc2gx",
        "/api/slash?section=slash&cursor=%2Fw8AAAE%3D",
        "/api/slash?section=slash&cursor=%2Fw8AAAEx",
    ]
    assert result.stats["listing/slash/ended"] == "last_page"
    assert result.stats["listing/relay/ended"] == "repeats"
    assert result.stats["listing/q/pages"] == 2


# --- the readings, as tables ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/article.php?id=123", True),
        ("/news?aid=42", True),
        ("/read.aspx?storyid=A7x9", True),
        ("/index.php?option=com_content&view=article&id=5:made-up-title&catid=2", True),
        ("/?p=123", True),
        ("/index.php?p=123", True),
        ("/news/view.php?id=9", True),
        ("/newsitem.aspx?id=9", True),
        ("/?q=node/123", True),
        ("/index.php?q=node/123", True),
        ("/?q=node/123/edit", False),
        ("/?q=taxonomy/term/4", False),
        ("/show.php?id=9", False),
        ("/showthread.php?id=9", False),  # a forum's thread: `show`+`th`+`read`
        ("/forum/viewtopic.php?id=9", False),
        ("/review.php?id=9", False),
        ("/viewarticle.php?id=9", True),
        ("/article_view.aspx?id=9", True),
        ("/read.php?id=9", True),
        ("/article.php?id=", False),
        ("/article.php?id=abc", False),
        ("/world/?p=2", False),
        ("/?page=2", False),
        ("/news?category=world", False),
        ("/article.php?id=5&page=2", False),
        ("/index.php?option=com_content&view=category&id=5", False),
        ("/index.php?id=5", False),
        ("/category.php?id=5", False),
        ("/search?q=made+up&id=4", False),
        ("/world/", False),
    ],
)
def test_query_article(target: str, expected: bool) -> None:
    assert query_article(target) is expected


def test_a_profile_s_own_rules_are_left_as_they_are() -> None:
    adhoc = Scope(profile_from_urls("https://news.example/world/"))
    assert adhoc.article("https://news.example/article.php?id=7&utm_source=x&b=1") == (
        "https://news.example/article.php?id=7&b=1"
    )
    assert adhoc.article("https://news.example/world/a-made-up-story?id=7") == (
        "https://news.example/world/a-made-up-story"
    )
    assert adhoc.article("https://news.example/world/?page=2") is None
    assert adhoc.article("https://news.example/videos?aid=5") is None
    assert adhoc.article("https://news.example/gallery/view.php?id=5") is None
    assert (
        adhoc.article("https://news.example/?p=77&utm_campaign=x") == "https://news.example/?p=77"
    )
    own = profile_from_urls("https://news.example/world/")
    own = own.__class__(**{**own.__dict__, "articles": own.articles.__class__(allow=(r"/story/",))})
    assert Scope(own).article("https://news.example/article.php?id=7") is None


def test_a_page_s_base_href_is_what_its_links_are_joined_with() -> None:
    from parsel import Selector

    html = (
        '<html><head><base href="https://cdn.example/x/"><link rel="alternate"'
        ' type="application/atom+xml" href="atom.xml"></head><body>'
        '<a class="next" href="page/2">Next</a>'
        '<button class="load-more" data-action="more" data-page="2" data-url="ajax">More</button>'
        "</body></html>"
    )
    here = "https://news.example/world/"
    page_sel = Selector(text=html)
    assert page_base(page_sel, here) == "https://cdn.example/x/"
    assert page_base(Selector(text="<p>none</p>"), here) == here
    assert page_feeds(page_sel, here) == ["https://cdn.example/x/atom.xml"]
    assert generic_next(page_sel, here) is None  # on another host: no next page of this one
    assert post_more(page_sel, here) is None  # nor its endpoint
    found = post_more(page_sel, here, lambda url: url)
    assert found is not None and found.url == "https://cdn.example/x/ajax"
    same = html.replace("https://cdn.example/x/", "/x/")
    assert generic_next(same, here) == ("https://news.example/x/page/2", "next_control")


def test_a_json_answer_s_cursor_moves_the_request_on() -> None:
    def read(answer: object, url: str) -> tuple[str | None, bool]:
        found = read_json_listing(json.dumps(answer).encode(), url)
        assert found is not None
        return found.next, found.cursor

    items = [{"url": "/world/a-made-up-story"}]
    assert read({"items": items, "nextPageToken": "CAo"}, "https://x.example/api?s=w") == (
        "https://x.example/api?s=w&pageToken=CAo", True,
    )  # fmt: skip
    assert read({"items": items, "continuation": "Q2"}, "https://x.example/api?ctoken=Q1") == (
        "https://x.example/api?ctoken=Q2", True,
    )  # fmt: skip
    assert read({"items": items, "nextCursor": "Q1"}, "https://x.example/api?cursor=Q1") == (
        None, True,
    )  # fmt: skip
    # an offset or a page number moves on as before; a next URL is followed as it is
    assert read({"items": items, "cursor": "Q"}, "https://x.example/api?offset=10&limit=5") == (
        "https://x.example/api?offset=15&limit=5", False,
    )  # fmt: skip
    named = {"items": items, "next": "/api?after=Z", "cursor": "Q"}
    assert read(named, "https://x.example/api") == (
        "https://x.example/api?after=Z", False,
    )  # fmt: skip
    assert read({"items": items, "hasMore": False, "nextCursor": "Q"}, "https://x.example/a") == (
        None, False,
    )  # fmt: skip


def test_a_fragment_s_control_may_carry_the_next_cursor() -> None:
    from parsel import Selector

    fragment = Selector(
        text='<li><a href="/w/a-made-up-story">A</a></li>'
        '<button class="load-more" data-cursor="eyJvIjo0fQ==">Load more</button>'
    )
    assert fragment_cursor_next(fragment, "https://x.example/more?cursor=eyJvIjoyfQ%3D%3D") == (
        "https://x.example/more?cursor=eyJvIjo0fQ%3D%3D"
    )
    assert fragment_cursor_next(fragment, "https://x.example/more?cursor=eyJvIjo0fQ%3D%3D") is None


@pytest.mark.parametrize(
    ("control", "expected"),
    [
        (
            '<button class="load-more" data-url="/api/more?s=w" data-next-cursor="eyJvIjoyfQ==">',
            "https://x.example/api/more?s=w&cursor=eyJvIjoyfQ%3D%3D",
        ),
        (
            '<button class="load-more" data-url="/api/more?s=w&after=a1" data-after="YjI=">',
            "https://x.example/api/more?s=w&after=YjI%3D",
        ),
        (  # a token alone, no endpoint: no next page (not the token as a path)
            '<button class="load-more" data-next-cursor="eyJvIjoyfQ==">',
            None,
        ),
    ],
)
def test_a_load_more_control_s_cursor_goes_into_its_endpoint(
    control: str, expected: str | None
) -> None:
    html = (
        f'<html><body><a href="/w/a-made-up-story">A</a>{control}Load more</button></body></html>'
    )
    found = generic_next(html, "https://x.example/world/")
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("cursor", "expected"),
    [
        ("/w8AAAE=", False),  # base64 tokens may begin with "/"
        ("/w8AAAEx", False),
        ("//8AAQ+x", False),
        ("/a+b/c", False),
        ("/9j/4AAQSkZJRgABAQ", False),  # base64 with a second "/", no padding
        ("/Ab3k/Qx9Lm2/Zz", False),
        ("/w8AAAE%3D", False),  # a token URL-quoted
        ("/a%2Bb", False),
        ("/api/v1/Stories", True),
        ("/2026/12/05", True),
        ("/news/more%20stories", True),
        ("eyJvIjoyfQ==", False),
        ("/api/more?after=x", True),
        ("/world/page/2", True),
        ("/more-stories.json", True),
        ("//cdn.example/api?after=x", True),
        ("?page=3", True),
        ("https://x.example/api?after=x", True),
    ],
)
def test_a_cursor_is_a_url_only_where_it_reads_as_one(cursor: str, expected: bool) -> None:
    assert looks_like_url(cursor) is expected
