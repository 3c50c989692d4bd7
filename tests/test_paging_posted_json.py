"""A "load more" that POSTs a JSON body (a GraphQL-style API) for the next batch.

One crawl of a site written here with a profile (tests/plugins/posted_more.py) whose
`ShowMore.body` is the JSON the page's script would send: `world` pages by offset until
the answer says `hasMore: false`, `sport` by the cursor each answer hands on until it
hands none. Before, a show-more was always a GET of its URL: the endpoint answered 405
and each section ended after its first page.
"""

from __future__ import annotations

import http.client
import json
import subprocess
import sys
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.sites.base import Cursor, ShowMore
from newsarchive.spiders.paging import show_more_body
from tests.plugins.crawling import PROJECT, CrawlResult, allow_origin, run_crawl
from tests.plugins.page_origin import answering_origin
from tests.plugins.posted_more_api import QUERY
from tests.plugins.pywb import Pywb

HTML = {"Content-Type": "text/html; charset=utf-8"}
STORIES = {"world": 13, "sport": 10}  # each section's stories; its page shows the first 4


def _story(section: str, n: int) -> str:
    return f"/story/{section}-{n}"


class Origin:
    """The site: pages by GET, batches by POST; every POST body it was sent."""

    def __init__(self) -> None:
        self.posted: list[dict[str, Any]] = []

    def answer(self, path: str) -> tuple[int, Mapping[str, str], bytes]:
        for section in STORIES:
            if path == f"/{section}/":
                links = "".join(f'<a href="{_story(section, n)}">{n}</a>' for n in range(4))
                mark = '<button data-cursor="c4">More</button>' if section == "sport" else ""
                return 200, HTML, f"<html><body>{links}{mark}</body></html>".encode()
            if path.startswith(f"/story/{section}-"):
                text = "".join(f"<p>{path}, paragraph {n} of the story.</p>" for n in range(12))
                return 200, HTML, f"<html><head><title>{path}</title></head><body>{text}".encode()
        if path == "/graphql":
            return 405, {"Content-Type": "text/plain", "Allow": "POST"}, b"POST only"
        return 404, {"Content-Type": "text/plain"}, b"not here"

    def answer_post(self, path: str, body: bytes) -> tuple[int, Mapping[str, str], bytes]:
        sent = json.loads(body)
        self.posted.append(sent)
        variables = sent["variables"]
        section = variables["section"]
        start = variables["offset"] if "offset" in variables else int(variables["after"][1:])
        end = min(start + 4, STORIES[section])
        data: dict[str, Any] = {"teasers": [{"url": _story(section, n)} for n in range(start, end)]}
        data["hasMore"] = end < STORIES[section]
        if section == "sport" and end < STORIES[section]:
            data["endCursor"] = f"c{end}"
        return 200, {"Content-Type": "application/json"}, json.dumps({"data": data}).encode()


SPIDERS = "newsarchive.spiders,tests.plugins.posted_more"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Origin, CrawlResult]]:
    origin = Origin()
    with answering_origin(origin.answer, answer_post=origin.answer_post) as url:
        out = tmp_path_factory.mktemp("posted-json")
        settings = {"SPIDER_MODULES": SPIDERS, "STATE_ENABLED": "0"}
        args = {"site": "postedmore", "base_url": url, "requisites": "0", "depth": "10"}
        yield origin, run_crawl("news", args, settings, out)


def test_check_posts_the_first_batch_as_the_crawl_does() -> None:
    origin = Origin()
    with answering_origin(origin.answer, answer_post=origin.answer_post) as url:
        # the check process registers the test profile first, as SPIDER_MODULES does a crawl's
        run = "import tests.plugins.posted_more, sys; from newsarchive.cli import main; "
        run += "sys.exit(main(sys.argv[1:], log_lines=True))"
        command = [
            sys.executable, "-c", run, "check", "postedmore", "-a", f"base_url={url}",
            "--articles", "1", "-s", f"NETWORK_ALLOWED={allow_origin(url)}",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
        ]  # fmt: skip
        done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    lines = [x for x in done.stdout.splitlines() if x.startswith("section ")]
    assert len(lines) == 2 and all("show more: 4 more articles" in x for x in lines), done
    asked = sorted(
        str(p["variables"].get("offset", p["variables"].get("after"))) for p in origin.posted
    )
    assert asked == ["4", "c4"]


def test_every_story_of_each_section_is_found(site: tuple[Origin, CrawlResult]) -> None:
    _, crawl = site
    fetched = sorted(item["url"].split("/", 3)[3] for item in crawl.items())
    expected = sorted(_story(s, n)[1:] for s, count in STORIES.items() for n in range(count))
    assert fetched == expected, crawl.log[-3000:]


