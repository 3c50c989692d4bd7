"""Bad arguments, settings and inputs: one clear line, the documented exit status, no traceback.

`scrapy crawl` runs as real processes from the project checkout (a few at a
time); the `python -m newsarchive` commands run through their entry point,
`newsarchive.cli.main`, in this process. Every case fails before anything is
fetched or written.
"""

from __future__ import annotations

import gzip
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsarchive import exitcodes
from newsarchive.cli import main
from tests.forked_scrapy import run_scrapy
from tests.plugins.environment import environment_kept

PROJECT = Path(__file__).resolve().parents[1]
BAD, LOCKED, PARTIAL = exitcodes.BAD_INPUT, exitcodes.LOCKED, exitcodes.PARTIAL
ORIGIN = "http://127.0.0.1:9"  # never contacted: every case stops before a request
LOOPBACK_DEMO = ("demo", "-a", f"base_url={ORIGIN}")
ALLOWED_DEMO = (*LOOPBACK_DEMO, "-s", "NETWORK_ALLOWED=127.0.0.1:9")  # would start: sends nothing


Done = subprocess.CompletedProcess[str]


@dataclass(frozen=True)
class Case:
    argv: tuple[str, ...]
    says: str  # in the last line
    code: int = BAD


def crawl(*argv: str, says: str, code: int = BAD) -> Case:
    return Case(argv, says, code)


