"""The lead image: the picture an article shows at its top, as its markup spells it.

Made-up pages in the shapes news sites use: lazy loading, <picture> sources, srcsets,
<noscript> fallbacks, logos and byline portraits near the headline, og:image alone.
"""

# ruff: noqa: E501  -- HTML snippets read best one per line

from __future__ import annotations

from urllib.parse import urljoin

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.document import parse
from newsarchive.extract.page_fields import image

URL = "https://zeitung.example/region/2026/hafen-faehre-123.html"
HEAD = "Stadtrat beschließt den Umbau des Hafens für die Fähre"
TEXT = "Der Stadtrat hat am Dienstagabend nach langer Debatte beschlossen, den alten Hafen für die Fähre umzubauen."
PARAGRAPHS = "".join(f"<p>{TEXT} Absatz {i}.</p>" for i in range(8))
OG = '<meta property="og:image" content="https://cdn.zeitung.example/social/hafen-1200x630.jpg">'


def _page(article: str, head: str = "", before: str = "") -> str:
    return (
        f"<html><head><title>{HEAD} | Zeitung</title>{head}</head><body>"
        f'<header class="masthead"><a href="/"><img src="/brand/zeitung.png" alt="Zeitung"></a></header>'
        f"{before}<main><article>{article}</article></main></body></html>"
    )


def _image(html: str, names: tuple[str, ...] = ()) -> str | None:
    doc = parse(html, URL)
    assert doc is not None
    return image(doc, None, names)


PAGES = [
    pytest.param(
        f'<h1>{HEAD}</h1><figure><img src="/fotos/hafen.jpg" alt="Der Hafen am Morgen"></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen.jpg",
        id="src-relative",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><figure><img src="/fotos/hafen-400.jpg" srcset="/fotos/hafen-400.jpg 400w, /fotos/hafen-1600.jpg 1600w, /fotos/hafen-800.jpg 800w"></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen-1600.jpg",
        id="srcset-largest",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><figure><img src="https://img.example/i/7f3a,c1?w=320" srcset="https://img.example/i/7f3a,c1?w=320 1x, https://img.example/i/7f3a,c2?w=640 2x"></figure>{PARAGRAPHS}',
        "https://img.example/i/7f3a,c2?w=640",
        id="srcset-commas-in-urls",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/fotos/hafen.jpg" alt=""></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen.jpg",
        id="lazy-data-src",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><figure><img src="/static/lazy-placeholder.png" data-src="/fotos/hafen.jpg"></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen.jpg",
        id="lazy-placeholder-src",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-lazy-srcset="/fotos/hafen-600.jpg 600w, /fotos/hafen-1200.jpg 1200w"></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen-1200.jpg",
        id="lazy-srcset",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><figure><picture><source media="(min-width: 800px)" srcset="/fotos/hafen-w1600.webp 1600w, /fotos/hafen-w800.webp 800w"><img alt="Der Hafen"></picture></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen-w1600.webp",
        id="picture-sources-only",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><div class="media"><img class="js-lazy" src="/static/transparent.gif" alt="Fähren im Hafen bei Sonnenaufgang"><span class="credit">Foto: A. Muster</span><noscript><img src="/fotos/faehren.jpg" alt="Fähren im Hafen bei Sonnenaufgang"></noscript></div>{PARAGRAPHS}',
        "https://zeitung.example/fotos/faehren.jpg",
        id="noscript-fallback",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><div class="sponsor-logo"><img src="/partner/reederei.png"></div><figure><img src="/fotos/hafen.jpg"></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen.jpg",
        id="logo-before-figure",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><div class="z2"><img src="/team/anna.jpg" width="48" height="48"> Von Anna Muster</div><figure><img src="/fotos/hafen.jpg"></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen.jpg",
        id="avatar-small",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><div class="m-7"><a href="/autoren/anna"><picture><source srcset="/team/anna-200.jpg 200w" sizes="40px"><img src="/team/anna-200.jpg"></picture></a></div><figure><img src="/fotos/hafen.jpg"></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen.jpg",
        id="avatar-by-sizes",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><div class="u3"><img class="c-avatar" src="/team/anna.jpg"></div><figure><img src="/fotos/hafen.jpg"></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen.jpg",
        id="avatar-by-class",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><div class="share"><img src="/static/arrow-right.svg"></div><figure><img src="/fotos/hafen.jpg"></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen.jpg",
        id="svg-icon-before-figure",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><section class="stimmen"><a href="/kolumne/k-berg"><img src="/kolumnisten/berg.jpg" width="85" height="119"></a></section><figure><img src="/fotos/hafen.jpg" width="1200" height="675"></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen.jpg",
        id="columnist-thumbnail",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><figure class="lead"><img src="/fotos/hafen.jpg" width="16" height="9"></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen.jpg",
        id="aspect-ratio-not-a-size",
    ),
    pytest.param(
        f'<div class="kopf"><figure><img src="/fotos/oben.jpg"></figure><h1>{HEAD}</h1></div>{PARAGRAPHS[:200]}<figure><img src="/fotos/unten.jpg"></figure>',
        "https://zeitung.example/fotos/oben.jpg",
        id="picture-above-headline-in-its-header",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><nav class="rubriken"><a href="/sport"><img src="/fotos/sport-teaser.jpg" width="300" height="200"></a></nav><figure><img src="/fotos/hafen.jpg"></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen.jpg",
        id="navigation-picture",
    ),
    pytest.param(
        f"<h1>{HEAD}</h1>{PARAGRAPHS}<aside><img src='/fotos/anderer-artikel.jpg'></aside>",
        None,
        id="no-picture-at-the-top",
    ),
]


