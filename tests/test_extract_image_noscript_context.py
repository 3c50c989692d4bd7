"""A <noscript> fallback between the headline and the first paragraph is read with the
wrappers around it, as a picture the tree shows there is: one inside a teaser's link to
another story, an ad slot or the byline (an author's portrait, whatever its alt text) is no
lead; and the headline's words shown before the headline (a sticky bar's title,
breadcrumbs) start no window, so the site's logo or masthead after them is none either.
The same picture shown in the tree, not in a <noscript>, is asked the same and answers the
same. Invented pages, names and addresses."""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://www.kuestenpost.example/region/2026/12/05/deich-wird-erhoeht-5512"
MEDIA = "https://cdn.kuestenpost.example/img"
TITLE = "Deich an der Bucht wird erhöht"
TEXT = (
    "Der Landkreis will den alten Deich an der Bucht bis zum Herbst um einen halben Meter "
    "erhöhen, nachdem das Hochwasser im Frühjahr mehrere Keller überflutet hatte."
)
DECLARED = f"{MEDIA}/deich-bucht-luftbild-1200x630.jpg"
OG = f'<meta property="og:image" content="{DECLARED}">'


def _page(head: str, top: str = "", header: str = "") -> bytes:
    paragraphs = "".join(f"<p>{TEXT} ({i})</p>" for i in range(4))
    return (
        f'<html lang="de"><head><title>{TITLE}</title>{head}</head><body>{header}'
        f"<main><article><h1>{TITLE}</h1>{top}{paragraphs}</article></main></body></html>"
    ).encode()


def _bare(markup: str) -> str:
    return markup.replace("<noscript>", "").replace("</noscript>", "")


BESIDE = {
    "teaser-link-with-text": (
        '<aside class="related"><a href="/region/2026/12/01/faehre-4400">'
        f'<noscript><img src="{MEDIA}/faehre-anleger-4400.jpg" alt=""></noscript>'
        "<span>Fähre fällt wegen Sturm am Wochenende aus</span></a></aside>"
    ),
    "ad-slot": (
        '<div class="ad-slot" id="ad-top"><noscript>'
        '<img src="https://ads.kuestenpost.example/serve/banner-4411.jpg"></noscript></div>'
    ),
    "ad-slot-link": (
        '<div class="ad-slot ad-top"><noscript><a href="https://adserver.example/click?x=1">'
        '<img src="https://adserver.example/banner/autohaus-728x90.jpg"></a></noscript></div>'
    ),
    "byline-portrait-alt-photo-credit": (
        f'<div class="byline"><noscript><img src="{MEDIA}/team/portrait-88.jpg" '
        'alt="Foto: Anna Muster"></noscript><span>Von Anna Muster</span></div>'
    ),
    "byline-portrait-in-author-link": (
        '<div class="byline"><a href="/autoren/anna-muster">'
        f'<noscript><img src="{MEDIA}/team/portrait-88.jpg" alt=""></noscript>Anna Muster</a></div>'
    ),
}


@pytest.mark.parametrize("case", sorted(BESIDE))
@pytest.mark.parametrize("og", [OG, ""], ids=["og", "no-og"])
@pytest.mark.parametrize("hidden", [True, False], ids=["noscript", "tree"])
def test_fallback_in_a_wrapper_no_lead_is_in(case: str, og: str, hidden: bool) -> None:
    top = BESIDE[case] if hidden else _bare(BESIDE[case])
    item = extract_article(_page(og, top), URL)
    assert item.authors == (["Anna Muster"] if "byline" in case else [])
    assert item.image == (DECLARED if og else None)


HEADERS = {
    "sticky-title-then-logo": (
        f'<header><div class="sticky-title">{TITLE}</div><a href="/">'
        f'<noscript><img src="{MEDIA}/brand/kp-head.png" alt="Küstenpost"></noscript></a></header>'
    ),
    "breadcrumbs-then-masthead": (
        f'<div class="crumbs">Region &gt; {TITLE}</div><div class="masthead">'
        f'<noscript><img src="{MEDIA}/masthead-winter.jpg" alt=""></noscript></div>'
    ),
}


