"""English writers' folders on a site never seen: her page stays no article, her pieces do not.

`/authors/NAME/SLUG` and `/author/NAME/DATE/SLUG` are where many English sites file a
columnist's pieces. Every path under `/author(s)/` was denied, so a section listing
them archived none (the Turkish and Spanish writer folders were mended in session 25;
the English one was not). A real `scrapy crawl news -a url=` of a 127.0.0.1 site.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from tests.plugins.crawling import run_crawl
from tests.plugins.page_origin import answering_origin

PIECES = (
    "/authors/jane-doe/council-votes-on-the-budget",
    "/author/jane-doe/2026/12/03/the-river-floods-again/",
    "/authors/jane-doe/storm-hits-coast-4211873.html",
    "/news/a-plain-story-of-the-day",
)
WRITER = ("/authors/jane-doe/", "/author/jane-doe", "/authors/jane-doe/?page=2", "/authors/")


def story(title: str) -> bytes:
    paragraphs = "".join(f"<p>{title}: sentence {i} of the invented story.</p>" for i in range(5))
    return (
        f"<!doctype html><html lang='en'><head><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


def test_a_writers_pieces_are_archived_and_her_page_is_not(tmp_path: Path) -> None:
    asked: list[str] = []

    def answer(path: str) -> tuple[int, Mapping[str, str], bytes]:
        asked.append(path)
        html = {"Content-Type": "text/html"}
        if path == "/news/":
            links = "".join(f"<li><a href='{p}'>{p}</a></li>" for p in (*WRITER, *PIECES))
            return 200, html, f"<html><body><ul>{links}</ul></body></html>".encode()
        if path in PIECES or path in WRITER:
            return 200, html, story(path.strip("/").rsplit("/", 1)[-1].replace("-", " "))
        return 404, {}, b"not here"

    with answering_origin(answer) as origin:
        crawl = run_crawl("news", {"url": f"{origin}/news/"}, {"STATE_ENABLED": "0"}, tmp_path)
    assert crawl.returncode == 0, crawl.log[-3000:]
    for path in PIECES:
        assert path in asked, (path, asked)  # the three under a writer's folder were not
    assert not [path for path in asked if path in WRITER], asked
    urls = sorted(item["url"].removeprefix(origin) for item in crawl.items())
    assert urls == sorted(PIECES)
