"""Browser settings (`BROWSER_*`), read and validated once per crawl.

`BROWSER_PAGE_TIMEOUT` is read and checked here alone: `checks.py` stops a crawl with a
wrong one at its start through `BrowserConfig.from_settings` (one line, nonzero exit),
and the browser's download handler takes its value from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from scrapy.settings import BaseSettings

# Tried in order when a profile names no selector of its own.
DEFAULT_SHOW_MORE_SELECTORS: tuple[str, ...] = (
    "[data-load-more]",
    "button:has-text('Show more')",
    "button:has-text('Load more')",
    "button:has-text('More stories')",
    "a:has-text('Show more')",
    "a:has-text('Load more')",
)


@dataclass(frozen=True)
class BrowserConfig:
    """What a rendered page may cost, and what is kept of it."""

    max_clicks: int = 20  # "Show more" clicks per listing page
    max_scrolls: int = 20  # infinite-scroll steps per listing page
    action_timeout: float = 5.0  # s to wait for a click or a scroll to add content
    settle_time: float = 0.2  # s without open requests before the page counts as quiet (0: none)
    quiet_timeout: float = 10.0  # s at most waiting for the page to become quiet
    show_more_selectors: tuple[str, ...] = DEFAULT_SHOW_MORE_SELECTORS
    keep_dom: bool = True  # the rendered DOM as a `resource` record
    screenshot: bool = False  # a full-page PNG as a `resource` record
    body_buffer_size: int = 128 * 1024 * 1024  # bytes a page's own body buffer holds (0: none)
    lazy_scroll_steps: int = 50  # viewport-high steps scrolling a page through (0: not scrolled)
    lazy_scroll_time: float = 30.0  # s at most scrolling a page through
    page_timeout: float = 300.0  # s a whole rendered request may take (BrowserDownloadHandler)

    def __post_init__(self) -> None:
        for name in ("max_clicks", "max_scrolls", "body_buffer_size", "lazy_scroll_steps"):
            if getattr(self, name) < 0:
                value = getattr(self, name)
                raise ValueError(
                    f"BROWSER_{name.upper()}={value} is out of range: use a whole number of"
                    " at least 0"
                )
        if self.settle_time < 0:  # 0: quiet as soon as no request is open, no debounce
            raise ValueError(
                f"BROWSER_SETTLE_TIME={self.settle_time:g} is out of range: use a number of"
                " seconds of at least 0"
            )
        # 0 is no bound: Playwright waits forever on a timeout of 0 (quiet_timeout: the load)
        for name in ("action_timeout", "quiet_timeout", "lazy_scroll_time", "page_timeout"):
            if getattr(self, name) <= 0:
                value = getattr(self, name)
                raise ValueError(
                    f"BROWSER_{name.upper()}={value:g} is out of range: use a number of seconds"
                    " above 0"
                )

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> BrowserConfig:
        selectors = settings.getlist("BROWSER_SHOW_MORE_SELECTORS") or DEFAULT_SHOW_MORE_SELECTORS
        return cls(
            max_clicks=settings.getint("BROWSER_MAX_CLICKS", cls.max_clicks),
            max_scrolls=settings.getint("BROWSER_MAX_SCROLLS", cls.max_scrolls),
            action_timeout=settings.getfloat("BROWSER_ACTION_TIMEOUT", cls.action_timeout),
            settle_time=settings.getfloat("BROWSER_SETTLE_TIME", cls.settle_time),
            quiet_timeout=settings.getfloat("BROWSER_QUIET_TIMEOUT", cls.quiet_timeout),
            show_more_selectors=tuple(selectors),
            keep_dom=settings.getbool("BROWSER_KEEP_DOM", cls.keep_dom),
            screenshot=settings.getbool("BROWSER_SCREENSHOT", cls.screenshot),
            body_buffer_size=settings.getint("BROWSER_BODY_BUFFER_SIZE", cls.body_buffer_size),
            lazy_scroll_steps=settings.getint("BROWSER_LAZY_SCROLL_STEPS", cls.lazy_scroll_steps),
            lazy_scroll_time=settings.getfloat("BROWSER_LAZY_SCROLL_TIME", cls.lazy_scroll_time),
            page_timeout=settings.getfloat("BROWSER_PAGE_TIMEOUT", cls.page_timeout),
        )
