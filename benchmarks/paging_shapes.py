"""Section listings in the shapes real CMSs print, crawled with no site profile.

Each shape is one section of a local fixture site (markup written here, in the
shape WordPress, Drupal, Next.js, Arc XP, AMP and hand-made "load more" sites
print, none copied from a publisher): three listing pages of four articles,
every teaser linked the ways real listings link (relative, protocol-relative,
with `?utm_*`, with `#comments`), beside junk a crawler must not fetch as
articles (tag, author, video, login, newsletter pages). Each shape is crawled by
`scrapy crawl news` with a profile that names its section and nothing else (the
generic rules: `SiteProfile` defaults), and scored:

    .venv/bin/python benchmarks/paging_shapes.py            # every shape
    .venv/bin/python benchmarks/paging_shapes.py drupal7    # some

found/expected: the shape's articles fetched; junk: pages fetched as articles
that are none; twice: articles fetched more than once (a tracking variant).
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

PROJECT = Path(__file__).resolve().parents[1]
PER_PAGE, PAGES = 4, 3
JUNK = (
    "/tag/made-up-topic-words/", "/author/jane-q-reporter/", "/video/watch-the-made-up-clip/",
    "/login/?redirect_to=/news/", "/newsletters/sign-up-for-free-mail/", "/videos/",
)  # fmt: skip
FURNITURE = ("/about-us/", "/terms-of-service/", "/privacy-and-cookie-policy/",
             "/contact-the-newsroom/", "/code-of-ethics")  # fmt: skip
Body = tuple[str, str]  # (content type, body)


def story(shape: str, n: int) -> str:
    """The path of a shape's article `n` (1-based, newest first): half dated, half not."""
    if shape == "slug-articles":  # headlines ending in a page word and a number
        word = ("page", "pagina", "sida", "seite", "strona", "sivu")[n % 6]
        return f"/news/{shape}-made-up-story-number-{n}-on-{word}-{n + 2}"
    if n % 2:
        return f"/news/2026/12/0{1 + n % 3}/{shape}-made-up-story-number-{n}/"
    return f"/news/{shape}-made-up-story-number-{n}"


def expected(shape: str) -> set[str]:
    last = PER_PAGE if shape == "stuck-api" else PER_PAGE * PAGES
    return {story(shape, n) for n in range(1, last + 1)}


def numbers(page: int) -> range:
    return range((page - 1) * PER_PAGE + 1, page * PER_PAGE + 1)


def teaser(shape: str, n: int, host: str) -> str:
    """One teaser, its links written the ways real listings write them."""
    path = story(shape, n)
    href = [path, f"//{host}{path}", f"http://{host}{path}?utm_source=home&utm_medium=web",
            f"{path}#comments"][n % 4]  # fmt: skip
    return (
        f'<article class="teaser"><h3><a href="{href}">Made-up headline {n} of {shape}</a></h3>'
        f'<a class="comments" href="{path}#comments">{n % 7} comments</a> '
        f'<a class="share" href="{path}?utm_campaign=share">Share</a></article>'
    )


def teasers(shape: str, page: int, host: str) -> str:
    return "".join(teaser(shape, n, host) for n in numbers(page))


def junk() -> str:
    return "".join(f'<a href="{path}">menu</a> ' for path in JUNK)


def html_page(head: str, body: str, lang: str = "en") -> str:
    footer = "".join(f'<a href="{path}">site</a> ' for path in FURNITURE)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>World</title>'
        f"{head}</head><body><header><nav>{junk()}</nav></header><main>{body}</main>"
        f"<footer>{footer}</footer></body></html>"
    )


def article(path: str) -> str:
    text = "A sentence of the made-up article, long enough to read as body text. " * 8
    return html_page(
        f'<link rel="canonical" href="{path}">',
        f'<article><h1>The story at {path}</h1><time datetime="2026-12-03T10:00:00Z">3 Dec'
        f"</time><p>{text}</p><p>{text}</p></article>",
    )


@dataclass(frozen=True)
class Shape:
    """One section (or sitemap, or feed): its first page's path, and the server's answer
    for any path/query."""

    section: str
    answer: Callable[[str, dict[str, str], str], Body | None]  # (path, query, host)
    note: str
    source: str = "sections"  # or "sitemap", "rss": the profile names `section` as one


def _q(query: dict[str, str], key: str, default: int) -> int:
    value = query.get(key, str(default))
    return int(value) if value.isdigit() else -1


def _html(head: str, body: str) -> Body:
    return "text/html; charset=utf-8", html_page(head, body)


def wp_pretty(path: str, query: dict[str, str], host: str) -> Body | None:
    base = "/category/world/"
    page = 1 if path == base else int(path.split("/")[-2]) if path.startswith(base + "page/") else 0
    if not 1 <= page <= PAGES:
        return None
    nxt = f"{base}page/{page + 1}/"
    head = f'<link rel="next" href="http://{host}{nxt}">' if page < PAGES else ""
    nums = "".join(f'<a class="page-numbers" href="{base}page/{k}/">{k}</a>' for k in range(1, 4))
    more = f'<a class="next page-numbers" href="{nxt}">Next &raquo;</a>' if page < PAGES else ""
    body = f'{teasers("wp-pretty", page, host)}<div class="nav-links">{nums}{more}</div>'
    return _html(head, body)


def wp_plain(path: str, query: dict[str, str], host: str) -> Body | None:
    if path != "/" or query.get("cat") != "7":
        return None
    page = _q(query, "paged", 1)
    if not 1 <= page <= PAGES:
        return None
    more = (
        f'<a class="next page-numbers" href="/?cat=7&#038;paged={page + 1}">Next</a>'
        if page < PAGES
        else ""
    )
    nums = "".join(
        f'<a class="page-numbers" href="/?cat=7&#038;paged={k}">{k}</a>' for k in (1, 2, 3)
    )
    return _html("", f'{teasers("wp-plain", page, host)}<div class="nav-links">{nums}{more}</div>')


def drupal7(path: str, query: dict[str, str], host: str) -> Body | None:
    """Drupal's pager counts from 0: the second page is ?page=1."""
    if path != "/drupal7/world":
        return None
    page = _q(query, "page", 0) + 1
    if not 1 <= page <= PAGES:
        return None
    items = "".join(
        f'<li class="pager-current">{k + 1}</li>'
        if k + 1 == page
        else f'<li class="pager-item"><a title="Go to page {k + 1}" href="/drupal7/world?page={k}">'
        f"{k + 1}</a></li>"
        for k in range(PAGES)
    )
    if page < PAGES:
        items += (
            f'<li class="pager-next"><a title="Go to next page" href="/drupal7/world?page={page}">'
            "next ›</a></li>"
        )
    pager = f'<div class="item-list"><ul class="pager">{items}</ul></div>'
    return _html("", f'<div class="view-content">{teasers("drupal7", page, host)}</div>{pager}')


