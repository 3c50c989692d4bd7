"""Imported as a spider module (SPIDER_MODULES): registers the site profile `jsoncursors`,
whose "load more" answers hand on a cursor that is a JSON list or object (a search
engine's sort values, `["2026-12-01", 8]`; a keyset, `{"day": ..., "id": ...}`):
`markets` and `science` POST it back in a JSON body, `arts` GETs it in the query; and
`hrefcursors`, whose `Cursor()` names no field."""

from __future__ import annotations

from newsarchive.sites import SITES
from newsarchive.sites.base import Cursor, LinkRules, ShowMore, SiteProfile


def _posted(field: str) -> ShowMore:
    return ShowMore(
        url="/api/more",
        body={"section": "{section}", field: "{cursor}"},
        items_path=("teasers",),
        cursor=Cursor(field=("next",)),
        size=4,
    )


SITES["jsoncursors"] = SiteProfile(
    name="jsoncursors",
    base_url="",
    domains=(),
    sections={"markets": "/markets/", "science": "/science/", "arts": "/arts/"},
    articles=LinkRules(allow=(r"^/story/[a-z]+-\d+$",)),
    discover=("sections",),
    show_more_sections={
        "markets": _posted("searchAfter"),
        "science": _posted("after"),
        "arts": ShowMore(
            url="/api/more?section={section}&after={cursor}",
            items_path=("teasers",),
            cursor=Cursor(field=("next",)),
            size=4,
        ),
    },
)


# `hrefcursors`: the profile's `Cursor()` names no field, and the answer's `next` is a
# link object (`{"href": ...}`) no request of this template can carry: the section ends
SITES["hrefcursors"] = SiteProfile(
    name="hrefcursors",
    base_url="",
    domains=(),
    sections={"opinion": "/opinion/"},
    articles=LinkRules(allow=(r"^/story/[a-z]+-\d+$",)),
    discover=("sections",),
    show_more_sections={
        "opinion": ShowMore(
            url="/api/more?section={section}&after={cursor}",
            items_path=("teasers",),
            cursor=Cursor(start="4"),
            size=4,
        ),
    },
)
