"""A time printed as "2:26 PM GMT+2" (the spelling a browser's locale gives a time rendered
for its reader) does not respell the page's UTC metadata as that offset: the metadata's
instant and spelling stand. Where the page states nothing else, the printed offset still
dates it; an offset printed as "+01:00" in a `datetime` attribute is the publisher's.

Every page and string here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

from datetime import datetime

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.dateparse import zone_named
from newsarchive.extract.datetext import parse_text, printed_gmt

_TITLE = "Airline says no proof its plane hit a bird on take-off"
_STORY = (
    "<p>The airline said on Tuesday that investigators had found no evidence of a bird strike on the engine.</p>"
    * 3
)
_META = "<meta property='article:published_time' content='2026-04-25T12:26:15Z'>"


def _page(head: str, above: str, below: str) -> str:
    return (
        f"<html lang='en'><head><title>{_TITLE}</title>{head}</head><body><main><article>"
        f"<header>{above}<h1>{_TITLE}</h1>{below}</header>{_STORY}</article></main></body></html>"
    )


_URL = "https://www.wire.example.com/business/airline-says-no-proof-of-bird-strike-2026-04-25/"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # a UTC metadata date and the reader's rendering of the same instant, above the headline
        pytest.param(
            _page(
                _META,
                "<div class='dateline'><span>April 25, 2026</span><span>2:26 PM GMT+2</span></div>",
                "",
            ),
            "2026-04-25T12:26:15+00:00",
            id="gmt-kicker",
        ),
        # ... and under it
        pytest.param(
            _page(_META, "", "<div class='dateline'>April 25, 2026 2:26 PM UTC+2</div>"),
            "2026-04-25T12:26:15+00:00",
            id="utc-under",
        ),
        pytest.param(
            _page(_META, "", "<div class='dateline'>April 25, 2026 8:26 AM GMT-4</div>"),
            "2026-04-25T12:26:15+00:00",
            id="gmt-minus",
        ),
        # guards: a publisher's own offset in a datetime attribute respells the UTC meta
        pytest.param(
            _page(
                _META,
                "",
                "<time datetime='2026-04-25T14:26:15+02:00'>25/04/2026 - 14:26 GMT+2</time>",
            ),
            "2026-04-25T14:26:15+02:00",
            id="datetime-attr",
        ),
        # a naive metadata time takes the offset the page prints, "GMT+3" too
        pytest.param(
            _page(
                "<meta property='article:published_time' content='2026-04-25T14:26:15'>",
                "",
                "<div class='dateline'>Updated: April 25, 2026 4:00 PM GMT+3</div>",
            ),
            "2026-04-25T14:26:15+03:00",
            id="naive-meta-gmt",
        ),
        # a printed GMT offset alone dates the page
        pytest.param(
            _page("", "", "<div class='dateline'>April 25, 2026 2:26 PM GMT+2</div>"),
            "2026-04-25T14:26:00+02:00",
            id="gmt-alone",
        ),
    ],
)
def test_printed_gmt_offset(html: str, expected: str) -> None:
    assert extract_article(html, _URL).published == expected


@pytest.mark.parametrize(
    ("text", "gmt"),
    [
        ("April 25, 2026 2:26 PM GMT+2", True),
        ("25.04.2026, 14:26 Uhr (UTC+2)", True),
        ("2026-04-25 14:26 +02:00", False),
        ("25.04.2026 14:26 -0500", False),
    ],
)
def test_printed_gmt(text: str, gmt: bool) -> None:
    found = parse_text(text, zone_named)
    assert isinstance(found, datetime) and found.tzinfo is not None
    assert printed_gmt(found) is gmt
