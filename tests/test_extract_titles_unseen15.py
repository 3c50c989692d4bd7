"""Title rules for what publishers never looked at write (issue 10, session 15).

Every page here is invented: words, markup, site names and hosts. The cutting rows fail
without the rule their comment names (53 of them at 09c8e20), except where a comment says
the row only covers a mark or name already known; the guard rows hold what must stay.
"""

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

DE = "Stadtrat beschließt neuen Hafenplan für die Altstadt"
EN = "Council backs new harbour plan for the old town"
FR = "Le conseil adopte le nouveau plan du port"
ES = "El consejo aprueba el nuevo plan del puerto"
PL = "Rada miasta przyjęła nowy plan portu"
RU = "Совет одобрил новый план порта"
EL = "Το δημοτικό συμβούλιο ενέκρινε το νέο σχέδιο"
TR = "Meclis liman planını oy çokluğuyla kabul etti"
JA = "市議会が港の新しい整備計画を賛成多数で可決"
KO = "시의회, 항만 재정비 계획 찬성 다수로 가결"
ZH = "市议会以多数票通过港口新规划"
AR = "المجلس يقر خطة الميناء الجديدة"


def _page(
    og: str | None = None,
    tab: str | None = None,
    h1: str | None = None,
    headline: str | None = None,
    site: str | None = None,
    publisher: str | None = None,
    lang: str = "de",
) -> str:
    head = [f"<title>{tab}</title>"] if tab is not None else []
    if og is not None:
        head.append(f'<meta property="og:title" content="{og}">')
    if site is not None:
        head.append(f'<meta property="og:site_name" content="{site}">')
    ld: dict[str, object] = {"@type": "NewsArticle"}
    if headline is not None:
        ld["headline"] = headline
    if publisher is not None:
        ld["publisher"] = {"@type": "Organization", "name": publisher}
    head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    heading = f"<h1>{h1}</h1>" if h1 is not None else ""
    story = "<p>Der Rat hat lange beraten und dann mit großer Mehrheit entschieden.</p>" * 3
    return (
        f'<html lang="{lang}"><head>{"".join(head)}</head>'
        f"<body><article>{heading}{story}</article></body></html>"
    )


def _title(url: str = "https://www.example.com/stadt/a-123.html", **page: str | None) -> str | None:
    return extract_article(_page(**page), url).title


# A site's name after a mark sites unlike the looked-at ones use: a figure dash, a fraction
# slash, much greater than, a vertical ellipsis, an integral extension, an arrowhead, a
# small square, a diamond, a star, a divides sign, a light vertical bar, a box-drawing bar,
# a heavy chevron, a double angle bracket (titlepartmarks._SYMBOL_MARKS). The name is stated by
# og:site_name (or the host only), the titles carry it, the h1 and JSON-LD do not.
RARE_MARK_ROWS = [
    pytest.param(f"{DE} \u2012 Hafenblatt", "Hafenblatt", DE, "de", id="de-figure-dash"),
    pytest.param(f"{EN} \u2044 Harbour Herald", "Harbour Herald", EN, "en", id="en-fraction-slash"),
    pytest.param(
        f"{FR} \u226b Le Courrier du Port", "Le Courrier du Port", FR, "fr", id="fr-much-greater"
    ),
    pytest.param(
        f"{ES} \u22ee Diario del Puerto", "Diario del Puerto", ES, "es", id="es-vertical-ellipsis"
    ),
    pytest.param(
        f"{PL} \u23ae Gazeta Portowa", "Gazeta Portowa", PL, "pl", id="pl-integral-extension"
    ),
    pytest.param(f"{RU} \u27a4 Портовые вести", "Портовые вести", RU, "ru", id="ru-arrowhead"),
    pytest.param(
        f"{EL} \u25aa Η Εφημερίδα του Λιμανιού",
        "Η Εφημερίδα του Λιμανιού",
        EL,
        "el",
        id="el-small-square",
    ),
    pytest.param(f"{TR} \u25c7 Liman Haber", "Liman Haber", TR, "tr", id="tr-white-diamond"),
    pytest.param(f"{JA} \u2726 港湾新聞", "港湾新聞", JA, "ja", id="ja-four-pointed-star"),
    pytest.param(f"{KO} \u2223 항만일보", "항만일보", KO, "ko", id="ko-divides"),
    pytest.param(f"{ZH} \u2758 海滨日报", "海滨日报", ZH, "zh", id="zh-light-vertical-bar"),
    pytest.param(f"{AR} \u2502 صحيفة الميناء", "صحيفة الميناء", AR, "ar", id="ar-box-drawing-bar"),
    pytest.param(f"{DE} \u276f Hafenblatt", "Hafenblatt", DE, "de", id="de-heavy-chevron"),
    pytest.param(
        f"{EN} \u27eb Harbour Herald", "Harbour Herald", EN, "en", id="en-double-angle-bracket"
    ),
]


