"""Crawl state across runs: what was archived, where, and what a new run may skip.

`run` is the front door: one `CrawlStateRun` per crawl, opened by `extension`
(its owner, which puts it on the crawler) and found by the others with
`crawl_state(crawler)`; it alone decides what a run fetches ("once per run"
included). Behind it: `store` (SQLite), `lock` (one run at a time), `policy`
(pure decisions: what to fetch again). Around it: `middleware` (traffic ->
the state), `pipeline` (item versions), `dedup` (the persistent payload index
the WARC writer consults for revisits).
"""
