"""Settings checked before a crawl: each wrong value named, each right one let through."""

from __future__ import annotations

import pytest
from scrapy.settings import Settings

from newsarchive import settings as project_settings
from newsarchive.checks import SettingError, check_settings


def project(**values: object) -> Settings:
    settings = Settings()
    settings.setmodule(project_settings, priority="project")
    settings.setdict(values, priority="cmdline")
    return settings


def test_the_project_defaults_pass() -> None:
    check_settings(project())


@pytest.mark.parametrize(
    ("values", "says"),
    [
        ({"WARC_MAX_FILE_SIZE": "abc"}, "setting WARC_MAX_FILE_SIZE='abc' is not a whole number"),
        ({"WARC_MAX_FILE_SIZE": "1.5"}, "WARC_MAX_FILE_SIZE='1.5' is not a whole number"),
        ({"WARC_MAX_FILE_SIZE": "-1"}, "WARC_MAX_FILE_SIZE='-1' is out of range"),
        ({"WARC_GZIP_LEVEL": "10"}, "from 0 to 9"),
        ({"BROWSER_BODY_BUFFER_SIZE": "-1"}, "BROWSER_BODY_BUFFER_SIZE='-1' is out of range"),
        ({"BROWSER_LAZY_SCROLL_STEPS": "-1"}, "BROWSER_LAZY_SCROLL_STEPS='-1' is out of range"),
        ({"BROWSER_LAZY_SCROLL_TIME": "0"}, "BROWSER_LAZY_SCROLL_TIME='0' is out of range"),
        ({"BROWSER_PAGE_TIMEOUT": "0"}, "setting BROWSER_PAGE_TIMEOUT=0 is out of range"),
        # Playwright waits forever on a timeout of 0 (the page's load): no bound is no setting
        ({"BROWSER_QUIET_TIMEOUT": "0"}, "BROWSER_QUIET_TIMEOUT='0' is out of range"),
        ({"BROWSER_SETTLE_TIME": "-0.1"}, "BROWSER_SETTLE_TIME='-0.1' is out of range"),
        ({"BROWSER_PAGE_TIMEOUT": "-1"}, "setting BROWSER_PAGE_TIMEOUT=-1 is out of range"),
        ({"BROWSER_PAGE_TIMEOUT": "soon"}, "setting BROWSER_PAGE_TIMEOUT='soon' is not a number"),
        ({"DOWNLOAD_DELAY": "soon"}, "DOWNLOAD_DELAY='soon' is not a number of seconds"),
        ({"DOWNLOAD_TIMEOUT": "nan"}, "DOWNLOAD_TIMEOUT='nan' is not a number of seconds"),
        ({"DNS_TIMEOUT": "x"}, "DNS_TIMEOUT='x' is not a number"),
        ({"WARC_ENABLED": "perhaps"}, "WARC_ENABLED='perhaps' is not 1 or 0"),
        ({"WARC_PREFIX": "my/crawl"}, "no '/' or '-'"),
        # "could not start: ValueError: Error loading object 'bogus'", exit 1, no setting named
        ({"WARC_DEDUP_INDEX": "bogus"}, "setting WARC_DEDUP_INDEX='bogus' names no class"),
        ({"STATE_RUN_LEDGER": "newsarchive.state.ledger.Nope"}, "STATE_RUN_LEDGER='newsarchive"),
        ({"WARC_DEDUP_INDEX": "no_such_module.Index"}, "WARC_DEDUP_INDEX='no_such_module.Index'"),
        # each was taken: no item exported (exit 0), extraction off, a downloader held for good
        ({"CONCURRENT_ITEMS": "0"}, "CONCURRENT_ITEMS='0' is out of range: use a whole number"),
        ({"EXTRACT_WORKERS": "-1"}, "EXTRACT_WORKERS='-1' is out of range"),
        ({"EXTRACT_WORKERS": "two"}, "EXTRACT_WORKERS='two' is not a whole number"),
        ({"EXTRACT_WORKERS": "1.5"}, "EXTRACT_WORKERS='1.5' is not a whole number"),
        ({"EXTRACT_MAX_HTML": "-1"}, "EXTRACT_MAX_HTML='-1' is out of range"),
        ({"EXTRACT_MAX_PENDING": "-1"}, "EXTRACT_MAX_PENDING='-1' is out of range"),
        ({"EXTRACT_TIMEOUT": "-1"}, "EXTRACT_TIMEOUT='-1' is out of range"),
        ({"GC_THRESHOLD": "-1"}, "GC_THRESHOLD='-1' is out of range"),
        ({"LISTING_REPEAT_PAGES": "0"}, "LISTING_REPEAT_PAGES='0' is out of range"),
        ({"DOWNLOAD_MAX_TIME": "-1"}, "DOWNLOAD_MAX_TIME='-1' is out of range"),
        ({"SCRAPER_SLOT_MAX_ACTIVE_SIZE": "-1"}, "SCRAPER_SLOT_MAX_ACTIVE_SIZE='-1' is out"),
        ({"DOWNLOAD_SPOOL_SIZE": "-1"}, "DOWNLOAD_SPOOL_SIZE='-1' is out of range"),
        ({"STATE_COMMIT_WRITES": "0"}, "STATE_COMMIT_WRITES='0' is out of range"),
        ({"STATE_COMMIT_SECONDS": "-1"}, "STATE_COMMIT_SECONDS='-1' is out of range"),
        ({"STATE_PATH": "state/%(spider)s.sqlite"}, "only %(site)s and %(name)s"),
        ({"ROBOTSTXT_UNREACHABLE": "deny"}, "ROBOTSTXT_UNREACHABLE='deny': one of allow, disallow"),
        (
            {
                "NEWSARCHIVE_REDIS_URL": "redis://h/0",
                "NEWSARCHIVE_RESUME": "1",
                "NEWSARCHIVE_FRESH": "1",
            },
            "setting NEWSARCHIVE_RESUME=1 and NEWSARCHIVE_FRESH=1 ask for opposite starts",
        ),
    ],
)
def test_a_wrong_value_is_named(values: dict[str, object], says: str) -> None:
    with pytest.raises(SettingError) as error:
        check_settings(project(**values))
    assert says in str(error.value)


