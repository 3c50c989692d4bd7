"""Article URLs that name their article in the query, as CMSs without pretty URLs print them.

`/article.php?id=123`, `/news?aid=42`, Joomla's
`/index.php?option=com_content&view=article&id=5`, WordPress without permalinks
`/?p=123`, Drupal's `/?q=node/123`: the path alone names no article (every
article has the same one), its query does. Read the way such CMSs write them, whatever the site:

- a key that is an article's id by its name (`aid`, `article_id`, `storyid`,
  `newsid`, `post_id`, ...), on any path;
- `id` on a page named for one article (`article.php`, `/news`, `story.aspx`,
  `/read`, `view.php`, ...) or with Joomla's `view=article`;
- WordPress's `p` on the site's root (`/`, `/index.php`): elsewhere `p` is a page number;
- Drupal's `q=node/123` where it has no clean URLs;

its value an id (a number, `5:made-up-title` as Joomla writes it, or a token with a
digit). A listing's query is none: a page number, a category, a tag, a search, an
offset (`?page=2`, `?category=world`, `view=category&id=5`). Nor is another rendering
of an article or an action on it, which every article page links to and which would
make each article a crawl of its variants: a print, share, AMP, preview or comment
page (`?id=5&share=twitter`, `/?p=7&output=amp`, `/print_article.php?id=5`,
`/comment.php?aid=5`, `/sendarticle.php?id=5`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import parse_qsl, urlsplit

from newsarchive.numbers import ascii_digits
from newsarchive.sites.hosts import bare_host

ID_KEYS = frozenset(
    ("aid", "articleid", "article_id", "artid", "art_id", "storyid", "story_id", "newsid",
     "news_id", "postid", "post_id", "contentid", "content_id", "docid", "doc_id")
)  # fmt: skip
# The last path segment (its extension aside) of a page showing one article by `?id=`.
# (`newsitem.php`, `view-article.aspx`, `/news`; a TV show's `show.php?id=` is none).
# Made of article words and a verb (`viewarticle`, `newsitem`, `read`, `article_view`), or
# anything joined to one by `_`/`-`: a forum's `showthread.php` (`show`+`th`+`read`), a
# `review.php`, `viewtopic.php`, a `spread.php` are none.
_ARTICLE_WORDS = (
    "article|artikel|articulo|articolo|story|news|nachricht|noticia|post|beitrag|meldung"
    "|detail|item|entry|content"  # `details`: `detail` + `s?` (a second reading doubles the work)
)
ARTICLE_PAGE = re.compile(
    rf"^(?:\w*?[_-])?(?:(?:{_ARTICLE_WORDS}|read|view|show|display|get|single|full)s?[_-]?)*?"
    rf"(?:{_ARTICLE_WORDS}|read|view)s?$",
    re.IGNORECASE,
)
# Drupal without clean URLs: `/?q=node/123`, `/index.php?q=node/123`.
DRUPAL_NODE = re.compile(r"^node/\d{1,12}/?$")
ROOT_PATHS = frozenset(("", "/", "/index.php"))
# Keys of a listing's query: its page, its category or tag, a search, its order or window.
LISTING_KEYS = frozenset(
    ("page", "paged", "pg", "pag", "pagina", "seite", "strona", "sida", "side", "sivu",
     "category", "cat", "categories", "tag", "tags", "topic", "author", "search", "q", "s",
     "query", "sort", "order", "orderby", "offset", "start", "limit", "filter", "archive",
     "year", "month", "day", "date", "format", "feed", "print", "replytocom", "amp",
     # another rendering of the article, or an action on it: never another article
     "share", "output", "preview", "action", "cpage", "tmpl", "nb", "comments", "comment",
     "noamp", "mode", "version")
)  # fmt: skip
# The last path segment of a page that acts on an article its query names (prints,
# mails, shares, comments on, edits it), an action word alone or joined to an article
# word: `print.php`, `print_article.php`, `sendarticle.php`, `edit-post`; not an
# `editorial.php`, a `reportage.php`, a `sendung.php`.
ACTION_PAGE = re.compile(
    r"^(?:\w*?[_-])?(?:print|e?mail|send|share|comments?|reply|edit|preview|login|signin"
    r"|register|rss|feed|feedback|pdf|download|vote|rate|report|recommend|tell|forward"
    r"|admin|delete|bookmark)(?:[_-][\w-]*|(?:article|artikel|story|news|post|item|entry"
    r"|content)s?)?$",
    re.IGNORECASE,
)
# Joomla's (and its like's) `view`: only these show one article.
ARTICLE_VIEWS = frozenset(("article", "story", "item", "post", "detail", "details", "entry"))
ID_VALUE = re.compile(r"^(?:\d{1,12}(?::[\w-]{1,200})?|(?=[\w.-]*\d)[A-Za-z0-9][\w.-]{0,63})$")


def query_article(path_and_query: str) -> bool:
    """Whether a URL's query names its article (see the module); False for no query."""
    parts = urlsplit(path_and_query)
    if not parts.query:
        return False
    query = [(k.lower(), v.strip()) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    keys = {k for k, _ in query}
    if keys == {"q"} and DRUPAL_NODE.match(query[0][1]):
        return True
    if keys & LISTING_KEYS:
        return False
    view = dict(query).get("view")
    if view is not None and view.lower() not in ARTICLE_VIEWS:
        return False
    path = parts.path
    last = path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if ACTION_PAGE.match(last):
        return False
    for key, value in query:
        if key in ID_KEYS and ID_VALUE.match(value):
            return True
        if key == "id" and ID_VALUE.match(value) and (view or ARTICLE_PAGE.match(last)):
            return True
        if key == "p" and ascii_digits(value) and path in ROOT_PATHS:
            return True
    return False


# What a WordPress page carries whatever its theme: its generator meta, its REST API's link
# relation, and its own assets' and API's paths (`/wp-content/`, `/wp-includes/`,
# `/wp-json/`): relative, on its host or a host of its domain (`cdn.example.org`), or
# through an image proxy naming its host (`i0.wp.com/example.org/wp-content/`). Another
# site's (`<img src="https://blog.other.example/wp-content/...">`) tells nothing of it. Its
# theme and WordPress's own scripts (`/wp-content/themes/`, `/wp-includes/`) are the page's
# on any host: no page loads another site's theme, and a site serving its assets from a CDN
# of another domain (`cdn.provider.example/wp-content/themes/...`) names no host of its own.
WORDPRESS_DECLARED = re.compile(rb"<meta[^>]+content=[\"']?WordPress|api\.w\.org", re.IGNORECASE)
WORDPRESS_PATH = re.compile(rb"/wp-(?:content|includes|json)/", re.IGNORECASE)
WORDPRESS_CORE = re.compile(
    rb"<(?:link|script)\b[^<>]*?/wp-(?:content/themes|includes)/", re.IGNORECASE
)
_URL_ENDS = tuple(b"\"'()=,<> \t\r\n")  # what stands before a URL (a path's start: after it)


def root_post_query(path_and_query: str) -> bool:
    """Whether a URL is `/?p=N` on the site's root: WordPress's article without permalinks,
    but page N of the root listing on many other CMSs (`?p=2`). Which one the page linking
    it tells (`shows_wordpress`)."""
    parts = urlsplit(path_and_query)
    query = parse_qsl(parts.query, keep_blank_values=True)
    return parts.path in ROOT_PATHS and [k.lower() for k, _ in query] == ["p"]


def shows_wordpress(body: bytes, url: str) -> bool:
    """Whether the page at `url` is WordPress's (its generator meta, REST API link, its own
    `/wp-content/` assets or `/wp-json/` API): there `/?p=N` is a post, elsewhere a page
    number."""
    if WORDPRESS_DECLARED.search(body) is not None or WORDPRESS_CORE.search(body) is not None:
        return True
    own = bare_host(urlsplit(url).hostname or "")
    for mark in WORDPRESS_PATH.finditer(body):
        window = body[max(0, mark.start() - 300) : mark.start()]
        cut = max(window.rfind(end) for end in _URL_ENDS)  # -1: none in 300 bytes
        prefix = window[cut + 1 :].decode("latin-1").lower()
        if "//" not in prefix:  # `/wp-content/...`, `/blog/wp-content/...`: the page's own
            return True
        # the URL's host, and the host an image proxy names (`i0.wp.com/example.org`)
        hosts = (
            bare_host(h.rpartition("@")[2].partition(":")[0])
            for h in prefix.split("//", 1)[1].split("/")
        )
        if own and any(h == own or h.endswith("." + own) for h in hosts):
            return True
    return False


def articles_on_page(
    is_article: Callable[[str], bool], body: bytes, url: str
) -> Callable[[str], bool]:
    """Which links of the listing page at `url` are articles: `is_article`, but for `/?p=N`
    on the site's root, which is a post on a WordPress page and the root listing's page
    N on any other (`root_post_query`): the page tells which (`shows_wordpress`)."""
    if shows_wordpress(body, url):
        return is_article
    return lambda link: is_article(link) and not root_post_query(link)
