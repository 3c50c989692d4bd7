"""Preloaded by an extraction fork server in tests/test_workers_preload_log.py: logs a line
as it is imported, as a module loading a model may ("model not found: fallback")."""

from __future__ import annotations

import logging

logging.getLogger("newsarchive.extract.loud").warning("loaded the fallback language table")
logging.getLogger("newsarchive.extract.loud").debug("a debug line the crawl does not take")
