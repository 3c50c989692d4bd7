"""Scrapy commands of this project (COMMANDS_MODULE): `crawl` and `list` replace Scrapy's own."""
