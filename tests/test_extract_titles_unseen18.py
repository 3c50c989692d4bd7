"""Title rules for what publishers never looked at write (issue 10, session 18).

A site's name closes (or opens) its titles, and the page names the site only in places the
cascade did not read: a footer that is a classed <div>, a logo picture in a block classed
a logo, the copyright and Dublin Core metadata, the account names of its social profiles,
the WebSite its WebPage is part of. Every page here is invented: words, markup, site names
and hosts. Each cutting row fails at 7eeea0d; the guard rows hold what must stay.
"""

# ruff: noqa: E501  -- table rows of titles read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

URL = "https://www.hafenblatt.example/stadt/a-123.html"

# (language, headline, the site's name) in scripts and languages no host spells
SITES = {
    "de": ("Stadtrat beschließt neuen Hafenplan nach langer Debatte", "Nordkurier Abendpost"),
    "en": ("Council backs new harbour plan after long debate", "Daily Tide"),
    "fr": ("Le conseil adopte le nouveau plan du port après un long débat", "Le Courrier du Port"),
    "es": ("El concejo aprueba el nuevo plan del puerto tras un largo debate", "Diario La Marea"),
    "pl": ("Rada miasta przyjęła nowy plan portu po długiej debacie", "Gazeta Przystań"),
    "ar": ("مجلس المدينة يقر خطة الميناء الجديدة بعد نقاش طويل", "نسيم البحر"),
    "ja": ("市議会が港の新しい整備計画を賛成多数で可決", "みなと日日"),
}
# the account a site opens its social profiles under: its name run together
HANDLES = {
    "de": "NordkurierAbendpost",
    "en": "DailyTide",
    "fr": "LeCourrierDuPort",
    "es": "DiarioLaMarea",
    "pl": "GazetaPrzystan",
}
STORY = "<p>Der Rat hat lange beraten und dann mit großer Mehrheit entschieden, hieß es.</p>" * 3