@pytest.mark.parametrize(("titled", "site", "want", "lang"), RARE_MARK_ROWS)
def test_site_name_after_a_rare_mark_goes(titled: str, site: str, want: str, lang: str) -> None:
    # og:title and <title> both carry the name; no h1 or headline states the title alone
    assert _title(og=titled, tab=titled, site=site, lang=lang) == want


@pytest.mark.parametrize(("titled", "site", "want", "lang"), RARE_MARK_ROWS)
def test_rare_mark_beside_the_headline_alone(titled: str, site: str, want: str, lang: str) -> None:
    # the name is in no meta and the host does not spell it ("Kieler Abendpost" style on
    # an unrelated host, the JSON-LD publisher the owning group): the h1 and the JSON-LD
    # headline state the title alone, so the part after the mark goes
    got = _title(
        og=titled,
        tab=titled,
        h1=want,
        headline=titled,
        publisher="Nordsee Medien Gruppe",
        lang=lang,
        url="https://www.nmg-verlag.example/stadt/a-123.html",
    )
    assert got == want


@pytest.mark.parametrize(
    ("titled", "lang", "url"),
    [
        # a mark between two words of a headline naming no site stays: nothing names the part
        pytest.param(
            "Zinsen \u226b Inflation: Was Sparer jetzt wissen müssen",
            "de",
            "https://www.hafenblatt.de/a-1.html",
            id="de-math-sign-in-headline",
        ),
        pytest.param(
            "Revenue \u2192 profit \u2012 what the new rules change",
            "en",
            "https://www.harbourherald.example/a-1.html",
            id="en-arrow-and-dash-in-headline",
        ),
        # a hyphen inside a word (U+2011, U+2010) is no mark
        pytest.param(
            "COVID\u201119\u2011Hilfen: Stadtrat verlängert Programm",
            "de",
            "https://www.hafenblatt.de/a-1.html",
            id="de-non-breaking-hyphen",
        ),
        # a letter-like sign stays ("\u2122"), as does a circled number
        pytest.param(
            "Hafenblatt\u2122 Award \u2460 geht an Kiel",
            "de",
            "https://www.example.com/a-1.html",
            id="de-letterlike-and-circled",
        ),
    ],
)
def test_rare_marks_inside_a_headline_stay(titled: str, lang: str, url: str) -> None:
    assert _title(og=titled, tab=titled, h1=titled, lang=lang, url=url) == titled


# A tag in full-width angle brackets or white lenticular brackets (U+FF1C/U+FF1E, "〖视频〗")
# before the title another source states alone goes, as "【速報】" does (title._TAG_MARK).
@pytest.mark.parametrize(
    ("og", "want", "lang"),
    [
        pytest.param(f"\uff1c独自\uff1e{JA}", JA, "ja", id="ja-fullwidth-angle-tag"),
        pytest.param(f"\uff1c速報\uff1e{JA}", JA, "ja", id="ja-fullwidth-angle-breaking"),
        pytest.param(f"\u3016视频\u3017{ZH}", ZH, "zh", id="zh-white-lenticular-tag"),
        pytest.param(f"\u3018단독\u3019 {KO}", KO, "ko", id="ko-white-tortoise-shell-tag"),
    ],
)
def test_bracketed_tag_before_the_title_goes(og: str, want: str, lang: str) -> None:
    assert _title(og=og, tab=f"{og} | Portblad", headline=want, lang=lang) == want
    assert _title(og=og, tab=f"{og} | Portblad", h1=want, lang=lang) == want


