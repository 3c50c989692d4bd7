"""Scrapy settings for newsarchive.

Grouped by concern; every value can be overridden with `-s NAME=VALUE` or in a
spider's `custom_settings`. No logic here: components read and validate their
settings in `from_crawler`.
"""

BOT_NAME = "newsarchive"
ADDONS = {"newsarchive.addon.NewsArchiveAddon": 0}
SPIDER_MODULES = ["newsarchive.spiders"]
NEWSPIDER_MODULE = "newsarchive.spiders"

# --- Politeness -------------------------------------------------------------
# Real news sites are crawled gently: robots.txt obeyed (and archived), few
# parallel requests per site, AutoThrottle adapting the delay to the server.
# A contact in the User-Agent lets a site owner reach whoever runs the crawl:
# set NEWSARCHIVE_CONTACT (an e-mail address or URL) for your own runs.
NEWSARCHIVE_CONTACT = "https://github.com/newsarchive/newsarchive"
# {contact} and {version} are filled in at start (newsarchive.addon); a
# USER_AGENT without them is used as it is.
USER_AGENT = "newsarchive/{version} (+{contact})"
ROBOTSTXT_OBEY = True
# a robots.txt not fetched (refused, reset, timed out): "allow" crawls the host, as Scrapy
# does; "disallow" reads it as "Disallow: /", as RFC 9309 asks (newsarchive.network.robots)
ROBOTSTXT_UNREACHABLE = "allow"
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
# A site profile may ask for gentler (newsarchive.sites.*: Politeness): the news
# spider applies it at "spider" priority, so `-s NAME=VALUE` still wins.
DOWNLOAD_TIMEOUT = 60
# A 429/503 with Retry-After holds every request to its host that long, the retry
# too (newsarchive.network.politeness); a longer wait is not retried. robots.txt's
# Crawl-delay spaces a host's requests, cut to NETWORK_CRAWL_DELAY_MAX (0: ignored).
NETWORK_RETRY_AFTER_MAX = 120.0
NETWORK_RETRY_429_WAIT = 5.0  # a 429 without Retry-After: 5 s, 10 s ... before each retry
NETWORK_CRAWL_DELAY_MAX = 30.0
# Scrapy starts this many asyncio tasks (and one more) for every callback's
# output, however little it yields (the default 100 cost ~1 ms of CPU per
# response). A page here yields at most one item (an article's, which waits in
# its pipeline for the extraction worker) and requests, which are scheduled
# without waiting: a second task per response adds nothing but its cost, while
# items of different pages are still processed side by side. 4 against 16 took
# demo/follow from 0.74 to 0.94; 1 against 4 took 3.7% off the crawl process's
# instructions per article (callgrind). A spider of your own that yields many
# items per page may want more.
CONCURRENT_ITEMS = 1
STATS_CLASS = "newsarchive.statscollector.PlainStatsCollector"  # no per-call wrapper
# The crawl process's garbage collector (newsarchive.gctune): start-up's objects
# frozen out of its walks, young collections every 10,000 allocations instead of
# 700 (the threshold alone: 2.6% of the crawl process's instructions per demo
# article, callgrind). GC_FREEZE = False and GC_THRESHOLD = 0 leave Python's own.
GC_FREEZE = True
GC_THRESHOLD = 10_000
RETRY_TIMES = 2
# a page still failing after its retries is the site's answer, not a crawler fault: said at
# WARNING (Scrapy's default is ERROR), counted in retry/max_reached and the run report
RETRY_GIVE_UP_LOG_LEVEL = "WARNING"
REDIRECT_MAX_TIMES = 10
# what servers take in a request line (Apache 8,190, nginx 8k); Scrapy's 2,083 is an old
# browser's, and dropped a long article URL (newsarchive.network.urllength)
URLLENGTH_LIMIT = 8190

# Responses are archived as served; Scrapy decodes a copy for parsing only.
# No DOWNLOAD_MAXSIZE: Scrapy would drop a larger response whole, unarchived.
# The WARC extension stops a download at WARC_MAX_RECORD_PAYLOAD instead and
# archives it cut there, marked `WARC-Truncated: length`.
DOWNLOAD_MAXSIZE = 0
DOWNLOAD_WARNSIZE = 32 * 1024 * 1024
# What a body may decode to (gzip, deflate, br, zstd) before it is taken for a
# "zip bomb": archived as served, not parsed (newsarchive.network.codings). Above the
# sitemap protocol's 50 MB. 0: no limit.
DOWNLOAD_DECODED_MAXSIZE = 128 * 1024 * 1024
# A body past this many bytes goes on in an unnamed temporary file (in
# DOWNLOAD_SPOOL_DIR, default the system's) instead of memory, and is archived
# from there (newsarchive.network.download).
DOWNLOAD_SPOOL_SIZE = 4 * 1024 * 1024
DOWNLOAD_SPOOL_DIR = ""
# Seconds from sending a request to the end of its body: a body still arriving
# then (a slow drip) is cut and archived `WARC-Truncated: time`. Below
# DOWNLOAD_TIMEOUT, which still bounds waiting for the response headers.
DOWNLOAD_MAX_TIME = 45

