"""Imported as a spider module (SPIDER_MODULES): registers the site profile `postedmore`,
whose sections' "load more" is a JSON body POSTed to one endpoint (a GraphQL-style API):
`world` by offset, `sport` by the cursor each answer hands on."""

from __future__ import annotations

from newsarchive.sites import SITES
from newsarchive.sites.base import Cursor, LinkRules, ShowMore, SiteProfile
from tests.plugins.posted_more_api import QUERY

SITES["postedmore"] = SiteProfile(
    name="postedmore",
    base_url="",
    domains=(),
    sections={"world": "/world/", "sport": "/sport/"},
    articles=LinkRules(allow=(r"^/story/[a-z]+-\d+$",)),
    discover=("sections",),
    show_more_sections={
        "world": ShowMore(
            url="/graphql",
            body={
                "query": QUERY,
                "variables": {"section": "{section}", "offset": "{offset}", "limit": "{size}"},
            },
            items_path=("data", "teasers"),
            more_field=("data", "hasMore"),
            size=4,
        ),
        "sport": ShowMore(
            url="/graphql",
            body={"query": QUERY, "variables": {"section": "{section}", "after": "{cursor}"}},
            items_path=("data", "teasers"),
            cursor=Cursor(field=("data", "endCursor"), first="[data-cursor]::attr(data-cursor)"),
            size=4,
        ),
    },
)