CRAWL_CASES = {
    "unknown spider": crawl("nosuch", says="unknown spider 'nosuch'; spiders: apnews"),
    # Scrapy's spider loader raised ModuleNotFoundError: a traceback before any command ran
    "spider modules missing": crawl(
        "nosuch",
        "-s",
        "SPIDER_MODULES=tests.nosuch",
        says="setting SPIDER_MODULES names 'tests.nosuch', which cannot be imported (no module "
        "named 'tests.nosuch')",
    ),
    "spider modules one missing": crawl(
        "demo",
        "-s",
        "SPIDER_MODULES=newsarchive.spiders,nosuchpkg.spiders",
        says="setting SPIDER_MODULES names 'nosuchpkg.spiders', which cannot be imported",
    ),
    "two spiders": crawl("demo", "bbc", says="give one spider"),
    # it said the state "cannot be read; move it aside to start afresh", exit 1, of a folder
    "state path a folder": crawl(
        *ALLOWED_DEMO,
        "-s",
        "STATE_PATH=tests",
        says="setting STATE_PATH='tests': tests is a folder",
    ),
    # Scrapy's logging set-up opened it: IsADirectoryError's, FileNotFoundError's traceback
    "log file a folder": crawl(
        *ALLOWED_DEMO, "-s", "LOG_FILE=tests", says="setting LOG_FILE='tests': tests is a folder"
    ),
    "log file in a missing folder": crawl(
        *ALLOWED_DEMO,
        "-s",
        "LOG_FILE=nosuch/crawl.log",
        says="setting LOG_FILE='nosuch/crawl.log': the log cannot be written (No such file or "
        "directory)",
    ),
    # Scrapy's usage block, then "Unrecognized output format ''" (a folder has no extension)
    "items file a folder": crawl(
        *ALLOWED_DEMO, "-o", "tests", says="setting FEEDS (-o, -O): tests is a folder"
    ),
    "items file a folder with its format": crawl(
        *ALLOWED_DEMO, "-O", "tests/:jsonl", says="setting FEEDS (-o, -O): tests/ is a folder"
    ),
    "no site": crawl("news", says="no site given: use -a site=<name>"),
    "unknown site": crawl("news", "-a", "site=nosuch", says="unknown site 'nosuch'"),
    "spider bound to a site": crawl("foxnews", "-a", "site=cnn", says="always crawls 'foxnews'"),
    "no base_url": crawl("demo", says="has no fixed address: give -a base_url="),
    "base_url ftp": crawl("demo", "-a", "base_url=ftp://x", says="base_url must be an origin"),
    "base_url port": crawl(
        "demo", "-a", "base_url=http://127.0.0.1:99999", says="base_url must be an origin"
    ),
    "base_url port 0": crawl(
        "demo", "-a", "base_url=http://127.0.0.1:0", says="base_url must be an origin"
    ),
    "base_url path": crawl(
        "demo", "-a", "base_url=http://127.0.0.1:8080/news", says="base_url must be an origin"
    ),
    "base_url no host": crawl("demo", "-a", "base_url=http://:80", says="must be an origin"),
    "redis unreachable": crawl(
        *("demo", "-a", "base_url=http://127.0.0.1:8080", "-s", "NETWORK_ALLOWED=127.0.0.1:8080"),
        *("-s", "NEWSARCHIVE_REDIS_URL=redis://127.0.0.1:9/0"),
        says="the shared crawl's Redis cannot be reached (ConnectionError: Error 111",
        code=exitcodes.FAILED,
    ),
    "base_url words": crawl("demo", "-a", "base_url=localhost", says="must be an origin"),
    # every request would be refused: the run ended `finished`, exit 0, nothing archived
    "base_url loopback not allowed": crawl(
        *LOOPBACK_DEMO, says="is a loopback address, which the crawl refuses; allow it with -s"
    ),
    "base_url localhost not allowed": crawl(
        "demo", "-a", "base_url=http://localhost:9", says="NETWORK_ALLOWED=127.0.0.1:9"
    ),
    "since garbage": crawl("foxnews", "-a", "since=garbage", says="since must be a date"),
    "since month 13": crawl("foxnews", "-a", "since=2025-13-01", says="since must be a date"),
    "depth 0": crawl("foxnews", "-a", "depth=0", says="depth must be a whole number"),
    "depth -1": crawl("foxnews", "-a", "depth=-1", says="depth must be a whole number"),
    "depth words": crawl("foxnews", "-a", "depth=deep", says="depth must be a whole number"),
    "max_articles 0": crawl("foxnews", "-a", "max_articles=0", says="max_articles must be"),
    "max_articles words": crawl("foxnews", "-a", "max_articles=ten", says="max_articles must"),
    "unknown section": crawl("foxnews", "-a", "sections=nosuch", says="unknown section(s) nosuch"),
    "empty sections": crawl("foxnews", "-a", "sections=,", says="unknown section(s) ','"),
    "unknown source": crawl("foxnews", "-a", "discover=email", says="unknown discovery source"),
    "empty discover": crawl("foxnews", "-a", "discover=", says="unknown discovery source"),
    "render maybe": crawl("foxnews", "-a", "render=maybe", says="render must be 1 or 0"),
    "requisites 2": crawl("foxnews", "-a", "requisites=2", says="requisites must be 1 or 0"),
    "unknown argument": crawl("foxnews", "-a", "colour=red", says="unknown spider argument(s)"),
    "argument without =": crawl("foxnews", "-a", "since", says="use -a NAME=VALUE"),
    "follow no url": crawl("follow", says="follow needs a start URL"),
    "follow ftp": crawl("follow", "-a", "url=ftp://x", says="url must be an http:// or https://"),
    "follow bad port": crawl(
        "follow", "-a", "url=http://127.0.0.1:99999/", says="url must be an http://"
    ),
    "depth superscript": crawl("foxnews", "-a", "depth=²", says="depth must be a whole number"),
    "follow depth superscript": crawl(
        "follow", "-a", f"url={ORIGIN}/", "-a", "depth=²", says="depth must be a whole number"
    ),
    "follow depth -1": crawl(
        "follow", "-a", f"url={ORIGIN}/", "-a", "depth=-1", says="depth must be a whole number"
    ),
    "follow depth words": crawl(
        "follow", "-a", f"url={ORIGIN}/", "-a", "depth=x", says="depth must be a whole number"
    ),
    "follow items maybe": crawl(
        "follow", "-a", f"url={ORIGIN}/", "-a", "items=maybe", says="items must be 1 or 0"
    ),
    "follow unknown argument": crawl(
        "follow", "-a", f"url={ORIGIN}/", "-a", "site=demo", says="unknown spider argument(s) site"
    ),
    "WARC_MAX_FILE_SIZE abc": crawl(
        "foxnews", "-s", "WARC_MAX_FILE_SIZE=abc", says="setting WARC_MAX_FILE_SIZE='abc' is not"
    ),
    "WARC_MAX_FILE_SIZE 0": crawl(
        "foxnews", "-s", "WARC_MAX_FILE_SIZE=0", says="WARC_MAX_FILE_SIZE='0' is out of range"
    ),
    "WARC_GZIP_LEVEL 12": crawl(
        "foxnews", "-s", "WARC_GZIP_LEVEL=12", says="use a whole number from 0 to 9"
    ),
    "WARC_PREFIX dash": crawl("foxnews", "-s", "WARC_PREFIX=a-b", says="setting WARC_PREFIX="),
    "EXTRACT_THREADS 0": crawl("foxnews", "-s", "EXTRACT_THREADS=0", says="EXTRACT_THREADS='0'"),
    "CONCURRENT_REQUESTS abc": crawl(
        "foxnews", "-s", "CONCURRENT_REQUESTS=abc", says="setting CONCURRENT_REQUESTS='abc'"
    ),
    "DOWNLOAD_DELAY -1": crawl(
        "foxnews", "-s", "DOWNLOAD_DELAY=-1", says="DOWNLOAD_DELAY='-1' is out of range"
    ),
    "STATE_RECHECK_AGE -5": crawl(
        "foxnews", "-s", "STATE_RECHECK_AGE=-5", says="STATE_RECHECK_AGE='-5' is out of range"
    ),
    # read and checked in one place (newsarchive.browser.config), for the crawl's start
    "BROWSER_PAGE_TIMEOUT 0": crawl(
        "foxnews", "-s", "BROWSER_PAGE_TIMEOUT=0", says="setting BROWSER_PAGE_TIMEOUT=0 is out"
    ),
    # scrapy-playwright's documentation names its handler: the browser unguarded, unarchived
    "scrapy-playwright's handler": crawl(
        "foxnews",
        "-s",
        'DOWNLOAD_HANDLERS={"https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"}',
        says="DOWNLOAD_HANDLERS names scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
    ),
    "ROBOTSTXT_OBEY maybe": crawl(
        "foxnews", "-s", "ROBOTSTXT_OBEY=maybe", says="ROBOTSTXT_OBEY='maybe' is not 1 or 0"
    ),
    "STATE_PATH field": crawl(
        "foxnews", "-s", "STATE_PATH=state/%(host)s.db", says="only %(site)s and %(name)s"
    ),
    # folders where no file can be made: "could not start: FileNotFoundError", exit 1
    "STATE_PATH through a file": crawl(
        *ALLOWED_DEMO,
        "-s",
        "STATE_PATH=README.md/s.sqlite",
        says="setting STATE_PATH='README.md/s.sqlite': the crawl state README.md/s.sqlite "
        "cannot be made in README.md (README.md is a file, not a folder)",
    ),
    "STATE_PATH under /proc": crawl(
        *ALLOWED_DEMO,
        "-s",
        "STATE_PATH=/proc/nosuch/%(site)s.sqlite",
        says="setting STATE_PATH='/proc/nosuch/%(site)s.sqlite': the crawl state",
    ),
    "WARC_DIR under /proc": crawl(
        *ALLOWED_DEMO,
        "-s",
        "WARC_DIR=/proc/nosuch/warc",
        says="setting WARC_DIR='/proc/nosuch/warc': no file can be made in /proc/nosuch/warc",
    ),
    "WARC_DIR through a file": crawl(
        *ALLOWED_DEMO,
        "-s",
        "WARC_DIR=README.md/warc",
        says="setting WARC_DIR='README.md/warc': no file can be made in README.md/warc "
        "(README.md is a file, not a folder)",
    ),
    # read as the reactor starts, before the settings extension: was a traceback, exit 1;
    # on the demo at a loopback origin never allowed, so a run that starts sends nothing out
    "NETWORK_ALLOWED words": crawl(
        *LOOPBACK_DEMO,
        "-s",
        "NETWORK_ALLOWED=bogus",
        says="NETWORK_ALLOWED entry 'bogus': expected",
    ),
    "HEALTH_FIELD_FLOORS not JSON": crawl(
        *LOOPBACK_DEMO, "-s", "HEALTH_FIELD_FLOORS=notjson", says="HEALTH_FIELD_FLOORS='notjson' is"
    ),
    "HEALTH_FIELD_FLOORS field": crawl(
        *LOOPBACK_DEMO, "-s", 'HEALTH_FIELD_FLOORS={"topic": 0}', says="unknown field(s) topic"
    ),
    "HEALTH_COVERAGE_DROP 3": crawl(
        *LOOPBACK_DEMO, "-s", "HEALTH_COVERAGE_DROP=3", says="HEALTH_COVERAGE_DROP must be a number"
    ),
    # Scrapy filled it in as the spider opened: a KeyError traceback, no items file, exit 0
    "items feed placeholder": crawl(
        *(*LOOPBACK_DEMO, "-s", "NETWORK_ALLOWED=127.0.0.1:9"),
        *("-s", "NEWSARCHIVE_ITEMS_FEED=items/%(nme)s.jsonl"),
        says="NEWSARCHIVE_ITEMS_FEED: the items file 'items/%(nme)s.jsonl' names %(nme)s, which",
    ),
    "-o placeholder": crawl(
        *(*LOOPBACK_DEMO, "-s", "NETWORK_ALLOWED=127.0.0.1:9", "-o", "nosuch/%(when)s.jsonl"),
        says="FEEDS (-o, -O): the items file 'nosuch/%(when)s.jsonl' names %(when)s",
    ),
    # Scrapy's logging set-up raised ValueError: a traceback
    "-L lower case": crawl(*LOOPBACK_DEMO, "-L", "debug", says="log level 'debug' (-L, LOG_LEVEL)"),
    "LOG_LEVEL words": crawl(
        *LOOPBACK_DEMO, "-s", "LOG_LEVEL=LOUD", says="log level 'LOUD' (-L, LOG_LEVEL) is not one"
    ),
    "NEWSARCHIVE_REDIS_URL http": crawl(
        *(*LOOPBACK_DEMO, "-s", "NETWORK_ALLOWED=127.0.0.1:9"),
        *("-s", "NEWSARCHIVE_REDIS_URL=http://127.0.0.1:9/0"),
        says="setting NEWSARCHIVE_REDIS_URL='http://127.0.0.1:9/0' is not a Redis URL",
    ),
    "REPORT_DIR takes no file": crawl(  # was found after the whole crawl: exit 1, no report
        *(*LOOPBACK_DEMO, "-s", "NETWORK_ALLOWED=127.0.0.1:9", "-s", "REPORT_DIR=/proc/reports"),
        says="the run report cannot be written in /proc/reports (No such file or directory)",
    ),
    "NEWSARCHIVE_CONTACT empty": crawl(  # the crawl ran as "newsarchive/0.1.0 (+)"
        *(*LOOPBACK_DEMO, "-s", "NETWORK_ALLOWED=127.0.0.1:9", "-s", "NEWSARCHIVE_CONTACT="),
        says="setting NEWSARCHIVE_CONTACT is empty: give an e-mail address or URL",
    ),
    # each crawled: no item exported, exit 0; every item lost to a switched-off extraction;
    # a downloader held for good (killed by cron's timeout, if any)
    "CONCURRENT_ITEMS 0": crawl(
        *ALLOWED_DEMO, "-s", "CONCURRENT_ITEMS=0", says="setting CONCURRENT_ITEMS='0' is out of"
    ),
    "EXTRACT_WORKERS negative": crawl(
        *ALLOWED_DEMO, "-s", "EXTRACT_WORKERS=-1", says="setting EXTRACT_WORKERS='-1' is out of"
    ),
    "SCRAPER_SLOT_MAX_ACTIVE_SIZE negative": crawl(
        *(*ALLOWED_DEMO, "-s", "SCRAPER_SLOT_MAX_ACTIVE_SIZE=-1"),
        says="setting SCRAPER_SLOT_MAX_ACTIVE_SIZE='-1' is out of range",
    ),
    "CHANGES_FILE takes no file": crawl(  # was a traceback as the run closed, exit 0
        *(*ALLOWED_DEMO, "-s", "CHANGES_FILE=/proc/nu/changes.jsonl"),
        says="the changed articles cannot be listed in /proc/nu/changes.jsonl (No such file",
    ),
    "WARC_DEDUP_INDEX no class": crawl(  # was "could not start: ValueError ...", exit 1
        *ALLOWED_DEMO, "-s", "WARC_DEDUP_INDEX=bogus", says="WARC_DEDUP_INDEX='bogus' names no"
    ),
    "setting misspelt": crawl(
        *LOOPBACK_DEMO,
        "-s",
        "WARC_ENABLD=0",
        says="unknown setting WARC_ENABLD; did you mean WARC_",
    ),
}


