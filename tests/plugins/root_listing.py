"""Test helper: an invented news site whose root lists two stories and pages by `/?p=N`
(as WordPress-less sites do), served on 127.0.0.1, and a command run against it in a
process of its own: what the `check` tests (one folder or another, one check or two) share."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path

from tests.plugins.page_origin import answering_origin

WORDS = "A made-up sentence of a made-up story, long enough for body text. " * 6
ARTICLE = (
    '<html lang="en"><head><title>A story</title><meta name="author" content="Ann Example">'
    '<meta property="article:published_time" content="2026-12-03T08:30:00+01:00"></head>'
    f"<body><article><h1>A story</h1><p>{WORDS}</p><p>{WORDS}</p></article></body></html>"
)
STORIES = [f"/2026/12/made-up-root-story-{n}-today/" for n in (1, 2)]
ROOT = (
    '<html lang="en"><head><title>Front</title></head><body><main>'
    + "".join(f'<article><h2><a href="{p}">A story</a></h2></article>' for p in STORIES)
    + '<nav class="pager"><a href="/?p=1">1</a> <a href="/?p=2">2</a></nav></main></body></html>'
)


def run_against_root_site(
    command: Callable[[str], list[str]],
    cwd: Path,
    *,
    robots: bytes | None = None,
    asked: list[str] | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 240,
) -> subprocess.CompletedProcess[str]:
    """`command(origin)` run (from `cwd`, its output read whole) while the site answers: its
    root and `/?p=2` the listing, STORIES the articles, `robots` as /robots.txt if given, a
    404 otherwise; each path asked for appended to `asked`."""

    def answer(target: str) -> tuple[int, dict[str, str], bytes]:
        if asked is not None:
            asked.append(target)
        if target == "/robots.txt" and robots is not None:
            return 200, {"Content-Type": "text/plain"}, robots
        if target in ("/", "/?p=2"):
            return 200, {"Content-Type": "text/html"}, ROOT.encode()
        if target in STORIES:
            return 200, {"Content-Type": "text/html"}, ARTICLE.encode()
        return 404, {}, b"not here"

    with answering_origin(answer) as origin:
        return subprocess.run(
            command(origin), cwd=cwd, capture_output=True, text=True, timeout=timeout,
            env=None if env is None else dict(env),
        )  # fmt: skip
