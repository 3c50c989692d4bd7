"""Review of session 20's title rules (issue 10): invented pages an unseen site may serve.

An og:title left out as a template's name (`title._only_a_name`) where it is a short
headline: one the h1 shows at its start ("Ja zum AKW", its words all under four letters),
one with a score or a question ("3:1 gegen Bayern"); a subtitle element whose class
names a lead before a wrapper's word ("article-vorspann-wrapper"). Every page, word,
site name and host here is invented. Rows named "fixed" fail at fd0bdd8.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://www.hafenkurier.example/politik/stadtrat-hafenplan-a-123.html"
SITE = "Hafenkurier"
STORY = "<p>Der Rat hat lange beraten und dann mit großer Mehrheit entschieden, hieß es.</p>" * 3


def _title(heading: str, og: str | None = None, lang: str = "de") -> str | None:
    head = f"<title>{SITE}</title><meta property='og:site_name' content='{SITE}'>"
    head += f"<meta property='og:title' content='{og}'>" if og is not None else ""
    page = (
        f'<html lang="{lang}"><head>{head}</head>'
        f"<body><article>{heading}{STORY}</article></body></html>"
    )
    return extract_article(page, URL).title


@pytest.mark.parametrize(
    ("og", "h1", "lang"),
    [
        # og:title shown at the h1's start: the headline, its words all short
        ("Ja zum AKW", "Ja zum AKW – Bund stimmt dem Neubau am Hafen zu", "de"),
        ("Ja zur EU", "Ja zur EU: Wähler stimmen mit großer Mehrheit", "de"),
        # a score, a figure, a question: a headline's signs, no section's name
        ("3:1 gegen Bayern", "Werder siegt beim Rekordmeister nach großem Kampf", "de"),
        ("Steuer runter?", "Regierung berät über Entlastung der Familien", "de"),
        ("Rates up 0.5%", "Central bank moves as inflation stays high again", "en"),
    ],
)
def test_fixed_short_og_headline_is_no_name(og: str, h1: str, lang: str) -> None:
    """og:title a short headline (the title before these rules), the h1 a longer line."""
    assert _title(f"<h1>{h1}</h1>", og=og, lang=lang) == og


@pytest.mark.parametrize(
    ("og", "lang"), [("Lokales", "de"), ("Startseite", "de"), ("Opinion", "en")]
)
def test_name_still_yields_to_the_h1(og: str, lang: str) -> None:
    """Guard: a template's name sharing no word with the h1 yields to it."""
    h1 = "Stadtrat beschließt neuen Hafenplan nach langer Debatte"
    assert _title(f"<h1>{h1}</h1>", og=og, lang=lang) == h1


SUB = "Die Opposition kritisiert die Kosten von mehr als zwei Millionen Euro scharf"
HEAD = "Stadtrat beschließt neuen Hafenplan nach langer Debatte"


@pytest.mark.parametrize(
    "cls", ["article-vorspann-wrapper", "entry-subtitle-wrap", "c-article__dek-container"]
)
def test_fixed_subtitle_class_before_a_wrapper_word(cls: str) -> None:
    """An h1 ending in an element classed a subtitle inside a wrapper's name: the headline."""
    assert _title(f'<h1>{HEAD}<span class="{cls}">{SUB}</span></h1>') == HEAD


@pytest.mark.parametrize("cls", ["subtitle", "entry-subtitle"])
def test_subtitle_class_on_the_only_child_is_the_headline(cls: str) -> None:
    """Guard: an h1 whose only text is in an element classed a subtitle: that text."""
    assert _title(f'<h1><span class="{cls}">{HEAD}</span></h1>') == HEAD


@pytest.mark.parametrize("cls", ["wrapper", "subtitle-wrapper-open", "wrapper-subtitle-x"])
def test_no_subtitle_class_reads_the_whole_h1(cls: str) -> None:
    """Guard: a class that names no subtitle, or a subtitle before other words than a
    wrapper's: the h1 whole."""
    assert _title(f'<h1>Hafen: <span class="{cls}">{HEAD}</span></h1>') == f"Hafen: {HEAD}"


