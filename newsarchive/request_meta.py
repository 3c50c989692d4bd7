"""Request meta keys that carry facts from one component to another.

Kept in one place so that renaming one cannot silently cut the link between
the component that sets it and the one that reads it.
"""

# Set by the WARC extension: the RecordRef of the record holding the response.
WARC_RECORD = "newsarchive_warc"
# Set by the WARC extension when the response could not be written (a full disk): the
# crawl is stopping, and an item for the page would point at no record (the next run
# fetches the page again and exports its item then).
WARC_FAILED = "newsarchive_warc_failed"
# Set by the WARC extension while a large (spooled) body is written off the reactor thread:
# a Deferred that fires once WARC_RECORD or WARC_FAILED is set. Awaited and removed by
# newsarchive.warc.extension.LargeBodyMiddleware before any other middleware sees the answer.
WARC_PENDING = "newsarchive_warc_pending"
# Set by the crawl state on a conditional re-fetch, read by the WARC extension on a
# 304: (RecordRef, payload digest) of the capture that is still current.
WARC_NOT_MODIFIED = "newsarchive_warc_not_modified"
# Set by spiders, read by newsarchive.browser: render this request (True or a dict of
# how to drive a listing).
RENDER = "newsarchive_render"
# Set by spiders, read by the crawl state: this request is a page's requisite (an image,
# stylesheet or script), asked conditionally when an earlier run archived it.
REQUISITE = "newsarchive_requisite"
# Set by spiders, read by the crawl state: this request is an article ...
ARTICLE = "newsarchive_article"
# ... its listing, feed or sitemap dated its last change so (a datetime) ...
LISTED_MODIFIED = "newsarchive_listed_modified"
# ... and it was requested once already this run; a later listing dates it later.
RELISTED = "newsarchive_relisted"
# ... its other spellings the listings wrote, the next asked where this one fails (a list,
# `Frontier.spelled`): a shared crawl's worker that fetches it without having listed the
# article learns them from here (`Frontier.learn_spellings`) ...
SPELLINGS = "newsarchive_spellings"
# ... and this request put the article in the news spider's `max_articles` count: if the
# crawl state drops it (known, unchanged), the spider takes it out again.
COUNTED = "newsarchive_counted"
# Set by the `follow` spider on its start request (kept across redirects and retries):
# a run whose start page never came archived nothing and fails (exit status 1).
START_PAGE = "newsarchive_start_page"
# Set by spiders, read by the crawl state: the site profile's section whose listing named
# the article (not the section its page declares: that is the item's `section`).
LISTING_SECTION = "newsarchive_section"
# Set by the crawl state on a re-fetch of a known article that a browser renders: asked
# without conditional headers (Chromium cannot render a 304). Counted by newsarchive.browser.
UNCONDITIONAL = "newsarchive_unconditional"
# Set by the download handler (newsarchive.network.download) on a body too large for
# memory: a SpooledBody (newsarchive.warc.exchange) the WARC extension archives from.
SPOOLED_BODY = "newsarchive_spooled_body"
# Set by the download handler on a chunked answer that ended with a trailer section: its
# field lines as served (bytes), for the WARC record (newsarchive.warc.httpmessage).
TRAILER_LINES = "newsarchive_trailer_lines"
# Set by the download handler on every answer it parsed: its header fields as served, in
# order, (name, value) bytes, hop-by-hop ones too, for the WARC record (Scrapy's dict of
# headers loses their order and Twisted keeps the hop-by-hop ones apart).
HEADER_LINES = "newsarchive_header_lines"
# Response flags the download handler sets: the body was cut at DOWNLOAD_MAX_TIME
# (archived `WARC-Truncated: time`) / is only in the spool file (response.body empty).
TIME_LIMIT_FLAG = "time_limit"
SPOOLED_FLAG = "spooled"
# Set by a shared crawl's worker (newsarchive.shared_scheduler) on a request another worker
# took back while this one stalled past its TTL, dropped here: that worker fetches it, so a
# listing page's section is not this worker's to end "failed".
LEFT_TO_TAKER = "newsarchive_left_to_taker"
# Set by the crawl state's middleware on a shared crawl's article request whose claim was
# refused as the run's articles (all workers') reached `max_articles`: not fetched, and no
# article that gave no item (the news spider frees no place for it, asks for none waiting).
OVER_LIMIT = "newsarchive_over_limit"
# Set by the crawl state's middleware (newsarchive.state.middleware) on a shared crawl's held
# article request it counted in `state/fetch/<reason>` (the reason), taken off as its download
# begins: one refused then (taken back while it waited in its slot) was not fetched here.
FETCH_COUNTED = "newsarchive_fetch_counted"
# Set by the crawl state's middleware on an article request it dropped as known and
# unchanged, or fetched already in this run: a skip, not an article that gave no item (the
# news spider's errback gives its `max_articles` place back and counts no refusal).
STATE_SKIPPED = "newsarchive_state_skipped"
# Set where an article request was asked of the crawl state before it was queued
# (`newsarchive.state.middleware.passes_state`): outside the spider middlewares, a waiting
# article an errback or spider_idle requests; the spider middleware does not ask again.
STATE_ASKED = "newsarchive_state_asked"
# Set by the news spider on its listing pages (never dont_filter themselves): their redirects go
# through the duplicate filter even after a retry set dont_filter (newsarchive.network.redirects).
FILTERED_REDIRECTS = "newsarchive_filtered_redirects"
# Set by newsarchive.network.offsite on a request it drops as outside the spider's domains,
# read by newsarchive.network.redirects: a redirect hop dropped so is named and counted.
OFFSITE_DROPPED = "newsarchive_offsite_dropped"
# Set by newsarchive.network.offsite on a request to a host the spider took in as its start
# page moved there (`[the host it moved from, the host]`, the spider's `moved_hosts`): a
# shared crawl's other workers, a worker restarted into the run, never saw the move, and
# take the host in from this (`spiders.scope.marked_move`) where they dropped it as offsite.
MOVED_HOST = "newsarchive_moved_host"
# Set by the news spider on a sitemap or feed request it asked in the other scheme than the
# page naming it wrote (`SitemapsAndFeeds.written`): the URL as written, asked where the folded
# one answers 404/410 or no answer at all (`SitemapRequests._folded_source_failed`).
WRITTEN_SOURCE = "newsarchive_written_source"
