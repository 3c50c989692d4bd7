"""Imported by the extraction fork server (newsarchive.workers, `WorkerConfig.preload`):
py3langid's model (~0.6 s CPU, ~40 MB) is unpacked once there, and every worker it forks
shares those pages, where each worker unpacked its own at its warm-up. So are the towns'
and given names' tables (`placenames`, `givennames`: 0.2-0.8 s each, read on first use):
the warm-up page needs neither, and the first byline in each worker that did
("Muster, Lörrach") paid for them in the middle of the crawl.

A table or model that cannot be loaded here is left to each worker, as before (the fork
server passes over an ImportError only: any other error would end it, and every worker
with it).
"""

from __future__ import annotations

import contextlib

from newsarchive.extract import givennames, placenames, textlang

with contextlib.suppress(Exception):
    textlang.preload()
with contextlib.suppress(Exception):
    givennames.preload()
with contextlib.suppress(Exception):
    placenames.preload()