@pytest.mark.parametrize(
    ("og", "lang"),
    [
        # a tag that every source states is the title's own: it stays
        pytest.param(f"\uff1c独自\uff1e{JA}", "ja", id="ja-tag-everywhere"),
        pytest.param(f"\u3016视频\u3017{ZH}", "zh", id="zh-tag-everywhere"),
    ],
)
def test_bracketed_tag_every_source_states_stays(og: str, lang: str) -> None:
    assert _title(og=og, tab=og, h1=og, headline=og, lang=lang) == og


# A site whose name no meta states, only its host: hosts spell a paper's name by its last
# word after a place's adjective ("Hafener Merkur" on merkur.example; site._placed_name),
# or by an inflected first word before a word for paper ("Möwen Zeitung" on moewe.example;
# site._inflected). The JSON-LD publisher names the group owning the paper.
@pytest.mark.parametrize(
    ("name", "host", "want", "lang"),
    [
        pytest.param(
            "Hafener Merkur", "merkur.example", DE, "de", id="de-place-adjective-and-merkur"
        ),
        pytest.param(
            "St. Möwener Tagblatt", "tagblatt.example", DE, "de", id="de-saint-place-and-tagblatt"
        ),
        pytest.param(
            "Oberhafener Morgenpost", "morgenpost.example", DE, "de", id="de-place-and-morgenpost"
        ),
        pytest.param(
            "Portsmouther Chronicle",
            "chronicle.example",
            EN,
            "en",
            id="en-place-adjective-and-chronicle",
        ),
        pytest.param(
            "Möwen Zeitung", "moewe.example", DE, "de", id="de-inflected-host-word-and-zeitung"
        ),
        pytest.param(
            "Kranichs Nachrichten",
            "kranich.example",
            DE,
            "de",
            id="de-genitive-host-word-and-nachrichten",
        ),
        pytest.param(
            "Hafens Online", "hafen.example", DE, "de", id="de-genitive-host-word-and-online"
        ),
    ],
)
def test_paper_name_its_host_shortens_goes(name: str, host: str, want: str, lang: str) -> None:
    for sep in (" | ", " - ", " \u2012 "):
        titled = f"{want}{sep}{name}"
        got = _title(
            og=titled,
            tab=titled,
            publisher="Nordsee Medien Gruppe",
            lang=lang,
            url=f"https://www.{host}/stadt/a-123.html",
        )
        assert got == want, sep


@pytest.mark.parametrize(
    ("titled", "host"),
    [
        # a place's adjective and a short common word is an event or a thing, not the site
        pytest.param(
            "Streit um den Hafen - Kieler Woche", "woche.example", id="de-event-short-word"
        ),
        pytest.param(
            "Streit um den Hafen - Berliner Mauer", "mauer.example", id="de-landmark-short-word"
        ),
        # a first part is a kicker, never the site's name cut by this
        pytest.param(
            "Hafener Merkur: Verlag streicht Stellen in der Druckerei",
            "example.com",
            id="de-name-as-first-part",
        ),
        # an inflected host word before a word that is no edition or paper word stays
        pytest.param(
            "Streit um den Hafen - Hafens Ende",
            "hafen.example",
            id="de-inflected-host-word-then-noun",
        ),
    ],
)
def test_names_near_the_host_that_stay(titled: str, host: str) -> None:
    assert _title(og=titled, tab=titled, url=f"https://www.{host}/a-1.html") == titled


