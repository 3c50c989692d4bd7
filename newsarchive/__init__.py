"""newsarchive: a Scrapy-based archival crawler for news sites."""

__version__ = "0.1.0"
