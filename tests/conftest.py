"""Shared test fixtures, one plugin module per concern (servers start once per session)."""

pytest_plugins = [
    "tests.plugins.demo_site",  # the bundled demo news site on 127.0.0.1:<port 0>
    "tests.plugins.crawling",  # running real `scrapy crawl` and the shared demo crawl
    "tests.plugins.pywb",  # pywb (own venv) replaying WARCs on loopback
    "tests.plugins.fixture_server",  # serves per-site fixture pages for spider tests
]