# The site's name after a mark spaced on one side only or unspaced ("... -Hafenblatt",
# "...- Hafenblatt", "...\u2013Hafenblatt", "...·Hafenblatt", "...--Hafenblatt";
# titlepartbrackets.unlopsided), or after a spaced underscore or katakana middle dot (" _ Site",
# " ・ Site"; titleparts.SEPARATOR).
@pytest.mark.parametrize(
    ("mark", "want", "site", "lang"),
    [
        pytest.param(" -", DE, "Hafenblatt", "de", id="de-hyphen-spaced-before"),
        pytest.param("- ", DE, "Hafenblatt", "de", id="de-hyphen-spaced-after"),
        pytest.param(" \u2013", EN, "Harbour Herald", "en", id="en-en-dash-spaced-before"),
        pytest.param("\u2013", FR, "Le Courrier du Port", "fr", id="fr-unspaced-en-dash"),
        pytest.param("\u00b7", ES, "Diario del Puerto", "es", id="es-unspaced-middle-dot"),
        pytest.param("--", PL, "Gazeta Portowa", "pl", id="pl-unspaced-double-hyphen"),
        pytest.param("\u30fb", JA, "港湾新聞", "ja", id="ja-unspaced-katakana-middle-dot"),
        pytest.param(" \u30fb ", RU, "Портовые вести", "ru", id="ru-spaced-katakana-middle-dot"),
        pytest.param(" _ ", TR, "Liman Haber", "tr", id="tr-spaced-underscore"),
        pytest.param("_", EL, "Η Εφημερίδα του Λιμανιού", "el", id="el-unspaced-underscore"),
        pytest.param("/ ", KO, "항만일보", "ko", id="ko-slash-spaced-after"),
    ],
)
def test_site_name_after_a_lopsided_mark_goes(mark: str, want: str, site: str, lang: str) -> None:
    titled = f"{want}{mark}{site}"
    assert _title(og=titled, tab=titled, site=site, lang=lang) == want


@pytest.mark.parametrize(
    ("titled", "site"),
    [
        # a single unspaced hyphen joins words: a compound ending in the site's name stays
        pytest.param(
            "Lob für das neue Nordsee-Hafenblatt", "Hafenblatt", id="de-compound-with-site-name"
        ),
        # a lopsided mark before a part that names no site stays
        pytest.param(
            "Stadtrat beschließt neuen Hafenplan -Update",
            "Hafenblatt",
            id="de-lopsided-before-other-word",
        ),
        # an unspaced katakana middle dot inside a Japanese headline stays
        pytest.param(
            "日米・首脳会談で港の整備計画に合意", "港湾新聞", id="ja-middle-dot-inside-headline"
        ),
    ],
)
def test_lopsided_marks_that_stay(titled: str, site: str) -> None:
    assert _title(og=titled, tab=titled, site=site) == titled


def _shown_page(og: str, tab: str, shown: str, lang: str) -> str:
    """A page without an h1: its headline shown in an h2 under a kicker line, og:title and
    <title> ending in a name no meta states."""
    return (
        f'<html lang="{lang}"><head><title>{tab}</title><meta property="og:title" content="{og}">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": '
        '{"@type": "Organization", "name": "Nordsee Medien Gruppe"}}</script></head><body>'
        '<nav><a href="/">Start</a><a href="/stadt/">Stadt</a></nav>'
        f'<article><p class="topline">Hafen</p><h2>{shown}</h2>'
        "<p>Der Rat hat lange beraten und dann mit großer Mehrheit entschieden.</p>"
        * 3
        + "</article></body></html>"
    )


