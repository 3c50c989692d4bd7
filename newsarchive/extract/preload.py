"""Imported by the extraction fork server (newsarchive.workers, `WorkerConfig.preload`):
py3langid's model (~0.6 s CPU, ~40 MB) is unpacked once there, and every worker it forks
shares those pages, where each worker unpacked its own at its warm-up. The towns' and given
names' tables are `preload_tables`' (loaded there only for more than one worker).

A model that cannot be loaded here is left to each worker, as before (the fork server
passes over an ImportError only: any other error would end it, and every worker with it).
"""

from __future__ import annotations

import contextlib

from newsarchive.extract import textlang

with contextlib.suppress(Exception):
    textlang.preload()
