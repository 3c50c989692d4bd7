"""Title rules for what publishers never looked at write (issue 10, session 17).

Every page here is invented: words, markup, site names and hosts. Each cutting row fails
at cae2962 (the rule it needs is named in its comment); the guard rows hold what must stay.
"""

# ruff: noqa: E501  -- table rows of titles read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

URL = "https://www.hafenblatt.example/stadt/a-123.html"
JA = "市議会が港の新しい整備計画を賛成多数で可決"
ZH = "市议会以多数票通过港口新规划"
TH = "สภาเมืองอนุมัติแผนพัฒนาท่าเรือใหม่"
KO = "시의회, 항만 재정비 계획 찬성 다수로 가결"


def _page(
    og: str | None = None,
    tab: str | None = None,
    h1: str | None = None,
    headline: str | None = None,
    lang: str = "de",
) -> str:
    head = [f"<title>{tab}</title>"] if tab is not None else []
    if og is not None:
        head.append(f'<meta property="og:title" content="{og}">')
    if headline is not None:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline}
        head.append(
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
    heading = f"<h1>{h1}</h1>" if h1 is not None else ""
    story = (
        "<p>Der Rat hat lange beraten und dann mit großer Mehrheit entschieden, hieß es.</p>" * 3
    )
    return f'<html lang="{lang}"><head>{"".join(head)}</head><body><article>{heading}{story}</article></body></html>'


def _title(url: str = URL, **page: str | None) -> str | None:
    return extract_article(_page(**page), url).title  # type: ignore[arg-type]


# Headlines longer than the 110 characters a JSON-LD headline may hold, and that headline
# (og:title copied from it too) cut at the last space before the limit, without a mark.
LONG = {
    "de": "Stadtrat beschließt nach monatelanger Debatte einen neuen Hafenplan für die Altstadt, die Anwohner protestieren weiter gegen den Lärm",
    "en": "Council backs the new harbour plan for the old town after months of debate, but residents say they will keep fighting the noise",
    "fr": "Le conseil municipal adopte enfin le nouveau plan du port pour la vieille ville après des mois de débat, les riverains protestent",
    "es": "El concejo aprueba por fin el nuevo plan del puerto para el casco antiguo tras meses de debate, pero los vecinos siguen protestando",
    "sv": "Kommunfullmäktige röstar efter månader av debatt igenom den nya hamnplanen för gamla stan, men grannarna fortsätter att protestera",
}


def _cut(text: str) -> str:
    return text[: text.rfind(" ", 0, 111)].rstrip(",")


@pytest.mark.parametrize("lang", sorted(LONG))
@pytest.mark.parametrize(
    "shape",
    [
        # titlevotes._limit_cut: og:title and the headline cut alike, the h1 whole
        pytest.param(
            lambda full, cut: {"og": cut, "headline": cut, "h1": full},
            id="og-and-headline-cut-h1-whole",
        ),
        pytest.param(
            lambda full, cut: {"headline": cut, "h1": full, "tab": f"{full} | Hafenblatt"},
            id="headline-cut-h1-and-tab-whole",
        ),
        pytest.param(
            lambda full, cut: {"og": cut, "headline": cut, "tab": f"{full} | Hafenblatt"},
            id="og-and-headline-cut-tab-whole",
        ),
    ],
)
def test_a_headline_cut_at_the_limit_between_words_is_finished(lang: str, shape) -> None:  # type: ignore[no-untyped-def]
    full = LONG[lang]
    assert _title(lang=lang, **shape(full, _cut(full))) == full


def test_a_title_just_under_the_limit_before_the_sites_name_stays() -> None:
    # the <title> goes on past 110 characters only with the site's name and a slogan
    whole = _cut(LONG["de"])
    tab = f"{whole} | Hafenblatt – Nachrichten aus Kiel und Umgebung"
    assert _title(og=whole, headline=whole, tab=tab) == whole


def test_a_share_card_line_far_under_the_limit_is_no_cut() -> None:
    # a short og:title that the h1 goes on from is a social line, not a field's limit
    full = LONG["en"]
    short = full[: full.rfind(" ", 0, 60)]
    assert _title(og=short, headline=short, lang="en") == short


# A paper's name by its kind, in a script no host spells, where no meta names it.
MASTHEAD_ROWS = [
    # titlepartbrackets `unbracket`: a CJK paper's name in lenticular brackets before the title
    pytest.param(
        {"og": f"【港湾新報】{JA}", "tab": f"【港湾新報】{JA}"},
        JA,
        "ja",
        id="ja-bracketed-name-first",
    ),
    pytest.param(
        {"og": f"{JA}【港湾新報】", "tab": f"{JA}【港湾新報】"},
        JA,
        "ja",
        id="ja-bracketed-name-last",
    ),
    pytest.param({"og": f"《海滨日报》{ZH}"}, ZH, "zh", id="zh-double-angle-name-first"),
    # langwords.MASTHEAD_WORDS: "新報" ends a paper's name (as "新聞", "日報" do)
    pytest.param(
        {"og": f"{JA}｜港湾新報", "tab": f"{JA}｜港湾新報"}, JA, "ja", id="ja-shinpo-full-width-bar"
    ),
    pytest.param({"tab": f"{ZH} - 海滨新报"}, ZH, "zh", id="zh-xinbao-dash"),
    # titlepartmastheads `is_masthead`: a Thai run opening or closing with a word for news ("ข่าว",
    # "นิวส์"), "ออนไลน์" (online) after it
    pytest.param(
        {"og": f"{TH} | ข่าวท่าเรือ", "tab": f"{TH} | ข่าวท่าเรือ"}, TH, "th", id="th-khao-first-bar"
    ),
    pytest.param({"tab": f"{TH} - ท่าเรือนิวส์"}, TH, "th", id="th-news-last-dash"),
    pytest.param({"og": f"{TH} – ข่าวท่าเรือออนไลน์"}, TH, "th", id="th-online-en-dash"),
    # langwords.MASTHEAD_WORDS: a broadcaster's name ends in its word for television or
    # broadcasting, its Latin letters before it or not
    pytest.param(
        {"og": f"{JA} - 港湾テレビ", "tab": f"{JA} - 港湾テレビ"}, JA, "ja", id="ja-terebi"
    ),
    pytest.param({"tab": f"{JA}｜HKT港湾テレビ"}, JA, "ja", id="ja-latin-then-terebi"),
    pytest.param({"tab": f"{JA} | 港湾放送"}, JA, "ja", id="ja-housou"),
    pytest.param({"og": f"{ZH} - 海滨电视台"}, ZH, "zh", id="zh-dianshitai"),
    pytest.param({"og": f"{KO} | 항만방송", "tab": f"{KO} | 항만방송"}, KO, "ko", id="ko-bangsong"),
    # titleparts `ANY_SEPARATOR`: an unspaced katakana middle dot before the name, where
    # the h1 states the headline alone
    pytest.param(
        {"og": f"{JA}・港湾タイムス", "tab": f"{JA}・港湾タイムス", "h1": JA},
        JA,
        "ja",
        id="ja-middle-dot-h1-alone",
    ),
]


@pytest.mark.parametrize(("page", "want", "lang"), MASTHEAD_ROWS)
def test_a_papers_name_no_meta_states_goes(page: dict[str, str], want: str, lang: str) -> None:
    assert _title(lang=lang, **page) == want


# What stays: a bracketed tag, a Thai place after a dash, a name joined by a middle dot.
MASTHEAD_GUARD_ROWS = [
    pytest.param({"og": f"【速報】{JA}"}, f"【速報】{JA}", "ja", id="ja-sokuho-tag-alone"),
    pytest.param(
        {"og": f"{TH} - ภาคใต้", "tab": f"{TH} - ภาคใต้"}, f"{TH} - ภาคใต้", "th", id="th-place-tail"
    ),
    pytest.param(
        {
            "og": "ジョー・バイデン氏が港の新しい整備計画を視察",
            "h1": "ジョー・バイデン氏が港の新しい整備計画を視察",
        },
        "ジョー・バイデン氏が港の新しい整備計画を視察",
        "ja",
        id="ja-middle-dot-in-a-name",
    ),
    pytest.param(
        {"og": f"{TH} | ข่าวดีของชาวประมงในภาคใต้ทั้งหมด"},
        f"{TH} | ข่าวดีของชาวประมงในภาคใต้ทั้งหมด",
        "th",
        id="th-long-clause-opening-with-news",
    ),
]


@pytest.mark.parametrize(("page", "want", "lang"), MASTHEAD_GUARD_ROWS)
def test_parts_that_name_no_paper_stay(page: dict[str, str], want: str, lang: str) -> None:
    assert _title(lang=lang, **page) == want


def test_a_title_just_under_the_limit_before_a_full_width_mark_stays() -> None:
    # a full-width minus and the name after it: a site's name, no more of the headline
    whole = _cut(LONG["es"])
    assert _title(og=whole, headline=whole, tab=f"{whole}－Hafenblatt", lang="es") == whole


DE = "Stadtrat beschließt neuen Hafenplan für die Altstadt"
CANONICAL = "https://www.hafenblatt.example/stadt/a-123.html"


# titlepartsites `_canonical_host`: a copy fetched from another host than the publisher's names
# the publisher by its canonical address (link rel=canonical, og:url)
@pytest.mark.parametrize(
    "url",
    [
        pytest.param(
            "https://www-hafenblatt-example.cdn.ampproject.org/c/s/www.hafenblatt.example/stadt/a-123.html",
            id="amp-cache",
        ),
        pytest.param(
            "http://127.0.0.1:8080/coll/20261204000000/https://www.hafenblatt.example/stadt/a-123.html",
            id="web-archive-replay",
        ),
        pytest.param("file:///home/user/saved/a-123.html", id="saved-file"),
    ],
)
@pytest.mark.parametrize(
    "link",
    [
        pytest.param(f'<link rel="canonical" href="{CANONICAL}">', id="link-canonical"),
        pytest.param(f'<meta property="og:url" content="{CANONICAL}">', id="og-url"),
    ],
)
def test_a_copy_names_its_site_by_its_canonical_host(url: str, link: str) -> None:
    page = _page(og=f"{DE} | Hafenblatt", tab=f"{DE} | Hafenblatt").replace(
        "<head>", f"<head>{link}"
    )
    assert extract_article(page, url).title == DE


def test_a_copy_without_a_canonical_address_keeps_the_unknown_name() -> None:
    # nothing names the site: "| Hafenblatt" may be the headline's own tail
    url = "file:///home/user/saved/a-123.html"
    page = _page(og=f"{DE} | Hafenblatt", tab=f"{DE} | Hafenblatt")
    assert extract_article(page, url).title == f"{DE} | Hafenblatt"


# titlelogos `_home_link_names`: a logo drawn inline (no <img alt>) names the site by its
# home link's label or text, where no meta, host or footer does (host krb.example)
KRB = "https://www.krb.example/stadt/a-1.html"
HOME_LINK_ROWS = [
    pytest.param(
        '<a href="/" aria-label="Kieler Rundblick – zur Startseite"></a>',
        "Kieler Rundblick",
        "de",
        id="de-aria-label-startseite",
    ),
    pytest.param(
        '<a href="https://www.krb.example/" title="Kieler Rundblick"></a>',
        "Kieler Rundblick",
        "de",
        id="de-title-absolute-root",
    ),
    pytest.param(
        '<a href="/" class="brand">Kieler Rundblick</a>',
        "Kieler Rundblick",
        "de",
        id="de-word-mark",
    ),
    pytest.param(
        '<a href="/"><span class="sr-only">Portside Ledger</span></a>',
        "Portside Ledger",
        "en",
        id="en-screen-reader-span",
    ),
    pytest.param(
        '<a href="/" aria-label="Go to the homepage - Portside Ledger"></a>',
        "Portside Ledger",
        "en",
        id="en-homepage-first",
    ),
    pytest.param(
        '<a href="/index.html" aria-label="Le Courrier du Port : retour à l\'accueil"></a>',
        "Le Courrier du Port",
        "fr",
        id="fr-accueil",
    ),
]


@pytest.mark.parametrize(("link", "name", "lang"), HOME_LINK_ROWS)
def test_a_drawn_logos_home_link_names_the_site(link: str, name: str, lang: str) -> None:
    page = _page(og=f"{DE} | {name}", tab=f"{DE} | {name}", lang=lang)
    page = page.replace("<body>", f"<body><header>{link}</header>")
    assert extract_article(page, KRB).title == DE


@pytest.mark.parametrize(
    "link",
    [
        pytest.param('<a href="/">Startseite</a>', id="only-home-word"),
        pytest.param(
            '<a href="https://www.partner.example/">Kieler Rundblick</a>', id="another-hosts-root"
        ),
        pytest.param('<a href="/politik/">Kieler Rundblick</a>', id="not-the-home-page"),
    ],
)
def test_links_that_name_no_site_cut_nothing(link: str) -> None:
    page = _page(og=f"{DE} | Kieler Rundblick", tab=f"{DE} | Kieler Rundblick")
    page = page.replace("<body>", f"<body><header>{link}</header>")
    assert extract_article(page, KRB).title == f"{DE} | Kieler Rundblick"


# title `_kickers_before`: two kickers one after the other before the headline that the
# page's heading of a kicker and a headline shows (an h2, no h1), beside a JSON-LD headline
# and <title> in other words: each kicker shorter than the headline (both together longer),
# both go
STACKED_ROWS = [
    pytest.param(
        "Analyse: ",
        "Nach monatelanger Debatte im Rat",
        "Stadtrat stimmt dem neuen Hafenplan zu",
        "de",
        id="de-two-colons",
    ),
    pytest.param(
        "Exclusive | ",
        "After a long night at the hall",
        "Council backs the new harbour plan",
        "en",
        id="en-bar-and-colon",
    ),
    pytest.param(
        "Opinión / ",
        "Tras meses de debate en el pleno",
        "El concejo aprueba el plan del puerto",
        "es",
        id="es-slash-and-colon",
    ),
    pytest.param(
        "Kommentar – ",
        "Nach monatelanger Debatte im Rat",
        "Stadtrat stimmt dem neuen Hafenplan zu",
        "de",
        id="de-dash-and-colon",
    ),
]


@pytest.mark.parametrize(("label", "kicker", "text", "lang"), STACKED_ROWS)
def test_two_kickers_before_the_headline_go(label: str, kicker: str, text: str, lang: str) -> None:
    other = "Nach langer Debatte: ein neuer Plan für den Hafen"
    page = _page(og=f"{label}{kicker}: {text}", headline=other, tab=other, lang=lang)
    heading = f'<h2><span class="kicker">{kicker}</span><span>{text}</span></h2>'
    page = page.replace("<article>", f"<article>{heading}")
    assert extract_article(page, URL).title == text


def test_a_first_part_longer_than_the_rest_is_no_kicker() -> None:
    # "Anwohner jubeln" is an h1's short line, not the title after a kicker
    og = "Der Stadtrat beschließt nach langer Debatte den Hafenplan: Anwohner jubeln"
    assert _title(og=og, tab=og, headline="Anwohner jubeln") == og