def drupal_ajax(path: str, query: dict[str, str], host: str) -> Body | None:
    """Views infinite scroll: a "Load more" link to ?page=N (rel=next), and views/ajax."""
    page = _q(query, "page", 0) + 1
    rows = (
        f'<div class="views-row">{teasers("drupal-ajax", page, host)}</div>'
        if 1 <= page <= PAGES
        else ""
    )
    pager = (
        '<ul class="js-pager__items pager" data-drupal-views-infinite-scroll-pager>'
        f'<li class="pager__item"><a class="button" href="?page={page}" title="Load more items" '
        'rel="next">Load More</a></li></ul>'
        if page < PAGES
        else ""
    )
    if path == "/drupal/world" and rows:
        return _html("", f'<div class="view-dom-id-4f2a">{rows}{pager}</div>')
    if path == "/views/ajax" and rows and "view_name" not in query:
        commands = [
            {"command": "settings", "settings": {"views": {}}, "merge": True},
            {"command": "insert", "method": "infiniteScrollInsertView",
             "selector": ".js-view-dom-id-4f2a", "data": f"{rows}{pager}"},
        ]  # fmt: skip
        return "application/json", json.dumps(commands)
    return None


BUILD = "b1dTw0"


def nextjs(path: str, query: dict[str, str], host: str) -> Body | None:
    """Next.js: page 1 in HTML, the rest only in /_next/data/<build>/nx/world.json?page=N."""

    def props(page: int) -> dict[str, object]:
        stories = [
            {"title": f"Made-up headline {n}", "slug": story("nextjs", n)} for n in numbers(page)
        ]
        return {"pageProps": {"stories": stories, "page": page, "totalPages": PAGES}}

    if path == "/nx/world":
        data = {
            "props": props(1), "page": "/nx/[section]", "query": {"section": "world"},
            "buildId": BUILD, "isFallback": False, "gssp": True,
        }  # fmt: skip
        script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
        button = '<button type="button" class="LoadMore_button__x1">Load more</button>'
        return _html("", f'<div id="__next">{teasers("nextjs", 1, host)}{button}</div>{script}')
    if path == f"/_next/data/{BUILD}/nx/world.json":
        page = _q(query, "page", 1)
        if 1 <= page <= PAGES:
            return "application/json", json.dumps(props(page))
    return None


def data_next(path: str, query: dict[str, str], host: str) -> Body | None:
    """Infinite scroll: the next batch's URL in a data-next-page attribute."""
    base = "/dn/world"
    page = (
        1
        if path == base
        else _q({"p": path.rsplit("/", 1)[-1]}, "p", 0)
        if path.startswith(base + "/page/")
        else 0
    )
    if not 1 <= page <= PAGES:
        return None
    more = (
        f'<div class="infinite-loader" data-next-page="{base}/page/{page + 1}"></div>'
        if page < PAGES
        else ""
    )
    return _html("", f'<section class="feed">{teasers("data-next", page, host)}</section>{more}')


def offset_api(path: str, query: dict[str, str], host: str) -> Body | None:
    """A "load more" button whose data-url is a JSON API paged by offset/limit."""
    if path == "/oa/world":
        button = (
            '<button class="js-load-more" data-url="/api/stories?section=world&amp;offset=4'
            '&amp;limit=4">Load more</button>'
        )
        return _html("", f'<div class="list">{teasers("offset-api", 1, host)}</div>{button}')
    if path == "/api/stories" and query.get("section") == "world":
        offset, limit = _q(query, "offset", 0), _q(query, "limit", 4)
        if offset < 0 or limit < 1:
            return None
        total = PER_PAGE * PAGES
        items = [
            {"headline": f"Made-up headline {n}", "url": story("offset-api", n)}
            for n in range(offset + 1, min(offset + limit, total) + 1)
        ]
        answer = {"items": items, "total": total, "hasMore": offset + limit < total}
        return "application/json", json.dumps(answer)
    return None


def head_next(path: str, query: dict[str, str], host: str) -> Body | None:
    """Infinite scroll whose only paging mark is <link rel=next> in the head."""
    if path != "/inf/world":
        return None
    page = _q(query, "page", 1)
    if not 1 <= page <= PAGES:
        return None
    head = f'<link rel="next" href="/inf/world?page={page + 1}">' if page < PAGES else ""
    return _html(head, f'<div class="river">{teasers("head-next", page, host)}</div>')


def arc(path: str, query: dict[str, str], host: str) -> Body | None:
    """Arc XP: more stories from /pf/api/v3/content/fetch/<source>?query={json}."""
    if path == "/arc/world/":
        fusion = {"feedOffset": 0, "feedSize": PER_PAGE, "includeSections": "/world"}
        key = json.dumps(fusion, separators=(",", ":"))
        script = (
            '<script id="fusion-metadata" type="application/javascript">window.Fusion=window.'
            'Fusion||{};Fusion.arcSite="made-up";Fusion.deployment="412";Fusion.contentCache='
            + json.dumps(
                {
                    "site-navigation": {'{"hierarchy":"default"}': {"data": {}}},
                    "story-feed-sections": {
                        key: {
                            "data": {
                                "count": PER_PAGE * PAGES,
                                "content_elements": [
                                    {"canonical_url": story("arc", n)} for n in numbers(1)
                                ],
                            }
                        }
                    },
                }
            )
            + ";</script>"
        )
        button = '<button class="load-more-btn" type="button">Load More</button>'
        return _html(
            "", f'<div class="results-list">{teasers("arc", 1, host)}</div>{button}{script}'
        )
    if path == "/pf/api/v3/content/fetch/story-feed-sections":
        try:
            asked = json.loads(query.get("query", ""))
        except ValueError:
            return None
        offset = int(asked.get("feedOffset", 0))
        total = PER_PAGE * PAGES
        elements = [
            {"_id": f"ID{n}", "canonical_url": story("arc", n), "type": "story"}
            for n in range(offset + 1, min(offset + PER_PAGE, total) + 1)
        ]
        return "application/json", json.dumps({"content_elements": elements, "count": total})
    return None


