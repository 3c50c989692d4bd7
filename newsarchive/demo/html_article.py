"""Article pages in three layouts, so an extractor meets more than one markup.

What a reader sees (headline, dek, byline, date line, lead image, body, "Related
Topics") is the same facts in each layout; the class names, date formats and
the noise inside the body (promo links, newsletter boxes, "read more" cards) differ.
An article page links only to older articles, so a new article never changes it.
"""

from __future__ import annotations

from collections.abc import Callable

from newsarchive.demo.catalog import PUBLISHER, Article, Catalog, author_slug
from newsarchive.demo.html_common import eastern_line, esc, page
from newsarchive.demo.metadata import HEADS


def render_article(article: Article, catalog: Catalog, origin: str) -> str:
    head = HEADS[article.template](article, origin)
    body = BODIES[article.template](article, catalog) + furniture(article, catalog)
    return page(f"{article.title} | {PUBLISHER}", body, head=head)


def furniture(article: Article, catalog: Catalog) -> str:
    """What changes on a page without changing its article: counters, a rotated ad,
    a "most read" box (only on pages whose furniture a revision changed)."""
    level = article.furniture
    if not level:
        return ""
    counts = (
        f'<div class="social-counts"><span class="view-count">{1200 * level + article.id} '
        f'views</span> <a class="comment-count" href="#comments">{9 * level + 4} comments</a></div>'
    )
    sponsor = ("Acme Insurance", "Northwind Travel", "Contoso Bank")[level % 3]
    ad = f'<div class="ad-slot" data-ad="rail">Advertisement: {sponsor}</div>'
    if level < 2:
        return counts + ad
    most_read = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in catalog.latest(5)
    )
    return f'{counts}{ad}<aside class="most-read"><h3>Most read</h3><ol>{most_read}</ol></aside>'


def author_links(article: Article, css: str = "") -> str:
    klass = f' class="{css}"' if css else ""
    links = [
        f'<a{klass} href="/author/{author_slug(index)}">{esc(name)}</a>'
        for name, index in zip(article.authors, article.author_indexes, strict=True)
    ]
    return " and ".join(links)


def _byline(article: Article, css: str, inner: str) -> str:
    """The byline block; none at all on a page without authors (the demo's drift)."""
    return f'<div class="{css}">{inner}</div>' if article.authors else ""


def clock(article: Article) -> str:
    """ "8:49 PM EDT, Sat May 3, 2025", the CNN-like way."""
    moment = article.modified
    hour = moment.hour % 12 or 12
    suffix = "AM" if moment.hour < 12 else "PM"
    return (
        f"{hour}:{moment:%M} {suffix} {moment.tzname()}, {moment:%a} {moment:%b} {moment.day}, "
        f"{moment.year}"
    )


def figure(article: Article, css: str) -> str:
    return (
        f'<figure class="{css}"><img src="{article.image}" alt="{esc(article.image_caption)}" '
        f'width="640" height="360"><figcaption>{esc(article.image_caption)}</figcaption></figure>'
    )


def older_in_section(article: Article, catalog: Catalog, count: int = 2) -> list[Article]:
    """Older articles of the same section (ids step by the number of sections)."""
    if article.section not in catalog.by_section:
        return []
    ids = [article.id - 8 * k for k in range(1, count + 1) if article.id - 8 * k >= 1]
    return [catalog.article(n) for n in ids]


def topic_links(article: Article) -> str:
    return "".join(
        f'<li><a href="/topic/{slug}">{esc(label)}</a></li>'
        for slug, label in zip(article.topic_slugs, article.topics, strict=True)
    )