def _page(
    lang: str,
    title: str,
    head: str = "",
    body: str = "",
    ld: dict[str, object] | None = None,
    h1: str | None = None,
) -> str:
    parts = [f"<title>{title}</title>", f'<meta property="og:title" content="{title}">', head]
    if ld is not None:
        parts.append(
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
    heading = f"<h1>{h1}</h1>" if h1 is not None else ""
    return (
        f'<html lang="{lang}"><head>{"".join(parts)}</head><body>{body}'
        f"<article>{heading}{STORY}</article></body></html>"
    )


def _title(lang: str, title: str, **page: str | dict[str, object] | None) -> str | None:
    return extract_article(_page(lang, title, **page), URL).title  # type: ignore[arg-type]


# Where the page names the site: (id, lambda name -> keyword arguments of `_page`)
SOURCES = [
    # titlepartcopyright `_footer_blocks`: a footer a CMS builds of classed blocks, no <footer>
    pytest.param(
        lambda n: {"body": f'<div id="footer"><p>© 2026 {n}</p></div>'}, id="div-id-footer"
    ),
    pytest.param(
        lambda n: {
            "body": f'<div class="site-footer__bottom"><p>Copyright © 2024-2026 {n}. All rights reserved.</p></div>'
        },
        id="div-class-site-footer",
    ),
    pytest.param(
        lambda n: {"body": f'<div role="contentinfo"><span>&copy; {n}</span></div>'},
        id="role-contentinfo",
    ),
    pytest.param(
        lambda n: {"body": f'<div class="wrap"><p class="copyright">© 2026 {n}</p></div>'},
        id="p-class-copyright",
    ),
    # an article's own <footer> (its tags) beside the site's footer that is a <div>
    pytest.param(
        lambda n: {
            "body": '<footer class="tags"><a href="/t/hafen">Hafen</a></footer>'
            f'<div class="pageFooter"><small>© {n}</small></div>'
        },
        id="article-footer-and-div-class-pageFooter",
    ),
    # titlepartcopyright `_RIGHTS_META`: the copyright and Dublin Core metadata
    pytest.param(lambda n: {"head": f'<meta name="copyright" content="{n}">'}, id="meta-copyright"),
    pytest.param(
        lambda n: {"head": f'<meta name="copyright" content="© 2026 {n} GmbH">'},
        id="meta-copyright-mark-year-legal-form",
    ),
    pytest.param(lambda n: {"head": f'<meta name="DC.rights" content="{n}">'}, id="meta-dc-rights"),
    pytest.param(
        lambda n: {"head": f'<meta name="dcterms.publisher" content="{n}">'},
        id="meta-dcterms-publisher",
    ),
    pytest.param(
        lambda n: {"head": f'<meta name="msapplication-tooltip" content="{n}">'},
        id="meta-msapplication-tooltip",
    ),
    # titlelogos `_is_logo`: the logo picture in a block classed a logo or the brand, no home link
    pytest.param(
        lambda n: {
            "body": f'<header><div class="site-logo"><img src="/l.png" alt="{n}"></div></header>'
        },
        id="img-in-div-logo",
    ),
    pytest.param(
        lambda n: {
            "body": f'<nav><span class="navbar-brand"><picture><img src="/l.png" alt="{n}"></picture></span></nav>'
        },
        id="img-in-navbar-brand",
    ),
    # titlelogos `_drawn_names`: a logo drawn inline, its label read before the parse drops SVG
    pytest.param(
        lambda n: {
            "body": f'<header><a href="/"><svg viewBox="0 0 9 9"><title>{n}</title><path d="M0 0h9"/></svg></a></header>'
        },
        id="svg-title-in-home-link",
    ),
    pytest.param(
        lambda n: {
            "body": f'<header><a href="https://www.hafenblatt.example/"><svg role="img" aria-label="{n}"></svg></a></header>'
        },
        id="svg-aria-label-in-absolute-home-link",
    ),
    pytest.param(
        lambda n: {
            "body": f'<header><div class="masthead-logo"><svg aria-label="{n} Logo"><path d="M0 0h9"/></svg></div></header>'
        },
        id="svg-in-div-logo",
    ),
    # titlepartsites `_brand_names`: the WebSite the article's WebPage is part of
    pytest.param(
        lambda n: {
            "ld": {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "mainEntityOfPage": {
                    "@type": "WebPage",
                    "isPartOf": {"@type": "WebSite", "name": n},
                },
            }
        },
        id="ld-webpage-is-part-of",
    ),
]


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("lang", sorted(SITES))
def test_a_site_name_at_the_end_named_only_there_is_cut(lang: str, source) -> None:  # type: ignore[no-untyped-def]
    head, name = SITES[lang]
    assert _title(lang, f"{head} | {name}", **source(name)) == head


@pytest.mark.parametrize("lang", sorted(SITES))
def test_a_site_name_first_named_by_a_classed_footer_is_cut(lang: str) -> None:
    head, name = SITES[lang]
    body = f'<div class="footer"><p>© 2026 {name}</p></div>'
    assert _title(lang, f"{name} - {head}", body=body) == head


# titlepartsites `_social_names`: the account in article:publisher or the publisher's sameAs
SOCIAL = [
    pytest.param(
        lambda h: {
            "head": f'<meta property="article:publisher" content="https://www.facebook.com/{h}">'
        },
        id="article-publisher-facebook",
    ),
    pytest.param(
        lambda h: {
            "head": f'<meta property="article:publisher" content="https://www.facebook.com/pages/{h}/123456789">'
        },
        id="article-publisher-facebook-pages",
    ),
    pytest.param(
        lambda h: {
            "ld": {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "publisher": {
                    "@type": "Organization",
                    "name": "Nordsee Medien Holding",
                    "sameAs": [f"https://x.com/{h}", f"https://www.instagram.com/{h.lower()}/"],
                },
            }
        },
        id="publisher-same-as-x-instagram",
    ),
    pytest.param(
        lambda h: {
            "ld": {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "publisher": {"@type": "Organization", "sameAs": f"https://www.youtube.com/@{h}"},
            }
        },
        id="publisher-same-as-youtube-handle",
    ),
]


@pytest.mark.parametrize("source", SOCIAL)
@pytest.mark.parametrize("lang", sorted(HANDLES))
def test_a_site_name_its_social_accounts_spell_is_cut(lang: str, source) -> None:  # type: ignore[no-untyped-def]
    head, name = SITES[lang]
    assert _title(lang, f"{head} – {name}", **source(HANDLES[lang])) == head


# Guards: what must stay.


def test_a_pictures_credit_in_a_classed_caption_names_no_site() -> None:
    # a figure's caption classed "copyright" names the picture's owner: the kicker that
    # happens to be that name stays (no footer names the site)
    body = (
        '<figure><img src="/p.jpg"><figcaption class="copyright">© Hafen Foto</figcaption></figure>'
    )
    title = "Hafen Foto: Ausstellung im Speicher öffnet im Juli"
    assert _title("de", title, body=body) == title


def test_a_credit_block_outside_a_figure_names_no_site() -> None:
    body = '<div class="image-copyright">© Hafen Foto</div>'
    title = "Ausstellung im Speicher öffnet im Juli | Hafen Foto"
    assert _title("de", title, body=body) == title


def test_a_group_named_by_a_classed_footer_cuts_no_first_part() -> None:
    # the footer names the group owning the site; the title's first part is the story's
    # topic (the same group), its last part the site's name og:site_name gives
    body = '<div class="footer"><p>© 2026 Nordsee Medien GmbH</p></div>'
    head = '<meta property="og:site_name" content="Hafenblatt">'
    title = "Nordsee Medien: Verlag streicht Stellen | Hafenblatt"
    assert _title("de", title, head=head, body=body) == "Nordsee Medien: Verlag streicht Stellen"


def test_a_logo_block_later_than_the_first_pictures_is_no_masthead() -> None:
    # partners' logos at the page's foot, past the masthead's window: no site names
    pics = '<img src="/a.jpg" alt="Hafen bei Nacht">' * 40
    body = f'{pics}<div class="partner-logos"><img src="/p.png" alt="Stadtwerke Nord"></div>'
    title = "Neue Tarife ab Juli | Stadtwerke Nord"
    assert _title("de", title, body=body) == title


def test_a_social_profile_of_an_author_names_no_site() -> None:
    # only the publisher's accounts name the site: a closing name that is an author's
    # account stays
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "author": {"@type": "Person", "name": "Eva Wind", "sameAs": "https://x.com/EvaWind"},
    }
    title = "Warum der Hafen uns alle angeht – Eva Wind"
    assert _title("de", title, ld=ld) == title