# Content codings offered to servers: only those that the project's readers,
# pywb 2.10 and replayweb.page 2.5 all decode. Scrapy would also offer deflate
# and zstd: replayweb.page shows a deflate body as compressed bytes, pywb a
# zstd one. (Rendered pages: Chromium's own, archived decoded.)
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "en",
    "Accept-Encoding": "gzip, br",
}

# --- What the crawler may reach (newsarchive.network) ------------------------
# No request goes to a loopback, private, link-local, multicast or reserved
# address unless NETWORK_ALLOWED names its network: entries are CIDR networks or
# addresses, optionally with a port ("10.0.0.0/8", "127.0.0.1:8080",
# "[::1]:8080"). Checked on the address each connection is made to (the
# resolver below wraps Scrapy's own). Give it in settings.py or with -s: the
# resolver is built per process, before any spider's custom_settings.
NETWORK_ALLOWED: list[str] = []
TWISTED_DNS_RESOLVER = "newsarchive.network.resolver.GuardedResolver"
# getaddrinfo: IPv4 and IPv6 (Scrapy's CachingThreadedResolver knows IPv4 only)
NETWORK_INNER_RESOLVER = "newsarchive.network.resolver.DualStackResolver"

# --- Remote control ---------------------------------------------------------
# A crawler started from cron or scrapyd on a shared server should not open
# code-running consoles: both are off unless a user turns them on for a run.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# --- Public Suffix List (newsarchive.publicsuffix) --------------------------
# Scrapy's cookie middleware asks tldextract whether a cookie's Domain is public;
# tldextract would download the list (outside NETWORK_ALLOWED's guard, with
# `requests`). Empty: the copy tldextract ships. URLs here: fetch it from them.
NEWSARCHIVE_PUBLIC_SUFFIX_URLS: list[str] = []

# --- Exit status (cron, scrapyd) -------------------------------------------
# `scrapy crawl` (newsarchive.scrapy_commands.crawl) exits nonzero unless the run
# ended with one of these finish reasons and every record, item and report was written.
COMMANDS_MODULE = "newsarchive.scrapy_commands"
NEWSARCHIVE_OK_FINISH_REASONS = ["finished"]

# --- WARC archiving (newsarchive.warc) --------------------------------------
EXTENSIONS = {
    "newsarchive.checks.SettingsCheck": -100,  # a wrong setting stops the crawl first
    # item writers are called in order by one item_scraped receiver (newsarchive.itemsinks)
    "scrapy.extensions.corestats.CoreStats": None,
    # first of Scrapy's own as CoreStats was: LogStats reads its finish_time at spider_closed
    "newsarchive.itemsinks.ItemCountStats": -1,
    "newsarchive.gctune.CollectorTuning": 0,  # GC_FREEZE, GC_THRESHOLD
    # items handed to the kernel before the state calls their article archived (feeds.py)
    "scrapy.extensions.feedexport.FeedExporter": None,
    "newsarchive.feeds.CrashSafeFeedExporter": 0,
    "newsarchive.state.extension.CrawlStateExtension": 50,  # run lock before any WARC file
    "newsarchive.warc.extension.WarcExtension": 100,
    # measures the run, then spidermon's suite judges it, then the report prints the verdict
    "newsarchive.health.extension.RunHealthExtension": 800,
    "newsarchive.health.judge.RunJudge": 850,  # spidermon, imported when the run is judged
    "newsarchive.report.RunReportExtension": 900,  # after the WARC files are closed
}
WARC_ENABLED = True
WARC_DIR = "warc"
WARC_PREFIX = "newsarchive"
WARC_MAX_FILE_SIZE = 1024 * 1024 * 1024  # rotate after ~1 GB (between record groups)
WARC_MAX_RECORD_PAYLOAD = 64 * 1024 * 1024  # longer bodies are kept up to this and marked truncated
WARC_OPERATOR = ""
WARC_DESCRIPTION = ""
# One gzip member per record, by ISA-L (the `isal` package) when installed, else
# zlib. Compression is most of what archiving costs: for a 6 KB page, zlib level
# 6 takes ~100 us of CPU, isal ~20 us for ~5% more bytes (benchmarks/crawl_bench.py).
WARC_GZIP_LEVEL = 6
# Payloads already archived become revisit records; a persistent index (across
# runs) plugs in here with the same lookup/add methods.
WARC_DEDUP_INDEX = "newsarchive.state.dedup.StateDedupIndex"  # across runs (crawl state)
WARC_RECOVER_ON_START = True  # close .open files a killed crawl left in WARC_DIR
# A response cut short (closed before its Content-Length, a bad chunk) is archived
# as it came, marked `WARC-Truncated: disconnect` (stat warc/truncated/disconnect),
# retried, and never parsed (newsarchive.network.cut_bodies). True: Scrapy's own way,
# a failed download with nothing archived.
DOWNLOAD_FAIL_ON_DATALOSS = False

