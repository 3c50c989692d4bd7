"""WARCs that GNU Wget wrote, read by `index`, `index --wacz`, `extract`, `history` and pywb.

A small invented news site on 127.0.0.1 is captured once per module by the real
`wget --warc-file` (Debian's wget, installed by `make system-deps`) in the ways
people run it: gzipped (a member a record), `--no-warc-compression`, split by
`--warc-max-size` (numbered files and a `-meta` file holding its log), and a second
capture deduplicated against the first one's CDX (`--warc-dedup`: revisits that
name their original by record id alone). The site has a redirect, a gzip-coded
page and a chunked one, as real sites do. Every file wget writes carries its log
as a `resource` record and its request/response pairs linked by
`WARC-Concurrent-To`.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.cli_here import newsarchive_here
from tests.plugins.pywb import Pywb

WGET = shutil.which("wget")
pytestmark = pytest.mark.skipif(
    WGET is None, reason="wget is not installed (`make system-deps`, or apt-get install wget)"
)
REPO = Path(__file__).resolve().parents[1]

# slug -> (headline, published, byline, paragraphs); how each is sent is in SENT
ARTICLES = {
    "harbour-ferry": (
        "Night ferry to the islands returns after twelve years",
        "2026-11-03T07:30:00+00:00",
        "Maren Holt",
        [
            "The harbour board voted on Tuesday to bring back the night ferry that stopped "
            "sailing twelve years ago, when the old boat was sold for scrap.",
            "Islanders had asked for the crossing at every board meeting since, and a petition "
            "signed by nine hundred residents reached the council in the spring.",
            "The first sailing leaves the north quay at eleven on the first Friday of December.",
        ],
    ),
    "library-roof": (
        "Library roof repairs finish a month early",
        "2026-11-05T12:15:00+00:00",
        "Tomas Reyes",
        [
            "Builders have finished the new roof of the central library a month before the date "
            "the council had set, and the reading rooms open again on Monday.",
            "The repairs replaced slate that had let rain onto the local history shelves, where "
            "volunteers spent the summer drying out parish records page by page.",
            "The council said the work came in under budget because the weather stayed dry.",
        ],
    ),
    "market-fire": (
        "Fire closes the covered market for the weekend",
        "2026-11-08T18:40:00+00:00",
        "Ada Lindqvist",
        [
            "A fire in a bakery stall closed the covered market on Saturday evening; nobody was "
            "hurt, and firefighters kept the flames to one corner of the hall.",
            "Traders were told the hall would stay shut until inspectors have checked the roof "
            "beams, which the market manager expects by Monday afternoon.",
            "Shoppers are asked to use the outdoor stalls on the square in the meantime.",
        ],
    ),
    "bridge-reopens": (
        "Old bridge reopens to cyclists and walkers",
        "2026-11-10T09:05:00+00:00",
        "Noor Bakker",
        [
            "The old stone bridge over the river reopened on Wednesday morning, closed to cars "
            "but open to cyclists and walkers for the first time in three years.",
            "Engineers strengthened its arches with steel ties hidden under the deck, and the "
            "parapets were rebuilt from stone taken out of the riverbed.",
            "A market for local makers will be held on the bridge on the last Sunday of the month.",
        ],
    ),
}
# how each article is sent: gzip-coded (with or without being asked), chunked, or plain
SENT = {"harbour-ferry": "plain", "library-roof": "plain", "market-fire": "gzip"}
SENT["bridge-reopens"] = "chunked"
REDIRECT = ("/news/old-bridge", "/news/bridge-reopens.html")  # 301, as a renamed story


def article_html(slug: str) -> bytes:
    headline, published, byline, paragraphs = ARTICLES[slug]
    body = "\n".join(f"<p>{text}</p>" for text in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{headline} | The Riverside Courier</title>
<meta property="og:title" content="{headline}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{published}">
<meta name="author" content="{byline}">
</head><body>
<header><a href="/">The Riverside Courier</a></header>
<article>
<h1>{headline}</h1>
<p class="byline">By {byline}, <time datetime="{published}">{published[:10]}</time></p>
{body}
</article>
<footer>The Riverside Courier, 1 Quay Street</footer>
</body></html>
""".encode()


