"""Articles named by their query, on a site no profile knows: each fetched once, as itself.

Every article page of a CMS without pretty URLs links to renderings of and actions on
itself, named by the same query: share buttons (`/?p=8&share=twitter`), its AMP, print
or comment page (`&output=amp`, `/print_article.php?id=7`, `/comment.php?aid=7`), a
"mail it to a friend" form (`/sendarticle.php?id=7`); a site without cookies prints its
reader's session into every link (`&PHPSESSID=...`). Before, each was an article of its
own: fetched, extracted and exported as another copy, and its own links to its variants
followed in turn. And a page the default deny rules name, as a script (`/videos.php?aid=7`,
`/gallery.php?aid=3`, `/search.php?aid=7`), was an article: the rules read `/videos/`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsarchive.sites.base import LinkRules
from newsarchive.sites.queryarticles import _ARTICLE_WORDS, query_article, shows_wordpress
from newsarchive.spiders.scope import untracked
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import answering_origin

WORDS = "A made-up sentence of a made-up story, long enough for body text. " * 6
ARTICLE = (
    '<html lang="en"><head><title>A story</title><meta name="author" content="Ann Example">'
    '<meta property="article:published_time" content="2026-12-03T08:30:00+01:00"></head>'
    f"<body><article><h1>A story</h1><p>{WORDS}</p><p>{WORDS}</p></article>{{links}}</body></html>"
)
# what each article page links to besides itself: its variants and the actions on it
VARIANTS = [
    "{a}&share=twitter",
    "{a}&share=facebook&nb=1",
    "{a}&output=amp",
    "{a}&print=1",
    "{a}&replytocom=3",
    "{a}&cpage=2",
    "{a}&preview=true",
    "{a}&action=edit",
]
ARTICLES = ["/article.php?id=7", "/?p=8", "/article.php?id=9", "/news.php?lang=en&id=11"]
ACTIONS = ["/print_article.php?id=7", "/sendarticle.php?id=7", "/comment.php?aid=7"]
# pages a deny rule names but for their script's extension: no articles, whatever the id
OTHER_PAGES = ["/videos.php?aid=7", "/gallery.php?aid=3", "/search.php?aid=7", "/author.aspx?aid=2"]
ACTED_ON = [
    ("print_article.php", "article.php"),
    ("sendarticle.php", "article.php"),
    ("comment.php?aid", "article.php?id"),
]


def links(paths: list[str]) -> str:
    return "".join(f'<p><a href="{p.replace("&", "&amp;")}">A story</a></p>' for p in paths)


def variants(article: str) -> list[str]:
    return [v.format(a=article) for v in VARIANTS]


LISTING = (
    # a WordPress page (its theme's assets): its `/?p=8` is a post, not page 8
    '<html lang="en"><head><title>News</title>'
    '<link rel="stylesheet" href="/wp-content/themes/made-up/style.css"></head><body><main>'
    + links(
        [
            "/article.php?id=7",
            "/?p=8",
            "/article.php?id=9&PHPSESSID=made0up0session1",
            "/news.php?lang=en&id=11",
            "/news.php?id=11&lang=en",  # the same article, its query in another order
            *variants("/article.php?id=7"),
            *variants("/?p=8"),
            *ACTIONS,
            *OTHER_PAGES,
        ]
    )
    + "</main></body></html>"
)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlResult, list[str]]]:
    asked: list[str] = []

    def answer(target: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(target)
        if target == "/q/":
            return 200, {"Content-Type": "text/html"}, LISTING.encode()
        own = target.split("&", 1)[0]
        for action, page in ACTED_ON:
            own = own.replace(action, page)
        if target in ARTICLES or own in ARTICLES or own.startswith("/article.php?id=9"):
            # every copy of an article links to its variants, as a CMS prints them
            body = ARTICLE.replace("{links}", links(variants(own) + ACTIONS))
            return 200, {"Content-Type": "text/html"}, body.encode()
        return 404, {}, b"not here"

    with answering_origin(answer) as origin:
        out = tmp_path_factory.mktemp("variants")
        args = {"url": f"{origin}/q/", "requisites": "0", "discover": "sections", "depth": "3"}
        result = run_crawl(
            "news", args, {"STATE_ENABLED": "0", "REPORT_DIR": str(out / "reports")}, out
        )
        yield result, asked


def test_each_query_article_is_fetched_once_and_no_variant(
    crawled: tuple[CrawlResult, list[str]],
) -> None:
    result, asked = crawled
    fetched = [t for t in asked if t not in ("/q/", "/robots.txt")]
    assert sorted(fetched) == sorted(ARTICLES)
    assert result.stats["news/articles_requested"] == len(ARTICLES)


@pytest.mark.parametrize(
    "target",
    [
        *variants("/article.php?id=7"),
        *variants("/?p=8"),
        *ACTIONS,
        "/index.php?option=com_content&view=article&id=5&tmpl=component",
        "/news.php?newsid=5&share=1",
        "/edit_post.php?id=5",
        "/preview.php?id=5",
        "/printarticle.php?id=5",
        "/email_article.php?id=5",
        "/rss.php?newsid=5",
    ],
)
def test_a_variant_of_an_article_or_an_action_on_it_is_no_article(target: str) -> None:
    assert query_article(target) is False
    assert LinkRules().is_article(target) is False


@pytest.mark.parametrize(
    "target",
    ["/editorial.php?aid=5", "/reportage.php?aid=5", "/sendung.php?aid=5", "/news.php?id=5"],
)
def test_an_article_page_named_like_an_action_still_is_one(target: str) -> None:
    assert query_article(target) is True


@pytest.mark.parametrize("target", OTHER_PAGES)
def test_a_page_a_deny_rule_names_is_none_with_its_script_s_extension(target: str) -> None:
    assert LinkRules().is_article(target) is False


def test_a_session_id_is_no_part_of_an_article_s_url() -> None:
    assert untracked("id=9&PHPSESSID=made0up&jsessionid=x1") == "id=9"
    assert untracked("sessionid=a1&aid=4") == "aid=4"


def test_the_article_page_rule_reads_each_name_one_way_only() -> None:
    """No article word is another one plus "s" (`details` = `detail` + `s?`): each such
    pair doubles the ways the rule may read a name, and a link named `detailsdetails...x`
    (20 times) held the crawl's thread for seconds, 25 times for minutes. Counted by the
    words, not timed; the names still read as before."""
    words = [*_ARTICLE_WORDS.split("|"), "read", "view", "show", "display", "get", "single"]
    assert not [w for w in words if w.endswith("s") and w[:-1] in words]
    assert query_article("/details.php?id=12") and query_article("/newsdetails.php?id=12")
    assert not query_article("/" + "details" * 12 + "x.php?id=12")


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<link rel="stylesheet" href="/wp-content/themes/t/style.css">', True),
        ('<script src="/blog/wp-includes/js/x.js"></script>', True),  # WordPress in a folder
        ('<img src="https://www.ex.org/wp-content/uploads/a.jpg">', True),
        ('<img src="https://cdn.ex.org/wp-content/uploads/a.jpg">', True),
        ('<img src="https://i0.wp.com/ex.org/wp-content/uploads/a.jpg">', True),  # image proxy
        ('<img srcset="a.jpg 1x, /wp-content/uploads/a2.jpg 2x">', True),
        ('<link rel="https://api.w.org/" href="https://ex.org/?rest_route=/">', True),
        ('<meta name="generator" content="WordPress 6.4">', True),
        # its theme and WordPress's scripts on a CDN of another domain: the page's own
        (
            '<link rel="stylesheet" href="https://c.cdnhost.example/wp-content/themes/t/a.css">',
            True,
        ),
        (
            "<script src='https://ex-org.cdnhost.example/wp-includes/js/jquery.min.js'></script>",
            True,
        ),
        # another site's WordPress, linked or shown: nothing of this page's
        ('<a href="https://blog.other.example/wp-content/uploads/report.pdf">report</a>', False),
        ('<img src="https://other.example/wp-content/uploads/a.jpg">', False),
        ('<img src="https://notex.org/wp-content/uploads/a.jpg">', False),
        # a link to another site's theme file, or its uploads on a CDN, is not loaded here
        ('<a href="https://other.example/wp-content/themes/t/readme.txt">theme</a>', False),
        ('<img src="https://c.cdnhost.example/wp-content/uploads/a.jpg">', False),
        ("<p>no WordPress</p>", False),
    ],
)
def test_wordpress_evidence_is_the_page_s_own(html: str, expected: bool) -> None:
    body = f"<html><head></head><body>{html}</body></html>".encode()
    assert shows_wordpress(body, "https://ex.org/") is expected