def test_a_profile_address_without_a_handle_names_no_site() -> None:
    head = (
        '<meta property="article:publisher" content="https://www.facebook.com/profile.php?id=1234">'
    )
    title = "Neue Tarife ab Juli | Profile"
    assert _title("de", title, head=head) == title


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            '<a href="/wetter"><svg><title>Stadtwerke Nord</title></svg></a>', id="section-link"
        ),
        pytest.param(
            '<div class="icons"><svg><title>Stadtwerke Nord</title></svg></div>',
            id="unclassed-block",
        ),
    ],
)
def test_a_drawn_picture_outside_the_masthead_names_no_site(body: str) -> None:
    title = "Neue Tarife ab Juli | Stadtwerke Nord"
    assert _title("de", title, body=body) == title


def test_a_drawn_icon_in_a_home_link_is_no_logo() -> None:
    from newsarchive.extract.document import parse
    from newsarchive.extract.titlelogos import logo_names

    html = (
        '<html><head><title>x</title></head><body><header><a href="/">'
        '<svg aria-label="Menu icon"></svg></a><a href="/"><svg><title>Hafenblatt Kurier</title>'
        "</svg></a></header><p>Text</p></body></html>"
    )
    doc = parse(html, URL)
    assert doc is not None
    assert logo_names(doc) == ["Hafenblatt Kurier"]


