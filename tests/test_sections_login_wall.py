"""A section page that redirects to a login page is a refused section, not an empty one.

A real `scrapy crawl demo` against a local origin where every section page answers
302 to `/account/login?next=...`, a 200 page with a form and no article. Before, each
section read that page as its listing (no article: ended), and the run ended
`finished`, exit 0, nothing archived; now each section is refused, and a run whose
every section is refused ends `sections_refused`, exit 1, its last line saying why.
"""

from __future__ import annotations

from pathlib import Path

from newsarchive.sites.demo import SECTIONS
from tests.plugins.crawling import start_crawl
from tests.plugins.page_origin import answering_origin

LOGIN = (
    "<html><head><title>Sign in</title></head><body><form method=post action=/account/login>"
    "<input name=user><input name=password type=password><button>Sign in</button></form>"
    '<a href="/account/forgot-your-password-here">Forgot it?</a></body></html>'
)


def _wall(path: str) -> tuple[int, dict[str, str], bytes]:
    if path.startswith("/account/login"):
        return 200, {}, LOGIN.encode()
    if path == "/robots.txt" or not path.rstrip("/"):
        return 404, {}, b""
    return 302, {"Location": f"/account/login?next={path}"}, b""


def test_every_section_redirected_to_a_login_page_is_refused(tmp_path: Path) -> None:
    with answering_origin(_wall) as origin:
        allowed = origin.removeprefix("http://")
        done = start_crawl(
            "demo", {"base_url": origin, "discover": "sections"},
            {"NETWORK_ALLOWED": allowed}, tmp_path / "out",
        )  # fmt: skip
        assert done.process.wait(timeout=120) == 1, done.log_path.read_text()[-3000:]
    log = done.log_path.read_text(encoding="utf-8")
    last = log.rstrip().splitlines()[-1]
    reason = "redirected to a login page (/account/login)"
    assert f"all 8 sections refused: {reason} ({', '.join(SECTIONS)})" in last, last
    assert log.count("redirected to a login page: http://") == len(SECTIONS)