@pytest.mark.parametrize(("article", "expected"), PAGES)
def test_lead_image_in_the_markup(article: str, expected: str | None) -> None:
    assert _image(_page(article)) == expected


def test_a_portrait_whose_alt_names_the_author_is_not_the_lead() -> None:
    html = _page(
        f'<h1>{HEAD}</h1><div class="b1"><img src="/team/anna-muster.jpg" alt="Anna  Muster"></div>'
        f'<figure><img src="/fotos/hafen.jpg"></figure>{PARAGRAPHS}'
    )
    assert _image(html, ("Anna Muster",)) == "https://zeitung.example/fotos/hafen.jpg"


def test_og_image_alone() -> None:
    html = _page(f"<h1>{HEAD}</h1>{PARAGRAPHS}", head=OG)
    assert _image(html) == "https://cdn.zeitung.example/social/hafen-1200x630.jpg"


def test_og_image_that_is_a_version_of_the_lead_is_kept() -> None:
    """The same file resized by the image server's query: the declared one is reported."""
    og = '<meta property="og:image" content="https://img.example/fotos/hafen.jpg?w=1200&h=630&crop=1">'
    article = f'<h1>{HEAD}</h1><figure><img src="https://img.example/fotos/hafen.jpg?w=640"></figure>{PARAGRAPHS}'
    assert (
        _image(_page(article, head=og)) == "https://img.example/fotos/hafen.jpg?w=1200&h=630&crop=1"
    )


def test_og_image_of_another_file_gives_way_to_the_lead() -> None:
    """A social card cut from the photo (another path) is not what the article shows."""
    article = f'<h1>{HEAD}</h1><figure><img src="/fotos/hafen-w800.jpg"></figure>{PARAGRAPHS}'
    assert _image(_page(article, head=OG)) == "https://zeitung.example/fotos/hafen-w800.jpg"


def test_og_image_shown_above_the_headline_is_the_lead() -> None:
    """Some layouts set the main picture before the headline, far from it in the markup."""
    og = '<meta property="og:image" content="https://img.example/m/4f1e/master/5000.jpg?width=1200&s=abc">'
    before = '<div class="main-media"><picture><img src="https://img.example/m/4f1e/master/5000.jpg?width=620"></picture></div>'
    article = f'<div class="t"><h1>{HEAD}</h1></div>{PARAGRAPHS[:300]}<figure><img src="/fotos/karte.jpg"></figure>'
    assert (
        _image(_page(article, head=og, before=before))
        == "https://img.example/m/4f1e/master/5000.jpg?width=1200&s=abc"
    )