# titlepartpages `unpaged`: the page of an article split over several, in any language; the
# part after the page's number is the site's, named anywhere or not
PAGED = [
    pytest.param(
        "en",
        "Council backs new harbour plan after long debate",
        "{h} - Page 2 | Daily Tide",
        id="en-page",
    ),
    pytest.param(
        "en",
        "Council backs new harbour plan after long debate",
        "{h} | Page 3 of 5 | Daily Tide",
        id="en-page-of",
    ),
    pytest.param(
        "de",
        "Stadtrat beschließt neuen Hafenplan nach langer Debatte",
        "{h} - Seite 2 | Nordkurier Abendpost",
        id="de-seite",
    ),
    pytest.param(
        "de",
        "Stadtrat beschließt neuen Hafenplan nach langer Debatte",
        "{h} – Seite 2 von 4",
        id="de-seite-von-no-site",
    ),
    pytest.param(
        "es",
        "El concejo aprueba el nuevo plan del puerto tras un largo debate",
        "{h} | Página 2 | Diario La Marea",
        id="es-pagina",
    ),
    pytest.param(
        "pl",
        "Rada miasta przyjęła nowy plan portu po długiej debacie",
        "{h} - Strona 2 - Gazeta Przystań",
        id="pl-strona",
    ),
    pytest.param(
        "tr",
        "Belediye meclisi uzun tartışmanın ardından yeni liman planını onayladı",
        "{h} - Sayfa 2 - Liman Gazetesi",
        id="tr-sayfa",
    ),
    pytest.param(
        "ru",
        "Городской совет одобрил новый план порта после долгих споров",
        "{h} | Страница 2 | Прибой",
        id="ru-stranitsa",
    ),
    pytest.param("zh", "市议会以多数票通过港口新规划", "{h} - 第2页 - 海滨在线", id="zh-di-ye"),
    pytest.param(
        "ko",
        "시의회, 항만 재정비 계획 찬성 다수로 가결",
        "{h} | 2페이지 | 항만온라인",
        id="ko-peiji",
    ),
]


@pytest.mark.parametrize(("lang", "head", "shape"), PAGED)
def test_a_split_articles_page_number_and_what_follows_it_are_cut(
    lang: str, head: str, shape: str
) -> None:
    assert _title(lang, shape.format(h=head)) == head


@pytest.mark.parametrize(
    "title",
    [
        pytest.param(
            "Remembering the day the towers fell - 9/11 | Daily Tide", id="a-date-as-a-fraction"
        ),
        pytest.param("Tabloid scraps its Page 3 - what changes now", id="page-inside-a-part"),
        pytest.param("Page 2 - Council backs new harbour plan", id="page-word-first"),
    ],
)
def test_a_part_that_is_no_page_number_stays(title: str) -> None:
    assert _title("en", title) == title


# site.is_site: the site's host as a title's last part, "www." and all
@pytest.mark.parametrize(
    "suffix", ["www.hafenblatt.example", "WWW.HAFENBLATT.EXAMPLE", "www.Hafenblatt.example"]
)
def test_the_sites_host_with_www_ending_a_title_is_cut(suffix: str) -> None:
    head = "Stadtrat beschließt neuen Hafenplan nach langer Debatte"
    assert _title("de", f"{head} | {suffix}") == head


def test_a_www_name_of_another_host_stays() -> None:
    title = "Neue Tarife ab Juli | www.stadtwerke-nord.example"
    assert _title("de", title) == title


# title `_tab_shortened`: og:title is the <title> with the site's name left out, a label
# between the headline and the name kept: the <title> cuts that label, og:title too
def _pair(lang: str, og: str, tab: str, head: str = "") -> str | None:
    html = (
        f'<html lang="{lang}"><head><title>{tab}</title><meta property="og:title" content="{og}">'
        f"{head}</head><body><article>{STORY}</article></body></html>"
    )
    return extract_article(html, URL).title


@pytest.mark.parametrize(
    ("lang", "head", "label", "site"),
    [
        pytest.param(
            "en",
            "Council backs new harbour plan after long debate",
            "Opinion",
            "Hafenblatt",
            id="en-opinion",
        ),
        pytest.param(
            "de",
            "Stadtrat beschließt neuen Hafenplan nach langer Debatte",
            "Politik",
            "Hafenblatt",
            id="de-politik",
        ),
        pytest.param(
            "fr",
            "Le conseil adopte le nouveau plan du port après un long débat",
            "Économie",
            "Hafenblatt",
            id="fr-economie",
        ),
        pytest.param(
            "ja",
            "市議会が港の新しい整備計画を賛成多数で可決",
            "社会",
            "港湾タイムズ",
            id="ja-shakai",
        ),
    ],
)
def test_a_label_og_title_keeps_before_the_sites_name_the_title_cuts_is_cut(
    lang: str, head: str, label: str, site: str
) -> None:
    assert _pair(lang, f"{head} | {label}", f"{head} | {label} | {site}") == head


