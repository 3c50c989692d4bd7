"""Title rules for what publishers never looked at write (issue 10, session 20).

A heading that ends in its subtitle, an element classed as one (a theme printing a
subtitle field inside the h1: "<h1>Title <span class="entry-subtitle">...</span></h1>"); a
site-name meta of two names across a mark, in two scripts or a name and a slogan
("خبرگزاری بندر | Bandar News Agency"), whose titles end in either or both; a kicker that
markup alone runs into the headline ("<span>Hafen</span>Stadtrat ...") in a marked title
block or an h2 on a page without h1; an og:title a template left as a name (a section's,
a series', "Startseite") beside the headline the page states elsewhere. Every page here is
invented: words, markup, site names and hosts. Each row named "fixed" fails at c8812fd
(91 rows, 72 fail there); the guard rows hold what must stay.
"""

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

URL = "https://www.hafenkurier.example/politik/stadtrat-hafenplan-a-123.html"
SITE = "Hafenkurier"

# (language, headline, subtitle) in languages and scripts of the unseen publishers
STORIES = {
    "de": (
        "Stadtrat beschließt neuen Hafenplan nach langer Debatte",
        "Die Opposition kritisiert die Kosten von mehr als zwei Millionen Euro scharf",
    ),
    "en": (
        "Council backs new harbour plan after long debate",
        "The opposition says the cost of more than two million is far too high for the town",
    ),
    "fr": (
        "Le conseil adopte le nouveau plan du port",
        "L'opposition dénonce un coût de plus de deux millions d'euros pour la commune",
    ),
    "pl": (
        "Rada miasta przyjęła nowy plan portu",
        "Opozycja krytykuje koszty przekraczające dwa miliony złotych i zapowiada skargę",
    ),
    "ru": (
        "Горсовет утвердил новый план порта",
        "Оппозиция считает, что расходы более двух миллионов слишком велики для города",
    ),
    "ja": (
        "市議会が港の新しい整備計画を可決",
        "野党は二百万円を超える費用を厳しく批判し、再審議を求めている",
    ),
}

STORY = "<p>Der Rat hat lange beraten und dann mit großer Mehrheit entschieden, hieß es.</p>" * 3