def cli(*argv: str, says: str, code: int = BAD) -> Case:
    return Case(argv, says, code)


# {tmp}: a folder with the inputs below; {busy}: a port something listens on
NEWSARCHIVE_CASES = {
    "unknown command": cli("archive-all", says="invalid choice: 'archive-all'"),
    "extract nothing": cli("extract", says="give WARC files or --input pages.jsonl"),
    "extract both": cli(
        "extract", "{tmp}/a.warc.gz", "--input", "{tmp}/pages.jsonl", says="(one of them)"
    ),
    "extract missing": cli("extract", "{tmp}/nosuch.warc.gz", says="no such file"),
    "extract -j 0": cli("extract", "-j", "0", "{tmp}/a.warc.gz", says="at least 1, got '0'"),
    "extract -j words": cli("extract", "-j", "two", "{tmp}/a.warc.gz", says="got 'two'"),
    "extract -o missing folder": cli(
        "extract", "{tmp}/a.warc.gz", "-o", "{tmp}/nosuch/out.jsonl", says="does not exist"
    ),
    # as extract -o: index made the missing folders (a typo made a tree elsewhere)
    "index --wacz missing folder": cli(
        "index", "{tmp}/real", "--wacz", "{tmp}/nosuch/a.wacz", says="argument --wacz: folder"
    ),
    "index --cdxj missing folder": cli(
        "index", "{tmp}/real", "--cdxj", "{tmp}/nosuch/i.cdxj", says="argument --cdxj: folder"
    ),
    "extract -o folder": cli("extract", "{tmp}/a.warc.gz", "-o", "{tmp}", says="is a folder"),
    "extract binary list": cli("extract", "--input", "{tmp}/binary.jsonl", says="a binary file"),
    "extract gzip list": cli("extract", "--input", "{tmp}/list.jsonl.gz", says="a binary file"),
    "extract latin-1 list": cli("extract", "--input", "{tmp}/latin1.jsonl", says="not UTF-8"),
    "extract missing list": cli("extract", "--input", "{tmp}/nosuch.jsonl", says="no such file"),
    "extract unknown site": cli(
        "extract", "--site", "nosuch", "{tmp}/a.warc.gz", says="unknown site 'nosuch'"
    ),
    # nothing to do: a wrong input, 2 (was 1), with what to give; index and replay alike
    "extract empty folder": cli("extract", "{tmp}/warcs", says="no WARC or ARC files in", code=BAD),
    "extract --input empty folder": cli(
        "extract", "--input", "{tmp}/warcs", says="give archive files or folders holding them"
    ),
    "index empty folder": cli("index", "{tmp}/warcs", says="no closed WARC files in"),
    "replay empty folder": cli("replay", "{tmp}/warcs", says="no closed WARC files in"),
    # a WARC given to --input (for lists of pages) is read as one: it said "a binary file"
    "extract --input a WARC": cli(
        "extract", "--input", "{tmp}/real/one.warc.gz", says="extract: 1 item", code=exitcodes.OK
    ),
    "extract unknown option": cli("extract", "--fast", "{tmp}/a.warc.gz", says="unrecognized"),
    "index missing": cli("index", "{tmp}/nosuch", says="no such file or folder"),
    "index --items missing": cli(
        "index", "{tmp}/warcs", "--items", "{tmp}/nosuch.jsonl", says="no such file or folder"
    ),
    "index --items binary": cli(
        "index", "{tmp}/warcs", "--items", "{tmp}/list.jsonl.gz", says="is a binary file"
    ),
    "index --cdxj folder": cli("index", "{tmp}/warcs", "--cdxj", "{tmp}", says="is a folder"),
    "index --title without value": cli("index", "--title", says="expected one argument"),
    "index unknown option": cli("index", "--zip", "{tmp}/warcs", says="unrecognized arguments"),
    "index --wacz folder": cli("index", "{tmp}/warcs", "--wacz", "{tmp}", says="is a folder"),
    # /proc holds no new files, for root too: found at the end, after the work (py-wacz's
    # traceback; extract named its hidden temporary file); now before anything is read
    "index --wacz unwritable": cli(
        *("index", "{tmp}/real", "--cdxj", "{tmp}/real.cdxj", "--wacz", "/proc/x.wacz"),
        says="cannot write /proc/x.wacz: No such file or directory",
    ),
    "index --cdxj unwritable": cli(
        "index", "{tmp}/real", "--cdxj", "/proc/x.cdxj", says="cannot write /proc/x.cdxj"
    ),
    "extract -o unwritable": cli(
        "extract", "{tmp}/real", "-o", "/proc/x.jsonl", says="-o: cannot write /proc/x.jsonl"
    ),
    "replay busy port": cli("replay", "--port", "{busy}", "{tmp}/warcs", says="is in use"),
    "replay port 70000": cli("replay", "--port", "70000", "{tmp}/warcs", says="from 0 to 65535"),
    "replay port words": cli("replay", "--port", "http", "{tmp}/warcs", says="from 0 to 65535"),
    "replay collection path": cli(
        "replay", "--collection", "../x", "{tmp}/warcs", says="letters, digits, _ and - only"
    ),
    "replay missing": cli(
        "replay", "--pywb-venv", sys.prefix, "{tmp}/nosuch", says="pywb not found"
    ),
    "history state not sqlite": cli(
        *["history", "--site", "demo", "--warc", "{tmp}/warcs", "--items", "{tmp}/pages.jsonl"],
        *("--state", "{tmp}/notdb.sqlite"),
        says="notdb.sqlite: not a crawl state",
    ),
    "migrate-state unknown site": cli(  # was a Redis key no crawl writes: "0 copied", exit 0
        *["migrate-state", "redis://127.0.0.1:9/0", "{tmp}/to.sqlite", "--site", "demoo"],
        says="unknown site 'demoo'; known sites: apnews",
    ),
    "migrate-state not sqlite": cli(
        *["migrate-state", "{tmp}/notdb.sqlite", "redis://127.0.0.1:9/0", "--site", "demo"],
        says="notdb.sqlite: not a crawl state (file is not a database)",
    ),
    "demo into a folder of other files": cli(
        "demo", "--out", "{tmp}", says="holds files the demo did not write"
    ),
    "demo too few articles": cli(
        "demo", "--articles", "5", "--out", "{tmp}/new-demo", says="at least 10 articles"
    ),
    "serve-demo port 70000": cli("serve-demo", "--port", "70000", says="from 0 to 65535"),
    "serve-demo revision 0": cli(  # was a ValueError traceback from the site
        "serve-demo", "--revision", "0", says="argument --revision: must be a whole number"
    ),
    # found after the archive was read (exit 1), or not at all (--state read by nothing)
    "history --html missing folder": cli(
        *("history", "http://x/", "--warc", "{tmp}/real", "--html", "{tmp}/nosuch/v.html"),
        says="argument --html: folder",
    ),
    "history --html unwritable": cli(
        *("history", "http://x/", "--warc", "{tmp}/real", "--html", "/proc/v.html"),
        says="--html: cannot write /proc/v.html",
    ),
    "history --state with a URL": cli(
        *("history", "http://x/", "--warc", "{tmp}/real", "--state", "{tmp}/notdb.sqlite"),
        says="--state goes with --site",
    ),
    "extract an open WARC": cli(  # said "not a WARC or ARC file" of a WARC being written
        "extract", "{tmp}/left/t-1-00000-1~h.warc.gz.open", says="is still open: a crawl is"
    ),
    "index an open WARC": cli(
        "index", "{tmp}/left/t-1-00000-1~h.warc.gz.open", says="(python -m newsarchive recover"
    ),
    # replay said these with exit 1 where extract and index exit 2
    "replay a folder of a WACZ": cli(  # said only "no closed WARC files in ..."
        "replay", "{tmp}/packed", says="(it holds run.wacz: replay ", code=exitcodes.BAD_INPUT
    ),
    "replay an open WARC": cli(
        "replay", "{tmp}/left/t-1-00000-1~h.warc.gz.open", says="is still open: a crawl is"
    ),
    "replay not an archive": cli(
        "replay", "{tmp}/notdb.sqlite", says="not a WARC or ARC file or directory"
    ),
    "check NETWORK_ALLOWED words": cli(
        *("check", "demo", "-a", f"base_url={ORIGIN}", "-s", "NETWORK_ALLOWED=bogus"),
        says="NETWORK_ALLOWED entry 'bogus': expected",
    ),
    "check base_url loopback not allowed": cli(
        "check", "demo", "-a", f"base_url={ORIGIN}", says="NETWORK_ALLOWED=127.0.0.1:9"
    ),
    "check HEALTH_FIELD_FLOORS not JSON": cli(
        *("check", "demo", "-a", f"base_url={ORIGIN}", "-s", "HEALTH_FIELD_FLOORS=x"),
        says="HEALTH_FIELD_FLOORS='x' is not a JSON object",
    ),
    "recover missing": cli("recover", "{tmp}/nosuch", says="no such directory"),
    "recover a file": cli(
        "recover", "{tmp}/a.warc.gz", says="is a file: recover closes the .warc.gz.open files"
    ),
    "recover unknown option": cli("recover", "--all", "{tmp}", says="unrecognized arguments"),
    "recover unreadable": cli(
        "recover", "{tmp}/left", says="1 file(s) unreadable, moved aside as .damaged", code=PARTIAL
    ),
    "recompress missing": cli("recompress", "{tmp}/nosuch.warc.zst", says="no such file or folder"),
    "recompress no archive": cli(
        "recompress", "{tmp}/pages.jsonl", says="not a WARC or ARC file or directory"
    ),
    "recompress nothing compressed": cli(
        "recompress",
        "{tmp}/warcs",
        says="no lz4, zstd or whole-gzip WARC in",
        code=exitcodes.FAILED,
    ),
    "recompress without a file": cli("recompress", says="the following arguments are required"),
}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("bad-inputs")
    (tmp / "a.warc.gz").write_bytes(b"")
    (tmp / "pages.jsonl").write_text('{"url": "http://x/", "path": "x.html"}\n')
    (tmp / "binary.jsonl").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (tmp / "list.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(200)))
    (tmp / "latin1.jsonl").write_bytes('{"url": "http://x/é"}\n'.encode("latin-1") * 3)
    (tmp / "notdb.sqlite").write_text("<html>a saved page, not a crawl state</html>\n" * 40)
    (tmp / "warcs").mkdir()
    (tmp / "left").mkdir()
    (tmp / "left" / "t-1-00000-1~h.warc.gz.open").write_bytes(b"not a record")
    (tmp / "packed").mkdir()
    (tmp / "packed" / "run.wacz").write_bytes(b"PK\x05\x06" + bytes(18))  # an empty zip
    (tmp / "real").mkdir()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<title>Invented</title><p>A page."
    header = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/\r\n"
        "WARC-Date: 2026-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:1b4e28ba-2fa1-11d2-883f-"
        "0016d3cca427>\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    )
    record = header.encode() + http + b"\r\n\r\n"
    (tmp / "real" / "one.warc.gz").write_bytes(gzip.compress(record))  # one whole page
    return tmp


@pytest.fixture(scope="module")
def busy_port() -> Iterator[int]:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield int(listener.getsockname()[1])


@pytest.fixture(scope="module")
def crawl_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Done]:
    """Every `scrapy crawl` case, each its own process, four at a time, forked from one that
    imported Scrapy once (tests/forked_scrapy.py: 72 starts were the suite's slowest setup)."""
    out = tmp_path_factory.mktemp("bad-crawls")
    runs = {}
    for name, case in CRAWL_CASES.items():
        argv = list(case.argv)
        if not any(a.startswith("WARC_DIR=") for a in argv):
            argv += ["-s", f"WARC_DIR={out / 'warc'}"]
        runs[name] = ["crawl", *argv]
    return run_scrapy(runs, cwd=PROJECT, out=out, at_once=4, timeout=600)