def test_a_headlines_own_tail_the_title_keeps_stays() -> None:
    head = "Council backs new harbour plan - what we know so far"
    assert _pair("en", head, f"{head} | Hafenblatt") == head


# titleparts `home_title`: og:title left at the site's home title on every article, its name
# (the one the <title> ends in after the headline) alone or before its slogan
@pytest.mark.parametrize("lang", sorted(SITES))
@pytest.mark.parametrize(
    ("og", "h1"),
    [
        pytest.param("{name}", False, id="name-alone"),
        pytest.param("{name}", True, id="name-alone-h1-shows-headline"),
        pytest.param("{name} - Tidings from the coast since 1887", False, id="name-and-slogan"),
    ],
)
def test_og_title_left_at_the_sites_home_title_is_no_title(lang: str, og: str, h1: bool) -> None:
    head, name = SITES[lang]
    html = (
        f'<html lang="{lang}"><head><title>{head} | {name}</title>'
        f'<meta property="og:title" content="{og.format(name=name)}"></head><body><article>'
        f"{f'<h1>{head}</h1>' if h1 else ''}{STORY}</article></body></html>"
    )
    assert extract_article(html, URL).title == head


@pytest.mark.parametrize(
    ("og", "tab", "want"),
    [
        # the site's name first, then the headline: og:title is the title, its name cut
        pytest.param(
            "Daily Tide: Council backs new harbour plan after debate",
            "Council backs new harbour plan after debate | Daily Tide",
            "Council backs new harbour plan after debate",
            id="name-then-headline",
        ),
        # a rewrite after the name shares the headline's words: a title, not a slogan
        pytest.param(
            "Daily Tide - council votes for the harbour plan",
            "Council backs new harbour plan after debate | Daily Tide",
            "Daily Tide - council votes for the harbour plan",
            id="name-then-rewrite",
        ),
        # a kicker before the headline: the <title>'s last part is the headline, no name
        pytest.param(
            "Council backs new harbour plan after debate",
            "Opinion | Council backs new harbour plan after debate",
            "Council backs new harbour plan after debate",
            id="kicker-first-in-title",
        ),
    ],
)
def test_og_title_naming_the_site_beside_the_headline_stays_a_title(
    og: str, tab: str, want: str
) -> None:
    assert _pair("en", og, tab) == want


# text.unmojibake: a CMS's UTF-8 stored or served as Windows-1252 or Latin-1 in the metadata
MOJIBAKE = {
    "de": "Stadtrat beschließt für Anwohner neuen Hafenplan",
    "fr": "Le conseil adopte le plan du port après un débat",
    "es": "El concejo aprueba el plan del puerto tras un año de debate",
    "pl": "Rada miasta przyjęła nowy plan portu po długiej debacie",
    "en": "Council’s harbour plan – what happens next",
    "ru": "Городской совет одобрил новый план порта",
}


def _garbled(text: str, codec: str) -> str:
    # the bytes Windows-1252 leaves undefined read as Latin-1's controls, as browsers do
    return "".join(
        bytes([b]).decode(codec, errors="ignore") or chr(b) for b in text.encode("utf-8")
    )


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
@pytest.mark.parametrize("lang", sorted(MOJIBAKE))
@pytest.mark.parametrize(
    "shape",
    [
        pytest.param(lambda good, bad: {"og": bad}, id="og-alone"),
        pytest.param(lambda good, bad: {"og": bad, "h1": good}, id="og-beside-h1"),
        pytest.param(
            lambda good, bad: {"headline": bad, "h1": good, "tab": f"{good} | Hafenblatt"},
            id="headline-beside-h1-and-tab",
        ),
    ],
)
def test_a_title_garbled_from_utf8_is_read_back(lang: str, codec: str, shape) -> None:  # type: ignore[no-untyped-def]
    good = MOJIBAKE[lang]
    page = shape(good, _garbled(good, codec))
    head = [f"<title>{page['tab']}</title>"] if "tab" in page else []
    if "og" in page:
        head.append(f'<meta property="og:title" content="{page["og"]}">')
    if "headline" in page:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": page["headline"],
        }
        head.append(
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
    h1 = f"<h1>{page['h1']}</h1>" if "h1" in page else ""
    html = f'<html lang="{lang}"><head>{"".join(head)}</head><body><article>{h1}{STORY}</article></body></html>'
    assert extract_article(html, URL).title == good


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("SÃO PAULO: Câmara aprova plano do porto", id="pt-capital-a-tilde"),
        pytest.param("Ãrbol caído bloquea el puerto", id="a-tilde-before-a-letter"),
        pytest.param(
            "Â«Non au port» : les riverains protestent", id="circumflex-a-before-a-guillemet"
        ),
        pytest.param("Mañana, el plan del puerto: ¿qué cambia?", id="plain-spanish"),
    ],
)
def test_a_title_written_in_latin1_letters_stays(title: str) -> None:
    assert _title("es", title) == title


