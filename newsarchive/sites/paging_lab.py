"""The demo site's listing lab, /lab/paging/ (newsarchive.demo.lab_paging): its origin is
given at run time, as the demo's is.

    scrapy crawl paging-lab -a base_url=http://127.0.0.1:PORT

One section per paging shape, so each profile field for "show more" by cursor
is shown on a live server: a cursor in a JSON field, one found in the common
places, a `next` URL found without a profile's word, a cursor in an HTML
fragment's "load more" link, WordPress's REST pages. Numbered pages, the JSON-LD
ItemList and the AMP section need no profile field: rel=next, ItemList and AMP's
<amp-list load-more> are read on any site.
"""

from __future__ import annotations

from newsarchive.sites.base import Cursor, LinkRules, Listing, ShowMore, SiteProfile

PREFIX = "/lab/paging"
SECTIONS = (
    "cursor", "loop", "loop-fresh", "next-url", "fragment", "wp", "pages", "repeat",
    "itemlist", "amp",
)  # fmt: skip

PROFILE = SiteProfile(
    name="paging-lab",
    base_url="",
    domains=(),
    sections={name: f"{PREFIX}/{name}/" for name in SECTIONS},
    articles=LinkRules(allow=(r"^/[a-z-]+/[a-z0-9-]+-\d+$",)),
    listing=Listing(links="li.teaser > a[href], article.card a[href]"),
    show_more_sections={
        # GraphQL-style: {"data": {"items": [...]}, "pageInfo": {"endCursor", "hasNextPage"}}
        "cursor": ShowMore(
            url=PREFIX + "/api/cursor?after={cursor}",
            items_path=("data", "items"),
            more_field=("pageInfo", "hasNextPage"),
            cursor=Cursor(
                field=("pageInfo", "endCursor"), first="button.load-more::attr(data-cursor)"
            ),
            button="button.load-more",
            date_field=("published",),
            size=5,
        ),
        # {"items": [...], "nextCursor": ...}: the field is one of the common places
        **{
            name: ShowMore(
                url=PREFIX + f"/api/{name}?cursor={{cursor}}",
                items_path=("items",),
                cursor=Cursor(first="button.load-more::attr(data-cursor)"),
                date_field=("published",),
                size=5,
            )
            for name in ("loop", "loop-fresh")
        },
        # {"results": [{"link", "date"}], "next": URL}: no Cursor, the next URL is followed
        "next-url": ShowMore(
            url=PREFIX + "/api/next-url?page=2",
            items_path=("results",),
            url_field=("link",),
            date_field=("date",),
            size=5,
        ),
        # answers are HTML fragments ending in <a class="load-more" href="...?cursor=...">
        "fragment": ShowMore(
            url="",
            html_answer=True,
            html_links="li.teaser > a[href]",
            cursor=Cursor(selector="a.load-more::attr(href)", first="a.load-more::attr(href)"),
            size=5,
        ),
        # WordPress REST: a bare list, X-WP-TotalPages, 400 past the last page
        "wp": ShowMore(
            url=PREFIX + "/wp-json/wp/v2/posts?page={page}&per_page={size}",
            url_field=("link",),
            date_field=("date",),
            total_pages_header="X-WP-TotalPages",
            size=5,
        ),
    },
    sitemaps=(f"{PREFIX}/sitemap-index.xml",),
    feeds=(f"{PREFIX}/atom.xml", f"{PREFIX}/rss.xml"),
    discover=("sections", "sitemap", "rss"),
    timezone="America/New_York",
)
