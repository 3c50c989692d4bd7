"""Limits of extraction that its callers name as setting defaults (no imports: the crawl
reads them at start without loading the extractor)."""

# A page whose HTML is longer is read up to here (characters of decoded text): a news
# article's page is under 2 MB, and extraction costs ~0.1 s and ~10 MB of memory a MB.
MAX_HTML = 4_000_000
