"""Which articles this run fetched, so that each is fetched once per run.

The crawl state's front door (`run.CrawlStateRun.should_fetch`) asks it. By
default a set in this process; a crawl shared through Redis gets
`newsarchive.shared_ledger.RedisRunLedger`, named by the `STATE_RUN_LEDGER`
setting (the add-on sets it).
"""

from __future__ import annotations

from typing import Protocol


class TakenBack(Exception):
    """A shared ledger's claim refused because the worker no longer holds the request:
    another took it back while this one stalled past its TTL (it is that one's to fetch)."""


class OverLimit(Exception):
    """A shared ledger's claim refused because the run's article set holds `max_articles`
    already: not fetched, and no article of this worker's that gave no item (it frees no
    place, and asks for no article waiting past the limit: each of those was refused in turn)."""


class RunLedger(Protocol):
    """Which articles this run fetched: each is fetched once."""

    def fetched(self, url: str) -> bool:
        """Already fetched by this process in this run."""
        ...

    def claim(self, url: str, held: tuple[str, str] | None = None) -> bool:
        """Take the URL for this process; False when it was fetched already (here or,
        for a shared ledger, by another worker). `held`: where (Redis hash, field) a shared
        crawl's worker holds the request: a shared ledger claims it only while it still does,
        and raises `TakenBack` when it does no longer, `OverLimit` when the run's articles
        reached `max_articles`."""
        ...

    def places_left(self, limit: int) -> int | None:
        """How many more articles the run may fetch under `limit`, counted across a shared
        crawl's workers; None: one process, whose spider counts its own (its frontier)."""
        ...

    def landed(self, url: str) -> bool:
        """A rendered page moved itself to `url` and was read there: taken as `claim` does,
        but not counted as one more of the run's articles (its request's was)."""
        ...

    def first_skip(self, url: str) -> bool:
        """Whether this is the run's first skip of the URL, the one counted (in a shared
        crawl each worker's report counts its own: the same article once across them)."""
        ...

    def gave_no_item(self, url: str) -> None:
        """The article this process claimed gave no item (failed, empty, undecodable): it
        does not count towards a limit on the run's articles (still fetched once here)."""
        ...


class LocalRunLedger:
    """One process's run: a set."""

    def __init__(self) -> None:
        self._urls: set[str] = set()
        self._skipped: set[str] = set()

    def fetched(self, url: str) -> bool:
        return url in self._urls

    def claim(self, url: str, held: tuple[str, str] | None = None) -> bool:
        if url in self._urls:
            return False
        self._urls.add(url)
        return True

    def landed(self, url: str) -> bool:
        """One process's limit is its spider's, which counts requests: a claim."""
        return self.claim(url)

    def places_left(self, limit: int) -> int | None:
        return None

    def forget(self, url: str) -> None:
        """Not fetched here after all (a shared crawl's request another worker took back)."""
        self._urls.discard(url)

    def first_skip(self, url: str) -> bool:
        if url in self._skipped:
            return False
        self._skipped.add(url)
        return True

    def gave_no_item(self, url: str) -> None:
        """Nothing to do: one process's limit is its spider's (newsarchive.spiders.frontier)."""
