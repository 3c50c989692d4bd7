"""`python -m newsarchive check SITE` on Fox-style fixture pages, and its bad-input lines.

The drifted demo site's failing check is in test_health_drift.py.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest

from newsarchive import settings as project_settings
from tests.plugins.cli_here import newsarchive_here
from tests.plugins.crawling import PROJECT, allow_origin
from tests.plugins.fixture_server import FixtureSites

LOCAL = ("-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0")


def allowed(base_url: str) -> tuple[str, str]:
    """Loopback is refused unless allowed (newsarchive.network), for a check as for a crawl."""
    return "-s", f"NETWORK_ALLOWED={allow_origin(base_url)}"


def check(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "newsarchive", "check", *args]
    return subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)


def check_here(*args: str) -> subprocess.CompletedProcess[str]:
    """A check refused before it crawls, run in this process (tests/plugins/cli_here.py):
    what it reads and says, without a process start of its own for each refusal."""
    return newsarchive_here("check", *args)


@pytest.fixture(scope="module")
def fox_check(fixture_sites: FixtureSites) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    server = fixture_sites.server("foxnews")
    server.clear()
    done = check("foxnews", "-a", f"base_url={server.base_url}", "-a", "sections=politics,world",
                 "--articles", "1", *LOCAL, *allowed(server.base_url))  # fmt: skip
    return done, list(server.requests)


def test_check_reads_robots_one_listing_page_its_show_more_and_a_few_articles(
    fox_check: tuple[subprocess.CompletedProcess[str], list[str]],
) -> None:
    done, requests = fox_check
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[1:4] == [
        "robots.txt  ok    HTTP 200, sitemaps listed: 1, every section page allowed",
        "section politics  ok    listing: 3 articles; show more: 7 more articles",
        "section world     ok    listing: 3 articles; show more: 5 more articles",
    ]
    assert "field authors    ok    2/2 articles (100%, floor 50%)" in done.stdout
    listings = [path for path in requests if path.startswith(("/politics", "/world", "/api/"))]
    pages = [path for path in listings if path in ("/politics", "/world")]
    api = [path for path in listings if path.startswith("/api/")]
    assert sorted(pages) == ["/politics", "/world"] and len(api) == 2  # one more page each
    assert "/robots.txt" in requests
    assert len(set(requests) - set(pages) - set(api) - {"/robots.txt"}) == 2  # one article each


def test_a_loopback_origin_not_allowed_is_refused_before_a_request(
    fixture_sites: FixtureSites,
) -> None:
    """As `scrapy crawl` refuses it: a wrong argument, one line naming the -s to give (it
    ran the check, every page refused, and failed each section: exit 1)."""
    server = fixture_sites.server("foxnews")
    server.clear()
    done = check_here(
        "foxnews", "-a", f"base_url={server.base_url}", "-a", "sections=world", *LOCAL
    )
    assert done.returncode == 2, done.stdout + done.stderr
    origin = server.base_url.removeprefix("http://")
    assert done.stderr.strip() == (
        f"check: base_url {server.base_url} is a loopback address, which the crawl refuses; "
        f"allow it with -s NETWORK_ALLOWED={origin}"
    )
    assert done.stdout == "" and server.requests == []


def test_a_section_page_that_is_gone_fails_the_check(fixture_sites: FixtureSites) -> None:
    server = fixture_sites.server("foxnews")
    done = check(
        "foxnews", "-a", f"base_url={server.base_url}", "-a", "sections=us", *LOCAL,
        *allowed(server.base_url),
    )  # fmt: skip
    assert done.returncode == 1
    assert "section us  FAIL  section page answered HTTP 404" in done.stdout
    assert done.stdout.splitlines()[-1] == "verdict: FAIL"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("fox",), "check: unknown site 'fox'; known sites: apnews"),
        (("foxnews", "-a", "depth=3"), "check: unknown argument 'depth' for -a"),
        (("foxnews", "-a", "sections=weather"), "check: unknown section(s) weather"),
        (("demo",), "check: site 'demo' has no fixed address"),
        (("foxnews", "--articles", "0"), "check: --articles must be at least 1"),
        (("foxnews", "-s", 'HEALTH_FIELD_FLOORS={"byline": 1}'), "unknown field(s) byline"),
    ],
)
def test_bad_input_gets_one_line_and_status_2(args: tuple[str, ...], message: str) -> None:
    done = check_here(*args)
    assert done.returncode == 2
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert done.stdout == ""


@pytest.mark.parametrize(
    ("unreachable", "verdict", "means"),
    [
        # the default (allow), as a user who sets nothing meets it (test_newuser14 asked the
        # same check with the same flags again: that copy is gone)
        (None, "WARN", "a crawl goes on as if it allowed everything"),
        (
            "disallow",
            "FAIL",
            "a crawl reads it as 'Disallow: /' (ROBOTSTXT_UNREACHABLE, RFC 9309) and fetches "
            "nothing of the site",
        ),
    ],
)
def test_a_robots_txt_not_fetched_is_named_as_the_crawl_reads_it(
    unreachable: str | None, verdict: str, means: str
) -> None:
    """A refused port: with ROBOTSTXT_UNREACHABLE = "disallow" a crawl fetches nothing of the
    site, where `check` said it went on as if robots.txt allowed everything. By default
    (allow) it is a warning, never "ok" (session 14: a new user was told "ok")."""
    setting = () if unreachable is None else ("-s", f"ROBOTSTXT_UNREACHABLE={unreachable}")
    with socket.socket() as sock:  # a port nothing listens on (bound, never listening)
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
        done = check("demo", "-a", f"base_url=http://127.0.0.1:{port}", "-a", "sections=politics",
                     "-s", f"NETWORK_ALLOWED=127.0.0.1:{port}", "-s", "RETRY_TIMES=0",
                     *setting, *LOCAL)  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    (line,) = [line for line in done.stdout.splitlines() if line.startswith("robots.txt")]
    assert line == (
        f"robots.txt  {verdict:4}  not fetched (Connection was refused by other side: 111: "
        f"Connection refused.); {means}"
    )


def test_robots_txt_is_not_judged_when_the_crawl_does_not_obey_it() -> None:
    """With ROBOTSTXT_OBEY=0 a crawl fetches what robots.txt disallows, and goes on when it
    is not fetched whatever ROBOTSTXT_UNREACHABLE says: `check` said what obeying it would
    do ("a crawl reads it as 'Disallow: /' ... fetches nothing of the site": FAIL)."""
    with socket.socket() as sock:  # a port nothing listens on (bound, never listening)
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
        done = check("demo", "-a", f"base_url=http://127.0.0.1:{port}", "-a", "sections=politics",
                     "-s", f"NETWORK_ALLOWED=127.0.0.1:{port}", "-s", "RETRY_TIMES=0",
                     "-s", "ROBOTSTXT_UNREACHABLE=disallow", "-s", "ROBOTSTXT_OBEY=0",
                     *LOCAL)  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr  # the section is not fetched either
    (line,) = [line for line in done.stdout.splitlines() if line.startswith("robots.txt")]
    assert line == (
        "robots.txt  ok    not fetched (Connection was refused by other side: 111: "
        "Connection refused.), sitemaps listed: 0; not obeyed (ROBOTSTXT_OBEY off)"
    )


def test_check_extracts_its_articles_in_the_crawls_extraction_workers(
    fixture_sites: FixtureSites, fox_check: tuple[subprocess.CompletedProcess[str], list[str]]
) -> None:
    """The articles' fields were extracted on the check's reactor thread, which also loaded
    the extractor and py3langid's model (~0.6 s CPU) there; now the crawl's extraction
    pipeline does it, in its worker processes: same lines, nothing of it in the process."""
    server = fixture_sites.server("foxnews")
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.loaded_modules.LoadedModules": 0}
    done = check("foxnews", "-a", f"base_url={server.base_url}", "-a", "sections=politics,world",
                 "--articles", "1", *LOCAL, *allowed(server.base_url),
                 "-s", f"EXTENSIONS={json.dumps(extensions)}", "-s", "LOG_LEVEL=INFO",
                 "-s", "TEST_LOADED_MODULES=newsarchive.extract.core,py3langid")  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "test: modules loaded at the close: none" in done.stderr, done.stderr[-3000:]
    assert done.stdout.splitlines()[1:] == fox_check[0].stdout.splitlines()[1:]
    fields = [line for line in done.stdout.splitlines() if line.startswith("field ")]
    assert len(fields) == 5 and all(" ok    2/2 articles (100%" in line for line in fields)


def test_a_redirected_robots_txt_is_followed_as_the_crawl_follows_it() -> None:
    """The crawl's robots.txt request follows redirects (RFC 9309 2.3.1.2); the check's
    took every status as its answer (handle_httpstatus_all): a 302 was "HTTP 302 ... every
    section page allowed", where the crawl reads the rules it redirects to."""
    from tests.plugins.page_origin import page_origin

    pages = {
        "/robots.txt": ("text/plain", b"", {"Location": "/rules.txt"}),
        "/rules.txt": ("text/plain", b"User-agent: *\nDisallow: /politics/\n"),
        "/politics/": ("text/html", b"<html><body><p>no articles</p></body></html>"),
    }
    with page_origin(pages) as origin:
        done = check("demo", "-a", f"base_url={origin}", "-a", "sections=politics",
                     *LOCAL, *allowed(origin))  # fmt: skip
    (line,) = [line for line in done.stdout.splitlines() if line.startswith("robots.txt")]
    assert (
        line
        == f"robots.txt  FAIL  HTTP 200, sitemaps listed: 0, disallows for us: {origin}/politics/"
    )