# --- Browser rendering (newsarchive.browser) --------------------------------
# Only requests a spider marks with meta["newsarchive_render"] go to the browser
# (RenderMiddleware turns the mark into scrapy-playwright meta). The handler
# serves every other request with Scrapy's own HTTP/1.1 handler and imports
# scrapy-playwright (newsarchive.browser.handler) and starts Playwright and
# Chromium at the first rendered request, never in plain crawls.
DOWNLOAD_HANDLERS = {
    "http": "newsarchive.browser.front.PlainFirstHandler",
    "https": "newsarchive.browser.front.PlainFirstHandler",
}
SPIDER_MIDDLEWARES = {
    # Scrapy's URL length limit, a URL past it named and counted (newsarchive.network.urllength)
    "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None,
    "newsarchive.network.urllength.NamedUrlLengthMiddleware": 800,
    # last before the scheduler: known, unchanged articles are dropped before they are queued
    "newsarchive.state.middleware.IncrementalSpiderMiddleware": 10,
}
# Scrapy's scheduler, keeping a host's requests while it rests (Retry-After, Crawl-delay)
# instead of letting them wait in the downloader, where they count against
# CONCURRENT_REQUESTS (newsarchive.network.politeness)
SCHEDULER = "newsarchive.network.politeness.PacedScheduler"
DOWNLOADER_MIDDLEWARES = {
    # redirects of a dont_filter request stay in scope (newsarchive.network.offsite)
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "newsarchive.network.offsite.ScopedOffsiteMiddleware": 50,
    # after HttpProxyMiddleware (750): knows which requests go through a proxy
    "newsarchive.network.middleware.NetworkGuardMiddleware": 760,
    # after RetryMiddleware (550): a retried copy is rebuilt without live objects;
    # after IncrementalMiddleware: only requests it lets through reach the browser
    "newsarchive.browser.front.RenderOnDemand": 970,  # RenderMiddleware, made on demand
    # nearest the downloader: holds an answer until its large body is archived (off the
    # reactor thread), so all the others find where its record went
    "newsarchive.warc.extension.LargeBodyMiddleware": 990,
    # next to the downloader: sees bodies as received (digests match the WARC's)
    "newsarchive.state.middleware.IncrementalMiddleware": 960,
    # after the crawl state claims an article: a page robots.txt redirected to, downloaded
    # then, answers the crawl's own request of it (newsarchive.network.robots)
    "newsarchive.network.robots.RobotsLandedMiddleware": 962,
    # Scrapy's DownloaderStats (850) counts such an answer (and robots.txt's own, shared)
    # once, not twice: the add-on puts OnceCountedDownloaderStats in its place, unless the
    # run's DOWNLOADER_MIDDLEWARES turned it off (None) (newsarchive.network.robots)
    # before IncrementalMiddleware sees the answer: a cut body is retried or dropped
    "newsarchive.network.cut_bodies.CutBodyMiddleware": 965,
    # before the crawl state too: an article's empty 200 is dropped, fetched again next run
    "newsarchive.network.empty_bodies.EmptyArticleMiddleware": 966,
    # Scrapy's, with each content coding read to its end: a damaged or cut br, zstd or
    # gzip body is counted and not parsed (newsarchive.network.codings)
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "newsarchive.network.codings.WholeBodyCompressionMiddleware": 590,
    # Scrapy's, with a redirect loop or too many hops named and counted
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "newsarchive.network.redirects.NamedRedirectMiddleware": 600,
    # Scrapy's, plus the HTTP Refresh header; a refresh naming the page itself is a reload
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "newsarchive.network.redirects.ReloadingMetaRefreshMiddleware": 580,
    # between the two: a <base href> Scrapy cannot read (`http://[::1`) read as the page's URL
    "newsarchive.network.basehref.UnreadableBaseMiddleware": 585,
    # Scrapy's, with a robots.txt that could not be had named in one line, no traceback
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "newsarchive.network.robots.NamedRobotsTxtMiddleware": 100,
    # after robots.txt (its Crawl-delay) and before RetryMiddleware (550) sees a 429/503
    "newsarchive.network.politeness.PaceMiddleware": 560,
}
BROWSER_ENABLED = True
PLAYWRIGHT_BROWSER_TYPE = "chromium"
# Playwright cannot download its own browser here: Debian's chromium package.
PLAYWRIGHT_LAUNCH_OPTIONS = {
    "executable_path": "/usr/bin/chromium",
    "headless": True,
    "args": [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
    ],
}
# Args the project needs (--blink-settings=lazyLoadEnabled=false: loading="lazy" content
# loads with the page; the network guard's proxy and WebRTC policy) are merged into a
# user's own args at launch, never replaced by them (newsarchive.browser.launch).
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 30_000  # ms for a page to load
BROWSER_PAGE_TIMEOUT = 300  # s for a whole rendered request (load, drive, archive), then retried
PLAYWRIGHT_MAX_CONTEXTS = 2
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 4  # Chromium pages cost ~100 MB each
PLAYWRIGHT_RESTART_DISCONNECTED_BROWSER = True  # a crashed browser is relaunched, crawl goes on
# Hosts (and their subdomains) whose requests the browser aborts: ads, trackers.
BROWSER_BLOCKED_HOSTS = [
    "doubleclick.net",
    "googlesyndication.com",
    "googletagmanager.com",
    "google-analytics.com",
    "googleadservices.com",
    "adnxs.com",
    "scorecardresearch.com",
    "chartbeat.com",
    "chartbeat.net",
    "quantserve.com",
    "taboola.com",
    "outbrain.com",
    "criteo.com",
    "amazon-adsystem.com",
    "facebook.net",
]
BROWSER_MAX_CLICKS = 20  # "Show more" clicks per listing page
BROWSER_MAX_SCROLLS = 20  # infinite-scroll steps per listing page
BROWSER_ACTION_TIMEOUT = 5.0  # s for a click or scroll to add content before driving stops
BROWSER_SETTLE_TIME = 0.2  # s without open requests before a page counts as loaded
BROWSER_QUIET_TIMEOUT = 10.0  # s at most to wait for that
BROWSER_KEEP_DOM = True  # the rendered DOM as a `resource` record beside the page's response
BROWSER_SCREENSHOT = False  # a full-page PNG as a `resource` record too
# Each rendered page is scrolled through, one viewport a step, so what loads in view is fetched
# (newsarchive.browser.lazy): at most this many steps (0: not scrolled) and seconds
BROWSER_LAZY_SCROLL_STEPS = 50
BROWSER_LAZY_SCROLL_TIME = 30.0
# bytes of bodies a page's own DevTools buffer keeps for those Playwright's loses (a fetch()
# over 20,000,000 bytes, or past its total): newsarchive.browser.bodies; 0 turns it off
BROWSER_BODY_BUFFER_SIZE = 128 * 1024 * 1024

