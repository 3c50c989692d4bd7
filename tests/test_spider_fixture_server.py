"""The fixture server's URL -> file mapping (what the spider tests rely on)."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.plugins.fixture_server import FixtureServer, content_type, fixture_file


@pytest.fixture
def root(tmp_path: Path) -> Path:
    for name in [
        "politics.html",
        "world/index.html",
        "world/rss.xml",
        "api/search@values=fox-news_politics&from=10.json",
        "sitemap.xml@type=news.xml",
        "robots.txt",
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(name)
    return tmp_path


@pytest.mark.parametrize(
    ("target", "name"),
    [
        ("/politics", "politics.html"),
        ("/world/", "world/index.html"),
        ("/world", "world/index.html"),
        ("/world/rss", "world/rss.xml"),
        (
            "/api/search?values=fox-news%2Fpolitics&from=10",
            "api/search@values=fox-news_politics&from=10.json",
        ),
        ("/sitemap.xml?type=news", "sitemap.xml@type=news.xml"),
        ("/robots.txt", "robots.txt"),
        ("/api/search?values=fox-news%2Fpolitics&from=20", None),
        ("/../etc/passwd", None),
        ("/nothing", None),
    ],
)
def test_fixture_file(root: Path, target: str, name: str | None) -> None:
    found = fixture_file(root, target)
    assert (found.relative_to(root).as_posix() if found else None) == name


def test_content_types_follow_the_extension(root: Path) -> None:
    assert content_type(root / "politics.html").startswith("text/html")
    assert (
        content_type(root / "api/search@values=fox-news_politics&from=10.json")
        == "application/json"
    )
    assert content_type(root / "world/rss.xml") == "application/xml"
    assert content_type(root / "robots.txt").startswith("text/plain")


def test_server_answers_and_logs_every_request(root: Path) -> None:
    with FixtureServer(root) as server:
        with urllib.request.urlopen(server.base_url + "/politics") as reply:
            assert reply.read() == b"politics.html"
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(server.base_url + "/video/1")
        assert missing.value.code == 404
        assert server.requests == ["/politics", "/video/1"]
