"""Authors, topics and the lead image on sites never seen: shapes probed with invented pages
(session 17). Topic links marked rel="tag" among other relations, or under a singular or
plural topic path in Dutch, Turkish and Finnish; a declared image that is a tracking pixel,
a spacer or a data: URI; an ad slot's banner between the headline and the lead picture; a
Portuguese byline that names the piece first ("Reportagem de ...").

Every page here is written for the test, in the language it is filed under.
"""

# ruff: noqa: E501  -- HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

LEAD = "https://cdn.avisa.example/fotos/2026/12/ponte-velha-obras-1600.jpg"


def _page(lang: str, title: str, text: str, head: str = "", top: str = "", end: str = "") -> str:
    paragraphs = "".join(f"<p>{text} ({i})</p>" for i in range(4))
    return (
        f'<html lang="{lang}"><head><title>{title}</title>{head}</head><body>'
        '<header><a href="/"><img src="/static/brand.png" alt="Home"></a></header>'
        f"<main><article><h1>{title}</h1>{top}{paragraphs}{end}</article></main>"
        "<footer>Kontakt</footer></body></html>"
    )


# (language, headline, a paragraph naming both labels, the two labels)
TOPIC_PAGES = {
    "nl": (
        "Gemeente sluit oude brug voor renovatie",
        "De gemeente sluit de oude brug over de rivier vanaf maandag; het verkeer wordt omgeleid via de ringweg, meldt de Provincie.",
        ("Verkeer", "Provincie"),
    ),
    "tr": (
        "Belediye eski köprüyü onarım için kapatıyor",
        "Belediye pazartesiden itibaren eski köprüyü kapatıyor; trafik çevre yoluna yönlendirilecek, Valilik açıklama yaptı.",
        ("Trafik", "Valilik"),
    ),
    "fi": (
        "Kaupunki sulkee vanhan sillan korjauksen ajaksi",
        "Kaupunki sulkee vanhan sillan maanantaista alkaen, ja liikenne ohjataan kehätielle, kertoo Liikennevirasto.",
        ("Liikenne", "Liikennevirasto"),
    ),
    "de": (
        "Stadt sperrt alte Brücke für die Sanierung",
        "Die Stadt sperrt die alte Brücke ab Montag, der Verkehr wird über die Ringstraße umgeleitet, teilte das Bauamt mit.",
        ("Verkehr", "Bauamt"),
    ),
}


def _links(labels: tuple[str, ...], href: str, rel: str = "") -> str:
    rel_attr = f' rel="{rel}"' if rel else ""
    return "".join(
        f'<li><a href="{href.format(label.lower())}"{rel_attr}>{label}</a></li>' for label in labels
    )


@pytest.mark.parametrize(
    ("lang", "href"),
    [
        # a singular segment where only the plural was known ("onderwerpen", "trefwoorden")
        ("nl", "/onderwerp/{}"),
        ("nl", "/trefwoord/{}"),
        ("nl", "/onderwerpen/{}"),
        ("tr", "/etiketler/{}"),
        ("tr", "/etiket/{}"),
        ("fi", "/tunnisteet/{}"),
        ("fi", "/tunniste/{}"),
        ("fi", "/aihe/{}"),
    ],
)
def test_topic_links_under_a_topic_path_of_the_language(lang: str, href: str) -> None:
    title, text, labels = TOPIC_PAGES[lang]
    html = _page(lang, title, text, end=f"<ul>{_links(labels, href)}</ul>")
    assert extract_article(html, "https://uutiset.example/a/2026/12/1").topics == list(labels)


@pytest.mark.parametrize("rel", ["tag", "tag nofollow", "noopener tag", "TAG"])
@pytest.mark.parametrize("lang", ["de", "nl", "tr"])
def test_rel_tag_among_other_relations_marks_a_topic_link(lang: str, rel: str) -> None:
    title, text, labels = TOPIC_PAGES[lang]
    html = _page(lang, title, text, end=f"<ul>{_links(labels, '/x/{}', rel)}</ul>")
    assert extract_article(html, "https://news.example/a/1").topics == list(labels)


@pytest.mark.parametrize("rel", ["nofollow", "category tag", "tag category"])
def test_links_with_no_tag_relation_are_no_topics(rel: str) -> None:
    # WordPress marks its category links "category tag": sections and flags ("Top Story")
    title, text, labels = TOPIC_PAGES["de"]
    html = _page("de", title, text, end=f"<ul>{_links(labels, '/x/{}', rel)}</ul>")
    assert extract_article(html, "https://news.example/a/1").topics == []


def _og(url: str) -> str:
    return f'<meta property="og:image" content="{url}">'


