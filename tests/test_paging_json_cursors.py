"""A "load more" whose answers hand on a cursor that is a JSON list or object, on one crawl.

Search APIs page by the last item's sort values (`"next": ["2026-12-01", 8]`) and keyset
APIs by an object (`"next": {"day": "2026-12-01", "id": 8}`). The next request must carry
the value as the server gave it: in a JSON body, the list or object itself; in a query,
its compact JSON. Before, a list went into a JSON body as a string ("[\\"2026-12-01\\",8]"),
which such a server refuses, and an object was no cursor at all: each section ended after
its first batch (tests/plugins/structured_cursors.py is the site's profile).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from newsarchive.sites.base import Cursor, ShowMore
from newsarchive.spiders.paging import first_request, show_more_body, show_more_url
from newsarchive.spiders.sources import cursor_text, read_show_more
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import answering_origin

HTML = {"Content-Type": "text/html; charset=utf-8"}
JSON = {"Content-Type": "application/json"}
STORIES = 14  # each section's stories; its page shows the first 4
DAY = "2026-12-01"
SECTIONS = ("markets", "science", "arts")


def _story(section: str, n: int) -> str:
    return f"/story/{section}-{n}"


def _cursor(section: str, n: int) -> Any:
    """The cursor an answer hands on after `n` stories: a list, or an object."""
    return [DAY, n] if section == "markets" else {"day": DAY, "id": n}


def _batch(section: str, after: Any) -> tuple[int, Mapping[str, str], bytes]:
    """The batch after `after` (None: after the page's 4); a cursor of another shape: 400,
    as a server whose cursor is no string answers one."""
    handed = [n for n in range(STORIES) if after == _cursor(section, n)]
    if after is not None and not handed:
        return 400, {"Content-Type": "text/plain"}, f"bad cursor {after!r}".encode()
    start = handed[0] if handed else 4
    end = min(start + 4, STORIES)
    data: dict[str, Any] = {"teasers": [{"url": _story(section, n)} for n in range(start, end)]}
    data["next"] = _cursor(section, end) if end < STORIES else None
    return 200, JSON, json.dumps(data).encode()


class Origin:
    def __init__(self) -> None:
        self.cursors: list[tuple[str, Any]] = []

    def answer(self, target: str) -> tuple[int, Mapping[str, str], bytes]:
        path, _, query = target.partition("?")
        for section in SECTIONS:
            if path == f"/{section}/":
                links = "".join(f'<a href="{_story(section, n)}">{n}</a>' for n in range(4))
                return 200, HTML, f"<html><body>{links}</body></html>".encode()
            if path.startswith(f"/story/{section}-"):
                text = "".join(f"<p>{path}, paragraph {n} of the story.</p>" for n in range(12))
                return 200, HTML, f"<html><head><title>{path}</title></head><body>{text}".encode()
        if path == "/api/more":
            asked = parse_qs(query)
            raw = asked.get("after", [""])[0]
            after = json.loads(raw) if raw else None
            self.cursors.append((asked["section"][0], after))
            return _batch(asked["section"][0], after)
        return 404, {"Content-Type": "text/plain"}, b"not here"

    def answer_post(self, path: str, body: bytes) -> tuple[int, Mapping[str, str], bytes]:
        sent = json.loads(body)
        after = sent.get("searchAfter", sent.get("after"))
        self.cursors.append((sent["section"], after))
        return _batch(sent["section"], after)


SPIDERS = "newsarchive.spiders,tests.plugins.structured_cursors"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Origin, CrawlResult]]:
    origin = Origin()
    with answering_origin(origin.answer, answer_post=origin.answer_post) as url:
        out = tmp_path_factory.mktemp("json-cursors")
        settings = {"SPIDER_MODULES": SPIDERS, "STATE_ENABLED": "0"}
        args = {"site": "jsoncursors", "base_url": url, "requisites": "0", "depth": "10"}
        yield origin, run_crawl("news", args, settings, out)


def test_every_story_of_each_section_is_found(site: tuple[Origin, CrawlResult]) -> None:
    _, crawl = site
    fetched = sorted(item["url"].split("/", 3)[3] for item in crawl.items())
    expected = sorted(_story(s, n)[1:] for s in SECTIONS for n in range(STORIES))
    assert fetched == expected, crawl.log[-3000:]


def test_each_cursor_goes_back_as_the_server_gave_it(site: tuple[Origin, CrawlResult]) -> None:
    origin, _ = site
    expected = [(s, None) for s in SECTIONS]
    expected += [(s, _cursor(s, n)) for s in SECTIONS for n in (8, 12)]
    assert sorted(origin.cursors, key=repr) == sorted(expected, key=repr)


@pytest.mark.parametrize(
    ("given", "body", "query"),
    [
        ([DAY, 8], [DAY, 8], '["2026-12-01",8]'),
        ({"day": DAY, "id": 8}, {"day": DAY, "id": 8}, '{"day":"2026-12-01","id":8}'),
        ([[1, "a"], {"k": None}], [[1, "a"], {"k": None}], '[[1,"a"],{"k":null}]'),
        ("c8", "c8", "c8"),  # a string stays a string, whatever it reads as
        ('["not", "a list"]', '["not", "a list"]', '["not", "a list"]'),
        (8, "8", "8"),
    ],
)
def test_the_next_request_carries_the_value(given: Any, body: Any, query: str) -> None:
    spec = ShowMore(
        url="/api/more?after={cursor}",
        body={"after": "{cursor}"},
        items_path=("teasers",),
        cursor=Cursor(field=("next",)),
    )
    cursor = read_show_more({"teasers": [{"url": "/story/a-1"}], "next": given}, spec).cursor
    assert cursor is not None
    assert json.loads(show_more_body(spec, "x", cursor=cursor) or b"") == {"after": body}
    sent = parse_qs(urlsplit(show_more_url(spec, "x", cursor=cursor)).query)["after"]
    assert sent == [query]


@pytest.mark.parametrize("given", [[], {}, None, False, ""])
def test_an_empty_value_is_no_cursor(given: Any) -> None:
    assert cursor_text(given) is None


@pytest.mark.parametrize(
    ("answer", "cursor"),
    [
        # no field named: an object or a nested list under a common key is no cursor
        ({"next": {"href": "/api?page=2"}}, None),
        ({"cursor": {"day": DAY, "id": 8}}, None),
        ({"next": [[1, "a"], {"k": None}]}, None),
        # ... and the search goes on to the next common key
        ({"next": {"href": "/api?page=2"}, "paging": {"next": "c8"}}, "c8"),
        # scalars and a list of scalars (`searchAfter`) as before
        ({"nextCursor": "c8"}, "c8"),
        ({"searchAfter": [DAY, 8]}, '["2026-12-01",8]'),
    ],
)
def test_without_a_field_named_only_scalars_and_their_lists(answer: Any, cursor: str) -> None:
    """A profile's `Cursor()` that names no field: an object under `next` was put in the
    template as a cursor, one bad request (`after={"href":...}`) where the section ended."""
    spec = ShowMore(url="/api/more?after={cursor}", items_path=("teasers",), cursor=Cursor())
    found = read_show_more({"teasers": [{"url": "/story/a-1"}], **answer}, spec)
    assert found is not None
    assert found.cursor == cursor


@pytest.mark.parametrize(
    ("attribute", "field", "body", "query"),
    [
        ('["2026-12-01", 8]', ("next",), [DAY, 8], '["2026-12-01", 8]'),
        ('["2026-12-01", 8]', (), [DAY, 8], '["2026-12-01", 8]'),
        ('{"day": "2026-12-01", "id": 8}', ("next",), {"day": DAY, "id": 8}, None),
        # an object is a cursor's value only where the profile names the field
        ('{"day": "2026-12-01"}', (), '{"day": "2026-12-01"}', None),
        ("c8", ("next",), "c8", "c8"),
        ("8", ("next",), "8", "8"),  # a token of digits stays a string, as it came before
        ("[not json", ("next",), "[not json", "[not json"),
    ],
)
def test_a_first_cursor_from_the_page_goes_as_later_ones_do(
    attribute: str, field: tuple[str, ...], body: Any, query: str | None
) -> None:
    """`Cursor.first` reads the page's `data-cursor`, always text: a list there was POSTed
    as a string, the later cursors of the same listing as lists."""
    spec = ShowMore(
        url="/api/more?after={cursor}",
        body={"after": "{cursor}"},
        items_path=("teasers",),
        cursor=Cursor(field=field, first="button.more::attr(data-cursor)"),
    )
    html = f"<html><body><button class=more data-cursor='{attribute}'>More</button></body></html>"
    found = first_request(html, spec, "x", 4)
    assert found is not None
    _, _, cursor = found
    assert json.loads(show_more_body(spec, "x", cursor=cursor) or b"") == {"after": body}
    sent = parse_qs(urlsplit(show_more_url(spec, "x", cursor=cursor)).query)["after"]
    assert sent == [query or attribute]


def test_a_link_object_under_next_ends_a_section_whose_cursor_names_no_field(
    tmp_path: Path,
) -> None:
    """On a real crawl: `"next": {"href": ...}` under a profile's `Cursor()` is no cursor,
    the section ends after its first batch, and no request carries the object."""
    asked: list[str] = []

    def answer(target: str) -> tuple[int, Mapping[str, str], bytes]:
        asked.append(target)
        path, _, query = target.partition("?")
        if path == "/opinion/":
            links = "".join(f'<a href="{_story("opinion", n)}">{n}</a>' for n in range(4))
            return 200, HTML, f"<html><body>{links}</body></html>".encode()
        if path.startswith("/story/opinion-"):
            text = "".join(f"<p>{path}, paragraph {n} of the story.</p>" for n in range(12))
            return 200, HTML, f"<html><head><title>{path}</title></head><body>{text}".encode()
        if path == "/api/more" and parse_qs(query).get("after") == ["4"]:
            teasers = [{"url": _story("opinion", n)} for n in range(4, 8)]
            data = {"teasers": teasers, "next": {"href": "/api/more?section=opinion&page=3"}}
            return 200, JSON, json.dumps(data).encode()
        return 400, {"Content-Type": "text/plain"}, b"bad cursor"

    with answering_origin(answer) as url:
        settings = {"SPIDER_MODULES": SPIDERS, "STATE_ENABLED": "0"}
        args = {"site": "hrefcursors", "base_url": url, "requisites": "0", "depth": "10"}
        crawl = run_crawl("news", args, settings, tmp_path)
    fetched = sorted(item["url"].split("/", 3)[3] for item in crawl.items())
    assert fetched == sorted(_story("opinion", n)[1:] for n in range(8)), crawl.log[-3000:]
    api = [target for target in asked if target.startswith("/api/")]
    assert api == ["/api/more?section=opinion&after=4"], asked