def test_there_are_enough_cases() -> None:
    assert len(CRAWL_CASES) >= 28 and len(CRAWL_CASES) + len(NEWSARCHIVE_CASES) >= 60


@pytest.mark.parametrize("name", list(CRAWL_CASES))
def test_scrapy_crawl(name: str, crawl_runs: dict[str, Done]) -> None:
    case, done = CRAWL_CASES[name], crawl_runs[name]
    output = done.stdout + done.stderr
    assert "Traceback" not in output, output[-3000:]
    assert done.returncode == case.code, output[-3000:]
    last = done.stderr.strip().splitlines()[-1]
    assert case.says in last
    assert "(exit status" in last or ": error: " in last  # ours, or Scrapy's usage error
    assert "Spider opened" not in output and not (PROJECT / "warc" / "nosuch").exists()


@pytest.mark.parametrize("name", list(NEWSARCHIVE_CASES))
def test_newsarchive_command(
    name: str, inputs: Path, busy_port: int, capsys: pytest.CaptureFixture[str]
) -> None:
    case = NEWSARCHIVE_CASES[name]
    argv = [a.format(tmp=inputs, busy=busy_port) for a in case.argv]
    try:
        with environment_kept():  # `check` reads the project's settings: SCRAPY_SETTINGS_MODULE
            code = main(argv)
    except SystemExit as stop:  # argparse
        code = int(stop.code or 0)
    err = capsys.readouterr().err
    assert code == case.code, err
    lines = err.strip().splitlines()
    assert case.says in lines[-1]
    assert "Traceback" not in err
    if code == BAD:
        assert len(lines) == 1, err  # the line alone: no usage block, no log


