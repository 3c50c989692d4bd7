"""Items the crawl produces (plain dataclasses, handled through itemadapter)."""

from __future__ import annotations

import asyncio
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Any

from newsarchive.extract.article import Article
from newsarchive.provenance import Provenance


class RequisitesWanted:
    """A spider's wish for the requisite links of a page it hands on, answered once.

    The extraction pipeline's worker parses the page anyway: it answers with the
    links it found there, so the crawl's own process need not parse the page a
    second time. None means the page was not parsed (a failed extraction, no
    extraction pipeline): the spider then finds the links itself. Lives on the
    crawl's event loop; never crosses to a worker process.
    """

    def __init__(self) -> None:
        self._links: asyncio.Future[list[str] | None] = asyncio.get_running_loop().create_future()

    def answer(self, links: list[str] | None) -> None:
        """The links found (or None); later answers are ignored."""
        if not self._links.done():
            self._links.set_result(links)

    def __await__(self) -> Generator[Any, None, list[str] | None]:
        return self._links.__await__()


@dataclass
class ArticlePage:
    """A fetched article page, handed by a spider to the extraction pipeline.

    Spiders only navigate: they yield this, and `ExtractArticlePipeline` turns
    it into an `ArticleItem` off the reactor thread. It is never exported.
    """

    url: str
    body: bytes
    encoding: str
    site: str | None = None
    provenance: Provenance = field(default_factory=Provenance)
    # Set when the spider wants the page's requisite links from whoever parses it.
    requisites: RequisitesWanted | None = field(default=None, compare=False, repr=False)
    # Its record holds the page cut at a size limit (WARC-Truncated: length): the item says so.
    stored_cut: bool = False

    # The item's names for the provenance, read through (an item exports these).
    @property
    def fetched_at(self) -> str | None:
        return self.provenance.fetched_at

    @property
    def warc_file(self) -> str | None:
        return self.provenance.warc_file

    @property
    def warc_record_id(self) -> str | None:
        return self.provenance.record_id

    @property
    def warc_offset(self) -> int | None:
        return self.provenance.offset


@dataclass
class ArticleItem(Article):
    """Metadata of one archived article, with the WARC record that holds its page.

    The extracted fields are `newsarchive.extract.Article`'s; these add where
    the page came from and where it is archived (a `Provenance`, exported
    under these keys: build with `ArticleItem(..., **provenance.item_fields())`).
    """

    site: str | None = None
    fetched_at: str | None = None
    warc_file: str | None = None
    warc_record_id: str | None = None
    warc_offset: int | None = None
    # Incremental runs (newsarchive.state): 1 for the first body archived at this URL,
    # +1 each time it changed; `previous_capture` is the WARC-Date of the version before.
    version: int | None = None
    previous_capture: str | None = None

    @property
    def provenance(self) -> Provenance:
        return Provenance(self.fetched_at, self.warc_file, self.warc_record_id, self.warc_offset)
