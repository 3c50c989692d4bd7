"""Page requisites of a fetched response (the pure functions: `newsarchive.requisites`)."""

from __future__ import annotations

from scrapy.http import TextResponse

from newsarchive.pagebase import response_base
from newsarchive.requisites import requisite_links as links_in


def requisite_links(response: TextResponse) -> list[str]:
    """The requisites a page names, absolute, each once, in page order (no data: URIs, pixels),
    joined with the base its links are (`pagebase.response_base`: its `<base href>`
    wherever it stands, one that is no URL passed over)."""
    return links_in(response.body, response.encoding, response_base(response))
