"""Crawl state across runs: what was archived, where, and what a new run may skip.

`store` (SQLite), `lock` (one run at a time), `policy` (what to fetch again),
`middleware` (the policy applied to traffic), `extension` (opening the state,
committing captures once their WARC records are on disk), `dedup` (the
persistent payload index the WARC writer consults for revisits).
"""