# --- Article items (newsarchive.pipelines) ----------------------------------
ITEM_PIPELINES = {
    "newsarchive.pipelines.ExtractArticlePipeline": 300,
    "newsarchive.state.pipeline.ArticleVersionPipeline": 350,
    "newsarchive.changes.run.ArticleChangesPipeline": 360,  # changes.jsonl, report "changes"
}
# Extraction runs in worker processes (newsarchive.workers), off the crawl's
# process and core: None = the cores left after the crawl's own (at least 1);
# 0 = EXTRACT_THREADS threads inside the crawl's process instead.
EXTRACT_WORKERS = None
EXTRACT_TIMEOUT = 60.0  # s one page may take; past it the worker is replaced, the page counted
EXTRACT_MAX_PENDING = 0  # pages in the workers at once (0: 16 per worker); past it the crawl waits
# Added to the workers' niceness (a positive value lets the crawl's reactor win a
# contended core). 0: the crawl waits for its items, and at 5 (a third of the
# crawl's weight in the scheduler) the whole job was slower and its crawl process
# spent more CPU a page in each of three alternating rounds (README, crawl benchmark).
EXTRACT_WORKER_NICE = 0
EXTRACT_THREADS = 2  # only with EXTRACT_WORKERS = 0
# A page's HTML past this many characters is not parsed (0: no limit): its <head> and
# JSON-LD fields are read, its body ends at the cut, the item says `truncated: true`
# (stat extract/truncated). A 40 MB page would take ~3 s and ~300 MB; news pages are < 2 MB.
EXTRACT_MAX_HTML = 4_000_000
# Pages waiting for a worker wait in Scrapy's scraper with their responses; past
# this many body bytes there the downloader pauses (Scrapy's 5 MB held ~900 demo
# pages, ~20 MB of the crawl's memory, when extraction fell behind).
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 1_000_000
FEED_EXPORTERS = {  # the same lines as Scrapy's, without itemadapter's per-value walk
    "jsonlines": "newsarchive.exporters.JsonLinesExporter",
    "jl": "newsarchive.exporters.JsonLinesExporter",
}
FEED_STORAGES = {
    "": "newsarchive.feeds.CrashSafeFileStorage",
    "file": "newsarchive.feeds.CrashSafeFileStorage",
}
# Where items go when a run names no feed (-o/-O or FEEDS replace it).
NEWSARCHIVE_ITEMS_FEED = "items/%(name)s-%(time)s.jsonl"