def test_a_robots_txt_the_crawl_refuses_itself_is_named_as_the_crawl_reads_it() -> None:
    """With ROBOTSTXT_UNREACHABLE=disallow a robots.txt request the crawl refused itself
    (here its redirect to an address NETWORK_ALLOWED does not permit) is "unavailable":
    the crawl goes on as if it allowed everything. The check said it fetched nothing."""
    from tests.plugins.page_origin import page_origin

    pages = {
        "/politics/": ("text/html", b"<html><body><p>no articles</p></body></html>"),
    }
    with page_origin(pages) as origin:
        port = origin.rsplit(":", 1)[1]
        pages["/robots.txt"] = ("text/plain", b"", {"Location": f"http://127.0.0.2:{port}/r"})
        done = check("demo", "-a", f"base_url={origin}", "-a", "sections=politics",
                     "-s", "ROBOTSTXT_UNREACHABLE=disallow", *LOCAL, *allowed(origin))  # fmt: skip
    (line,) = [line for line in done.stdout.splitlines() if line.startswith("robots.txt")]
    assert line.startswith("robots.txt  WARN  not fetched ("), line
    assert line.endswith("; a crawl goes on as if it allowed everything"), line
    assert "127.0.0.2 is loopback" in line, line


def test_an_article_whose_extraction_fails_is_named_with_its_reason(
    fixture_sites: FixtureSites,
) -> None:
    """The check runs at LOG_LEVEL=ERROR: the pipeline's warning naming why a page's
    extraction failed was not shown, and the fields said "0/2 articles; none on URL" as if
    the pages lacked them. Each such article is one line with the reason; the check fails."""
    server = fixture_sites.server("foxnews")
    pipelines = {
        "tests.plugins.failing_extract.BrokenExtractPipeline": 300,
        "newsarchive.health.probe.CheckedArticles": 900,
    }
    done = check("foxnews", "-a", f"base_url={server.base_url}", "-a", "sections=politics,world",
                 "--articles", "1", *LOCAL, *allowed(server.base_url),
                 "-s", f"ITEM_PIPELINES={json.dumps(pipelines)}")  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    failed = [line for line in done.stdout.splitlines() if line.startswith("article ")]
    assert len(failed) == 2, done.stdout
    for line in failed:
        url = line.split()[1]
        assert url.startswith(server.base_url), line
        assert line.endswith(
            f"  FAIL  extraction failed (ValueError: the extractor broke on {url} at its"
            " second step)"
        ), line
    assert "Traceback" not in done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "verdict: FAIL"