def home_html(edition: int) -> bytes:
    links = "\n".join(
        f'<li><a href="/news/{slug}.html">{ARTICLES[slug][0]}</a></li>'
        for slug in ("harbour-ferry", "library-roof", "market-fire")
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Riverside Courier</title></head>
<body><h1>The Riverside Courier</h1><p>Edition {edition}</p>
<ul>
{links}
<li><a href="{REDIRECT[0]}">{ARTICLES["bridge-reopens"][0]}</a></li>
</ul></body></html>
""".encode()


class Site:
    """The invented site: its edition number changes the home page only (a re-crawl
    then finds the articles unchanged, which `--warc-dedup` writes as revisits)."""

    def __init__(self) -> None:
        self.edition = 1
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                site.answer(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        if path == REDIRECT[0]:
            handler.send_response(301)
            handler.send_header("Location", self.base_url + REDIRECT[1])
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        slug = path.removeprefix("/news/").removesuffix(".html")
        status, sent = 200, SENT.get(slug, "plain")
        if path == "/":
            body = home_html(self.edition)
        elif path.startswith("/news/") and slug in ARTICLES:
            body = article_html(slug)
        else:
            status, body = 404, b"<h1>Not found</h1>\n"
        handler.send_response(status)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        if sent == "gzip":
            body = gzip.compress(body, mtime=0)
            handler.send_header("Content-Encoding", "gzip")
        if sent == "chunked":
            handler.send_header("Transfer-Encoding", "chunked")
            handler.end_headers()
            for start in range(0, len(body), 300):
                piece = body[start : start + 300]
                handler.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            handler.wfile.write(b"0\r\n\r\n")
            return
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.thread.join()
        self.httpd.server_close()


def wget(site: Site, folder: Path, name: str, *options: str) -> subprocess.CompletedProcess[str]:
    """One recursive capture of the site by wget into `folder`, its WARC named `name`."""
    folder.mkdir(parents=True, exist_ok=True)
    command = [
        str(WGET),
        "--no-config",
        "--no-proxy",
        "-e",
        "robots=off",
        "--recursive",
        "--level=2",
        "--no-verbose",
        "--compression=gzip",
        "--directory-prefix",
        str(folder / "files"),
        f"--warc-file={folder / name}",
        *options,
        site.base_url + "/",
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    # 8: a page answered with an error status (the site's 404s): the capture is whole
    assert done.returncode in (0, 8), done.stderr
    return done


@dataclass
class Captures:
    site_url: str
    gzipped: Path  # first capture, a gzip member a record, and its CDX (--warc-cdx)
    plain: Path  # --no-warc-compression
    split: Path  # --warc-max-size: numbered files and the -meta file holding the log
    rerun: Path  # the first capture's WARC, and a second one deduplicated against its CDX
    again: Path  # the second capture's WARC (--warc-dedup), in `rerun`


@pytest.fixture(scope="module")
def captures(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Captures]:
    root = tmp_path_factory.mktemp("wget")
    with Site() as site:
        wget(site, root / "gzipped", "courier", "--warc-cdx")
        wget(site, root / "plain", "courier", "--no-warc-compression")
        wget(site, root / "split", "courier", "--warc-max-size=3k")
        (root / "rerun").mkdir()
        shutil.copy(root / "gzipped" / "courier.warc.gz", root / "rerun")
        site.edition = 2
        time.sleep(1.1)  # wget's WARC-Date has seconds: the re-crawl is a later capture
        wget(site, root / "rerun", "courier-again", f"--warc-dedup={root / 'gzipped/courier.cdx'}")
        yield Captures(
            site.base_url,
            root / "gzipped",
            root / "plain",
            root / "split",
            root / "rerun",
            root / "rerun" / "courier-again.warc.gz",
        )


def newsarchive(*args: str) -> subprocess.CompletedProcess[str]:
    """The command in this test process: what it reads of wget's files is the point here."""
    done = newsarchive_here(*args, cwd=REPO)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def warc_records(folder: Path) -> list[tuple[str, str, str]]:
    """(type, URI, date) of every record wget wrote in `folder`, as warcio reads them."""
    found = []
    for path in sorted(folder.glob("*.warc*")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                headers = record.rec_headers
                uri = (headers.get_header("WARC-Target-URI") or "").strip("<>")
                found.append((record.rec_type, uri, headers.get_header("WARC-Date")))
    return found


def cdxj_lines(path: Path) -> list[tuple[str, str, dict[str, str]]]:
    lines = []
    for line in path.read_text().splitlines():
        key, timestamp, fields = line.split(" ", 2)
        lines.append((key, timestamp, json.loads(fields)))
    return lines


def timestamp(date: str) -> str:
    return "".join(c for c in date if c.isdigit())


PAGES = ["/", *(f"/news/{slug}.html" for slug in ARTICLES)]
WGET_RECORDS = {
    f"metadata://gnu.org/software/wget/warc/{name}"
    for name in ("MANIFEST.txt", "wget_arguments.txt", "wget.log")
}


@pytest.mark.parametrize("mode", ["gzipped", "plain", "split"])
def test_index_points_at_every_capture_wget_wrote(captures: Captures, mode: str) -> None:
    """Each line's URL, date and offset: warcio, seeking there, reads that very record."""
    folder = getattr(captures, mode)
    cdxj = folder.parent / f"{mode}.cdxj"
    done = newsarchive("index", str(folder), "--cdxj", str(cdxj))
    assert done.returncode == 0 and done.stderr == "", done.stderr
    lines = cdxj_lines(cdxj)
    urls = {fields["url"] for _, _, fields in lines}
    pages = {captures.site_url + path for path in PAGES}
    assert urls == pages | {captures.site_url + REDIRECT[0]} | WGET_RECORDS
    if mode == "split":  # the pages in the numbered files, wget's own records in -meta
        files = {fields["filename"] for _, _, fields in lines}
        assert len(files) == 4 and any(name.endswith("-meta.warc.gz") for name in files)
    written = {(uri, date) for kind, uri, date in warc_records(folder) if kind != "request"}
    for _, stamp, fields in lines:
        path = cdxj.parent / fields["filename"]
        with path.open("rb") as stream:
            stream.seek(int(fields["offset"]))
            record = next(iter(ArchiveIterator(stream)))
            uri = record.rec_headers.get_header("WARC-Target-URI").strip("<>")
            date = record.rec_headers.get_header("WARC-Date")
        assert uri == fields["url"] and timestamp(date) == stamp
        assert (uri, date) in written
        if uri in pages:
            assert record.rec_type == "response" and fields["status"] == "200"
            assert fields["mime"] == "text/html"
    redirect = [f for _, _, f in lines if f["url"].endswith(REDIRECT[0])]
    assert [f["status"] for f in redirect] == ["301"]
    # line for line cdxj-indexer's, but for the digest of wget's own records, which carry
    # no WARC-Payload-Digest: their block's SHA-1, not the SHA-1 of nothing
    indexer = Path(sys.executable).parent / "cdxj-indexer"
    command = [str(indexer), "-s", "-p", "--dir-root", str(folder.parent), str(folder)]
    theirs = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    for (key, stamp, fields), line in zip(lines, theirs.splitlines(), strict=True):
        their_key, their_stamp, their_json = line.split(" ", 2)
        their_fields = json.loads(their_json)
        if fields["url"] in WGET_RECORDS:
            path = cdxj.parent / fields["filename"]
            with path.open("rb") as stream:
                stream.seek(int(fields["offset"]))
                block = next(iter(ArchiveIterator(stream))).content_stream().read()
            assert (
                fields["digest"]
                == "sha1:" + base64.b32encode(hashlib.sha1(block).digest()).decode()
            )
            their_fields["digest"] = fields["digest"]
        assert (key, stamp, fields) == (their_key, their_stamp, their_fields)


def test_index_of_a_deduplicated_capture_indexes_its_revisits(captures: Captures) -> None:
    """wget's revisits name their original by WARC-Refers-To alone, no target URI or date."""
    cdxj = captures.rerun.parent / "rerun.cdxj"
    done = newsarchive("index", str(captures.rerun), "--cdxj", str(cdxj))
    assert done.returncode == 0 and done.stderr == "", done.stderr
    revisits = [f for _, _, f in cdxj_lines(cdxj) if f.get("mime") == "warc/revisit"]
    assert {f["url"] for f in revisits} == {
        captures.site_url + path for path in [*PAGES[1:], REDIRECT[0]]
    }
    assert {f["filename"] for f in revisits} == {"rerun/courier-again.warc.gz"}


def pages_of(wacz: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(wacz) as package:
        text = package.read("pages/pages.jsonl").decode()
    return [json.loads(line) for line in text.splitlines()[1:] if line.strip()]


@pytest.mark.parametrize("mode", ["plain", "split"])
def test_wacz_of_wget_files_validates_and_lists_the_pages(captures: Captures, mode: str) -> None:
    folder = getattr(captures, mode)
    wacz = folder.parent / f"{mode}.wacz"
    done = newsarchive(
        "index", str(folder), "--cdxj", str(folder.parent / f"{mode}-w.cdxj"), "--wacz", str(wacz)
    )
    assert done.returncode == 0, done.stderr
    assert f"{wacz} valid, 5 pages listed" in done.stdout
    check = subprocess.run([sys.executable, "-m", "wacz", "validate", "-f", str(wacz)])
    assert check.returncode == 0
    assert sorted(p["url"] for p in pages_of(wacz)) == sorted(
        captures.site_url + path for path in PAGES
    )


def test_wacz_of_the_deduplicated_capture_alone(captures: Captures) -> None:
    """Packaged alone, wget's revisits are pages the package cannot show: named and counted
    (exit 3, before 0), the way out named; --with-originals takes the first capture's
    records from the WARC beside it, and every article is a page at its second date."""
    wacz = captures.rerun.parent / "again.wacz"
    cdxj = str(captures.rerun.parent / "again.cdxj")
    done = newsarchive("index", str(captures.again), "--cdxj", cdxj, "--wacz", str(wacz))
    assert done.returncode == 3, done.stderr
    assert "skipped: 4 revisits of originals not given" in done.stderr, done.stderr
    assert "--with-originals copies them into the WACZ" in done.stderr
    assert [p["url"] for p in pages_of(wacz)] == [captures.site_url + "/"]
    args = ["index", str(captures.again), "--cdxj", cdxj, "--wacz", str(wacz), "--with-originals"]
    done = newsarchive(*args)
    assert done.returncode == 0 and "copied into the WACZ" in done.stdout, done.stderr
    again = {
        record[1]: record[2] for record in warc_records(captures.rerun) if record[0] == "revisit"
    }
    pages = {(p["url"], p["ts"]) for p in pages_of(wacz)}
    assert {(url, again[url]) for url in again if not url.endswith(REDIRECT[0])} < pages
    assert len(pages) == 5


def items_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("mode", ["gzipped", "plain", "split"])
def test_extract_gives_each_article_with_its_title_and_date(captures: Captures, mode: str) -> None:
    folder = getattr(captures, mode)
    out = folder.parent / f"{mode}.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(folder))
    assert done.returncode == 0 and done.stderr == "extract: 5 items\n", done.stderr
    got = {item["url"]: item for item in items_of(out)}
    for slug, (headline, published, byline, paragraphs) in ARTICLES.items():
        item = got[f"{captures.site_url}/news/{slug}.html"]  # the redirect's target too
        assert (item["title"], item["published"], item["authors"]) == (
            headline, published, [byline],
        )  # fmt: skip
        assert item["body"] == "\n\n".join(paragraphs)  # gzip-coded and chunked, decoded
    assert len(got) == 5


def test_extract_gives_the_revisits_their_originals_pages(captures: Captures) -> None:
    out = captures.rerun.parent / "rerun.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(captures.again),
                       str(captures.rerun / "courier.warc.gz"))  # fmt: skip
    assert done.returncode == 0 and done.stderr == "extract: 10 items\n", done.stderr
    again = [i for i in items_of(out) if i["warc_file"] == "courier-again.warc.gz"]
    titles = {i["url"].removeprefix(captures.site_url): i["title"] for i in again}
    assert titles == {"/": "The Riverside Courier"} | {
        f"/news/{slug}.html": ARTICLES[slug][0] for slug in ARTICLES
    }
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(captures.again))
    assert done.returncode == 3 and done.stderr.count("original is in none") == 4, done.stderr


def test_pywb_replays_the_articles_from_our_index(captures: Captures, pywb: Pywb) -> None:
    """pywb given our CDXJ (not its own index) serves each capture, the re-crawl's revisits
    as their originals, and the redirect."""
    cdxj = captures.rerun / "index.cdxj"
    done = newsarchive("index", str(captures.rerun), "--cdxj", str(cdxj))
    assert done.returncode == 0, done.stderr
    pywb._manager("init", "wget")
    collection = pywb.root / "collections" / "wget"
    for path in captures.rerun.glob("*.warc.gz"):
        shutil.copy(path, collection / "archive")
    shutil.copy(cdxj, collection / "indexes" / "index.cdxj")
    dates = {(kind, uri): date for kind, uri, date in warc_records(captures.rerun)}
    for slug in ("harbour-ferry", "bridge-reopens", "market-fire"):  # plain, chunked, gzip
        url = f"{captures.site_url}/news/{slug}.html"
        for kind in ("response", "revisit"):
            answer = pywb.fetch(f"/wget/{timestamp(dates[kind, url])}id_/{url}")
            assert answer.status == 200, (kind, url, answer.status)
            body = answer.body  # type: ignore[attr-defined]
            if answer.getheader("Content-Encoding") == "gzip":  # as archived, coding and all
                body = gzip.decompress(body)
            assert body == article_html(slug)
    url = captures.site_url + REDIRECT[0]
    answer = pywb.fetch(f"/wget/{timestamp(dates['response', url])}id_/{url}")
    assert answer.status == 301 and answer.getheader("Location", "").endswith(REDIRECT[1])


def test_history_sees_the_revisit_as_the_same_article_again(captures: Captures) -> None:
    url = f"{captures.site_url}/news/bridge-reopens.html"  # the chunked page, redirected to
    done = newsarchive("history", "--format", "json", "--warc", str(captures.rerun), url)
    assert done.returncode == 0, done.stderr
    dates = {kind: date for kind, uri, date in warc_records(captures.rerun) if uri == url}
    [article] = json.loads(done.stdout)["articles"]
    [version] = article["versions"]
    assert (version["title"], version["fetched_at"]) == (
        ARTICLES["bridge-reopens"][0],
        dates["response"],
    )
    assert [again["fetched_at"] for again in version["seen_again"]] == [dates["revisit"]]
