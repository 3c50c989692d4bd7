"""The page chrome every HTML page of the demo site shares (header, navigation, footer).

Only root-relative links here: the chrome is the same bytes on any port.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from newsarchive.demo.catalog import PUBLISHER, SECTIONS, Article

NAV = "".join(
    f'<li><a href="/{slug}/">{escape(label)}</a></li>' for slug, label in SECTIONS.items()
)
FOOTER = (
    '<footer class="site-footer"><ul>'
    '<li><a href="/video/">Video</a></li>'
    '<li><a href="/js-news/">Live updates</a></li>'
    '<li><a href="/lab/">Archiving lab</a></li>'
    '<li><a href="/rss/latest.xml">RSS</a></li>'
    '<li><a href="/private/">Staff</a></li>'
    f"</ul><p>© 2025 {PUBLISHER}. All rights reserved. An invented site for tests.</p></footer>"
)


def esc(value: str) -> str:
    return escape(value, quote=True)


def page(title: str, body: str, *, head: str = "", lang: str = "en", charset: str = "utf-8") -> str:
    """A whole HTML document around `body`, with the shared header and footer."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n'
        f"<title>{esc(title)}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="stylesheet" href="/static/site.css">\n'
        f"{head}</head>\n<body>\n"
        '<header class="masthead"><a class="logo" href="/"><img src="/images/logo.png" '
        f'alt="{PUBLISHER}" width="120" height="30"></a>'
        f'<nav class="sections"><ul>{NAV}</ul></nav></header>\n'
        f"<main>\n{body}\n</main>\n{FOOTER}\n</body>\n</html>\n"
    )


def eastern_line(moment: datetime) -> str:
    """ "May 3, 2025 8:49pm EDT", the way US sites print a time."""
    hour = moment.hour % 12 or 12
    suffix = "am" if moment.hour < 12 else "pm"
    return f"{moment:%B} {moment.day}, {moment.year} {hour}:{moment:%M}{suffix} {moment.tzname()}"


def teaser(article: Article, *, image: bool = False) -> str:
    """One entry of an article list."""
    picture = (
        f'<img src="/images/thumb-{article.id % 12}.png" alt="" width="80" height="45">'
        if image
        else ""
    )
    return (
        f'<li class="teaser">{picture}<a href="{article.path}">{esc(article.title)}</a>'
        f'<time datetime="{article.published.isoformat()}">{eastern_line(article.published)}</time>'
        "</li>"
    )


def teaser_list(articles: list[Article], *, css: str = "articles", image: bool = False) -> str:
    items = "".join(teaser(a, image=image) for a in articles)
    return f'<ul class="{css}">{items}</ul>'
