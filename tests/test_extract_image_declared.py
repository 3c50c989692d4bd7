"""The declared image on sites never seen: a default share card or the site's logo as
og:image is the same on every page and is passed over for the next image the page declares
(twitter:image, the JSON-LD image in its shapes, <link rel="image_src">), or for none.

Invented pages, one per row, in several languages; none shows a picture in its markup, so
the declared image is all there is.
"""

# ruff: noqa: E501  -- HTML snippets read best one per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract.document import parse
from newsarchive.extract.page_fields import image


def _page(url: str, head: str, title: str, text: str, lang: str) -> str:
    paragraphs = "".join(f"<p>{text} ({i})</p>" for i in range(4))
    return (
        f'<html lang="{lang}"><head><title>{title}</title>{head}</head><body>'
        f"<main><article><h1>{title}</h1>{paragraphs}</article></main></body></html>"
    )


def _meta(key: str, url: str) -> str:
    return f'<meta property="{key}" content="{url}">'


def _ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


DE = (
    "https://hafenblatt.example/lokales/faehre-faellt-aus-4711.html",
    "Fähre fällt am Wochenende aus",
    "Wegen Sturmwarnung fährt die Fähre zwischen Hafen und Insel am Samstag und Sonntag nicht.",
    "de",
)
EN = (
    "https://www.tidewater-post.example/news/2026/12/03/ferry-cancelled",
    "Ferry cancelled for the weekend",
    "The ferry between the harbour and the island will not run on Saturday or Sunday because of a storm warning.",
    "en",
)
FR = (
    "https://www.le-phare.example/actualite/le-bac-ne-circule-pas-ce-week-end_123",
    "Le bac ne circule pas ce week-end",
    "En raison d'une alerte tempête, le bac entre le port et l'île ne circulera ni samedi ni dimanche.",
    "fr",
)
ES = (
    "https://elfaro.example/local/2026/12/03/el-ferri-no-sale",
    "El ferri no sale este fin de semana",
    "Por un aviso de temporal, el ferri entre el puerto y la isla no saldrá ni el sábado ni el domingo.",
    "es",
)
IT = (
    "https://www.ilporto.example/cronaca/traghetto-sospeso-fine-settimana",
    "Traghetto sospeso per il fine settimana",
    "A causa dell'allerta meteo il traghetto tra il porto e l'isola non partirà né sabato né domenica.",
    "it",
)
JA = (
    "https://minato-shimbun.example/articles/20261203-ferry",
    "週末のフェリーが欠航へ",
    "暴風警報のため、港と島を結ぶフェリーは土曜日と日曜日の運航を取りやめる。港の関係者によると、再開は月曜日の見込みだという。",
    "ja",
)


CASES = [
    pytest.param(
        EN,
        _meta("og:image", "/static/og-default.png")
        + _meta("twitter:image", "https://img.tidewater-post.example/2026/12/ferry-pier-storm.jpg"),
        "https://img.tidewater-post.example/2026/12/ferry-pier-storm.jpg",
        id="en-default-og-relative-then-twitter",
    ),
    pytest.param(
        DE,
        _meta("og:image", "https://hafenblatt.example/img/hafenblatt-logo-share.jpg")
        + _ld(
            {
                "@type": "NewsArticle",
                "headline": DE[1],
                "image": {
                    "@type": "ImageObject",
                    "url": "https://bilder.hafenblatt.example/2026/faehre-sturm-insel.jpg",
                    "width": 1600,
                },
            }
        ),
        "https://bilder.hafenblatt.example/2026/faehre-sturm-insel.jpg",
        id="de-logo-og-then-jsonld-imageobject",
    ),
    pytest.param(
        FR,
        _meta("og:image", "https://www.le-phare.example/brand/lp-1200.png")
        + _ld(
            {
                "@type": "NewsArticle",
                "headline": FR[1],
                "publisher": {
                    "@type": "Organization",
                    "name": "Le Phare",
                    "logo": {
                        "@type": "ImageObject",
                        "url": "https://www.le-phare.example/brand/lp-1200.png",
                    },
                },
                "associatedMedia": [
                    {
                        "@type": "ImageObject",
                        "contentUrl": "https://medias.le-phare.example/2026/12/bac-tempete.jpg",
                    }
                ],
            }
        ),
        "https://medias.le-phare.example/2026/12/bac-tempete.jpg",
        id="fr-og-is-the-publisher-logo-then-associated-media",
    ),
    pytest.param(
        ES,
        _meta("og:image", "//elfaro.example/recursos/imagen-por-defecto/fallback_1200x630.jpg")
        + _ld(
            {
                "@type": "NewsArticle",
                "headline": ES[1],
                "image": [
                    {
                        "@type": "ImageObject",
                        "url": "https://elfaro.example/fotos/2026/12/ferri-temporal-puerto.jpg",
                    }
                ],
            }
        ),
        "https://elfaro.example/fotos/2026/12/ferri-temporal-puerto.jpg",
        id="es-fallback-og-protocol-relative-then-jsonld-list",
    ),
    pytest.param(
        IT,
        _meta("og:image", "https://www.ilporto.example/assets/placeholder-social.jpg")
        + '<link rel="image_src" href="/foto/2026/traghetto-molo-maltempo.jpg">',
        "https://www.ilporto.example/foto/2026/traghetto-molo-maltempo.jpg",
        id="it-placeholder-og-then-image-src-link",
    ),
    pytest.param(
        JA,
        _meta("og:image", "https://minato-shimbun.example/common/images/ogp/defaultimage.png"),
        None,
        id="ja-only-a-default-card-is-no-lead",
    ),
    pytest.param(
        DE,
        _meta("og:image", "https://hafenblatt.example/logos/hafenblatt.png"),
        None,
        id="de-only-a-file-in-the-logos-folder-is-no-lead",
    ),
    pytest.param(
        EN,
        _meta("og:image", "https://www.tidewater-post.example/favicon-512.svg")
        + _ld(
            {
                "@type": "NewsArticle",
                "headline": EN[1],
                "thumbnailUrl": "https://img.tidewater-post.example/2026/12/ferry-pier-storm-thumb.jpg",
            }
        ),
        "https://img.tidewater-post.example/2026/12/ferry-pier-storm-thumb.jpg",
        id="en-drawing-og-then-thumbnail",
    ),
]

