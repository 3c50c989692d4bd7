"""A shared crawl's state in Redis finds an article under another spelling of its URL.

The next run of a shared crawl whose listing spells a known story `/story/` where an earlier
run fetched `/story` looked the capture up by the exact URL, missed it, and fetched and
exported the article again as new. A state an earlier version wrote (captures only, no
identity hash) is read too. A real redis-server.
"""

from __future__ import annotations

import json
from dataclasses import replace

from newsarchive.state.redis_store import RedisCrawlState
from newsarchive.state.store import Capture, capture_row
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)

KEY = "newsarchive:test-state-spellings"
STORY = "http://news.test/news/harbour-crane-lifts-first-ship"
CAPTURE = Capture(
    STORY, "2026-12-01T08:00:00Z", "2026-12-01T08:00:00Z", 200, "sha1:AAAA", None, None, None,
    "one.warc.gz", 0, "<urn:uuid:1>", "response", 1, "2026-12-01T08:00:00Z",
)  # fmt: skip


def _fresh(redis: RedisServer) -> RedisCrawlState:
    for key in redis.client.keys(f"{KEY}*"):
        redis.client.delete(key)
    return RedisCrawlState.from_url(redis.url, KEY)


def test_a_capture_is_found_under_another_spelling(redis_server: RedisServer) -> None:  # noqa: F811
    state = _fresh(redis_server)
    state.save([CAPTURE])
    for spelling in (f"{STORY}/", f"{STORY}/index.html", STORY.replace("news.", "NEWS.")):
        assert state.capture(spelling) == CAPTURE, spelling
    assert state.capture(f"{STORY}-2") is None
    # the next version, fetched as `/story/`, is the one found under either spelling
    later = replace(CAPTURE, url=f"{STORY}/", captured_at="2026-12-02T08:00:00Z", version=2)
    state.save([later])
    assert state.capture(STORY) == later
    assert {c.url for c in state.captures()} == {STORY, f"{STORY}/"}  # each as fetched


def test_a_state_written_before_identities_were_kept_is_read(
    redis_server: RedisServer,  # noqa: F811
) -> None:
    state = _fresh(redis_server)
    row = json.dumps(capture_row(CAPTURE), separators=(",", ":"))
    redis_server.client.hset(f"{KEY}:captures", STORY, row)  # as an earlier version wrote it
    assert state.capture(f"{STORY}/") == CAPTURE
    assert state.capture(STORY) == CAPTURE
    assert redis_server.client.hlen(f"{KEY}:captures") == 1


def test_a_state_whose_identities_kept_the_scheme_finds_the_https_page(
    redis_server: RedisServer,  # noqa: F811
) -> None:
    """The site moved to https: a state an earlier version keyed (`http://` in each key,
    `:filled` set) finds the http capture of the story the next run lists under https."""
    state = _fresh(redis_server)
    row = json.dumps(capture_row(CAPTURE), separators=(",", ":"))
    redis_server.client.hset(f"{KEY}:captures", STORY, row)
    redis_server.client.hset(f"{KEY}:identities", STORY, STORY)  # as that version keyed it
    redis_server.client.set(f"{KEY}:identities:filled", 1)
    assert state.capture(STORY.replace("http://", "https://")) == CAPTURE
    assert state.capture(STORY) == CAPTURE
    assert redis_server.client.hlen(f"{KEY}:captures") == 1