def test_og_image_wins_over_a_teaser_card_after_a_short_text() -> None:
    """A brief with no picture of its own, then "more stories": the cards are other pages'."""
    card = '<div class="k3"><a href="/region/bruecke-gesperrt.html"><img src="/fotos/bruecke.jpg" width="600" height="400"><span>Brücke über den Kanal gesperrt</span></a></div>'
    html = _page(f"<h1>{HEAD}</h1><p>{TEXT}</p>{card}", head=OG)
    assert _image(html) == "https://cdn.zeitung.example/social/hafen-1200x630.jpg"


def test_og_image_wins_over_a_picture_far_down_the_text() -> None:
    article = f'<h1>{HEAD}</h1>{PARAGRAPHS}<figure><img src="/fotos/karte.jpg"></figure>'
    assert (
        _image(_page(article, head=OG)) == "https://cdn.zeitung.example/social/hafen-1200x630.jpg"
    )


def test_a_short_first_h1_of_a_dialog_is_not_the_headline() -> None:
    before = '<div class="modal"><h1>Anmelden</h1><img src="/werbung/abo-angebot.jpg"></div>'
    article = f'<h1>{HEAD}</h1><figure><img src="/fotos/hafen.jpg"></figure>{PARAGRAPHS}'
    assert _image(_page(article, before=before)) == "https://zeitung.example/fotos/hafen.jpg"


def test_no_headline_keeps_the_declared_image() -> None:
    html = _page(f'<div><img src="/werbung/banner.jpg"></div>{PARAGRAPHS}', head=OG)
    assert _image(html) == "https://cdn.zeitung.example/social/hafen-1200x630.jpg"


def test_a_site_rule_for_the_image_still_comes_first() -> None:
    from newsarchive.extract.rules import SiteRules

    html = _page(
        f"<h1>{HEAD}</h1><figure class='hero'><img src='/fotos/hafen.jpg'></figure>{PARAGRAPHS}",
        head=OG,
    )
    doc = parse(html, URL)
    assert doc is not None
    assert image(doc, SiteRules(image="meta[property='og:image']"), ()) == (
        "https://cdn.zeitung.example/social/hafen-1200x630.jpg"
    )


def test_extract_article_tells_the_byline_portrait_from_the_lead() -> None:
    """The authors found on the page are passed on: their portrait is not the lead."""
    html = _page(
        f'<h1>{HEAD}</h1><p class="byline">Von <a href="/autoren/anna-muster">Anna Muster</a></p>'
        f'<div class="m"><img src="/team/a-m.jpg" alt="Anna Muster"></div>'
        f'<figure><img src="/fotos/hafen.jpg"></figure>{PARAGRAPHS}'
    )
    art = extract_article(html, URL)
    assert art.authors == ["Anna Muster"]
    assert art.image == "https://zeitung.example/fotos/hafen.jpg"


# Pictures that are no <img>: web components (<amp-img>, a site's own <story-image> ...)
# whose tag names a picture, with the addresses an <img> would carry.
COMPONENT_PAGES = [
    pytest.param(
        f'<h1>{HEAD}</h1><figure><amp-img src="/fotos/hafen-amp.jpg" width="1200" height="675" alt="Der Hafen"></amp-img></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen-amp.jpg",
        id="amp-img",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><div class="hero"><amp-img src="/fotos/hafen-amp.jpg" width="4" height="3" layout="responsive"></amp-img></div>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen-amp.jpg",
        id="amp-layout-sizes-are-a-shape",
    ),
    pytest.param(
        f'<h1>Port w Gdyni zostanie rozbudowany do końca roku</h1><div class="media"><story-image data-src="/zdjecia/port.jpg" data-srcset="/zdjecia/port-480.jpg 480w, /zdjecia/port-1440.jpg 1440w"></story-image></div>{PARAGRAPHS}',
        "https://zeitung.example/zdjecia/port-1440.jpg",
        id="custom-element-lazy-srcset",
    ),
    pytest.param(
        f'<div class="kopf"><lazy-image data-src="/fotos/oben.jpg"></lazy-image><h1>{HEAD}</h1></div>{PARAGRAPHS}',
        "https://zeitung.example/fotos/oben.jpg",
        id="custom-element-above-the-headline",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><video-player src="/klipy/zwiastun.jpg"></video-player><figure><img src="/fotos/hafen.jpg"></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen.jpg",
        id="component-not-named-a-picture-is-skipped",
    ),
]


@pytest.mark.parametrize(("article", "expected"), COMPONENT_PAGES)
def test_lead_image_of_a_web_component(article: str, expected: str) -> None:
    assert _image(_page(article)) == expected


