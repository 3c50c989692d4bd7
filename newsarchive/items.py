"""Items the crawl produces (plain dataclasses, handled through itemadapter)."""

from __future__ import annotations

from dataclasses import dataclass

from newsarchive.extract.article import Article


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
    fetched_at: str | None = None
    warc_file: str | None = None
    warc_record_id: str | None = None
    warc_offset: int | None = None


@dataclass
class ArticleItem(Article):
    """Metadata of one archived article, with the WARC record that holds its page.

    The extracted fields are `newsarchive.extract.Article`'s; these add where
    the page came from and where it is archived.
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