def _ld_image(url: str) -> str:
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        f'"@type": "NewsArticle", "headline": "x", "image": "{url}"}}</script>'
    )


PT = (
    "Ponte velha fecha para obras",
    "A prefeitura fecha a ponte velha sobre o rio a partir de segunda-feira, e o trânsito será desviado pelo anel viário.",
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a stand-in declared first gives way to the next declared image
        (_og("https://avisa.example/img/pixel.gif") + _ld_image(LEAD), LEAD),
        (_og("https://avisa.example/img/spacer.png") + _ld_image(LEAD), LEAD),
        (_og("https://avisa.example/img/1x1.gif") + _ld_image(LEAD), LEAD),
        (_og("https://avisa.example/img/blank_1200x630.png") + _ld_image(LEAD), LEAD),
        (_og("data:image/png;base64,iVBORw0KGgo=") + _ld_image(LEAD), LEAD),
        # alone, it is no image
        (_og("https://avisa.example/img/pixel.gif"), None),
        (_og("https://avisa.example/img/transparent.png"), None),
        (_og("data:image/gif;base64,R0lGODlhAQABAAAAACw="), None),
        # a photograph's name holds a word more
        (
            _og("https://avisa.example/img/pixel-9-telefone.jpg"),
            "https://avisa.example/img/pixel-9-telefone.jpg",
        ),
        (
            _og("https://avisa.example/img/clear-sky-rio.jpg"),
            "https://avisa.example/img/clear-sky-rio.jpg",
        ),
        (_og(LEAD), LEAD),
    ],
)
def test_a_declared_stand_in_is_no_image(head: str, expected: str | None) -> None:
    html = _page("pt", *PT, head=head)
    assert extract_article(html, "https://avisa.example/cidade/ponte-velha").image == expected


BANNER = "https://ads.rede.example/serve/banner-300x250.gif"


@pytest.mark.parametrize(
    "slot",
    [
        f'<div class="ad-slot"><a href="https://ads.rede.example/click?id=7"><img src="{BANNER}" width="300" height="250"></a></div>',
        f'<div id="div-gpt-ad-1712"><img src="{BANNER}" width="300" height="250"></div>',
        f'<div class="adSlot"><img src="{BANNER}"></div>',
        f'<div class="werbung"><span><img src="{BANNER}"></span></div>',
        f'<aside class="publicidad"><img src="{BANNER}"></aside>',
        f'<div class="mainos"><img src="{BANNER}"></div>',
    ],
)
def test_an_ad_slot_banner_before_the_lead_picture_is_passed_over(slot: str) -> None:
    html = _page("pt", *PT, top=f'{slot}<figure><img src="{LEAD}" alt="Ponte"></figure>')
    assert extract_article(html, "https://avisa.example/cidade/ponte-velha").image == LEAD


@pytest.mark.parametrize(
    "wrapper",
    [
        # the story's container names its ads: its picture is still the lead
        '<div class="story with-ads"><h1>{t}</h1><figure><img src="{u}"></figure>{p}</div>',
        '<div class="content-ad-free"><h1>{t}</h1><figure><img src="{u}"></figure>{p}</div>',
        # "head", "load", "shadow" hold "ad" but name no ad
        '<div class="header-shadow"><h1>{t}</h1><div class="lead-load"><img src="{u}"></div>{p}</div>',
    ],
)
def test_a_wrapper_that_is_no_ad_slot_keeps_its_picture(wrapper: str) -> None:
    title, text = PT
    paragraphs = "".join(f"<p>{text} ({i})</p>" for i in range(4))
    body = wrapper.format(t=title, u=LEAD, p=paragraphs)
    html = f'<html lang="pt"><head><title>{title}</title></head><body><main>{body}</main></body></html>'
    assert extract_article(html, "https://avisa.example/cidade/ponte-velha").image == LEAD


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("pt", "Reportagem de Ana Souza", ["Ana Souza"]),
        ("pt", "Crônica de Ana Souza", ["Ana Souza"]),
        ("pt", "Texto de Ana Souza", ["Ana Souza"]),
        ("pt", "Reportagem: Ana Souza", ["Ana Souza"]),
        ("pt", "Ana de Souza", ["Ana de Souza"]),  # "de" inside a name stays
        ("es", "Reportaje de Lucía Gómez", ["Lucía Gómez"]),
    ],
)
def test_a_byline_naming_the_piece_before_by(lang: str, line: str, expected: list[str]) -> None:
    html = _page(lang, *PT, top=f'<div class="author">{line}</div>')
    assert extract_article(html, "https://avisa.example/cidade/ponte-velha").authors == expected