# A page with no h1 shows its headline elsewhere (an h2): where that is a title's first
# part before a mark, most of the title, what og:title and <title> add after it is no part
# of the title, though no meta or host names it (title._lead_part).
@pytest.mark.parametrize(
    ("want", "name", "sep", "lang"),
    [
        pytest.param(DE, "Kieler Abendpost", " · ", "de", id="de-unknown-name-middle-dot"),
        pytest.param(EN, "The Harbour Courier", " | ", "en", id="en-unknown-name-bar"),
        pytest.param(FR, "Le Petit Portuaire", " - ", "fr", id="fr-unknown-name-hyphen"),
        pytest.param(ES, "Crónica Portuaria", " \u2012 ", "es", id="es-unknown-name-figure-dash"),
        pytest.param(TR, "Liman Postası", " » ", "tr", id="tr-unknown-name-guillemet"),
    ],
)
def test_shown_headline_cuts_an_unknown_name(want: str, name: str, sep: str, lang: str) -> None:
    titled = f"{want}{sep}{name}"
    html = _shown_page(titled, titled, want, lang)
    assert extract_article(html, "https://www.nmg-verlag.example/stadt/a-1.html").title == want


@pytest.mark.parametrize(
    ("og", "shown"),
    [
        # a short first part is a kicker: shown alone (a section link, a label) it is no headline
        pytest.param(f"Hafen | {DE}", "Hafen", id="de-kicker-first-part-shown"),
        # the whole title shown: it stays whole, its tail the headline's own
        pytest.param(f"{DE} - was wir wissen", f"{DE} - was wir wissen", id="de-tail-shown-whole"),
    ],
)
def test_shown_first_part_that_cuts_nothing(og: str, shown: str) -> None:
    html = _shown_page(og, og, shown, "de")
    assert extract_article(html, "https://www.nmg-verlag.example/stadt/a-1.html").title == og


def _group_page(titled: str, key: str, kind: str, name: str, lang: str) -> str:
    """og:title and <title> end in the paper's name; the JSON-LD publisher is the group
    owning it, and the article names the paper under `key` as a `kind`."""
    ld = {
        "@type": "NewsArticle",
        "publisher": {"@type": "Organization", "name": "Nordsee Medien GmbH"},
        key: {"@type": kind, "name": name},
    }
    return (
        f'<html lang="{lang}"><head><title>{titled}</title>'
        f'<meta property="og:title" content="{titled}">'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        "</head><body><article><p>Der Rat hat lange beraten und dann entschieden.</p>"
        "</article></body></html>"
    )


# The JSON-LD publisher is the group owning the paper; the article names the paper as its
# sourceOrganization, copyrightHolder, provider, brand or the WebSite it isPartOf: that
# name ends the titles and goes (titlepartsites._brand_names).
@pytest.mark.parametrize(
    ("key", "kind", "name", "want", "lang"),
    [
        pytest.param(
            "sourceOrganization",
            "NewsMediaOrganization",
            "Kieler Abendpost",
            DE,
            "de",
            id="de-source-organization",
        ),
        pytest.param(
            "copyrightHolder",
            "Organization",
            "The Harbour Courier",
            EN,
            "en",
            id="en-copyright-holder",
        ),
        pytest.param(
            "isPartOf", "WebSite", "Le Petit Portuaire", FR, "fr", id="fr-is-part-of-website"
        ),
        pytest.param("brand", "Brand", "Crónica Portuaria", ES, "es", id="es-brand"),
        pytest.param("provider", "Organization", "Gazeta Portowa", PL, "pl", id="pl-provider"),
        pytest.param(
            "isPartOf", "Periodical", "Liman Postası", TR, "tr", id="tr-is-part-of-periodical"
        ),
    ],
)
def test_paper_named_beside_a_group_publisher_goes(
    key: str, kind: str, name: str, want: str, lang: str
) -> None:
    html = _group_page(f"{want} | {name}", key, kind, name, lang)
    assert extract_article(html, "https://www.nmg-verlag.example/a-1.html").title == want


def test_series_the_article_is_part_of_is_no_site() -> None:
    # a column or series (a CreativeWorkSeries) is no paper: its name after the title stays
    titled = f"{DE} | Hafengeflüster"
    html = _group_page(titled, "isPartOf", "CreativeWorkSeries", "Hafengeflüster", "de")
    assert extract_article(html, "https://www.nmg-verlag.example/a-1.html").title == titled