AR = "مجلس المدينة يقر خطة الميناء الجديدة بعد نقاش طويل"
HE = "מועצת העיר מאשרת את תוכנית הנמל החדשה אחרי דיון ארוך"


def _rtl(lang: str, og: str, tab: str | None = None, head: str = "", url: str = URL) -> str | None:
    tag = f"<title>{tab}</title>" if tab is not None else ""
    html = (
        f'<html lang="{lang}" dir="rtl"><head>{tag}<meta property="og:title" content="{og}">'
        f"{head}</head><body><article>{STORY}</article></body></html>"
    )
    return extract_article(html, url).title


# title: a direction mark a Hebrew or Arabic CMS sets around the headline stays at the
# end of the part the site's name is cut from
@pytest.mark.parametrize(
    ("lang", "head", "og"),
    [
        pytest.param("he", HE, f"\u200f{HE}\u200f | חדשות הנמל", id="he-rlm-before-bar"),
        pytest.param("ar", AR, f"\u202b{AR}\u202c - صحيفة الميناء", id="ar-embedding-before-dash"),
        pytest.param("ar", AR, f"{AR}\u061c | جريدة الميناء", id="ar-letter-mark-before-bar"),
    ],
)
def test_a_direction_mark_at_the_cut_is_no_part_of_the_title(lang: str, head: str, og: str) -> None:
    assert _rtl(lang, og) == head


# site._arabic_spelling: an Arabic name the site's Latin name or host spells
@pytest.mark.parametrize(
    ("name", "latin"),
    [
        pytest.param("مرفأي", "Marfai", id="no-article"),
        pytest.param("الميناء", "Al Mina", id="article-al"),
        pytest.param("الشاطئ", "El Shatea", id="article-el-sun-letter"),
        pytest.param("الشاطئ", "Shatea", id="article-left-out"),
        pytest.param("صدى الميناء", "Sada Almina", id="two-words"),
    ],
)
def test_an_arabic_name_the_sites_latin_name_spells_is_cut(name: str, latin: str) -> None:
    head = f'<meta property="og:site_name" content="{latin}">'
    assert _rtl("ar", f"{AR} | {name}", f"{AR} | {name}", head=head) == AR


def test_an_arabic_name_the_host_spells_is_cut() -> None:
    url = "https://www.sadaalmina.example/news/123"
    assert _rtl("ar", f"{AR} - صدى الميناء", url=url) == AR


def test_an_arabic_part_the_sites_name_does_not_spell_stays() -> None:
    # "بعد نقاش طويل" (after a long debate) spells no "Al Mina"
    head = '<meta property="og:site_name" content="Al Mina">'
    title = "مجلس المدينة يقر خطة الميناء الجديدة - بعد نقاش طويل"
    assert _rtl("ar", title, title, head=head) == title


# langwords.MASTHEAD_WORDS: "news" written in Arabic, Persian and Hebrew letters
@pytest.mark.parametrize(
    ("lang", "head", "name"),
    [
        pytest.param("ar", AR, "الميناء نيوز", id="ar-nyuz"),
        pytest.param(
            "fa",
            "شورای شهر طرح جدید بندر را پس از بحث طولانی تصویب کرد",
            "بندر نیوز",
            id="fa-niyuz",
        ),
        pytest.param("he", HE, "נמל ניוז", id="he-nyuz"),
    ],
)
def test_a_name_ending_in_news_written_in_an_rtl_script_is_cut(
    lang: str, head: str, name: str
) -> None:
    assert _rtl(lang, f"{head} | {name}", f"{head} | {name}") == head
