"""Signals of newsarchive's own components (Scrapy's are in scrapy.signals).

Components that fetch outside Scrapy's downloader (the browser) hand what they
saw to the WARC extension through these, so WARC writing stays in one place;
the WARC extension says through them what it wrote.
`crawler.signals.send_catch_log(...)` returns the receivers' results: the WARC
extension returns a `newsarchive.warc.exchange.RecordRef` for what it wrote.
"""

# exchange=HttpExchange: one HTTP request/response seen by a browser.
exchange_captured = object()

# uri=str, content_type=str, data=bytes, concurrent_to=str | None (a record id):
# something derived from a page (rendered DOM, screenshot) kept as a `resource` record.
resource_captured = object()

# files=list[str]: the names of the WARC files the crawl closed, sent once by the WARC
# extension at spider_closed (the run report lists them).
warc_files_closed = object()

# done=Deferred (fires with the closed files' names), writing=list[str] (their URLs): sent
# by the WARC extension at spider_closed when large bodies are still being archived (a
# browser capture given up before its download's record was written): the files are closed
# once they are. The run report waits for `done` (or, if the process stops first, names
# `writing`).
warc_files_closing = object()

# url=str, reason=str: a page ExtractArticlePipeline could extract nothing from (its worker
# crashed or timed out, or extraction raised): the reason, one line ("crashed: worker exit
# code 9", "ValueError: ..."). `python -m newsarchive check` names it.
extraction_failed = object()

# request=Request: an article request the crawl state dropped as the spider yielded it
# (newsarchive.state.middleware.IncrementalSpiderMiddleware), e.g. known and unchanged.
# The news spider does not count it towards `max_articles`: this run does not fetch it.
article_skipped = object()

# (no arguments): a shared crawl's run was started afresh while this worker stalled past its
# TTL (newsarchive.distributed); what components know of the old run (the articles and
# listings the spider asked for, the crawl state's requests) is dropped.
run_replaced = object()

# request=Request: sent by the download handler (newsarchive.browser.front) as a request
# leaves its slot's queue to be downloaded, after DOWNLOAD_DELAY and the slot's concurrency
# kept it waiting there (the downloader middlewares' process_request ran before that wait).
# A receiver returning a reason (str) refuses the download: IgnoreRequest with that reason.
download_starting = object()