@pytest.mark.parametrize(
    ("base", "top", "head", "expected"),
    [
        # a CMS that writes every picture relative to the site's root, named in <base>
        (
            "https://avisa.example/",
            '<figure><img src="images/2026/ponte.jpg"></figure>',
            "",
            "https://avisa.example/images/2026/ponte.jpg",
        ),
        (
            "/",
            '<figure><img src="images/2026/ponte.jpg"></figure>',
            "",
            "https://avisa.example/images/2026/ponte.jpg",
        ),
        (
            "https://cdn.avisa.example/site/",
            '<figure><img src="fotos/ponte.jpg"></figure>',
            "",
            "https://cdn.avisa.example/site/fotos/ponte.jpg",
        ),
        (
            "https://avisa.example/",
            "",
            _og("images/2026/ponte.jpg"),
            "https://avisa.example/images/2026/ponte.jpg",
        ),
        # an absolute address needs no base; a base that is no web address is ignored
        ("https://elsewhere.example/", f'<figure><img src="{LEAD}"></figure>', "", LEAD),
        (
            "javascript:void(0)",
            '<figure><img src="images/ponte.jpg"></figure>',
            "",
            "https://avisa.example/cidade/images/ponte.jpg",
        ),
        (
            "",
            '<figure><img src="images/ponte.jpg"></figure>',
            "",
            "https://avisa.example/cidade/images/ponte.jpg",
        ),
    ],
)
def test_relative_pictures_resolve_against_the_base_address(
    base: str, top: str, head: str, expected: str
) -> None:
    html = _page("pt", *PT, head=f'<base href="{base}">{head}', top=top)
    assert extract_article(html, "https://avisa.example/cidade/ponte-velha").image == expected


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        # a picture of the site's design (a CMS theme's, a template's, a build's static file)
        # is the same on every page: the next declared image is the article's
        ("https://avisa.example/wp-content/themes/avisa/img/compartilhar.jpg", LEAD),
        ("https://avisa.example/templates/avisa2026/images/capa-rede.png", LEAD),
        ("https://avisa.example/sites/all/themes/avisa/cartao.jpg", LEAD),
        ("https://avisa.example/skins/azul/social.jpg", LEAD),
        ("https://avisa.example/_next/static/media/cartao.4f2a.png", LEAD),
        # uploads and an image server's resizer are the article's own
        (
            "https://avisa.example/wp-content/uploads/2026/12/ponte-velha.jpg",
            "https://avisa.example/wp-content/uploads/2026/12/ponte-velha.jpg",
        ),
        (
            "https://avisa.example/_next/image?url=%2Ffotos%2Fponte.jpg&w=1200",
            "https://avisa.example/_next/image?url=%2Ffotos%2Fponte.jpg&w=1200",
        ),
        (
            "https://avisa.example/temas/ponte-velha.jpg",
            "https://avisa.example/temas/ponte-velha.jpg",
        ),
    ],
)
def test_a_declared_picture_of_the_sites_design_gives_way(declared: str, expected: str) -> None:
    html = _page("pt", *PT, head=_og(declared) + _ld_image(LEAD))
    assert extract_article(html, "https://avisa.example/cidade/ponte-velha").image == expected


OTHER = "https://cdn.avisa.example/fotos/2026/12/prefeito-coletiva-1600.jpg"


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # a first picture in no figure, the declared one in a figure after it: the figure's
        (
            '<div class="parceiro"><img src="/parceiros/banco-campanha.jpg" width="300" height="100"></div>',
            LEAD,
        ),
        (
            '<div class="audio-player"><img src="/media/podcast-manha-capa.jpg"><button>Ouvir</button></div>',
            LEAD,
        ),
        (
            '<div class="video"><img src="https://cdn.avisa.example/video/stills/98765.jpg"></div>',
            LEAD,
        ),
        # a first picture in a figure is the lead, whatever is declared: the story's own photograph
        (
            f'<figure><img src="{OTHER}"><figcaption>O prefeito na coletiva</figcaption></figure>',
            OTHER,
        ),
    ],
)
def test_the_declared_figure_after_a_first_picture_in_no_figure(first: str, expected: str) -> None:
    top = (
        f'{first}<p>{PT[1]}</p><figure><img src="{LEAD}"><figcaption>A ponte</figcaption></figure>'
    )
    html = _page("pt", *PT, head=_og(LEAD), top=top)
    assert extract_article(html, "https://avisa.example/cidade/ponte-velha").image == expected


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        # an agency spelled as a name after the writer's, with no mark between: two credits,
        # as "Jane Doe, Reuters" is
        ("en", "By Jane Doe Reuters", ["Jane Doe", "Reuters"]),
        ("en", "By Jane Doe Bloomberg", ["Jane Doe", "Bloomberg"]),
        ("id", "Oleh Budi Santoso Antara", ["Budi Santoso", "Antara"]),
        ("en", "By Jane Doe, Reuters", ["Jane Doe", "Reuters"]),
        # a short word after a name is no agency's ("Ria", "Ansa" are given names too)
        ("de", "Von Anna Ria", ["Anna Ria"]),
        ("it", "di Marco Ansa", ["Marco Ansa"]),
        ("en", "By Jane Doe Smith", ["Jane Doe Smith"]),
    ],
)
def test_an_agency_spelled_as_a_name_after_the_writer(
    lang: str, line: str, expected: list[str]
) -> None:
    html = _page(lang, *PT, top=f'<div class="byline">{line}</div>')
    assert extract_article(html, "https://avisa.example/cidade/ponte-velha").authors == expected


