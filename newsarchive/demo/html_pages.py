"""The HTML pages that are not articles: home, sections, topics, authors, video, JS pages.

A spider must not take any of these for an article. Section pages paginate with
`?page=N` (page 1 is `/politics/`, and its pager links to itself) and name their
"Show more" JSON endpoint in a `data-endpoint` attribute.
"""

from __future__ import annotations

from newsarchive.demo import text
from newsarchive.demo.catalog import (
    AUTHOR_COUNT,
    JS_ARTICLE_ID,
    PUBLISHER,
    SECTIONS,
    TOPICS,
    VIDEO_COUNT,
    Article,
    Catalog,
    author_slug,
)
from newsarchive.demo.html_article import author_links
from newsarchive.demo.html_common import eastern_line, esc, page, teaser_list
from newsarchive.demo.metadata import head_a, script, video_object, video_title

PAGE_SIZE = 10
LIST_SIZE = 20


def home(catalog: Catalog) -> str:
    blocks = []
    for slug, label in SECTIONS.items():
        latest = [catalog.article(n) for n in catalog.by_section[slug][:3]]
        blocks.append(
            f'<section class="section-block"><h2><a href="/{slug}/">{esc(label)}</a></h2>'
            f"{teaser_list(latest)}</section>"
        )
    topics = "".join(
        f'<li><a href="/topic/{s}">{esc(label)}</a></li>' for s, label in TOPICS.items()
    )
    explainer = catalog.article(JS_ARTICLE_ID)
    body = (
        f'<h1 class="visually-hidden">{PUBLISHER}</h1>'
        f'<section class="top-stories"><h2>Top stories</h2>'
        f"{teaser_list(catalog.latest(PAGE_SIZE), image=True)}</section>"
        + "".join(blocks)
        + '<section class="specials"><h2>Specials</h2><ul>'
        '<li><a href="/js-news/">Live updates (needs JavaScript)</a></li>'
        f'<li><a href="{explainer.path}">Explainer: {esc(explainer.title)}</a></li>'
        '<li><a href="/video/">Latest video</a></li></ul></section>'
        f'<section class="topics"><h2>Topics</h2><ul>{topics}</ul></section>'
    )
    return page(f"{PUBLISHER} - Breaking news, invented daily", body)