def amp(path: str, query: dict[str, str], host: str) -> Body | None:
    if path == "/amp/world/":
        lst = (
            '<amp-list load-more="auto" src="/amp/api/world?page=2" height="400" '
            'layout="fixed-height" binding="no"><template type="amp-mustache">'
            '<a href="{{url}}">{{title}}</a></template></amp-list>'
        )
        return _html("", f"{teasers('amp', 1, host)}{lst}")
    if path == "/amp/api/world":
        page = _q(query, "page", 1)
        if not 2 <= page <= PAGES:
            return None
        items = [{"url": story("amp", n), "title": f"Made-up {n}"} for n in numbers(page)]
        nxt = f"/amp/api/world?page={page + 1}" if page < PAGES else None
        answer: dict[str, object] = {"items": items}
        if nxt:
            answer["load-more-src"] = nxt
        return "application/json", json.dumps(answer)
    return None


def more_fragment(
    shape: str, base: str, attribute: str, label: str = "Load more", lang: str = "en"
) -> Callable[..., Body | None]:
    """A "Load more" button (`label`, in `lang`) whose URL sits in `attribute`; its answer
    is an HTML fragment of teasers ending in the next such button (the first page: a whole
    page)."""

    def answer(path: str, query: dict[str, str], host: str) -> Body | None:
        if path != base:
            return None
        page = _q(query, "page", 1)
        if not 1 <= page <= PAGES:
            return None
        more = (
            f'<button class="btn" {attribute}="{base}?page={page + 1}&amp;partial=1" '
            f'hx-swap="outerHTML">{label}</button>'
            if page < PAGES
            else ""
        )
        rows = f'<div class="stream">{teasers(shape, page, host)}</div>{more}'
        if query.get("partial"):
            return "text/html; charset=utf-8", rows
        return _lang_html(lang, "", rows)

    return answer


def news_sitemaps(path: str, query: dict[str, str], host: str) -> Body | None:
    """A Google News sitemap index with one child a day, each naming a page of articles."""
    xml = "application/xml"
    if path == "/sitemap-news.xml":
        days = "".join(
            f"<sitemap><loc>http://{host}/sitemaps/news-2026-12-0{4 - page}.xml</loc>"
            f"<lastmod>2026-12-0{4 - page}T23:00:00Z</lastmod></sitemap>"
            for page in range(1, PAGES + 1)
        )
        head = '<?xml version="1.0" encoding="UTF-8"?>'
        ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        return xml, f"{head}<sitemapindex {ns}>{days}</sitemapindex>"
    for page in range(1, PAGES + 1):
        if path == f"/sitemaps/news-2026-12-0{4 - page}.xml":
            urls = "".join(
                f"<url><loc>http://{host}{story('sitemap-days', n)}</loc><news:news>"
                "<news:publication><news:name>Made-up Daily</news:name><news:language>en"
                "</news:language></news:publication><news:publication_date>"
                f"2026-12-0{4 - page}T0{n % 10}:00:00Z</news:publication_date><news:title>Made-up "
                f"{n}</news:title></news:news></url>"
                for n in numbers(page)
            )
            ns = (
                'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
            )
            return xml, f'<?xml version="1.0" encoding="UTF-8"?><urlset {ns}>{urls}</urlset>'
    return None


def paged_rss(path: str, query: dict[str, str], host: str) -> Body | None:
    """An RSS 2.0 feed paged as RFC 5005 says: <atom:link rel="next"> to the older page."""
    if path != "/feed/":
        return None
    page = _q(query, "paged", 1)
    if not 1 <= page <= PAGES:
        return None
    items = "".join(
        f"<item><title>Made-up {n}</title><link>http://{host}{story('rss-paged', n)}?utm_source="
        f'rss</link><guid isPermaLink="false">id-{n}</guid><pubDate>Thu, 03 Dec 2026 '
        f"{n:02d}:00:00 +0000</pubDate></item>"
        for n in numbers(page)
    )
    nxt = (
        f'<atom:link rel="next" href="http://{host}/feed/?paged={page + 1}"/>'
        if page < PAGES
        else ""
    )
    channel = (
        f'<channel><title>Made-up</title><link>http://{host}/</link><atom:link rel="self" '
        f'href="http://{host}/feed/"/>{nxt}{items}</channel>'
    )
    ns = 'xmlns:atom="http://www.w3.org/2005/Atom"'
    return "application/rss+xml", f'<?xml version="1.0"?><rss version="2.0" {ns}>{channel}</rss>'


def data_page(path: str, query: dict[str, str], host: str) -> Body | None:
    """A "load more" button with its endpoint in data-url and the page in data-page."""
    if path == "/dp/world":
        button = '<button class="load-more" data-url="/api/dp/world" data-page="2">More</button>'
        return _html("", f'<div class="list">{teasers("data-page", 1, host)}</div>{button}')
    page = _q(query, "page", 1)
    if path == "/api/dp/world" and 1 <= page <= PAGES:
        items = [{"link": story("data-page", n)} for n in numbers(page)]
        return "application/json", json.dumps({"articles": items, "totalPages": PAGES})
    return None


