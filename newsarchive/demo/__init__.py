"""The bundled demo news site: an invented, deterministic news origin for crawls and tests.

It knows nothing of the crawler. Content is generated (catalog.py, text.py),
rendered (html_*.py, metadata.py, feeds.py, assets.py), routed (site.py, lab.py)
and served over HTTP (server.py: `DemoServer`). Ground truth for extraction tests:
`expected_article(n, articles=N, revision=R)` or `DemoServer.expected_article(n)`.
`DemoServer.set_drift(True)` (`serve-demo --drift`) serves an unannounced redesign
on top of any revision (drift.py): the Politics listing's markup, no bylines.

Site map (N articles, default 300; ids grow with publication time):
    /                                  home: top stories, section blocks, topics, specials
    /<section>/  /<section>/?page=2     sections: politics us world business tech health
                                        opinion sports; 10 per page, newest first, a pager
                                        (page 1 links to itself, no Next on the last page)
    /<section>                          301 to /<section>/
    /<section>/<slug>-<id>              articles 1..N, three templates (id % 3: a, b, c);
                                        ids with id % 50 == 17 are gzip-encoded when accepted;
                                        template b states its dates in UTC ("Z") in JSON-LD,
                                        DC and Parse.ly tags (expected_article keeps the
                                        Eastern offset: the same instant)
    /api/section/<section>?offset=N     "Show more" JSON: items, has_more, next_offset
    /topic/<slug>  /author/<slug>       topic and author pages (latest 20)
    /video/  /video/clip-<k>            video pages (VideoObject, not articles), k = 1..6
    /robots.txt                         Disallow: /private/, Sitemap lines
    /sitemap.xml                        sitemap index -> /sitemap-news.xml (Google News,
                                        newest 100), /sitemap-articles.xml (all, lastmod),
                                        /sitemap-sections.xml
    /rss/latest.xml  /rss/<section>.xml RSS 2.0 (newest 20)
    /static/site.css /static/js-news.js /static/js-article.js   (the CSS is gzip-encoded
                                        when accepted)
    /images/lead-<0..11>.jpg (JPEG)  /images/thumb-<0..11>.png /images/logo.png
                                        /images/live-banner.png
    /private/                           disallowed by robots.txt (linked from the footer)
    /js-news/                           article list filled by /static/js-news.js from
                                        /api/js-news?offset=N (5 a time, "Show more" button);
                                        its 23 articles /js-news/<slug>-<1000001..1000023> are
                                        linked from nowhere else (not in sitemaps or feeds)
    /js-article/<slug>-2000001          body rendered by script from /api/js-article/2000001
    /lab/                               links every quirk below
    /lab/gzip                           Content-Encoding: gzip when accepted (Vary)
    /lab/chunked  /lab/chunked-gzip     Transfer-Encoding: chunked, no Content-Length
    /lab/cookies                        three Set-Cookie headers
    /lab/redirect                       301 -> /lab/redirect/step-2, 302 -> /lab/redirect/final
    /lab/missing (and any unknown path) 404 with an HTML body
    /lab/report.pdf                     binary (application/pdf)
    /lab/latin1  /lab/cp1252            ISO-8859-1 and windows-1252 pages (header + meta)
    /lab/duplicate-a  /lab/duplicate-b  identical bodies (revisit records)
    /lab/oversize                       3 MiB text/plain
    /lab/loop-a  <->  /lab/loop-b       302 redirect loop
    /lab/flaky                          503 + cookie, then 200 when the cookie comes back
    /lab/net/                           (not linked from /lab/) what a crawler must refuse or cut:
                                        redirects to 127.0.0.2, 127.2 and 169.254.169.254, a page
                                        whose resources point there, a slow drip, 6 MiB video/mp4

Articles, static files, images and the PDF carry a strong ETag and Last-Modified
and answer If-None-Match / If-Modified-Since with 304. Only absolute URLs depend on
the port (built from the Host header): canonical, og:url, og:image and JSON-LD URLs
in articles and video pages, robots.txt Sitemap lines, sitemaps and RSS (and so
the ETags of article pages). Every other response is the same bytes on any port.

Revisions: `DemoServer.set_revision(2)` adds article N+1 (newest in its section,
first in sitemaps and feeds) and rewrites article N-2 (new body, new dateModified,
new ETag and Last-Modified); all other article pages keep their bytes. Revision r
repeats this r - 1 times; `DemoServer.added_articles` / `.changed_articles` list the ids.
`DemoServer(edits=True)` (`serve-demo --edits`) makes revisions 2 and 3 also edit a
few older articles (headline, byline, published date, paragraphs; new dateModified)
and change only the furniture of others (view and comment counters, a rotated ad,
a "most read" box: new bytes and ETag, same Last-Modified); `.edited_articles` says
which (see `catalog.EDITS`).
"""

from newsarchive.demo.catalog import DEFAULT_ARTICLES, expected_article

__all__ = ["DEFAULT_ARTICLES", "expected_article"]
