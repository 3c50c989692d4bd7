"""Review of session 24's title rules (tests/test_extract_titles_unseen24.py) on invented
pages that attack them (issue 10): what a site never seen writes where a rule fires.

- A date after a comma before the cut site's name goes only where no weekday precedes the
  comma: "Wahl am Sonntag, 13. Mai 2026 | Site" is the headline's date.
- A one-word site name joined by a bare dash stays where the page's h1 shows the compound
  ("Mecklenburg-Vorpommern" on vorpommern.example, its slug cut short before "vorpommern").
- A <title> of the site's name and a line sharing no word with the h1 is the home page's
  only beside an h1 that is a headline: an h1 "Politik" or "国际新闻" (a section's) shares
  no word with the <title>'s headline either; CJK lines are compared by character pairs
  ("新港口计划获市议会通过" and "市议会通过新港口计划..." share "港口").
- An og:title's mark between words is read as "A: B" only where the others set a colon or
  a dash there, not where they drop the mark ("Ich ♥ Kiel" is no "Ich Kiel").
- A lone twitter:title yields to an h1 the <title> states only where the h1 is no
  section's name under half its length ("Politik").

At title-24 (666cd864) every row here fails but "de-bars-between-words-still-a-colon", a
guard of the marks rule itself (which fails at d145a176, where every other row passes).
Every page is invented.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

STORY = {
    "de": "Der Rat hat lange beraten und dann mit großer Mehrheit entschieden, sagten Beamte am Dienstag im Rathaus.",
    "en": "The council debated for a long time and then decided with a large majority, officials said on Tuesday.",
    "fr": "Le conseil a longuement débattu puis a décidé à une large majorité, ont indiqué mardi des responsables.",
    "zh": "市议会经过长时间讨论后以多数票通过了该计划，官员周二在市政厅表示。",
}


def _page(
    lang: str,
    h1: str | None = None,
    tab: str | None = None,
    og: str | None = None,
    tw: str | None = None,
    site: str | None = None,
    headline: str | None = None,
) -> str:
    """An article page: its head's title sources, an h1 inside <article> if given."""
    head = ['<meta charset="utf-8">']
    head += [f"<title>{tab}</title>"] if tab is not None else []
    for attr, key, value in (
        ("property", "og:title", og),
        ("property", "og:site_name", site),
        ("name", "twitter:title", tw),
    ):
        if value is not None:
            head.append(f'<meta {attr}="{key}" content="{value.replace(chr(34), "&quot;")}">')
    if headline is not None:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline}
        head.append(
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
    story = f"<p>{STORY[lang.split('-')[0]]}</p>" * 4
    heading = f"<header><h1>{h1}</h1></header>" if h1 is not None else ""
    return (
        f'<!doctype html><html lang="{lang}"><head>{"".join(head)}</head><body><main>'
        f"<article>{heading}<div class='body'>{story}</div></article></main></body></html>"
    )


K = "https://www.hafenkurier.de/politik/artikel-4711.html"
T = "Stadtrat beschließt neuen Hafenplan für die Altstadt"
WAHL = "Wahl am Sonntag, 13. Mai 2026"
VOTE = "Council vote set for Tuesday, May 13, 2026"
FETE = "Élections municipales : rendez-vous le dimanche, 13 mai 2026"
MV = "Neuer Landtag für Mecklenburg-Vorpommern"
MV_URL = "https://www.vorpommern.example/politik/neuer-landtag-fuer-mecklenburg/"
ZH = "市议会通过新港口计划明年动工"
ZH_URL = "https://www.haibin.example/news/2026/05/13/123.html"

ROWS = [
    # --- a date the headline ends in, after its weekday and a comma ---
    ("de-weekday-date-tab-only", _page("de-DE", tab=f"{WAHL} | Hafenkurier"), K, WAHL),
    ("de-weekday-date-dash", _page("de-DE", tab=f"{WAHL} - Hafenkurier"), K, WAHL),
    (
        "de-weekday-date-og-and-tab",
        _page("de-DE", tab=f"{WAHL} | Hafenkurier", og=f"{WAHL} | Hafenkurier", site="Hafenkurier"),
        K,
        WAHL,
    ),
    (
        "en-weekday-date-tab-only",
        _page("en", tab=f"{VOTE} | Portside Pulse", site="Portside Pulse"),
        K,
        VOTE,
    ),
    ("fr-weekday-date-tab-only", _page("fr", tab=f"{FETE} - Le Quai", site="Le Quai"), K, FETE),
    # --- a compound the h1 shows, its slug cut short before the site-like word ---
    ("de-compound-h1-slug-cut", _page("de-DE", h1=MV, tab=MV), MV_URL, MV),
    (
        "de-compound-h1-og-slug-cut",
        _page("de-DE", h1=MV, tab=f"{MV} | Vorpommern", og=MV, site="Vorpommern", headline=MV),
        MV_URL,
        MV,
    ),
    # --- a site-first <title> beside an h1 that is a section's name, or a CJK headline ---
    (
        "de-section-h1-site-first-tab",
        _page("de-CH", h1="Politik", tab=f"Seeblatt - {T}", site="Seeblatt"),
        "https://www.seeblatt.ch/region/artikel-123",
        T,
    ),
    (
        "de-kicker-h1-site-first-tab",
        _page("de-CH", h1="Kommentar", tab=f"Seeblatt | {T}", site="Seeblatt"),
        "https://www.seeblatt.ch/region/artikel-123",
        T,
    ),
    (
        "zh-section-h1-site-first-tab",
        _page("zh", h1="国际新闻", tab="海滨网 - 市议会通过新港口计划", site="海滨网"),
        ZH_URL,
        "市议会通过新港口计划",
    ),
    (
        "zh-shorter-h1-site-first-tab",
        _page("zh", h1="市议会通过新港口计划", tab=f"海滨网 - {ZH}", site="海滨网"),
        ZH_URL,
        ZH,
    ),
    # --- marks the other sources drop, not a colon's place ---
    (
        "de-heart-others-drop-it",
        _page(
            "de-DE",
            h1="Ich Kiel: Die Aktion geht weiter",
            og="Ich ♥ Kiel: Die Aktion geht weiter",
            headline="Ich Kiel: Die Aktion geht weiter",
        ),
        K,
        "Ich ♥ Kiel: Die Aktion geht weiter",
    ),
    (
        "de-power-marks-others-drop-them",
        _page(
            "de-DE",
            h1="Warum 2 10 = 1024 ist",
            og="Warum 2 ** 10 = 1024 ist",
            headline="Warum 2 10 = 1024 ist",
        ),
        K,
        "Warum 2 ** 10 = 1024 ist",
    ),
    (
        "de-bars-between-words-still-a-colon",
        _page(
            "de-DE",
            h1="Sturmflut an der Nordsee: Alle Entwicklungen im Ticker",
            og="|| Sturmflut an der Nordsee || Alle Entwicklungen im Ticker",
            headline="Sturmflut an der Nordsee: Alle Entwicklungen im Ticker",
        ),
        K,
        "Sturmflut an der Nordsee: Alle Entwicklungen im Ticker",
    ),
    # --- a lone twitter:title beside a section's h1 the <title> states ---
    ("de-twitter-beside-section-h1", _page("de-DE", h1="Politik", tab="Politik", tw=T), K, T),
]


@pytest.mark.parametrize(("page", "url", "expected"), [pytest.param(*r[1:], id=r[0]) for r in ROWS])
def test_review_title(page: str, url: str, expected: str) -> None:
    assert extract_article(page, url).title == expected
