"""Page requisites of a fetched response (the pure functions: `newsarchive.requisites`)."""

from __future__ import annotations

from scrapy.http import TextResponse
from scrapy.utils.response import get_base_url

from newsarchive.requisites import requisite_links as links_in


def requisite_links(response: TextResponse) -> list[str]:
    """The requisites a page names, absolute, each once, in page order (no data: URIs, pixels)."""
    try:
        base = get_base_url(response)
    except ValueError:  # a <base href> that is no URL (`http://[::1`): a browser ignores it
        base = response.url
    return links_in(response.body, response.encoding, base)