@pytest.mark.parametrize("case", sorted(HEADERS))
@pytest.mark.parametrize("og", [OG, ""], ids=["og", "no-og"])
def test_headline_words_before_the_headline_start_no_window(case: str, og: str) -> None:
    assert extract_article(_page(og, "", HEADERS[case]), URL).image == (DECLARED if og else None)


@pytest.mark.parametrize("case", sorted(HEADERS))
def test_the_lead_after_the_headline_still_found(case: str) -> None:
    """The sticky title or breadcrumbs before it, the lead's own fallback after the headline
    (its alt text the headline again) is the lead, at the size it shows."""
    shown = f"{MEDIA}/deich-bucht-luftbild-800x450.jpg"
    lead = (
        '<figure class="lead"><div data-lazy="1"></div>'
        f'<noscript><img src="{shown}" alt="{TITLE}"></noscript></figure>'
    )
    for og in (OG, ""):
        assert extract_article(_page(og, lead, HEADERS[case]), URL).image == shown


BODY_PICTURE = (
    f'<figure><img src="{MEDIA}/kreishaus-sitzung.jpg" width="800" height="533" alt="">'
    "<figcaption>Der Kreistag tagte am Montag. Foto: Küstenpost</figcaption></figure>"
)
GENERIC = {
    # (declared image, a teaser's file of the same generic name in another folder)
    "original": (
        "https://img.kuestenpost.example/a8f3c2/original-1200x630.jpg",
        "https://img.kuestenpost.example/77b2e1/original-320x180.jpg",
    ),
    "picture-dated-folder": (
        "https://img.kuestenpost.example/2026/12/05/5512/picture-1200x630.jpg",
        "https://img.kuestenpost.example/2026/11/30/5400/picture-400x225.jpg",
    ),
}


@pytest.mark.parametrize("case", sorted(GENERIC))
@pytest.mark.parametrize("body", ["", BODY_PICTURE], ids=["alone", "body-picture"])
@pytest.mark.parametrize("hidden", [True, False], ids=["noscript", "tree"])
def test_teaser_of_a_file_of_the_same_name_is_no_size_of_the_declared(
    case: str, body: str, hidden: bool
) -> None:
    """Past the article (a "more stories" box), a teaser card's picture whose file name is
    the declared one's but for its size is another story's: the declared image is kept."""
    declared, other = GENERIC[case]
    teaser = (
        '<aside class="more"><a href="/region/2026/11/30/faehre-4400">'
        f'<noscript><img src="{other}" alt=""></noscript>'
        "Fähre fällt wegen Sturm am Wochenende aus</a></aside>"
    )
    paragraphs = [f"<p>{TEXT} ({i})</p>" for i in range(4)]
    paragraphs.insert(2, body)
    page = (
        f'<html lang="de"><head><title>{TITLE}</title>'
        f'<meta property="og:image" content="{declared}"></head><body><main><article>'
        f"<h1>{TITLE}</h1>{''.join(paragraphs)}</article>"
        f"{teaser if hidden else _bare(teaser)}</main></body></html>"
    )
    assert extract_article(page.encode(), URL).image == declared


@pytest.mark.parametrize("header", ["", *sorted(HEADERS)], ids=["no-header", *sorted(HEADERS)])
@pytest.mark.parametrize("og", [OG, ""], ids=["og", "no-og"])
def test_caption_repeating_the_headline_keeps_the_lead(header: str, og: str) -> None:
    """The lead's caption below its fallback repeats the headline's words: the window still
    starts at the headline, the picture is the lead."""
    shown = f"{MEDIA}/deich-bucht-luftbild-800x450.jpg"
    lead = (
        '<figure class="lead"><div data-lazy="1"></div>'
        f'<noscript><img src="{shown}" alt=""></noscript>'
        f"<figcaption>{TITLE}: der Deich von oben</figcaption></figure>"
    )
    page = _page(og, lead, HEADERS[header] if header else "")
    assert extract_article(page, URL).image == shown