def body_a(article: Article, catalog: Catalog) -> str:
    paragraphs = [f"<p>{esc(text)}</p>" for text in article.paragraphs]
    promo = (
        f'<p class="promo"><strong><a href="/{article.section}/">CLICK HERE FOR MORE '
        f"{esc(article.section_label.upper())} COVERAGE</a></strong></p>"
    )
    newsletter = (
        '<div class="newsletter-signup"><h4>Get the Morning Brief</h4>'
        "<p>Sign up for our newsletter.</p></div>"
    )
    paragraphs.insert(2, promo)
    paragraphs.insert(4, newsletter)
    more = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a></li>'
        for a in older_in_section(article, catalog)
    )
    return (
        '<article class="article">'
        f'<div class="eyebrow"><a href="/{article.section}/">{esc(article.section_label)}</a></div>'
        f'<h1 class="headline">{esc(article.title)}</h1>'
        f'<h2 class="sub-headline">{esc(article.subtitle)}</h2>'
        + _byline(article, "author-byline", f"<span>By {author_links(article)}, {PUBLISHER}</span>")
        + '<div class="article-date"><time>'
        f"Published {eastern_line(article.published)}</time></div>"
        f"{figure(article, 'lead-image')}"
        f'<div class="article-body">{"".join(paragraphs)}</div>'
        '<div class="article-tags"><h3>Related Topics</h3>'
        f'<ul class="tags">{topic_links(article)}</ul></div>'
        f'<aside class="more"><h3>More from {esc(article.section_label)}</h3>'
        f"<ul>{more}</ul></aside>"
        "</article>"
    )


def body_b(article: Article, catalog: Catalog) -> str:
    paragraphs = [f'<p class="paragraph">{esc(text)}</p>' for text in article.paragraphs]
    paragraphs.insert(3, '<div class="ad-slot" data-ad="mid">Advertisement</div>')
    verb = "Updated" if article.modified != article.published else "Published"
    related = older_in_section(article, catalog, 1)
    if related:
        card = (
            '<div class="related-content"><span>Related article</span>'
            f'<a href="{related[0].path}">{esc(related[0].title)}</a></div>'
        )
        paragraphs.insert(1, card)
    return (
        '<article class="article-b">'
        f'<header><p class="kicker"><a href="/{article.section}/">{esc(article.section_label)}</a>'
        f'</p><h1 data-editable="headline" class="headline__text">{esc(article.title)}</h1>'
        f'<p class="headline__sub-description">{esc(article.subtitle)}</p>'
        + _byline(
            article,
            "byline",
            '<span class="byline__names">By '
            f"{author_links(article, 'byline__link')}, {PUBLISHER}</span>",
        )
        + f'<div class="timestamp">{verb} {clock(article)}</div></header>'
        f"{figure(article, 'image image__lede')}"
        f'<div class="article__content">{"".join(paragraphs)}</div>'
        '<section class="related-topics"><span class="related-topics__title">Related Topics</span>'
        f"<ul>{topic_links(article)}</ul></section>"
        "</article>"
    )


def body_c(article: Article, catalog: Catalog) -> str:
    paragraphs = [f"<p>{esc(text)}</p>" for text in article.paragraphs]
    for older in older_in_section(article, catalog, 1):
        card = (
            f'<div class="Enhancement"><a class="Link" href="{older.path}">Read more: '
            f"{esc(older.title)}</a></div>"
        )
        paragraphs.insert(len(paragraphs) // 2, card)
    video = ""
    if article.video is not None:
        video = (
            f'<div class="video-embed"><a href="/video/clip-{article.video}">Watch video</a></div>'
        )
    stamp = int(article.published.timestamp() * 1000)
    return (
        '<div class="Page-content">'
        f'<div class="Page-headline"><h1>{esc(article.title)}</h1></div>'
        f'<div class="Page-dek"><p class="standfirst">{esc(article.subtitle)}</p></div>'
        + _byline(article, "Page-authors", f"<span>By </span>{author_links(article, 'Link')}")
        + f'<bsp-timestamp data-timestamp="{stamp}">'
        f'<time datetime="{article.published.isoformat()}">'
        f"Published {eastern_line(article.published)}</time></bsp-timestamp>"
        f"{figure(article, 'Page-lead')}{video}"
        f'<div class="RichTextStoryBody">{"".join(paragraphs)}</div>'
        f'<div class="Page-tags"><h3>Related Topics</h3><ul>{topic_links(article)}</ul></div>'
        "</div>"
    )


BODIES: dict[str, Callable[[Article, Catalog], str]] = {"a": body_a, "b": body_b, "c": body_c}