# A lazy <img> with no address at all; only the <noscript> copy after it names the picture.
NOSCRIPT_PAGES = [
    pytest.param(
        # the alt text as the tree reads it has an apostrophe the markup writes as an entity;
        # an embed's markup in an attribute spoils counting <img> tags
        "<h1>Le port de Brest sera agrandi avant la fin de l’année</h1>"
        """<div data-embed='<img src="/embed/carte.png">'></div>"""
        '<figure><img class="lazy" alt="Le port de l&#39;île au lever du soleil"><noscript><img src="/photos/port.jpg" alt="Le port de l&#39;île au lever du soleil"></noscript></figure>'
        f"{PARAGRAPHS}",
        "https://zeitung.example/photos/port.jpg",
        id="alt-with-an-entity-fr",
    ),
    pytest.param(
        "<h1>Il porto di Genova sarà ampliato entro la fine dell’anno</h1>"
        """<div data-embed='<img src="/embed/mappa.png">'></div>"""
        '<figure><img class="lazy" alt="Il molo dell&apos;Acquario &amp; la Lanterna"><noscript><img src="/foto/molo.jpg"></noscript></figure>'
        f"{PARAGRAPHS}",
        "https://zeitung.example/foto/molo.jpg",
        id="alt-with-entities-it",
    ),
    pytest.param(
        # no alt: the tag is found by its place among the <img> tags the tree keeps (those
        # in scripts, comments and other <noscript>s are not in the tree)
        '<noscript><img src="/pixel?id=7" width="1" height="1"></noscript>'
        "<script>var tpl = '<img src=/werbung/a.jpg>';</script><!-- <img src='/alt/b.jpg'> -->"
        f'<h1>{HEAD}</h1><figure><img class="lazyload" data-sizes="auto"><noscript><img src="/fotos/hafen.jpg"></noscript></figure>'
        f"{PARAGRAPHS}",
        "https://zeitung.example/fotos/hafen.jpg",
        id="no-alt-by-place",
    ),
]


@pytest.mark.parametrize(("article", "expected"), NOSCRIPT_PAGES)
def test_lead_image_only_in_a_noscript(article: str, expected: str) -> None:
    assert _image(_page(article)) == expected


# A picture in a link to a page of another site is an advertiser's or partner's banner; a
# link that opens the picture itself (a file, its image server, its name at another size)
# is a lead picture's own.
LINKED_PAGES = [
    pytest.param(
        f'<div class="kopf"><span class="banner"><a href="https://www.reederei-werbung.example/angebot/"><img src="/uploads/2026/werbung-querformat.jpg" alt="Jetzt buchen"></a></span><h1>{HEAD}</h1></div>'
        f'<figure><img src="/uploads/2026/hafen.jpg"></figure>{PARAGRAPHS}',
        "https://zeitung.example/uploads/2026/hafen.jpg",
        id="partner-banner-above-the-headline",
    ),
    pytest.param(
        "<h1>Jeshi la wanamaji lazindua meli mpya bandarini Mombasa</h1>"
        '<div class="tangazo"><a href="https://duka.example.co.ke/ofa"><img src="https://ads.example.net/b/728x90-ofa.png"></a></div>'
        f'<figure><img src="/picha/meli.jpg"></figure>{PARAGRAPHS}',
        "https://zeitung.example/picha/meli.jpg",
        id="ad-banner-after-the-headline-sw",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><figure><a href="https://bilder.example.net/9f3kq2LmZx8RtP4v=s1600"><img src="https://bilder.example.net/9f3kq2LmZx8RtP4v=s750"></a></figure>{PARAGRAPHS}',
        "https://bilder.example.net/9f3kq2LmZx8RtP4v=s750",
        id="lightbox-on-the-image-server",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><figure><a href="https://vollbild.example.org/g/hafen-am-morgen-2026-gross"><img src="/fotos/hafen-am-morgen-2026-klein.jpg"></a></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen-am-morgen-2026-klein.jpg",
        id="lightbox-of-the-same-name",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><figure><a href="https://www.zeitung.example/galerie/hafen"><img src="https://bilder.zeitung.example/hafen.jpg"></a></figure>{PARAGRAPHS}',
        "https://bilder.zeitung.example/hafen.jpg",
        id="gallery-of-the-same-site",
    ),
]