STOCK = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_scrapy_playwrights_own_handler_is_refused(scheme: str) -> None:
    """A settings.py naming scrapy-playwright's handler, as its documentation says: the
    browser would render past NETWORK_ALLOWED and archive nothing of the page, said nowhere."""
    with pytest.raises(SettingError) as error:
        check_settings(project(DOWNLOAD_HANDLERS={scheme: STOCK}))
    assert f"DOWNLOAD_HANDLERS names {STOCK} for {scheme}" in str(error.value)
    assert "newsarchive.browser.front.PlainFirstHandler" in str(error.value)


@pytest.mark.parametrize(
    "named",
    [
        "newsarchive.browser.front.PlainFirstHandler",
        "newsarchive.browser.handler.BrowserDownloadHandler",  # gives PlainFirstHandler
    ],
)
def test_newsarchives_handlers_pass(named: str) -> None:
    check_settings(project(DOWNLOAD_HANDLERS={"http": named, "https": named}))


@pytest.mark.parametrize(
    "values",
    [
        {"DOWNLOAD_DELAY": "0.25", "DOWNLOAD_TIMEOUT": "7.5", "STATE_RECHECK_AGE": "0"},
        {"WARC_MAX_RECORD_PAYLOAD": "0", "WARC_GZIP_LEVEL": 0, "ROBOTSTXT_OBEY": "False"},
        {"CLOSESPIDER_TIMEOUT": "90.5", "DNS_TIMEOUT": "2.5", "EXTRACT_THREADS": 4},
        {"BROWSER_BODY_BUFFER_SIZE": "0", "BROWSER_PAGE_TIMEOUT": "0.5"},
        {"BROWSER_SETTLE_TIME": "0"},  # no debounce: quiet once no request is open
        {"WARC_DEDUP_INDEX": "", "STATE_RUN_LEDGER": "newsarchive.state.ledger.LocalRunLedger"},
        {"EXTRACT_WORKERS": "0", "EXTRACT_MAX_HTML": "0", "EXTRACT_MAX_PENDING": "0"},
        {"EXTRACT_WORKERS": "", "GC_THRESHOLD": "0", "DOWNLOAD_MAX_TIME": "0"},
        {"EXTRACT_WORKERS": 3, "CONCURRENT_ITEMS": "1", "LISTING_REPEAT_PAGES": "1"},
        {"STATE_PATH": "/srv/state/%(site)s-%(name)s.sqlite", "WARC_PREFIX": "news_2026"},
        {"NEWSARCHIVE_REDIS_URL": "redis://h/0", "NEWSARCHIVE_FRESH": "1"},
    ],
)
def test_right_values_pass(values: dict[str, object]) -> None:
    check_settings(project(**values))
