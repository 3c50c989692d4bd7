"""Which Public Suffix List Scrapy's cookie middleware uses: by default the copy tldextract ships.

Scrapy asks tldextract whether a cookie's Domain is a public suffix (`co.uk`), and
tldextract's default is to download the newest list from publicsuffix.org and GitHub
on first use. For an archival crawler that means an unasked-for connection to hosts
it is not archiving, and where outbound traffic is closed (a lab, CI, a firewalled
server) two tracebacks in the crawl log for every new virtualenv. The list bundled
with tldextract is a few months old at most, which is what cookie scoping needs.
`NEWSARCHIVE_PUBLIC_SUFFIX_URLS` lists URLs to fetch a newer one from instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from tldextract import TLDExtract


def use_public_suffix_list(urls: Sequence[str]) -> None:
    """Give Scrapy's cookie middleware a splitter reading `urls`, or the bundled list if none."""
    from scrapy.downloadermiddlewares import cookies

    current = getattr(cookies, "_split_domain", None)
    if isinstance(current, TLDExtract) and tuple(current.suffix_list_urls) == tuple(urls):
        return
    # Scrapy reads the module-level splitter at each call (`_is_public_domain`).
    cookies._split_domain = TLDExtract(
        suffix_list_urls=tuple(urls), include_psl_private_domains=True
    )