@pytest.mark.parametrize(("article", "expected"), LINKED_PAGES)
def test_lead_image_in_a_link(article: str, expected: str) -> None:
    assert _image(_page(article)) == expected


# A lazy attribute's address is what a script puts in src: whatever src holds until then is a
# stand-in, whatever its file is named; data-url may name a page, so src comes before it. A
# lazy attribute of a site's own name is read last: a picture file's address, or in a name
# that says source or picture.
LAZY_PAGES = [
    pytest.param(
        f'<h1>{HEAD}</h1><figure><img src="/static/img/p.gif" data-src="/fotos/hafen.jpg"></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen.jpg",
        id="stand-in-of-a-plain-name",
    ),
    pytest.param(
        "<h1>Přístav v Ostravě se do konce roku rozšíří</h1>"
        f'<figure><img src="/assets/seda-16x9.png" data-lazy-src="/foto/pristav.jpg" alt="Přístav"></figure>{PARAGRAPHS}',
        "https://zeitung.example/foto/pristav.jpg",
        id="stand-in-grey-cs",
    ),
    pytest.param(
        "<h1>Liman genişletme çalışmaları yıl sonuna kadar tamamlanacak</h1>"
        f'<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-hi-res-src="https://img.example/liman/78213"></figure>{PARAGRAPHS}',
        "https://img.example/liman/78213",
        id="lazy-attribute-of-the-sites-own-name-tr",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><figure><img data-link="/region/hafen.html" data-echo="/fotos/hafen.webp"></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen.webp",
        id="lazy-attribute-named-otherwise-a-picture-file",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><figure><img data-image-ratio="16/9" data-img="fotos/hafen.jpg"></figure>{PARAGRAPHS}',
        "https://zeitung.example/region/2026/fotos/hafen.jpg",
        id="a-ratio-is-no-address",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><figure><picture><source srcset="/fotos/hafen-1200.webp 1200w"><img data-full="/originale/hafen.jpg"></picture></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen-1200.webp",
        id="picture-sources-before-an-attribute-of-another-name",
    ),
    pytest.param(
        f'<h1>{HEAD}</h1><figure><img src="/fotos/hafen.jpg" data-url="https://zeitung.example/region/hafen.html"></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen.jpg",
        id="data-url-after-src",
    ),
]


@pytest.mark.parametrize(("article", "expected"), LAZY_PAGES)
def test_lead_image_lazy_before_its_src(article: str, expected: str) -> None:
    assert _image(_page(article)) == expected


# The main picture set first in the <article>, far from the headline in the markup (more than
# three wrappers up); a side column of <main> that comes before the article is not the article's.
FIRST_IN_ARTICLE_PAGES = [
    pytest.param(
        '<div class="m1"><figure><picture><img src="/fotos/hafen-gross.jpg" width="1200" height="720"></picture></figure></div>'
        f'<div class="c1"><div class="c2"><div class="c3"><div class="c4"><h1>{HEAD}</h1></div></div></div></div>'
        f'<p>{TEXT}</p><figure><img src="/fotos/karte.jpg"></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen-gross.jpg",
        id="first-in-the-article",
    ),
]


@pytest.mark.parametrize(("article", "expected"), FIRST_IN_ARTICLE_PAGES)
def test_lead_image_set_first_in_the_article(article: str, expected: str) -> None:
    assert _image(_page(article)) == expected


def test_a_side_column_before_the_article_is_not_its_picture() -> None:
    side = '<div class="col"><div class="related"><div class="g"><div class="i"><a href="/region/alt.html"><img src="/fotos/anderes.jpg" width="400" height="300"></a></div></div></div></div>'
    article = (
        f'<div class="c1"><div class="c2"><div class="c3"><div class="c4"><h1>{HEAD}</h1></div></div></div></div>'
        f'<figure><img src="/fotos/hafen.jpg"></figure>{PARAGRAPHS}'
    )
    html = _page(article).replace("<main><article>", f"<main>{side}<article>")
    assert _image(html) == "https://zeitung.example/fotos/hafen.jpg"