# --- Crawl state and scheduling (newsarchive.state, newsarchive.report) ------
# Repeated runs (cron, scrapyd) archive only what is new or changed: the state
# remembers every archived article; a known one is fetched again (conditionally)
# when its listing, feed or sitemap says it changed, or after STATE_RECHECK_AGE.
# One run at a time per state file (a lock beside it). The state belongs with
# the WARCs its revisits refer to: by default `state/<site>.sqlite` in the folder
# holding WARC_DIR. STATE_PATH may take %(site)s (the site profile, else the
# spider name) and %(name)s (the spider).
STATE_ENABLED = True
STATE_PATH = ""
STATE_RECHECK_AGE = 7 * 24 * 3600  # seconds; 0: only when a listing says it changed
# Writes are committed in batches (a commit per write cost about as much as the
# writes): a transaction of up to this many writes or seconds. A killed run loses
# at most that much of its state; those articles are fetched again, once.
STATE_COMMIT_WRITES = 1000
STATE_COMMIT_SECONDS = 1.0
# What holds "each article fetched once per run" (newsarchive.state.ledger): this
# process's set; a crawl shared through Redis gets a shared one (newsarchive.addon).
STATE_RUN_LEDGER = "newsarchive.state.ledger.LocalRunLedger"
# Each run writes <site>-<start time>.json (default folder: `reports` beside
# WARC_DIR) and a summary in the log.
REPORT_ENABLED = True
REPORT_DIR = ""

# --- Listings (newsarchive.spiders.paging) ----------------------------------
# A section's listing ends after this many pages in a row that listed nothing new
# (one page of repeats is no proof of the end), or where the site says it ends.
LISTING_REPEAT_PAGES = 2
# Sitemap indexes read below the profile's own sitemap (1: its children only). The
# protocol allows one level; an index naming a new index on every answer never ends.
LISTING_SITEMAP_LEVELS = 3

# --- Run alarms (newsarchive.health, judged by spidermon) ----------------------
# Every run: articles each section's listing named, and the share of article items
# with title, authors, published, topics and body (site-wide and per section), held
# against fixed floors and the median of the last HEALTH_HISTORY_RUNS healthy runs
# (kept in the crawl state). A fall marks the report "degraded" and logs at ERROR.
SPIDERMON_ENABLED = True
SPIDERMON_SPIDER_CLOSE_MONITORS = ["newsarchive.health.monitors.RunHealthSuite"]
HEALTH_ENABLED = True
HEALTH_MIN_ARTICLES = 1  # a section whose listing names fewer alarms
HEALTH_FIELD_FLOORS: dict[str, float] = {}  # replaces floors of newsarchive.health.alarms
HEALTH_ARTICLES_DROP = 0.5  # alarm below half the earlier runs' median
HEALTH_COVERAGE_DROP = 0.2  # alarm 20 points below the earlier runs' median coverage
HEALTH_MIN_ITEMS = 5  # coverage of fewer items (site or section) is not judged
HEALTH_HISTORY_RUNS = 5
NEWSARCHIVE_FAIL_ON_ALARM = False  # True: a degraded run exits with status 4

# --- Scrapy defaults pinned for this project --------------------------------
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