def config_offset(path: str, query: dict[str, str], host: str) -> Body | None:
    """A "load more" button holding only data-offset and data-section; the endpoint is in
    the page's script configuration; answers are HTML fragments."""
    if path == "/co/world":
        button = (
            '<button class="js-load-more" data-offset="4" data-section="world" '
            'data-track-label="Load more stories">Load more</button>'
        )
        config = (
            '<script>window.appConfig = {"loadMoreUrl": "\\/api\\/co\\/more", "perPage": 4};'
            "</script>"
        )
        return _html(config, f'<div class="list">{teasers("config-offset", 1, host)}</div>{button}')
    offset = _q(query, "offset", 0)
    if (
        path == "/api/co/more"
        and query.get("section") == "world"
        and 0 <= offset < PER_PAGE * PAGES
    ):
        rows = teasers("config-offset", offset // PER_PAGE + 1, host)
        return "text/html; charset=utf-8", rows
    return None


def bare_next_page(path: str, query: dict[str, str], host: str) -> Body | None:
    """Infinite scroll whose marker names only the next page's number; the script asks
    the section's own URL with ?page=N."""
    if path != "/bn/world":
        return None
    page = _q(query, "page", 1)
    if not 1 <= page <= PAGES:
        return None
    more = (
        f'<div class="scroll-sentinel" data-next-page="{page + 1}"></div>' if page < PAGES else ""
    )
    return _html("", f'<div class="river">{teasers("bare-next", page, host)}</div>{more}')


def stuck_api(path: str, query: dict[str, str], host: str) -> Body | None:
    """A "load more" API that ignores its offset: every answer is the first batch again,
    saying there is more. A crawl must stop asking (it lists only page 1's articles)."""
    if path == "/st/world":
        button = (
            '<button class="load-more" data-url="/api/stuck?offset=4&amp;limit=4">More</button>'
        )
        return _html("", f'<div class="list">{teasers("stuck-api", 1, host)}</div>{button}')
    if path == "/api/stuck":
        items = [{"url": story("stuck-api", n)} for n in numbers(1)]
        return "application/json", json.dumps({"items": items, "hasMore": True, "total": 10**6})
    return None


def _token(page: int) -> str:
    """An opaque cursor as APIs write them: base64 of a little JSON."""
    return base64.b64encode(json.dumps({"p": page}).encode()).decode()


def _page_of(token: str) -> int:
    try:
        found = json.loads(base64.b64decode(token.encode(), validate=True))
    except ValueError:
        return -1
    return found.get("p", -1) if isinstance(found, dict) else -1


def cursor_api(path: str, query: dict[str, str], host: str) -> Body | None:
    """A "load more" button naming a JSON API and the opaque cursor of its next batch
    (`data-cursor`); each answer gives the next (`nextCursor`), the last its own again."""
    if path == "/cu/world":
        button = (
            f'<button class="load-more" data-url="/api/cursor?section=world"'
            f' data-cursor="{_token(2)}">Load more</button>'
        )
        return _html("", f'<div class="list">{teasers("cursor-api", 1, host)}</div>{button}')
    if path == "/api/cursor" and query.get("section") == "world":
        page = _page_of(query.get("cursor", ""))
        if not 2 <= page <= PAGES:
            return None
        items = [{"title": f"Made-up headline {n}", "url": story("cursor-api", n)}
                 for n in numbers(page)]  # fmt: skip
        answer = {"items": items, "nextCursor": _token(min(page + 1, PAGES))}
        return "application/json", json.dumps(answer)
    return None


def graphql(path: str, query: dict[str, str], host: str) -> Body | None:
    """A "more" link naming a GraphQL-style endpoint and its first `after` cursor; the
    answers are a connection (`edges`, `pageInfo.endCursor`, `hasNextPage`)."""
    if path == "/gq/world":
        more = (
            f'<a class="load-more" href="#" data-next-url="/api/graphql?section=world&amp;'
            f'after={_token(2)}">More stories</a>'
        )
        return _html("", f'<div class="list">{teasers("graphql", 1, host)}</div>{more}')
    if path == "/api/graphql" and query.get("section") == "world":
        page = _page_of(query.get("after", ""))
        if not 2 <= page <= PAGES:
            return None
        edges = [{"node": {"headline": f"Made-up headline {n}", "url": story("graphql", n)}}
                 for n in numbers(page)]  # fmt: skip
        info = {"endCursor": _token(page + 1), "hasNextPage": page < PAGES}
        answer = {"data": {"stories": {"edges": edges, "pageInfo": info}}}
        return "application/json", json.dumps(answer)
    return None


def base_href(path: str, query: dict[str, str], host: str) -> Body | None:
    """Pages whose `<base href>` is another folder of the site: the pager's relative
    link (`../../world/page/2`) is joined with it, not with the page's own address."""
    page = 1 if path == "/bh/world/" else _q({"p": path.rsplit("/", 1)[-1]}, "p", 0)
    if not path.startswith("/bh/world/") or not 1 <= page <= PAGES:
        return None
    more = f'<a class="next" href="../../world/page/{page + 1}">Next</a>' if page < PAGES else ""
    head = '<base href="/bh/static/x/">'
    return _html(head, f'<div class="list">{teasers("base-href", page, host)}</div>{more}')


def _lang_html(lang: str, head: str, body: str) -> Body:
    return "text/html; charset=utf-8", html_page(head, body, lang)


def json_html(path: str, query: dict[str, str], host: str) -> Body | None:
    """A "load more" button whose endpoint answers JSON with the teasers' markup in `html`."""
    if path == "/jh/world":
        button = '<button class="more" data-href="/api/jh/more?page=2">Load more</button>'
        return _html("", f'<div class="list">{teasers("json-html", 1, host)}</div>{button}')
    page = _q(query, "page", 1)
    if path == "/api/jh/more" and 2 <= page <= PAGES:
        answer = {"html": teasers("json-html", page, host), "hasMore": page < PAGES}
        return "application/json", json.dumps(answer)
    return None


def wp_ajax_get(path: str, query: dict[str, str], host: str) -> Body | None:
    """A theme's "load more" asking admin-ajax.php by GET (?action=...&page=N), answering
    `{"success": true, "data": "<teasers>"}`; past the last page `success: false`."""
    if path == "/wpa/world/":
        more = (
            '<a class="load-more-posts" href="#" data-href="/wp-admin/admin-ajax.php?'
            'action=load_more_posts&amp;cat=9&amp;page=2">Load more posts</a>'
        )
        return _html("", f'<div class="posts">{teasers("wp-ajax-get", 1, host)}</div>{more}')
    if path == "/wp-admin/admin-ajax.php" and query.get("action") == "load_more_posts":
        page = _q(query, "page", 1)
        if 2 <= page <= PAGES:
            answer = {"success": True, "data": teasers("wp-ajax-get", page, host)}
        else:
            answer = {"success": False, "data": ""}
        return "application/json", json.dumps(answer)
    return None


def views_ajax(path: str, query: dict[str, str], host: str) -> Body | None:
    """Drupal "use-ajax" pager links straight to /views/ajax?...&page=N (from 0), answered
    with a command list whose `insert` command's `data` is the next rows and pager."""
    if path not in ("/va/world", "/views/ajax") or (
        path == "/views/ajax" and query.get("view_name") != "va_news"
    ):
        return None
    page = _q(query, "page", 0) + 1
    if not 1 <= page <= PAGES:
        return None
    pager = (
        '<nav class="pager"><a class="use-ajax button" href="/views/ajax?_wrapper_format='
        f'drupal_ajax&amp;view_name=va_news&amp;view_display_id=block_1&amp;page={page}">'
        "Mehr anzeigen</a></nav>"
        if page < PAGES
        else ""
    )
    rows = f'<div class="views-rows">{teasers("views-ajax", page, host)}</div>{pager}'
    if path == "/va/world":
        return _lang_html("de", "", rows)
    commands = [
        {"command": "insert", "method": "replaceWith", "selector": ".js-view", "data": rows}
    ]
    return "application/json", json.dumps(commands)


def select_pager(path: str, query: dict[str, str], host: str) -> Body | None:
    """A pager that is only a form: a <select name="page"> submitted by GET to the section."""
    if path != "/sel/world":
        return None
    page = _q(query, "page", 1)
    if not 1 <= page <= PAGES:
        return None
    options = "".join(
        f'<option value="{k}"{" selected" if k == page else ""}>Page {k} of {PAGES}</option>'
        for k in range(1, PAGES + 1)
    )
    form = (
        '<form class="pager" method="get" action="/sel/world"><select name="page" '
        f'onchange="this.form.submit()">{options}</select><noscript><input type="submit" '
        'value="Go"></noscript></form>'
    )
    return _html("", f'<div class="list">{teasers("select-pager", page, host)}</div>{form}')


def script_from(path: str, query: dict[str, str], host: str) -> Body | None:
    """An Arc-like "more stories" button with no attribute; the script configuration names
    the next batch's URL with its `from`/`size` (`moreStoriesUrl`), answered as JSON."""
    if path == "/sf/world":
        config = (
            '<script>window.__PAGE_CONFIG__={"section":"/world","moreStoriesUrl":'
            '"/api/sf/stories?section=%2Fworld&from=4&size=4"};</script>'
        )
        button = '<button class="more-stories" type="button">More stories</button>'
        return _html(config, f'<div class="feed">{teasers("script-from", 1, host)}</div>{button}')
    if path == "/api/sf/stories":
        start, size = _q(query, "from", 0), _q(query, "size", 4)
        total = PER_PAGE * PAGES
        if start < 0 or size < 1:
            return None
        elements = [{"canonical_url": story("script-from", n), "type": "story"}
                    for n in range(start + 1, min(start + size, total) + 1)]  # fmt: skip
        return "application/json", json.dumps({"content_elements": elements, "count": total})
    return None


def older_words(
    shape: str, base: str, lang: str, label: str, key: str
) -> Callable[..., Body | None]:
    """A plain link, no class, to the next batch keyed by a timestamp (no page number);
    only its text in the page's language says it is the next page."""
    stamps = ["", "2026-12-02T18:00", "2026-12-01T09:30"]

    def answer(path: str, query: dict[str, str], host: str) -> Body | None:
        if path != base:
            return None
        page = stamps.index(query.get(key, "")) + 1 if query.get(key, "") in stamps else 0
        if not 1 <= page <= PAGES:
            return None
        more = (
            f'<p class="more"><a href="{base}?{key}={stamps[page]}">{label}</a></p>'
            if page < PAGES
            else ""
        )
        return _lang_html(lang, "", f'<div class="list">{teasers(shape, page, host)}</div>{more}')

    return answer


def older_path(
    shape: str, base: str, lang: str, control: str, slugs: tuple[str, str]
) -> Callable[..., Body | None]:
    """Pages 2 and 3 at paths of words, no number and no query (`/world/older`), linked by
    `control` (`{href}` in it): a "next" word or an arrow in a pager. No page number
    anywhere: only what the control says makes it the next page."""
    paths = [base, f"{base}/{slugs[0]}", f"{base}/{slugs[1]}"]

    def answer(path: str, query: dict[str, str], host: str) -> Body | None:
        if path not in paths or query:
            return None
        page = paths.index(path) + 1
        more = control.format(href=paths[page]) if page < PAGES else ""
        box = f'<aside class="box"><a href="{base}-hub">Mehr Artikel</a></aside>'  # no page 2
        return _lang_html(lang, "", f'<div class="list">{teasers(shape, page, host)}</div>'
                          f"{more}{box}")  # fmt: skip

    return answer


def read_more_path(
    shape: str, base: str, lang: str, extra: str, control: str, slugs: tuple[str, str]
) -> Callable[..., Body | None]:
    """`older_path`'s pages with `extra` (`{n}` in it) under every teaser: a "read more" in
    a next word ("Далее") to the teaser's topic page, or a menu's "Older" to the archive,
    before the listing's own next; those pages answer 404."""
    pages = older_path(shape, base, lang, control, slugs)

    def answer(path: str, query: dict[str, str], host: str) -> Body | None:
        found = pages(path, query, host)
        if found is None:
            return None
        more = "".join(extra.format(n=n) for n in "abcdef")
        return found[0], found[1].replace('<div class="list">', f'<div class="list">{more}', 1)

    return answer


def head_next_words(path: str, query: dict[str, str], host: str) -> Body | None:
    """Japanese pages whose only paging mark is <link rel="next"> in the head, to paths of
    words (`/hj/kokusai/mae`): no number, no query, no control in the body."""
    paths = ["/hj/kokusai", "/hj/kokusai/mae", "/hj/kokusai/motto-mae"]
    if path not in paths:
        return None
    page = paths.index(path) + 1
    head = f'<link rel="next" href="http://{host}{paths[page]}">' if page < PAGES else ""
    return _lang_html("ja", head, f'<div class="list">{teasers("head-next-ja", page, host)}</div>')


def cursor_template(path: str, query: dict[str, str], host: str) -> Body | None:
    """An infinite scroll whose marker holds only `data-cursor`; the script names the API
    template (`{cursor}`); each JSON answer names the next cursor, the last none."""
    if path == "/ct/world":
        config = (
            '<script>var feedConfig = {"feedApi": "/api/ct/feed?section=world&cursor={cursor}",'
            '"limit": 4};</script>'
        )
        marker = f'<div class="feed-sentinel" data-cursor="{_token(2)}"></div>'
        return _html(
            config, f'<div class="feed">{teasers("cursor-template", 1, host)}</div>{marker}'
        )
    if path == "/api/ct/feed" and query.get("section") == "world":
        page = _page_of(query.get("cursor", ""))
        if not 2 <= page <= PAGES:
            return None
        items = [{"url": story("cursor-template", n)} for n in numbers(page)]
        answer = {"items": items, "nextCursor": _token(page + 1) if page < PAGES else None}
        return "application/json", json.dumps(answer)
    return None


def hub_box(path: str, query: dict[str, str], host: str) -> Body | None:
    """A German section whose pager is a plain 'Weiter' link (?vor=N, no page word), after
    a box of another section with its own 'Mehr Artikel' link to that section's hub: the
    box's link is no next page (its articles are another section's, not this one's)."""
    if path == "/hb/politik":
        at = query.get("vor", "1")
        page = int(at) if at.isdigit() else 0
        if not 1 <= page <= PAGES:
            return None
        box = '<div class="box"><h2>Inland</h2><a href="/hb/politik/inland">Mehr Artikel</a></div>'
        more = f'<a href="/hb/politik?vor={page + 1}">Weiter</a>' if page < PAGES else ""
        return _lang_html(
            "de", "", f'{box}<div class="list">{teasers("hub-box", page, host)}</div>{more}'
        )
    if path == "/hb/politik/inland":  # another section's articles: junk to this one
        links = "".join(
            f'<a href="/news/inland-story-of-another-section-{n}">S {n}</a>' for n in (1, 2)
        )
        return _lang_html("de", "", f"<h1>Inland</h1>{links}")
    if path.startswith("/news/inland-story-of-another-section-"):
        return "text/html; charset=utf-8", article(path)
    return None


def form_action(path: str, query: dict[str, str], host: str) -> Body | None:
    """A German section whose pager is a GET form's submit button, its `formaction` the
    section and its name=value the next page, beside a hidden field the form sends too
    (`/fa/welt?ressort=welt&seite=2`): no link at all."""
    if path != "/fa/welt":
        return None
    at = query.get("seite", "1")
    page = int(at) if at.isdigit() else 0
    if not 1 <= page <= PAGES or (page > 1 and query.get("ressort") != "welt"):
        return None
    more = (
        '<form class="blaettern" method="get" action="/suche">'
        '<input type="hidden" name="ressort" value="welt">'
        f'<button name="seite" value="{page + 1}" formaction="/fa/welt">Weiter</button></form>'
        if page < PAGES
        else ""
    )
    return _lang_html(
        "de", "", f'<div class="list">{teasers("form-action", page, host)}</div>{more}'
    )


def slug_pages(
    shape: str, base: str, lang: str, stem: str
) -> Callable[[str, dict[str, str], str], Body | None]:
    """A section whose pages 2 and 3 are named at the end of a slug of words
    (`/sp/welt/alle-nachrichten-seite-3`), linked by a pager of numbers: a slug of three
    words or more, no article all the same. A stem of other letters is linked as a CMS
    writes it, percent-encoded (`todas-las-noticias-p%C3%A1gina-2`)."""
    paths = [base, *(f"{base}/{quote(stem)}-{n}" for n in range(2, PAGES + 1))]

    def answer(path: str, query: dict[str, str], host: str) -> Body | None:
        asked = quote(unquote(path))  # however the client wrote the escapes
        if asked not in paths or query:
            return None
        page = paths.index(asked) + 1
        numbers = "".join(
            f'<a href="{paths[n - 1]}">{n}</a> ' if n != page else f"<span>{n}</span> "
            for n in range(1, PAGES + 1)
        )
        return _lang_html(
            lang,
            "",
            f'<div class="list">{teasers(shape, page, host)}</div>'
            f'<nav class="pagination">{numbers}</nav>',
        )

    return answer


def slug_articles(path: str, query: dict[str, str], host: str) -> Body | None:
    """A section of articles whose slugs end in a page word and number, as headlines say
    (`/news/...-on-page-3`, Página/12, Spanish "sida"), paged by `/page/N/` links."""
    base = "/sa/world/"
    page = 1 if path == base else int(path.split("/")[-2]) if path.startswith(base + "page/") else 0
    if not 1 <= page <= PAGES or query:
        return None
    more = f'<a class="next" href="{base}page/{page + 1}/">Next</a>' if page < PAGES else ""
    return _html("", f'{teasers("slug-articles", page, host)}<nav class="pager">{more}</nav>')


def form_more(path: str, query: dict[str, str], host: str) -> Body | None:
    """A French section whose "more" is a GET form with no action (this page) and no
    method, its page and section in hidden fields, sent by a submit button without a
    `formaction` (`/fm/monde?rubrique=monde&page=2`): no link at all."""
    if path != "/fm/monde":
        return None
    at = query.get("page", "1")
    page = int(at) if at.isdigit() else 0
    if not 1 <= page <= PAGES or (page > 1 and query.get("rubrique") != "monde"):
        return None
    more = (
        '<form class="plus"><input type="hidden" name="rubrique" value="monde">'
        f'<input type="hidden" name="page" value="{page + 1}">'
        "<button>Plus d'articles</button></form>"
        if page < PAGES
        else ""
    )
    return _lang_html("fr", "", f'<div class="list">{teasers("form-more", page, host)}</div>{more}')


SHAPES: dict[str, Shape] = {
    "wp-pretty": Shape("/category/world/", wp_pretty, "WordPress /page/N/, rel=next"),
    "wp-plain": Shape("/?cat=7", wp_plain, "WordPress ?paged=N, a.next.page-numbers"),
    "drupal7": Shape("/drupal7/world", drupal7, "Drupal pager ?page=N from 0, no rel"),
    "drupal-ajax": Shape("/drupal/world", drupal_ajax, "Drupal views load more, rel=next"),
    "nextjs": Shape("/nx/world", nextjs, "Next.js /_next/data/<build>/...json?page=N"),
    "data-next": Shape("/dn/world", data_next, "infinite scroll data-next-page"),
    "offset-api": Shape("/oa/world", offset_api, "load-more data-url JSON offset/limit"),
    "head-next": Shape("/inf/world", head_next, "infinite scroll, rel=next in head only"),
    "arc": Shape("/arc/world/", arc, "Arc XP /pf/api/v3/content/fetch ?query={json}"),
    "amp": Shape("/amp/world/", amp, "AMP <amp-list load-more>"),
    "htmx": Shape("/hx/world", more_fragment("htmx", "/hx/world", "hx-get"), "htmx hx-get"),
    "more-url": Shape(
        "/mu/world",
        more_fragment("more-url", "/mu/world", "data-load-more-url"),
        "button data-load-more-url, HTML fragments",
    ),
    "data-page": Shape("/dp/world", data_page, "button data-url endpoint + data-page"),
    "config-offset": Shape(
        "/co/world", config_offset, "button data-offset, endpoint in a script config"
    ),
    "bare-next": Shape("/bn/world", bare_next_page, 'infinite scroll data-next-page="2"'),
    "stuck-api": Shape("/st/world", stuck_api, "load-more API repeating itself (expects 4)"),
    "cursor-api": Shape("/cu/world", cursor_api, "load-more data-url + data-cursor, nextCursor"),
    "graphql": Shape("/gq/world", graphql, "data-next-url ?after=, pageInfo.endCursor"),
    "base-href": Shape("/bh/world/", base_href, "<base href> another folder, relative pager"),
    "json-html": Shape("/jh/world", json_html, "load-more data-href, JSON answer's html field"),
    "wp-ajax-get": Shape(
        "/wpa/world/", wp_ajax_get, "admin-ajax.php GET ?action=&page=, JSON data"
    ),
    "views-ajax": Shape("/va/world", views_ajax, "Drupal use-ajax pager to /views/ajax?page=N"),
    "select-pager": Shape("/sel/world", select_pager, "pager only a GET form <select name=page>"),
    "script-from": Shape("/sf/world", script_from, "button, script config URL with from=/size="),
    "data-next-attr": Shape(
        "/dx/world",
        more_fragment("data-next-attr", "/dx/world", "data-next"),
        "button data-next, HTML fragments",
    ),
    "older-de": Shape(
        "/de/welt",
        older_words("older-de", "/de/welt", "de", "Ältere Artikel", "vor"),
        "link text 'Ältere Artikel', ?vor=<time>",
    ),
    "more-de": Shape(
        "/de/sport",
        older_words("more-de", "/de/sport", "de", "Weitere Artikel laden", "bis"),
        "link text 'Weitere Artikel laden', ?bis=<time>",
    ),
    "more-fr": Shape(
        "/fr/monde",
        older_words("more-fr", "/fr/monde", "fr", "Plus d&#39;articles", "avant"),
        'link text "Plus d\'articles", ?avant=<time>',
    ),
    "more-it": Shape(
        "/it/mondo",
        older_words("more-it", "/it/mondo", "it", "Mostra altri", "prima"),
        "link text 'Mostra altri', ?prima=<time>",
    ),
    "more-es": Shape(
        "/es/mundo",
        older_words("more-es", "/es/mundo", "es", "Cargar más noticias", "antes"),
        "link text 'Cargar más noticias', ?antes=<time>",
    ),
    "hub-box": Shape(
        "/hb/politik", hub_box, "'Weiter' pager after a box's 'Mehr Artikel' to a hub"
    ),
    # a "next" word or an arrow to a path of words, no number nor query: page 2 all the same
    # (a box's "Mehr Artikel" to its hub beside it stays no next page)
    "older-path-en": Shape(
        "/ope/world",
        older_path(
            "older-path-en",
            "/ope/world",
            "en",
            '<a href="{href}">Older stories</a>',
            ("older", "older-still"),
        ),
        "link 'Older stories' to /world/older (no number, no query)",
    ),
    "older-path-de": Shape(
        "/opd/welt",
        older_path(
            "older-path-de",
            "/opd/welt",
            "de",
            '<a href="{href}">Ältere Artikel</a>',
            ("archiv-aelter", "archiv-alt"),
        ),
        "link 'Ältere Artikel' to /welt/archiv-aelter",
    ),
    "older-path-fr": Shape(
        "/opf/monde",
        older_path(
            "older-path-fr",
            "/opf/monde",
            "fr",
            '<a href="{href}">Plus anciens</a>',
            ("plus-anciens", "encore-avant"),
        ),
        "link 'Plus anciens' to /monde/plus-anciens",
    ),
    "arrow-pager": Shape(
        "/ap/world",
        older_path(
            "arrow-pager",
            "/ap/world",
            "en",
            '<div class="pager"><span class="current">•</span> <a href="{href}">›</a></div>',
            ("earlier", "earlier-still"),
        ),
        "pager whose next is only '›', to a path of words",
    ),
    "arrow-nav-fr": Shape(
        "/anf/monde",
        older_path(
            "arrow-nav-fr",
            "/anf/monde",
            "fr",
            '<nav aria-label="Pagination"><a href="{href}">»</a></nav>',
            ("avant", "bien-avant"),
        ),
        "<nav> whose next is only '»', to a path of words",
    ),
    "next-ja": Shape(
        "/ja/kokusai",
        older_path(
            "next-ja", "/ja/kokusai", "ja", '<a href="{href}">次へ</a>', ("mae", "motto-mae")
        ),
        "link '次へ' to a path of words",
    ),
    # a next word under every teaser, each to another page, or a menu's "Older" to the
    # archive before the listing's own next: the listing's own next is followed
    "read-more-ru": Shape(
        "/rmr/mir",
        read_more_path(
            "read-more-ru",
            "/rmr/mir",
            "ru",
            '<p><a href="/tema/rmr-{n}">Далее</a></p>',
            '<a href="{href}">Следующая страница</a>',
            ("ranee", "eshche-ranee"),
        ),
        "'Далее' under every teaser to a topic, 'Следующая страница' to a path of words",
    ),
    "menu-older": Shape(
        "/mo/world",
        read_more_path(
            "menu-older",
            "/mo/world",
            "en",
            '<p class="menu-{n}"><a href="/archive">Older</a></p>',
            '<div class="pager"><a href="{href}">›</a></div>',
            ("earlier", "earlier-still"),
        ),
        "a menu's 'Older' to /archive before the pager's '›' to a path of words",
    ),
    "next-ko": Shape(
        "/ko/world",
        older_words("next-ko", "/ko/world", "ko", "다음", "before"),
        "link '다음', ?before=<time>",
    ),
    "next-ru": Shape(
        "/ru/mir",
        older_path(
            "next-ru", "/ru/mir", "ru", '<a href="{href}">Далее</a>', ("ranee", "eshche-ranee")
        ),
        "link 'Далее' to a path of words",
    ),
    "next-ar": Shape(
        "/ar/alam",
        older_words("next-ar", "/ar/alam", "ar", "التالي", "qabl"),
        "link 'التالي', ?qabl=<time>",
    ),
    "next-zh": Shape(
        "/zh/guoji",
        older_path(
            "next-zh",
            "/zh/guoji",
            "zh-CN",
            '<a href="{href}">下一页</a>',
            ("gengzao", "gengzao-de"),
        ),
        "link '下一页' (lang zh-CN) to a path of words",
    ),
    "next-el": Shape(
        "/el/kosmos",
        older_words("next-el", "/el/kosmos", "el", "Επόμενη", "prin"),
        "link 'Επόμενη', ?prin=<time>",
    ),
    "next-tr": Shape(
        "/tr/dunya",
        older_path(
            "next-tr",
            "/tr/dunya",
            "tr",
            '<a href="{href}">Sonraki ›</a>',
            ("onceki", "daha-onceki"),
        ),
        "link 'Sonraki ›' to a path of words",
    ),
    "icon-next-de": Shape(
        "/ic/welt",
        older_path(
            "icon-next-de",
            "/ic/welt",
            "de",
            '<a href="{href}"><img alt="Weiter" src="/static/pfeil.svg"></a>',
            ("aelter", "noch-aelter"),
        ),
        "link whose only label is its image's alt 'Weiter', to a path of words",
    ),
    "form-action": Shape("/fa/welt", form_action, "GET form's button formaction + name=value"),
    "slug-pages": Shape(
        "/sp/welt",
        slug_pages("slug-pages", "/sp/welt", "de", "alle-nachrichten-seite"),
        "pages 2, 3 at a slug's end: /alle-...-seite-3",
    ),
    "slug-pages-es": Shape(
        "/spe/mundo",
        slug_pages("slug-pages-es", "/spe/mundo", "es", "todas-las-noticias-página"),
        "pages 2, 3 at a slug's end, encoded: /todas-las-noticias-p%C3%A1gina-2",
    ),
    "slug-pages-ru": Shape(
        "/spr/mir",
        slug_pages("slug-pages-ru", "/spr/mir", "ru", "все-новости-страница"),
        "pages 2, 3 at a slug's end, encoded: /%D0%B2%D1%81%D0%B5-...-2 (все-новости-страница)",
    ),
    "slug-articles": Shape(
        "/sa/world/", slug_articles, "articles' slugs ending in page words: ...-on-sida-40"
    ),
    "form-more": Shape("/fm/monde", form_more, "GET form, no action nor formaction, hidden page"),
    "caps-tr": Shape(
        "/tr/gundem",
        older_path(
            "caps-tr", "/tr/gundem", "tr", '<a href="{href}">SONRAKİ ›</a>', ("onceki", "eski")
        ),
        "link 'SONRAKİ ›' (dotted capital I) to a path of words",
    ),
    "caps-el": Shape(
        "/el/kosmos-kefalaia",
        older_words("caps-el", "/el/kosmos-kefalaia", "el", "ΕΠΟΜΕΝΗ", "prin"),
        "link 'ΕΠΟΜΕΝΗ' (capitals, no tonos), ?prin=<time>",
    ),
    "next-pl": Shape(
        "/pl/swiat",
        older_words("next-pl", "/pl/swiat", "pl", "Następna", "przed"),
        "link 'Następna', ?przed=<time>",
    ),
    "show-more-ru": Shape(
        "/smr/mir",
        more_fragment("show-more-ru", "/smr/mir", "data-href", "Показать ещё", "ru"),
        "button 'Показать ещё' data-href, HTML fragments",
    ),
    "head-next-ja": Shape(
        "/hj/kokusai", head_next_words, "rel=next in <link> only, ja, words path"
    ),
    "cursor-template": Shape(
        "/ct/world", cursor_template, "data-cursor marker, {cursor} API template in a script"
    ),
    "sitemap-days": Shape(
        "/sitemap-news.xml", news_sitemaps, "news sitemap index, a child a day", "sitemap"
    ),
    "rss-paged": Shape("/feed/", paged_rss, "RSS with atom:link rel=next (RFC 5005)", "rss"),
}


def answer(path: str, query: dict[str, str], host: str) -> tuple[int, Body]:
    for shape in SHAPES.values():
        found = shape.answer(path, query, host)
        if found is not None:
            return 200, found
    if path.startswith("/news/") and any(path.rstrip("/") == p.rstrip("/") for p in _ALL):
        return 200, ("text/html; charset=utf-8", article(path))
    if path.rstrip("/") in {j.split("?")[0].rstrip("/") for j in JUNK + FURNITURE}:
        return 200, _html("", "<p>Not an article: a hub, a profile, a form.</p>")
    return 404, ("text/plain", "not found")


_ALL = {p for name in SHAPES for p in expected(name)}


class Handler(BaseHTTPRequestHandler):
    requests: list[str]

    def do_GET(self) -> None:
        self.requests.append(self.path)
        parts = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        status, (kind, body) = answer(parts.path, query, self.headers.get("Host", ""))
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def serve() -> Iterator[tuple[str, list[str]]]:
    """The fixture site on 127.0.0.1, a free port; (origin, the paths asked so far)."""
    requests: list[str] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), type("H", (Handler,), {"requests": requests}))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", requests
    finally:
        server.shutdown()
        server.server_close()