CAPTION = "A ponte velha, fechada há anos, vista da margem norte"


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # a link that opens the picture (its file, a photo or gallery page of the site) is no
        # teaser card's, even with the caption inside it
        (
            f'<div class="foto"><a href="/foto/materia/123"><img src="{LEAD}"><span>{CAPTION}</span></a></div>',
            LEAD,
        ),
        (
            f'<figure><a href="/galeria/ponte-velha-123"><img src="{LEAD}"><figcaption>{CAPTION}</figcaption></a></figure>',
            LEAD,
        ),
        (
            f'<figure><a href="{LEAD}" class="zoom"><img src="{OTHER}"><span>Clique para ampliar a imagem</span></a></figure>',
            OTHER,
        ),
        # a link to another story with its headline is a teaser card: no lead
        (
            f'<div class="card"><a href="/cidade/obras-no-viaduto"><img src="{OTHER}"><span>{CAPTION}</span></a></div>',
            None,
        ),
        # another site's gallery is another site's
        (
            f'<div class="foto"><a href="https://parceiro.example/galeria/9"><img src="{OTHER}"><span>{CAPTION}</span></a></div>',
            None,
        ),
    ],
)
def test_a_picture_in_a_link_that_opens_it_is_the_lead(top: str, expected: str | None) -> None:
    html = _page("pt", *PT, top=top)
    assert extract_article(html, "https://avisa.example/cidade/ponte-velha").image == expected


@pytest.mark.parametrize(
    ("lang", "labels", "shown"),
    [
        # the page's tag links (class-marked, or clustered on topic paths) spell the labels its
        # metadata lowercases (with letters or spaces no slug has: a slug list was read so before)
        ("de", ("Brücke", "Straßenbau"), '<div class="article-tags">{links}</div>'),
        ("nl", ("Verkeer", "Gemeenteraad Utrecht"), "<ul>{links}</ul>"),
        ("tr", ("Köprü", "Belediye Meclisi"), '<div class="etiketler">{links}</div>'),
    ],
)
def test_lower_case_keywords_take_the_spelling_of_the_tag_links(
    lang: str, labels: tuple[str, ...], shown: str
) -> None:
    title, text, _ = TOPIC_PAGES[lang]
    links = "".join(f'<a href="/tag/{i}">{label}</a> ' for i, label in enumerate(labels))
    keywords = ", ".join(label.lower() for label in labels)
    html = _page(
        lang,
        title,
        text,
        head=f'<meta name="keywords" content="{keywords}">',
        end=shown.format(links=links),
    )
    assert extract_article(html, "https://news.example/a/1").topics == list(labels)


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        # one word before agencies in brackets is a dispatch's dateline, not a writer: the
        # agency is the credit (as "Quelle: dpa" is), the place is no one
        ("es", "Madrid (EFE).-", ["EFE"]),
        ("de", "Berlin (dpa)", ["dpa"]),
        ("en", "WASHINGTON (AP) —", ["AP"]),
        ("fr", "Paris (AFP)", ["AFP"]),
        # a writer's name before them stays the writer, the agency beside her credited as
        # after a comma (authors-18)
        ("de", "Hans Meier (dpa)", ["Hans Meier", "dpa"]),
        ("de", "Von Hans Meier, dpa", ["Hans Meier", "dpa"]),
    ],
)
def test_a_dateline_before_an_agency_in_brackets_is_no_writer(
    lang: str, line: str, expected: list[str]
) -> None:
    html = _page(lang, *PT, top=f'<div class="byline">{line}</div>')
    assert extract_article(html, "https://avisa.example/cidade/ponte-velha").authors == expected
