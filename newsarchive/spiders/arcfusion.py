"""An Arc XP section's next batch, from the content its page cached.

Arc pages cache each content source's answer under the JSON query that asked it
(`Fusion.contentCache`); the section's list is the one with an offset, and its
next batch is asked where Arc's "load more" asks it.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlencode

from parsel import Selector

from newsarchive.pagebase import join, page_base
from newsarchive.spiders.jsonlisting import DEPTH, json_object, links_in, offset_moved_on

FUSION_CACHE = re.compile(r"Fusion\.contentCache\s*=\s*")
FUSION_SITE = re.compile(r"Fusion\.arcSite\s*=\s*[\"']([^\"']+)")
FUSION_DEPLOYMENT = re.compile(r"Fusion\.deployment\s*=\s*[\"']?(\w+)")
FUSION_FETCH = "/pf/api/v3/content/fetch/"


def fusion_next_url(page: Selector, url: str, base: str | None = None) -> str | None:
    """The URL of an Arc XP section's next batch: its page caches each content source's
    answer under the JSON query that asked it (`Fusion.contentCache`); the source whose
    query has an offset and whose answer lists the most links is the section's list, and
    its next batch is that query with the offset moved on, asked where Arc's "load more"
    asks it (`/pf/api/v3/content/fetch/<source>?query=...&d=<deployment>&_website=<site>`),
    a root-relative URL joined with the page's base (its `<base href>`, `pagebase`)."""
    for script in page.xpath("//script[contains(., 'Fusion.contentCache')]/text()").getall():
        found = FUSION_CACHE.search(script)
        try:
            cache = json.JSONDecoder().raw_decode(script, found.end())[0] if found else None
        except (ValueError, RecursionError):  # RecursionError: nested past Python's stack
            continue
        best = _fusion_list(cache) if isinstance(cache, dict) else None
        if best is None:
            continue
        source, query = best
        params = [("query", json.dumps(query, separators=(",", ":")))]
        for name, pattern in (("d", FUSION_DEPLOYMENT), ("_website", FUSION_SITE)):
            if (match := pattern.search(script)) is not None:
                params.append((name, match[1]))
        where = page_base(page, url) if base is None else base
        return join(where, FUSION_FETCH + source + "?" + urlencode(params))
    return None


def _fusion_list(cache: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """(source, the next batch's query) of the cached answer listing the most links."""
    best: tuple[int, str, dict[str, Any]] | None = None
    for source, answers in cache.items():
        if not isinstance(answers, dict):
            continue
        for key, answer in answers.items():
            query = json_object(key)
            links = len(set(links_in(answer, DEPTH)))
            moved = offset_moved_on(query, links) if query is not None and links >= 2 else None
            if moved is not None and (best is None or links > best[0]):
                best = (links, source, moved[0])
    return (best[1], best[2]) if best is not None else None
