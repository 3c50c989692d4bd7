"""Imported by the extraction fork server when it forks more than one worker
(newsarchive.pipelines.preload_for): the towns' and given names' tables (`placenames`,
`givennames`: 0.2-0.8 s each, read on first use) are read once there and shared; the warm-up
page needs neither, and the first byline in each worker that did ("Muster, Lörrach") paid for
them in the middle of the crawl. A crawl with one worker leaves them to their first use: the
worker pays them once either way, and a crawl whose bylines never ask for them (a small
crawl, most of the test suite's) not at all.

A table that cannot be loaded here is left to each worker (see `preload`).
"""

from __future__ import annotations

import contextlib

from newsarchive.extract import givennames, placenames

with contextlib.suppress(Exception):
    givennames.preload()
with contextlib.suppress(Exception):
    placenames.preload()