KEPT = [
    pytest.param(
        EN,
        _meta("og:image", "https://img.tidewater-post.example/2026/12/bond-default-fears-grow.jpg"),
        "https://img.tidewater-post.example/2026/12/bond-default-fears-grow.jpg",
        id="en-a-photo-about-a-debt-default",
    ),
    pytest.param(
        IT,
        _meta("og:image", "https://www.ilporto.example/foto/2026/psicologo-intervista.jpg"),
        "https://www.ilporto.example/foto/2026/psicologo-intervista.jpg",
        id="it-logo-inside-a-word",
    ),
    pytest.param(
        ES,
        _meta(
            "og:image",
            "https://img.elfaro.example/t_default/2026/12/ferri-puerto.jpg?w=1200&amp;h=630",
        ),
        "https://img.elfaro.example/t_default/2026/12/ferri-puerto.jpg?w=1200&h=630",
        id="es-default-preset-of-an-image-server-with-an-entity",
    ),
    pytest.param(
        ES,
        _meta("og:image", "https://img.elfaro.example/dims4/default/ferri-puerto.jpg"),
        "https://img.elfaro.example/dims4/default/ferri-puerto.jpg",
        id="es-default-folder-of-an-image-server",
    ),
    pytest.param(
        FR,
        _meta("og:image", "/medias/2026/12/bac-tempete.jpg"),
        "https://www.le-phare.example/medias/2026/12/bac-tempete.jpg",
        id="fr-relative-og",
    ),
]


@pytest.mark.parametrize(("page", "head", "expected"), CASES)
def test_a_site_wide_declared_image_is_passed_over(
    page: tuple[str, str, str, str], head: str, expected: str | None
) -> None:
    url, title, text, lang = page
    doc = parse(_page(url, head, title, text, lang), url)
    assert doc is not None
    assert image(doc, None) == expected


@pytest.mark.parametrize(("page", "head", "expected"), KEPT)
def test_an_articles_own_declared_image_is_kept(
    page: tuple[str, str, str, str], head: str, expected: str
) -> None:
    url, title, text, lang = page
    doc = parse(_page(url, head, title, text, lang), url)
    assert doc is not None
    assert image(doc, None) == expected


def _far(page: tuple[str, str, str, str], og: str, picture: str, headline: bool = True) -> str:
    """A page whose picture comes after six paragraphs (or that has no headline element)."""
    _, title, text, lang = page
    paragraphs = "".join(f"<p>{text} ({i})</p>" for i in range(6))
    top = f"<h1>{title}</h1>" if headline else f"<div class='kicker'>{lang}</div>"
    return (
        f'<html lang="{lang}"><head><title>{title}</title>{_meta("og:image", og)}</head><body>'
        f"<main><article>{top}{paragraphs}{picture}<p>{text}</p></article></main></body></html>"
    )


FAR = [
    pytest.param(
        DE,
        "https://bilder.hafenblatt.example/2026/faehre-im-sturm-1200x630.jpg",
        '<figure><img src="https://bilder.hafenblatt.example/2026/faehre-im-sturm-800x450.jpg" alt="Die Fähre am Anleger"></figure>',
        True,
        "https://bilder.hafenblatt.example/2026/faehre-im-sturm-800x450.jpg",
        id="de-beyond-the-first-paragraphs-another-size",
    ),
    pytest.param(
        FR,
        "https://medias.le-phare.example/images/84057994.jpg?w=1200&h=630",
        '<figure><img src="https://medias.le-phare.example/images/84057994.webp?w=760" alt="Le bac à quai"></figure>',
        False,
        "https://medias.le-phare.example/images/84057994.webp?w=760",
        id="fr-no-headline-another-format",
    ),
    pytest.param(
        JA,
        "https://img.minato-shimbun.example/photo/ferry-minato-20261203_1200x630.jpg",
        '<figure><img src="/static/grey-placeholder.png" data-src="https://img.minato-shimbun.example/photo/ferry-minato-20261203.jpg.webp" alt="港に停泊するフェリー"></figure>',
        False,
        "https://img.minato-shimbun.example/photo/ferry-minato-20261203.jpg.webp",
        id="ja-no-headline-lazy-picture",
    ),
    pytest.param(
        ES,
        "https://elfaro.example/fotos/2026/12/ferri-temporal-1200x630.jpg",
        '<figure><img src="https://elfaro.example/fotos/2026/12/mapa-de-la-ruta.jpg" alt="Mapa"></figure>',
        True,
        "https://elfaro.example/fotos/2026/12/ferri-temporal-1200x630.jpg",
        id="es-another-picture-far-down-keeps-the-declared",
    ),
]


@pytest.mark.parametrize(("page", "og", "picture", "headline", "expected"), FAR)
def test_the_declared_picture_far_down_is_reported_as_the_page_shows_it(
    page: tuple[str, str, str, str], og: str, picture: str, headline: bool, expected: str
) -> None:
    url = page[0]
    doc = parse(_far(page, og, picture, headline), url)
    assert doc is not None
    assert image(doc, None) == expected
