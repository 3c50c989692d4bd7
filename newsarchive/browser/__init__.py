"""Rendering pages in a real browser (scrapy-playwright on Debian's Chromium).

The spider marks a request with `meta["newsarchive_render"]`; `RenderMiddleware`
turns that into scrapy-playwright meta: a capture of every network exchange the
browser makes (handed to the WARC extension through newsarchive's signals), the
driving of "Show more" buttons and infinite scroll, and the rendered DOM kept
as a `resource` record. `BrowserDownloadHandler` starts Playwright only when
the first rendered request arrives, so plain crawls never pay for a browser.
"""