def test_each_batch_is_posted_once_with_its_offset_or_cursor(
    site: tuple[Origin, CrawlResult],
) -> None:
    origin, _ = site
    asked = sorted(
        (p["variables"]["section"], p["variables"].get("offset", p["variables"].get("after")))
        for p in origin.posted
    )
    assert asked == sorted(
        [("world", 4), ("world", 8), ("world", 12), ("sport", "c4"), ("sport", "c8")]
    )
    assert all(isinstance(p["variables"].get("limit", 4), int) for p in origin.posted)


def test_the_posts_are_archived_with_their_bodies(site: tuple[Origin, CrawlResult]) -> None:
    _, crawl = site
    bodies = []
    for path in crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "request" and record.http_headers.protocol == "POST":
                    bodies.append(json.loads(record.content_stream().read()))
    assert len(bodies) == 5
    assert {b["variables"]["section"] for b in bodies} == {"world", "sport"}


def test_the_body_template_fills_whole_fields_and_keeps_the_rest() -> None:
    spec = ShowMore(
        url="/graphql",
        body={"q": "query { a(first: 4) { b } }", "v": {"o": "{offset}", "s": ["{section}"]}},
        size=4,
        values={"world": "international"},
    )
    body = json.loads(show_more_body(spec, "world", offset=8) or b"")
    assert body == {"q": "query { a(first: 4) { b } }", "v": {"o": 8, "s": ["international"]}}
    assert show_more_body(ShowMore(url="/api?from={offset}"), "world", offset=8) is None


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"v": "{nosuch}"}, "unknown fields ['nosuch']"),
        ({"v": ["{cursor}"]}, "has {cursor} but no Cursor"),
    ],
)
def test_a_body_template_is_checked_when_the_profile_is_made(
    body: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("{", r"\{")):
        ShowMore(url="/graphql", body=body)


def test_the_request_records_say_their_body_is_json(site: tuple[Origin, CrawlResult]) -> None:
    """A replay tool reads a POST's body by its Content-Type (pywb's index turns a JSON
    one into the lookup's query): each request record carries it, and its own body."""
    _, crawl = site
    kinds = []
    for path in crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "request" and record.http_headers.protocol == "POST":
                    body = record.content_stream().read()
                    kinds.append(record.http_headers.get_header("Content-Type"))
                    assert int(record.http_headers.get_header("Content-Length")) == len(body)
    assert kinds == ["application/json"] * 5


def test_pywb_replays_each_batch_for_its_own_body(
    site: tuple[Origin, CrawlResult], pywb: Pywb
) -> None:
    """The page's script POSTs to one endpoint: replay must answer each body with its own
    batch (the index keys a POST by its body), not the first batch archived for every one."""
    _, crawl = site
    prefix = pywb.add_collection("posted-json", crawl.warc_files())
    endpoint = prefix.split("/", 3)[3]
    posted = []
    for path in crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "request" and record.http_headers.protocol == "POST":
                    posted.append(record.rec_headers.get_header("WARC-Target-URI"))
    url = posted[0]
    answers = {}
    for offset in (4, 8):
        sent = {"query": QUERY, "variables": {"section": "world", "offset": offset, "limit": 4}}
        connection = http.client.HTTPConnection("127.0.0.1", pywb.port, timeout=30)
        try:
            connection.request(
                "POST", f"/{endpoint}2030id_/{url}", body=json.dumps(sent, separators=(",", ":")),
                headers={"Content-Type": "application/json"},
            )  # fmt: skip
            response = connection.getresponse()
            answers[offset] = (response.status, response.read())
        finally:
            connection.close()
    for offset, (status, body) in answers.items():
        assert status == 200, (offset, body[:300], pywb.state())
        teasers = json.loads(body)["data"]["teasers"]
        assert [t["url"] for t in teasers] == [
            _story("world", n) for n in range(offset, offset + 4)
        ]


def test_a_body_with_no_cursor_yet_sends_null() -> None:
    """The first batch of a cursor API that starts with no cursor (`Cursor.start` ""):
    a GraphQL `after: String` is null there; "" is a cursor many servers refuse."""
    spec = ShowMore(
        url="/graphql",
        body={"variables": {"after": "{cursor}", "first": "{size}"}},
        cursor=Cursor(field=("data", "endCursor")),
        size=4,
    )
    assert json.loads(show_more_body(spec, "world") or b"") == {
        "variables": {"after": None, "first": 4}
    }
    assert json.loads(show_more_body(spec, "world", cursor="c4") or b"") == {
        "variables": {"after": "c4", "first": 4}
    }