def test_a_promo_at_the_article_top_outside_a_figure_is_not_its_picture() -> None:
    promo = '<div class="top-mobile"><div class="t2"><picture><img src="/aktion/spendenlauf-2026.jpg"></picture></div></div>'
    article = (
        f'{promo}<div class="c1"><div class="c2"><div class="c3"><div class="c4"><h1>{HEAD}</h1></div></div></div></div>'
        f'<figure><img src="/fotos/hafen.jpg"></figure>{PARAGRAPHS}'
    )
    assert _image(_page(article)) == "https://zeitung.example/fotos/hafen.jpg"


def test_a_lazy_picture_in_a_lightbox_link_keeps_its_noscript_fallback() -> None:
    """With no address of its own, the picture cannot show that the link opens it."""
    article = (
        f'<h1>{HEAD}</h1><figure><a href="https://bilder.example.net/9f3kq2LmZx8RtP4v=s1600">'
        '<img class="lazyload" alt="Die Fähre legt im Hafen an"><noscript><img src="https://bilder.example.net/9f3kq2LmZx8RtP4v=s750" alt="Die Fähre legt im Hafen an"></noscript></a>'
        f"</figure>{PARAGRAPHS}"
    )
    assert _image(_page(article)) == "https://bilder.example.net/9f3kq2LmZx8RtP4v=s750"


# No headline element (the headline set in a <div> or <span>): the element showing the title
# the page states (og:title, the JSON-LD headline, <title>), or most of it (the site's name
# after it), stands for it, outside links and navigation.
ZH_TITLE = "港口扩建工程将于年底前完成"
NO_HEADLINE_PAGES = [
    pytest.param(
        f'<meta property="og:title" content="{ZH_TITLE}">{OG}',
        f'<div class="article-title"><span>{ZH_TITLE}</span></div><div class="pic"><img src="/tupian/gangkou.jpg" width="900" height="600"></div>{PARAGRAPHS}',
        "https://zeitung.example/tupian/gangkou.jpg",
        id="div-headline-zh",
    ),
    pytest.param(
        f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{HEAD}"}}</script>{OG}',
        f'<p class="titel">{HEAD}</p><figure><img src="/fotos/hafen.jpg"></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen.jpg",
        id="title-in-a-crumb-link-passed-over",
    ),
    pytest.param(
        f'<meta property="og:title" content="{HEAD} | Hafenblatt">{OG}',
        f'<div class="kopf">{HEAD}</div><figure><img src="/fotos/hafen.jpg"></figure>{PARAGRAPHS}',
        "https://zeitung.example/fotos/hafen.jpg",
        id="title-with-the-sites-name-after-it",
    ),
]


# before the article: a crumb link stating the title, a section label holding its first
# words, then a promo's picture
CRUMBS = (
    f'<ol class="crumbs"><li><a href="/region/hafen-faehre-123.html">{HEAD}</a></li></ol>'
    '<span class="rubrik">Stadtrat beschließt</span>'
    '<div class="promo"><img src="/aktion/sommerfest.jpg"></div>'
)


@pytest.mark.parametrize(("head", "article", "expected"), NO_HEADLINE_PAGES)
def test_lead_image_around_the_shown_title(head: str, article: str, expected: str) -> None:
    assert _image(_page(article, head=head, before=CRUMBS)) == expected


@pytest.mark.parametrize(
    ("base", "expected"),
    [
        ("https://cdn.zeitung.example/artikel/", "https://cdn.zeitung.example/artikel/fotos/hafen.jpg"),
        ("http://exa mple.com/", None),  # a host with a space: no URL, the page's own
        ("http://[::1", None),
        ("javascript:void(0)", None),
    ],
)  # fmt: skip
def test_the_lead_image_is_joined_with_the_base_the_crawl_reads(
    base: str, expected: str | None
) -> None:
    """The lead image is joined with the page's `<base href>` as the crawl joins its links
    and requisites (`newsarchive.pagebase`): one that is no URL is passed over for the page's
    own address. Before, a base with a space in its host gave `http://exa mple.com/...`."""
    html = _page(f'<h1>{HEAD}</h1><figure><img src="fotos/hafen.jpg"></figure>{PARAGRAPHS}',
                 head=f'<base href="{base}">')  # fmt: skip
    assert _image(html) == (expected or urljoin(URL, "fotos/hafen.jpg"))
