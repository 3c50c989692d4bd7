"""The JSON-LD image of another object of the page is the article's only where that object
is this page's: a second article object of the same headline naming no other page, or an
article or WebPage object naming the page's own address (its scheme, "www.", trailing slash,
a reader's tracking parameters and a relative form aside, its query told). A related story
of a recurring headline ("Polizeibericht"), a query-named site's other article, the
site's WebSite object on a "/?p=N" page, or a person naming the page lends none.
Invented pages, names and addresses."""

from __future__ import annotations

import json

import pytest

from newsarchive.extract.document import parse
from newsarchive.extract.page_fields import image

SITE = "https://www.kuestenpost.example"
MEDIA = "https://cdn.kuestenpost.example/img"
TITLE = "Polizeibericht aus dem Landkreis"
TEXT = (
    "Auf der Landstraße zwischen den beiden Dörfern ist am Abend ein Lieferwagen von der "
    "Fahrbahn abgekommen, verletzt wurde nach Angaben der Polizei niemand."
)
DEFAULT_OG = f'<meta property="og:image" content="{SITE}/img/og-default.png">'
PATH_URL = f"{SITE}/region/polizeibericht-5512"
PHOTO = f"{MEDIA}/streifenwagen.jpg"


def _ld(*objects: object) -> str:
    return "".join(
        f'<script type="application/ld+json">{json.dumps(o, ensure_ascii=False)}</script>'
        for o in objects
    )


def _image(url: str, head: str) -> str | None:
    paragraphs = "".join(f"<p>{TEXT} ({i})</p>" for i in range(4))
    page = (
        f'<html lang="de"><head><title>{TITLE}</title>{head}</head><body><main><article>'
        f"<h1>{TITLE}</h1>{paragraphs}</article></main></body></html>"
    )
    doc = parse(page, url)
    assert doc is not None
    return image(doc, None)


def _article(url: str) -> dict[str, object]:
    return {
        "@type": "NewsArticle",
        "headline": TITLE,
        "url": url,
        "datePublished": "2026-12-05T08:00:00+01:00",
        "author": {"@type": "Person", "name": "Anna Muster"},
        "articleBody": TEXT,
    }


def _webpage(url: str) -> dict[str, object]:
    return {
        "@type": "WebPage",
        "url": url,
        "primaryImageOfPage": {"@type": "ImageObject", "url": PHOTO},
    }


OWN = {
    "trailing-slash": (PATH_URL, PATH_URL + "/"),
    "http": (PATH_URL, PATH_URL.replace("https:", "http:")),
    "no-www": (PATH_URL, PATH_URL.replace("www.", "")),
    "relative": (PATH_URL, "/region/polizeibericht-5512"),
    "fragment": (PATH_URL, PATH_URL + "#webpage"),
    "fetched-with-tracking": (PATH_URL + "?utm_source=feed&utm_medium=rss", PATH_URL),
    "query-named-same": (f"{SITE}/artikel.php?id=5512", f"{SITE}/artikel.php?id=5512"),
}


@pytest.mark.parametrize("case", sorted(OWN))
@pytest.mark.parametrize("og", [DEFAULT_OG, ""], ids=["default-og", "no-og"])
def test_webpage_of_the_page_lends_its_image(case: str, og: str) -> None:
    url, named = OWN[case]
    assert _image(url, og + _ld(_article(url), _webpage(named))) == PHOTO


OTHER = {
    # a related story of the same, recurring headline, naming its own page
    "recurring-headline": (
        PATH_URL,
        {
            "@type": "NewsArticle",
            "headline": TITLE,
            "url": f"{SITE}/region/polizeibericht-5400",
            "image": PHOTO,
        },
    ),
    # a site naming its articles by query: another article's address differs only there
    "query-named-other": (
        f"{SITE}/artikel.php?id=5512",
        {
            "@type": "NewsArticle",
            "headline": "Neue Brücke eröffnet",
            "url": f"{SITE}/artikel.php?id=5500",
            "image": PHOTO,
        },
    ),
    "query-named-other-webpage": (
        f"{SITE}/artikel.php?id=5512",
        _webpage(f"{SITE}/artikel.php?id=5500"),
    ),
    # a WordPress page read by its ?p=: the site's front page is another page
    "front-page-website": (
        f"{SITE}/?p=5512",
        {"@type": "WebSite", "url": f"{SITE}/", "name": "Küstenpost", "image": PHOTO},
    ),
    "front-page-webpage": (f"{SITE}/?p=5512", _webpage(f"{SITE}/")),
    # the author's object naming the page (a theme's mistake): her portrait
    "person-naming-the-page": (
        PATH_URL,
        {"@type": "Person", "name": "Anna Muster", "url": PATH_URL, "image": PHOTO},
    ),
}


@pytest.mark.parametrize("case", sorted(OTHER))
@pytest.mark.parametrize("og", [DEFAULT_OG, ""], ids=["default-og", "no-og"])
def test_another_page_lends_no_image(case: str, og: str) -> None:
    """No image: the og:image is the site's default card (as the other tests' pages show)."""
    url, other = OTHER[case]
    assert _image(url, og + _ld(_article(url), other)) is None