def _page(
    heading: str = "",
    og: str | None = None,
    tab: str | None = None,
    headline: str | None = None,
    site: str | None = None,
    lang: str = "de",
) -> str:
    head = [f"<title>{tab}</title>"] if tab is not None else []
    if og is not None:
        head.append(f'<meta property="og:title" content="{og}">')
    if site is not None:
        head.append(f'<meta property="og:site_name" content="{site}">')
    if headline is not None:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline}
        head.append(
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
    return (
        f'<html lang="{lang}"><head>{"".join(head)}</head>'
        f"<body><article>{heading}{STORY}</article></body></html>"
    )


def _title(url: str = URL, **page: str | None) -> str | None:
    return extract_article(_page(**page), url).title  # type: ignore[arg-type]


# Shapes of a heading ending in its subtitle: a headline span and a subtitle span, bare
# headline text and a subtitle span (a WordPress theme's subtitle field), a line break
# before a lead, a BEM class's last word.
SUBTITLED = (
    '<h1><span class="title">{t}</span><span class="subtitle">{s}</span></h1>',
    '<h1 class="entry-title">{t} <span class="entry-subtitle">{s}</span></h1>',
    '<h1>{t}<span class="c-article__dek">{s}</span></h1>',
    '<h1>{t}<br><span class="vorspann">{s}</span></h1>',
    '<h1><a href="/a-123.html">{t} <small class="wp-sub-title">{s}</small></a></h1>',
)


@pytest.mark.parametrize("shape", SUBTITLED)
@pytest.mark.parametrize("lang", sorted(STORIES))
def test_fixed_subtitle_in_the_only_heading_is_no_title(lang: str, shape: str) -> None:
    """No metadata title, a <title> of the site's name: the h1 states the title, and its
    subtitle part is none of it (the longer part, it was taken as a kicker's headline)."""
    t, s = STORIES[lang]
    got = _title(heading=shape.format(t=t, s=s), tab=SITE, site=SITE, lang=lang)
    assert got == t


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_fixed_subtitle_heading_beside_split_metadata(lang: str) -> None:
    """og:title and the JSON-LD headline disagree, and the h1 inside the article shows
    neither: the h1's headline part is the title, not its subtitle."""
    t, s = STORIES[lang]
    heading = f'<h1><span class="title">{t}</span><span class="subtitle">{s}</span></h1>'
    got = _title(heading=heading, og=f"{t[:12]} – Hafen", headline=f"Hafen: {t[-14:]}", lang=lang)
    assert got == t


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_subtitle_heading_beside_og_title_unchanged(lang: str) -> None:
    """Guard: og:title stating the headline still wins over the whole heading's text."""
    t, s = STORIES[lang]
    heading = f'<h1>{t}<span class="c-article__dek">{s}</span></h1>'
    assert _title(heading=heading, og=t, lang=lang) == t


T_DE = STORIES["de"][0]


@pytest.mark.parametrize(
    ("heading", "want"),
    [
        # a kicker first is no subtitle: the headline part after it, as before
        (f'<h1><span class="kicker">Hafen</span> <span class="headline">{T_DE}</span></h1>', T_DE),
        # a class word that only holds a subtitle word inside it is none ("leaderboard")
        (f'<h1>{T_DE} <span class="leaderboard">Mehr</span></h1>', f"{T_DE} Mehr"),
        # text after the classed element: the heading does not end in it
        (f'<h1>{T_DE} <span class="subtitle">kurz</span> und mehr</h1>', f"{T_DE} kurz und mehr"),
    ],
)
def test_headings_without_a_closing_subtitle_unchanged(heading: str, want: str) -> None:
    assert _title(heading=heading, tab=SITE, site=SITE) == want


# A site-name meta of two names across a mark (two scripts; a name and its slogan), and a
# title ending in one or both of them; no other title states the headline alone.
TWO_NAMES = (
    ("ar", "مجلس المدينة يقر خطة الميناء الجديدة", "خبرگزاری بندر | Bandar News Agency",
     " - خبرگزاری بندر | Bandar News Agency"),
    ("ar", "مجلس المدينة يقر خطة الميناء الجديدة", "خبرگزاری بندر | Bandar News Agency",
     " | Bandar News Agency"),
    ("ja", "市議会が港の新しい整備計画を可決", "港湾新聞 | Port Shimbun", " - Port Shimbun"),
    ("el", "Το συμβούλιο ενέκρινε το νέο σχέδιο του λιμανιού", "Λιμάνι Σήμερα | Limani Today",
     " | Limani Today"),
    ("ru", "Горсовет утвердил новый план порта", "Портовые вести — Port News", " | Port News"),
    ("de", "Stadtrat beschließt neuen Hafenplan nach langer Debatte",
     "Hafenbote · Nachrichten von der Küste", " | Nachrichten von der Küste"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "t", "site", "end"), TWO_NAMES)
def test_fixed_title_ending_in_either_of_two_site_names_is_cut(
    lang: str, t: str, site: str, end: str
) -> None:
    assert _title(og=t + end, site=site, lang=lang) == t


@pytest.mark.parametrize(("lang", "t", "site", "end"), TWO_NAMES)
def test_fixed_tab_ending_in_both_site_names_is_cut(lang: str, t: str, site: str, end: str) -> None:
    """The <title> ending in the meta's whole value, its two names each after a mark (5 of
    the 6 rows fail at c8812fd)."""
    assert _title(tab=f"{t} | {site}", site=site, lang=lang) == t


def test_section_beside_the_site_in_the_name_meta_names_no_site() -> None:
    """Guard: "Politik - Hafenkurier" in og:site_name (a section page's title left in the
    meta) makes no site of "Politik": the section prefix every title states stays."""
    t = f"Politik: {STORIES['de'][0]}"
    got = _title(og=t, headline=t, heading=f"<h1>{t}</h1>", site=f"Politik - {SITE}")
    assert got == t


def test_two_word_name_meta_part_too_short_names_no_site() -> None:
    """Guard: a part of the name meta shorter than four letters ("HK") cuts nothing."""
    t = "Stadtrat beschließt neuen Hafenplan - HK"
    assert _title(og=t, headline=t, site="HK | Hafenkurier") == t


# A kicker run into the headline by markup alone, on a page without h1.
KICKER = "Hafenstreit"
HEADLINE = "Stadtrat stimmt dem neuen Hafenplan zu"


def test_fixed_marked_title_block_with_run_in_kicker_reads_apart() -> None:
    """A title block ("post__title") of a kicker span and the headline run together: the
    reader sees two words where the markup has none ("HafenstreitStadtrat" before)."""
    block = f'<div class="post__title"><span>{KICKER}</span>{HEADLINE}</div>'
    got = _title(heading=block, tab=f"{KICKER} {HEADLINE} - {SITE}", site=SITE)
    assert got == f"{KICKER} {HEADLINE}"


def test_fixed_marked_title_block_keeps_the_og_title_marks() -> None:
    """og:title (its label cut) states the block's words with a mark between kicker and
    headline: it is the title, the block confirming it."""
    block = f'<div class="post__title"><span>{KICKER}</span>{HEADLINE}</div>'
    got = _title(
        heading=block,
        og=f"VIDEO: {KICKER} / {HEADLINE}",
        tab=f"{KICKER} {HEADLINE} - {SITE}",
        site=SITE,
    )
    assert got == f"{KICKER} / {HEADLINE}"


def test_fixed_h2_with_run_in_kicker_found_by_a_titles_lead() -> None:
    """No site name known (no meta, not the host's): og:title and <title> end in
    " · Nordlicht Bote", and the h2 shows the part before it, its kicker run in by markup:
    the title is that part."""
    h2 = f"<h2><span>{KICKER}</span>{HEADLINE}</h2>"
    name = "Nordlicht Bote"
    got = _title(
        heading=h2, og=f"{KICKER} {HEADLINE} · {name}", tab=f"{KICKER} {HEADLINE} · {name}"
    )
    assert got == f"{KICKER} {HEADLINE}"


def test_h1_with_run_in_kicker_unchanged() -> None:
    """Guard: an h1 so set was read apart before (`heading_text`)."""
    h1 = f"<h1><small>{KICKER}</small>{HEADLINE}</h1>"
    assert _title(heading=h1, tab=SITE, site=SITE) == HEADLINE


# og:title (and twitter:title) a template left as a name, not the article's headline: a
# section's, a series', a page's, in the page's language.
NAMES = (
    ("de", "Lokales"),
    ("de", "Der Küsten-Podcast"),
    ("de", "Startseite"),
    ("en", "Opinion"),
    ("fr", "Chroniques"),
    ("pl", "Wiadomości"),
    ("ru", "Колонки"),
    ("ja", "港湾ラジオ"),
)


@pytest.mark.parametrize(("lang", "name"), NAMES)
def test_fixed_og_title_of_a_name_yields_to_the_headline(lang: str, name: str) -> None:
    """og:title and twitter:title a short name sharing no word with the h1 and the
    <title>, which state the headline: the headline."""
    t = STORIES[lang][0] if lang in STORIES else STORIES["de"][0]
    page = _page(heading=f"<h1>{t}</h1>", og=name, tab=f"{t} | {SITE}", lang=lang)
    page = page.replace("</head>", f'<meta name="twitter:title" content="{name}"></head>')
    assert extract_article(page, URL).title == t


@pytest.mark.parametrize(("lang", "name"), NAMES)
def test_fixed_og_title_of_a_name_and_the_site_yields_to_the_json_ld(lang: str, name: str) -> None:
    """og:title "Name | Site", only the JSON-LD headline beside it: the headline."""
    t = STORIES[lang][0] if lang in STORIES else STORIES["de"][0]
    assert _title(og=f"{name} | {SITE}", headline=t, site=SITE, lang=lang) == t


@pytest.mark.parametrize(
    ("og", "heading", "tab", "want"),
    [
        # a short social line sharing the story's words: still og:title, as before
        # (beside the h1 alone: where the <title> states the h1 too, the two are the
        # headline, test_extract_titles_social28)
        ("Stadtrat sagt Ja", f"<h1>{STORIES['de'][0]}</h1>", None, "Stadtrat sagt Ja"),
        # nothing else states a headline: the name is all the page gives
        ("Lokales", "", None, "Lokales"),
        ("Küsten-Podcast", "", SITE, "Küsten-Podcast"),
        # a line in a script without spaces longer than a name: a rewrite, kept
        (
            "港の整備計画、議会が承認したと発表",
            "<h1>市長が新しい橋の建設を表明</h1>",
            None,
            "港の整備計画、議会が承認したと発表",
        ),
        # five words or more are no name (a slogan is `home_title`'s)
        (
            "Nachrichten aus Kiel und Umgebung",
            f"<h1>{STORIES['de'][0]}</h1>",
            None,
            "Nachrichten aus Kiel und Umgebung",
        ),
    ],
)
def test_og_title_kept_where_no_name(og: str, heading: str, tab: str | None, want: str) -> None:
    assert _title(og=og, heading=heading, tab=tab, site=SITE if tab else None) == want


# A headline of 90 to 110 characters: the length a JSON-LD headline is cut at, where a
# longer h1 going on with more words was read as the uncut title.
LONG = (
    "Stadtrat beschließt nach monatelangem Streit den neuen Hafenplan mit knapper Mehrheit "
    "der Stimmen"
)


@pytest.mark.parametrize("shape", SUBTITLED)
def test_fixed_subtitle_in_the_h1_continues_no_long_title(shape: str) -> None:
    """og:title, the JSON-LD headline and the <title> state a headline of ~100 characters,
    the h1 shows it with its subtitle after it: the subtitle is no continuation."""
    s = STORIES["de"][1]
    got = _title(heading=shape.format(t=LONG, s=s), og=LONG, headline=LONG, tab=f"{LONG} | {SITE}")
    assert got == LONG


def test_fixed_kicker_and_subtitle_in_the_h1_keep_og_title_whole() -> None:
    """An h1 of a kicker run into the headline and a closing subtitle, og:title stating
    kicker and headline: og:title as the h1 shows it (the subtitle no part of the h1's text)."""
    t, s = STORIES["de"]
    heading = f'<h1><span>Hafenstreit</span>{t} <span class="entry-subtitle">{s}</span></h1>'
    got = _title(heading=heading, og=f"Hafenstreit / {t}", headline=t, tab=f"{t} | {SITE}")
    assert got == f"Hafenstreit / {t}"


def test_og_title_of_a_name_leaves_the_h1_over_a_differing_headline() -> None:
    """Guard: og:title a section's name, the JSON-LD headline and the h1 inside the
    article two different lines: the h1, as where og:title, the headline and the h1 are
    three titles (`_framed_over_split`; left out as a name, og:title no longer splits them
    itself)."""
    t = STORIES["de"][0]
    got = _title(
        og="Lokales",
        headline="Neuer Hafenplan: Rat stimmt nach Debatte zu",
        heading=f"<h1>{t}</h1>",
    )
    assert got == t