def section_page_count(catalog: Catalog, slug: str) -> int:
    return max(1, -(-len(catalog.by_section[slug]) // PAGE_SIZE))


def section(catalog: Catalog, slug: str, number: int) -> str | None:
    """Page `number` of a section, newest first; None past the last page."""
    last = section_page_count(catalog, slug)
    if not 1 <= number <= last:
        return None
    ids = catalog.by_section[slug][(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
    listing = teaser_list([catalog.article(n) for n in ids], image=number == 1)
    more = ""
    if number * PAGE_SIZE < len(catalog.by_section[slug]):
        endpoint = f"/api/section/{slug}?offset={number * PAGE_SIZE}"
        more = f'<button class="load-more" data-endpoint="{esc(endpoint)}">Show more</button>'
    body = (
        f'<h1 class="section-title">{esc(SECTIONS[slug])}</h1>{listing}{more}'
        f"{pager(slug, number, last)}"
    )
    title = SECTIONS[slug] + (f" - page {number}" if number > 1 else "")
    return page(f"{title} | {PUBLISHER}", body)


def page_href(slug: str, number: int) -> str:
    return f"/{slug}/" if number == 1 else f"/{slug}/?page={number}"


def pager(slug: str, number: int, last: int) -> str:
    """Prev, a window of page numbers (always page 1), Next; no Next on the last page."""
    shown = sorted({1, last, *range(max(1, number - 2), min(last, number + 2) + 1)})
    links = []
    if number > 1:
        links.append(
            f'<a class="prev" rel="prev" href="{page_href(slug, number - 1)}">Previous</a>'
        )
    for n in shown:
        current = ' aria-current="page"' if n == number else ""
        links.append(f'<a class="page"{current} href="{page_href(slug, n)}">{n}</a>')
    if number < last:
        links.append(f'<a class="next" rel="next" href="{page_href(slug, number + 1)}">Next</a>')
    return f'<nav class="pagination">{" ".join(links)}</nav>'


def topic(catalog: Catalog, slug: str) -> str | None:
    if slug not in TOPICS:
        return None
    latest = [catalog.article(n) for n in catalog.by_topic[slug][:LIST_SIZE]]
    body = f'<h1 class="topic-title">{esc(TOPICS[slug])}</h1>{teaser_list(latest)}'
    return page(f"{TOPICS[slug]} | {PUBLISHER}", body)


def author(catalog: Catalog, slug: str) -> str | None:
    index = next((i for i in range(AUTHOR_COUNT) if author_slug(i) == slug), None)
    if index is None:
        return None
    name = text.person_name(index)
    latest = [catalog.article(n) for n in catalog.by_author[index][:LIST_SIZE]]
    body = (
        f'<div class="author-bio"><h1>{esc(name)}</h1><p>{esc(name)} is a reporter for '
        f"{PUBLISHER}.</p></div>{teaser_list(latest)}"
    )
    return page(f"{name} | {PUBLISHER}", body)


def video_index() -> str:
    items = "".join(
        f'<li><a href="/video/clip-{k}">{esc(video_title(k))}</a></li>'
        for k in range(1, VIDEO_COUNT + 1)
    )
    return page(f"Video | {PUBLISHER}", f'<h1>Video</h1><ul class="videos">{items}</ul>')


def video(number: int, origin: str) -> str | None:
    """A video page: VideoObject JSON-LD, no NewsArticle (not an article)."""
    if not 1 <= number <= VIDEO_COUNT:
        return None
    head = script({"@context": "https://schema.org", **video_object(number, origin)})
    body = (
        f'<h1 class="video-title">{esc(video_title(number))}</h1>'
        f'<div class="player"><img src="/images/thumb-{number}.png" alt="" width="640" '
        'height="360"><p>Video playback is not part of the demo.</p></div>'
    )
    return page(f"{video_title(number)} | {PUBLISHER}", body, head=head)


def js_news() -> str:
    """The listing a browser fills in: an empty list, a script and a Show more button."""
    body = (
        '<h1>Live updates</h1><p class="note">The stories below are loaded by JavaScript.</p>'
        '<img class="banner" src="/images/live-banner.png" alt="Live" width="320" height="40">'
        '<ul id="js-news-list" class="articles" data-endpoint="/api/js-news"></ul>'
        '<button id="js-news-more" type="button" hidden>Show more</button>'
        '<script src="/static/js-news.js"></script>'
    )
    return page(f"Live updates | {PUBLISHER}", body)


def js_article(article: Article, origin: str) -> str:
    """Headline and metadata in the HTML; the body comes from a JSON endpoint via script."""
    body = (
        '<article class="article">'
        f'<h1 class="headline">{esc(article.title)}</h1>'
        f'<h2 class="sub-headline">{esc(article.subtitle)}</h2>'
        f'<div class="author-byline"><span>By {author_links(article)}, {PUBLISHER}</span></div>'
        f'<div class="article-date"><time>Published {eastern_line(article.published)}</time></div>'
        f'<div class="article-body" id="js-article-body" data-src="/api/js-article/{article.id}">'
        "<noscript>This article needs JavaScript.</noscript></div>"
        '<script src="/static/js-article.js"></script></article>'
    )
    return page(f"{article.title} | {PUBLISHER}", body, head=head_a(article, origin))


def private() -> str:
    return page(f"Staff only | {PUBLISHER}", "<h1>Staff only</h1><p>robots.txt disallows this.</p>")


def not_found(path: str) -> str:
    body = (
        f'<h1>Page not found</h1><p>Nothing at <code>{esc(path)}</code>. <a href="/">Home</a></p>'
    )
    return page(f"Not found | {PUBLISHER}", body)