def test_scrapy_list_names_a_spider_module_that_is_not_there() -> None:
    """Scrapy's own `list` built its spider loader and showed ModuleNotFoundError's traceback."""
    scrapy = Path(sys.executable).with_name("scrapy")
    done = subprocess.run(
        [str(scrapy), "list", "-s", "SPIDER_MODULES=tests.nosuch"],
        cwd=PROJECT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == BAD, done.stderr
    assert done.stderr.strip() == (
        "scrapy list: setting SPIDER_MODULES names 'tests.nosuch', which cannot be imported (no "
        "module named 'tests.nosuch'); the project's spiders are in newsarchive.spiders (exit "
        "status 2)"
    )
    listed = subprocess.run(
        [str(scrapy), "list"], cwd=PROJECT, capture_output=True, text=True, timeout=120
    )
    assert listed.returncode == 0 and "demo\nfollow\n" in listed.stdout, listed.stderr


def test_scrapy_list_read_in_part_is_no_traceback() -> None:
    """`scrapy list | head -1`: Scrapy's `list` ended in a BrokenPipeError traceback."""
    scrapy = Path(sys.executable).with_name("scrapy")
    done = subprocess.run(
        ["sh", "-c", f"'{scrapy}' list | head -1"],
        cwd=PROJECT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.stdout == "apnews\n"
    assert done.stderr == "", done.stderr


@pytest.mark.parametrize("command", ["list", "crawl"])
def test_a_spider_package_whose_import_fails_inside_shows_its_traceback(
    tmp_path: Path, command: str
) -> None:
    """A SPIDER_MODULES package that is there but imports a library that is not installed is
    the spider's own bug: its traceback, not a line calling the setting a typo (it said
    "setting SPIDER_MODULES names 'ourspiders.spiders', which cannot be imported (no module
    named 'nosuchdependency'); the project's spiders are in newsarchive.spiders")."""
    package = tmp_path / "ourspiders"
    (package / "spiders").mkdir(parents=True)
    (package / "__init__.py").write_text("import nosuchdependency\n")
    (package / "spiders" / "__init__.py").write_text("")
    scrapy = Path(sys.executable).with_name("scrapy")
    argv = [str(scrapy), command, *(["demo"] if command == "crawl" else [])]
    done = subprocess.run(
        [*argv, "-s", "SPIDER_MODULES=ourspiders.spiders"],
        cwd=PROJECT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )  # fmt: skip
    assert done.returncode != 0, done.stderr
    assert "setting SPIDER_MODULES" not in done.stderr, done.stderr
    assert "Traceback" in done.stderr, done.stderr
    assert "ModuleNotFoundError: No module named 'nosuchdependency'" in done.stderr, done.stderr
