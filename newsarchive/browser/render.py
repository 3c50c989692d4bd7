"""What a spider asks for with `meta["newsarchive_render"]`.

- `True` or `"page"`: render the page as it loads (an article).
- `"listing"`: render, then click the generic "Show more" buttons.
- a dict `{"show_more": selector | [selectors] | None, "scroll": bool}`: a
  listing driven with a profile's own selector and/or infinite scroll.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from newsarchive import request_meta as meta_keys

RENDER_META = meta_keys.RENDER
# The request's PageCapture, for the middleware and the handler (a live object: never queued).
CAPTURE_META = "newsarchive_browser_capture"
# What the handler runs on the loaded page (driving, archiving): a live object too.
FINISH_META = "newsarchive_browser_finish"
# What reads the page's HTML for scrapy-playwright once the page stays put (live too).
READ_META = "newsarchive_browser_read"


@dataclass(frozen=True)
class RenderSpec:
    listing: bool = False
    show_more: tuple[str, ...] | None = None  # None: BROWSER_SHOW_MORE_SELECTORS
    scroll: bool = False


def _selectors(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ValueError(f"show_more must be a selector or a list of selectors, not {value!r}")


def render_spec(value: Any) -> RenderSpec | None:
    """The spec for a meta value; None when the request is not rendered."""
    if value is None or value is False:
        return None
    if value is True or value == "page":
        return RenderSpec()
    if value == "listing":
        return RenderSpec(listing=True)
    if isinstance(value, Mapping):
        unknown = set(value) - {"show_more", "scroll"}
        if unknown:
            raise ValueError(f"{RENDER_META}: unknown keys {sorted(unknown)}")
        return RenderSpec(
            listing=True,
            show_more=_selectors(value.get("show_more")),
            scroll=bool(value.get("scroll", False)),
        )
    raise ValueError(f"{RENDER_META} must be True, 'page', 'listing' or a dict, not {value!r}")