@pytest.mark.parametrize(
    ("heading", "og"),
    [
        # a word markup splits at a capital ("i" + "Phone", a highlight's "Hafen" + "Plan"),
        # og:title stating it joined: the word as og:title spells it, not set apart
        (
            '<div class="article-title"><span>i</span>Phone kommt nach Hamburg</div>',
            "iPhone kommt nach Hamburg",
        ),
        (
            '<div class="headline">Streit um den <mark>Hafen</mark>Plan in Kiel</div>',
            "Streit um den HafenPlan in Kiel",
        ),
        (
            '<h2 class="title">Streit um den <b>Hafen</b>Plan in Kiel</h2>',
            "Streit um den HafenPlan in Kiel | Hafenkurier",
        ),
    ],
)
def test_fixed_word_split_by_markup_kept_as_og_title_spells_it(heading: str, og: str) -> None:
    assert _title(heading, og=og) == og.split(" | ")[0]


@pytest.mark.parametrize(
    ("heading", "og", "want"),
    [
        # a kicker run into the headline, og:title stating it after a mark: set apart
        (
            '<div class="article-title"><span>Hafen</span>Stadtrat stimmt dem Plan zu</div>',
            "Hafen: Stadtrat stimmt dem Plan zu",
            "Hafen: Stadtrat stimmt dem Plan zu",
        ),
        (
            '<div class="article-title"><span>Hafen</span>Stadtrat stimmt dem Plan zu</div>',
            "Stadtrat stimmt dem Plan zu | Hafenkurier",
            "Stadtrat stimmt dem Plan zu",
        ),
    ],
)
def test_kicker_run_into_the_headline_still_read_apart(heading: str, og: str, want: str) -> None:
    """Guard: a kicker run into the headline by markup, og:title not spelling it joined."""
    assert _title(heading, og=og) == want


@pytest.mark.parametrize("kicker", ["kicker", "article__overline", "dachzeile", "c-eyebrow"])
@pytest.mark.parametrize("cls", ["headline-subtitle", "title-summary"])
def test_fixed_kicker_before_a_subtitle_classed_headline(kicker: str, cls: str) -> None:
    """An h1 of a kicker's element and the headline in an element whose class ends in a
    subtitle's or lead's word: the headline, not the kicker."""
    h1 = f'<h1><span class="{kicker}">Hafenstreit</span><span class="{cls}">{HEAD}</span></h1>'
    assert _title(h1) == HEAD


def _framed_page(body: str, og: str) -> str:
    head = f"<title>{SITE}</title><meta property='og:site_name' content='{SITE}'>"
    head += f"<meta property='og:title' content='{og}'>"
    return f'<html lang="de"><head>{head}</head><body>{body}</body></html>'


BANNER = "Nachrichten aus Kiel und der ganzen Region"
TOP = f"<header><h1>{BANNER}</h1></header>"


@pytest.mark.parametrize(
    "body",
    [
        f"{TOP}<article><h2>Hafenplan beschlossen</h2>{STORY}</article>",
        f"{TOP}<main>{STORY}</main>",
        f"<h1>{BANNER}</h1><article><p class='title'>Hafenplan beschlossen</p>{STORY}</article>",
    ],
)
def test_fixed_short_og_title_over_a_banner_h1_outside_the_article(body: str) -> None:
    """A short og:title sharing no word with an h1 outside the page's <article> or <main>
    (a banner's line): og:title, as at c8812fd (the banner's line was taken)."""
    page = _framed_page(body, "Hafenplan beschlossen")
    assert extract_article(page, URL).title == "Hafenplan beschlossen"


def test_name_yields_to_the_h1_inside_the_article() -> None:
    """Guard: a name in og:title beside an h1 inside the <article>, a banner h1 before it."""
    body = f"{TOP}<article><h1>{HEAD}</h1>{STORY}</article>"
    assert extract_article(_framed_page(body, "Lokales"), URL).title == HEAD