CHILD = """
import sys
from newsarchive.sites import SITES
from newsarchive.sites.base import SiteProfile
import json
named = json.loads(sys.argv[1])
SITES["shapes"] = SiteProfile(
    name="shapes", base_url="", domains=(), sections=named["sections"],
    sitemaps=tuple(named["sitemap"]), feeds=tuple(named["rss"]),
    discover=tuple(source for source in ("sections", "sitemap", "rss") if named[source]),
)
from scrapy.cmdline import execute
execute(["scrapy", "crawl", "news", "-a", "site=shapes", *sys.argv[2:]])
"""


def crawl(base: str, shapes: list[str], out: Path, depth: int = 10) -> list[str]:
    """`scrapy crawl news` of these shapes' sections (sitemaps, feeds) with a profile
    naming nothing else;
    the article URLs it made items of (one line each)."""
    named: dict[str, object] = {
        "sections": {n: SHAPES[n].section for n in shapes if SHAPES[n].source == "sections"},
        "sitemap": [SHAPES[n].section for n in shapes if SHAPES[n].source == "sitemap"],
        "rss": [SHAPES[n].section for n in shapes if SHAPES[n].source == "rss"],
    }
    host = urlsplit(base).netloc
    command = [
        sys.executable, "-c", CHILD, json.dumps(named), "-a", f"base_url={base}",
        "-a", "requisites=0", "-a", f"depth={depth}", "-s", f"NETWORK_ALLOWED={host}",
        "-s", "AUTOTHROTTLE_ENABLED=0",
        "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "-s", "LOG_LEVEL=INFO",
        "-s", f"WARC_DIR={out / 'warc'}", "-s", f"REPORT_DIR={out / 'reports'}",
        "-s", f"STATE_PATH={out / 'state.sqlite'}", "-O", f"{out / 'items.jsonl'}:jsonlines",
    ]  # fmt: skip
    with (out / "crawl.log").open("wb") as log:
        done = subprocess.run(
            command, cwd=PROJECT, stdout=log, stderr=subprocess.STDOUT, timeout=600
        )
    if done.returncode != 0:
        raise RuntimeError(f"crawl exited {done.returncode}: see {out / 'crawl.log'}")
    lines = (out / "items.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["url"] for line in lines if line.strip()]


@dataclass(frozen=True)
class Score:
    found: int
    expected: int
    junk: list[str]
    twice: list[str]


def score(shape: str, urls: list[str]) -> Score:
    paths = Counter(urlsplit(u).path for u in urls)
    wanted = expected(shape)
    mine = {p: n for p, n in paths.items() if shape in p or p not in _ALL}
    junk = sorted(p for p in mine if p not in _ALL)
    twice = sorted(p for p, n in mine.items() if n > 1 and p in wanted)
    return Score(len(wanted & set(mine)), len(wanted), junk, twice)


def main(argv: list[str]) -> None:
    names = argv or list(SHAPES)
    with serve() as (base, _), tempfile.TemporaryDirectory() as tmp:
        for name in names:
            out = Path(tmp) / name
            out.mkdir()
            got = score(name, crawl(base, [name], out))
            print(
                f"{name:12} {got.found:2}/{got.expected}  junk {len(got.junk)}  "
                f"twice {len(got.twice)}  {SHAPES[name].note}"
                + (f"  junk: {' '.join(got.junk)}" if got.junk else "")
            )


if __name__ == "__main__":
    main(sys.argv[1:])
