"""Review of title-21's paid badges (issue 10, session 21): what a badge's look-alike keeps.

A paid article's badge is an icon's text set apart beside the headline. Its look-alikes
are the headline's own: a streaming service's or a language's name with a plus sign set
in stressed type ("<em>Canal+</em>", "<b>RTL+</b>"), a name's last word in a plain
element ("Apple <span>TV+</span>"), a paywall word stressed as the headline's ("mit
<b>Plus</b>"), a euro sign after an amount in words ("1,5 Mio. €", "100k €"), a short word
set apart before a capital ("<b>in</b>Berlin": two words, unlike "<span>i</span>Phone").
Every page here is invented: words, markup, site names and hosts.
"""

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

URL = "https://www.hafenkurier.example/politik/stadtrat-hafenplan-a-123.html"
SITE = "Hafenkurier"
STORY = "<p>Der Rat hat lange beraten und dann mit großer Mehrheit entschieden, hieß es.</p>" * 3


def _title(
    heading: str = "",
    og: str | None = None,
    tab: str | None = SITE,
    headline: str | None = None,
    lang: str = "de",
) -> str | None:
    head = [f"<title>{tab}</title>"] if tab is not None else []
    if og is not None:
        head.append(f'<meta property="og:title" content="{og}">')
    head.append(f'<meta property="og:site_name" content="{SITE}">')
    if headline is not None:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline}
        head.append(
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
    page = (
        f'<html lang="{lang}"><head>{"".join(head)}</head>'
        f"<body><article>{heading}{STORY}</article></body></html>"
    )
    return extract_article(page, URL).title


# (lang, h1's inner markup): a name or word with a badge's look in the headline's own markup
NAMES_IN_MARKUP = (
    ("de", "Neue Serien im Herbst bei <em>RTL+</em>"),
    ("fr", "Les droits de la Ligue 1 reviennent à <em>Canal+</em>"),
    ("fr", "<em>Canal+</em> perd les droits de la Ligue 1"),
    ("de", "<b>RTL+</b> zeigt eine neue Hafen-Serie im Herbst"),
    ("en", "New harbour drama is coming to Apple <span>TV+</span>"),
    ("de", "Sparen beim Einkauf im Hafen mit <b>Plus</b>"),
    ("en", "Why harbour shoppers now pay a <strong>Premium</strong>"),
    ("en", "<a href='/tag/plus'>Plus</a> size fashion returns to the harbour"),
    ("de", "Sparen beim Einkauf im Hafen mit <b class='text-block'>Plus</b>"),
)


def _text(inner: str) -> str:
    import lxml.html

    return lxml.html.fragment_fromstring(f"<h1>{inner}</h1>").text_content()


@pytest.mark.parametrize(("lang", "inner"), NAMES_IN_MARKUP)
def test_fixed_a_name_in_the_headlines_markup_stays(lang: str, inner: str) -> None:
    """A stressed element (em, b, strong, a) is a word of the headline unless its class
    says it is a badge; a plain element after the headline's text only where marked."""
    want = _text(inner)
    assert _title(heading=f"<h1>{inner}</h1>", lang=lang) == want
    assert _title(heading=f"<h1>{inner}</h1>", og=want, tab=f"{want} | {SITE}", lang=lang) == want


@pytest.mark.parametrize(
    "inner",
    [
        '<b class="badge-plus">RTL+</b> Stadtrat beschließt neuen Hafenplan',
        'Stadtrat beschließt neuen Hafenplan <span class="icon">HK+</span>',
        'Stadtrat beschließt neuen Hafenplan <span aria-hidden="true">🔒</span>',
        "<span>Z+</span> Stadtrat beschließt neuen Hafenplan",
    ],
)
def test_a_badge_set_apart_still_goes(inner: str) -> None:
    """Guard: a badge whose class or place says so is still no part of the headline."""
    assert _title(heading=f"<h1>{inner}</h1>") == "Stadtrat beschließt neuen Hafenplan"


# Headlines closing with a euro sign after an amount in words: the sign is the amount's.
AMOUNTS = (
    "Neuer Hafen kostet 1,5 Mio. €",
    "Defizit der Hafenbetriebe steigt auf 3 Mrd. €",
    "Hafen-Gehälter steigen auf über 100k €",
    "Neue Kaimauer: Kosten von 2,4 Millionen €",
)


@pytest.mark.parametrize("h", AMOUNTS)
def test_fixed_euro_sign_after_an_amount_in_words_stays(h: str) -> None:
    assert _title(heading=f"<h1>{h}</h1>", og=h, tab=f"{h} | {SITE}", headline=h) == h
    assert _title(og=h, tab=f"{h} | {SITE}") == h
    other = "Der Hafen wird teurer als geplant"
    assert _title(heading=f"<h1>{other}</h1>", og=h, tab=f"{h} | {SITE}") == h


@pytest.mark.parametrize("h", AMOUNTS)
def test_fixed_euro_element_after_an_amount_in_words_stays(h: str) -> None:
    inner = h.removesuffix(" €") + " <span>€</span>"
    assert _title(heading=f"<h1>{inner}</h1>") == h


def test_fixed_euro_sign_the_heading_shows_stays() -> None:
    """A euro sign closing every title and shown in the h1's text is the headline's."""
    h = "Hafenfähre: Tickets kosten jetzt fünf €"
    assert _title(heading=f"<h1>{h}</h1>", og=h, headline=h) == h


@pytest.mark.parametrize(
    ("inner", "want"),
    [
        ("Streik <b>in</b>Berlin legt den Hafen lahm", "Streik in Berlin legt den Hafen lahm"),
        ("Neue Fähre fährt <b>ab</b>Montag zum Hafen", "Neue Fähre fährt ab Montag zum Hafen"),
        ("Der Hafen verkauft auf <b>e</b>Bay alte Kräne", "Der Hafen verkauft auf eBay alte Kräne"),
    ],
)
def test_fixed_a_short_word_set_apart_before_a_capital(inner: str, want: str) -> None:
    """A word of two letters run into the next by markup is a word ("in Berlin"); a single
    small letter is a word's start ("eBay")."""
    assert _title(heading=f"<h1>{inner}</h1>") == want


# A headline's last part after a dash whose common noun is the host's name in another
# script ("λιμάνι" on limani.example, "пристанище" on pristanishte.example): a clause of the
# headline, its noun in small letters; a name of the site's is capitalised ("Λιμάνι Σήμερα").
# (lang, host, title)
NOUN_LIKE_HOST = (
    ("el", "limani.example", "Απεργία των ναυτεργατών σήμερα - Κλειστό το λιμάνι"),
    ("el", "limani.example", "Απεργία στο λιμάνι - Κλειστό το λιμάνι σήμερα"),
    ("bg", "pristanishte.example", "Стачка на докерите - Затворено пристанище"),
    ("sr", "pristaniste.example", "Штрајк докера - Затворено пристаниште"),
    ("en", "nation.example", "Wildfire in the hills - A nation in mourning"),
)


@pytest.mark.parametrize(("lang", "host", "h"), NOUN_LIKE_HOST)
def test_fixed_a_clause_ending_in_the_hosts_word_stays(lang: str, host: str, h: str) -> None:
    page = (
        f'<html lang="{lang}"><head><title>{h}</title>'
        f'<meta property="og:title" content="{h}"></head>'
        f"<body><article><h1>{h}</h1>{STORY}</article></body></html>"
    )
    assert extract_article(page, f"https://www.{host}/a-123.html").title == h


@pytest.mark.parametrize(
    ("lang", "host", "name"),
    [
        ("el", "limani.example", "Το Λιμάνι Σήμερα"),
        ("bg", "pristanishte.example", "Новото Пристанище"),
    ],
)
def test_a_capitalised_name_of_the_host_still_goes(lang: str, host: str, name: str) -> None:
    """Guard: the site's name of a few words, its host's word capitalised, is cut."""
    h = "Νέο σχέδιο για το λιμάνι εγκρίθηκε" if lang == "el" else "Общината прие нов план"
    page = (
        f'<html lang="{lang}"><head><title>{h} - {name}</title>'
        f'<meta property="og:title" content="{h} - {name}"></head>'
        f"<body><article><h1>{h}</h1>{STORY}</article></body></html>"
    )
    assert extract_article(page, f"https://www.{host}/a-123.html").title == h
