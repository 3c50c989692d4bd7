"""Titles on publishers never seen: a paper's name its host spells by the first letters of
its words, and a date in brackets at a title's end or start (issue 10).

Every page here is invented: words, markup, hosts and site names. Rows marked "(guard)" pass
before and after (what a rule must not change); the others failed before this module's rules
(`site._syllables_spelt`, the edition words "heute"/"today", `titlepartdates.unbracket_dates`).
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.tab_titles import tab_page, tab_title

# --- 1. a paper's name its host spells by its words' first letters ------------------------

SPELT = [
    # (headline, site's name as the title prints it, url)
    pytest.param(
        "Brand i hamnen i natt", "Sundsvalls Dagbladet", "https://www.sud.example/a/1", id="sv"
    ),
    pytest.param(
        "Brann i havna i natt", "Vestfold Posten", "https://www.vepo.example/a/1", id="nb"
    ),
    pytest.param(
        "Brand im Hafen gelöscht", "Kieler Stadt-Anzeiger", "https://kista.example/x/1", id="de-h"
    ),
    pytest.param(
        "Brand im Hafen gelöscht", "Bremer Abendpost", "https://www.abpo.example/x/1", id="de-syl"
    ),
    pytest.param(
        "Brand im Hafen gelöscht",
        "Lübecker Tageszeitung",
        "https://luetaz.example/x/1",
        id="de-umlaut",
    ),
    pytest.param("Storm hits the coast", "Harbour Herald", "https://hah.example/a/1", id="en"),
    pytest.param(
        "Storm hits the coast", "Northfield Courier", "https://nocour.example/a/1", id="en-syl"
    ),
]


@pytest.mark.parametrize(("headline", "name", "url"), SPELT)
@pytest.mark.parametrize("shape", ["{h} | {n}", "{h} - {n}", "{n} | {h}"])
def test_a_paper_name_the_host_spells_by_first_letters_is_cut(
    headline: str, name: str, url: str, shape: str
) -> None:
    lang = "sv" if "hamnen" in headline else "nb" if "havna" in headline else "de"
    assert tab_title(shape.format(h=headline, n=name), url, lang=lang) == headline


NOT_SPELT = [
    # a last part that is the headline's own phrase, not a paper's name
    pytest.param("Streit im Rat | Fall Zwei", "https://faz.example/x/1", id="no-paper-noun"),
    pytest.param(
        "Brand im Hafen – Starke Rauchentwicklung", "https://strau.example/x/1", id="phrase"
    ),
    pytest.param("Streit im Rat | Keine Post", "https://kepo.example/x/1", id="opener"),
    pytest.param("Streit im Rat | Ärger bei der Post", "https://arbdp.example/x/1", id="lowercase"),
    pytest.param(
        "Streit im Rat | Kieler Tageszeitung", "https://hzt.example/x/1", id="other-letters"
    ),
    pytest.param("Council row - Strong Herald", "https://www.nsh.example/a/1", id="en-other"),
]


@pytest.mark.parametrize(("title", "url"), NOT_SPELT)
def test_a_part_the_host_does_not_spell_stays(title: str, url: str) -> None:
    """(guard)"""
    assert tab_title(title, url) == title


EDITIONS = [
    pytest.param("Brand im Hafen gelöscht - KZheute", "https://www.kz.example/x/1", id="de"),
    pytest.param("Storm hits the coast | KZ Today", "https://kz.example/a/1", id="en"),
]


@pytest.mark.parametrize(("title", "url"), EDITIONS)
def test_a_site_name_with_a_news_show_word_is_cut(title: str, url: str) -> None:
    head = title.split(" - ")[0].split(" | ")[0]
    assert tab_title(title, url) == head


# --- 2. a date in brackets at either end --------------------------------------------------

SITE_NAME = '<meta property="og:site_name" content="海辺新聞">'
DATED = [
    pytest.param("港で火災、3人けが（2026年1月13日）", id="ja-year"),
    pytest.param("【1月13日】港で火災、3人けが", id="ja-lead"),
    pytest.param("港で火災、3人けが【１月１３日(火)】", id="ja-wide-weekday"),
    pytest.param("港で火災、3人けが（2026年1月13日）｜海辺新聞", id="ja-before-site"),
    pytest.param("港で火災、3人けが［1月13日 10時30分］", id="ja-clock"),
]


@pytest.mark.parametrize("title", DATED)
@pytest.mark.parametrize("where", ["title", "h1"])
def test_a_date_in_brackets_at_an_end_is_cut(title: str, where: str) -> None:
    kw = {"h1": title} if where == "h1" else {}
    url = "https://umibe.example.jp/a/123"
    assert tab_title(title, url, head=SITE_NAME, lang="ja", **kw) == "港で火災、3人けが"


def test_a_latin_date_in_brackets_at_the_end_is_cut() -> None:
    url = "https://harbour.example/a/1"
    assert tab_title("Storm hits the coast (5 December 2026)", url, lang="en") == (
        "Storm hits the coast"
    )


KEPT = [
    pytest.param("港で火災、3人けが（1月13日の会見）", id="more-than-a-date"),
    pytest.param("1月13日に港で火災、3人けが", id="date-in-headline"),
    pytest.param("港で火災（1月13日）から一夜、住民が片付け", id="bracket-inside"),
    pytest.param("火災（1月13日）", id="too-short"),
]


@pytest.mark.parametrize("title", KEPT)
def test_a_date_that_is_the_headline_s_own_stays(title: str) -> None:
    """(guard)"""
    url = "https://umibe.example.jp/a/123"
    assert tab_title(title, url, head=SITE_NAME, lang="ja") == title


# --- 3. a leading label that is the page's own section -------------------------------------


def _sectioned(
    og: str, section: str | None, *, h1: str | None = None, lang: str = "de", url: str = ""
) -> str | None:
    head = f'<meta property="og:title" content="{og}">'
    if section:
        head += f'<meta property="article:section" content="{section}">'
    url = url or "https://kz.example/a/brand-123"
    return extract_article(tab_page(og + " | KZ", h1=h1, head=head, lang=lang), url).title


LABELLED = [
    # (og:title, the page's article:section, headline, language)
    pytest.param("Panorama - Brand in Kiel", "Panorama", "Brand in Kiel", "de", id="de-dash"),
    pytest.param("Wirtschaft | Werft schließt", "Wirtschaft", "Werft schließt", "de", id="de-bar"),
    pytest.param(
        "Politik: Warum der Rat streitet", "Politik", "Warum der Rat streitet", "de", id="de-colon"
    ),
    pytest.param(
        "Vermischtes – Möwe stiehlt Eis", "vermischtes", "Möwe stiehlt Eis", "de", id="de-case"
    ),
    pytest.param("Inrikes: Bron öppnar igen", "Inrikes", "Bron öppnar igen", "sv", id="sv"),
    pytest.param(
        "Local news - Ferry returns to harbour",
        "Local News",
        "Ferry returns to harbour",
        "en",
        id="en",
    ),
]


@pytest.mark.parametrize(("og", "section", "headline", "lang"), LABELLED)
def test_a_leading_label_that_is_the_page_s_section_is_cut(
    og: str, section: str, headline: str, lang: str
) -> None:
    assert _sectioned(og, section, lang=lang) == headline


def test_a_section_given_by_json_ld_cuts_its_label() -> None:
    ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "articleSection": "Panorama"}'
    head = '<meta property="og:title" content="Panorama - Brand in Kiel">'
    head += f'<script type="application/ld+json">{ld}</script>'
    url = "https://kz.example/a/brand-123"
    page = tab_page("Panorama - Brand in Kiel | KZ", head=head)
    assert extract_article(page, url).title == "Brand in Kiel"


SECTION_KEPT = [
    # (og:title, section, h1, url): what is the headline's own and stays (guard)
    pytest.param("Politik: Warum der Rat streitet", "Wirtschaft", None, "", id="other-section"),
    pytest.param("Politik: Warum der Rat streitet", None, None, "", id="no-section"),
    pytest.param(
        "Kiel: Stadtrat beschließt Haushalt",
        None,
        None,
        "https://kz.example/kiel/haushalt-123",
        id="url-only",
    ),
    pytest.param("Politik muss jetzt handeln", "Politik", None, "", id="no-mark"),
    pytest.param("Politik: Nein", "Politik", None, "", id="too-short"),
    pytest.param(
        "Panorama - Brand in Kiel", "Panorama", "Panorama - Brand in Kiel", "", id="h1-shows-it"
    ),
    pytest.param("Brand in Kiel - Panorama bleibt", "Panorama", None, "", id="not-leading"),
]


@pytest.mark.parametrize(("og", "section", "h1", "url"), SECTION_KEPT)
def test_a_leading_part_that_is_not_the_stated_section_stays(
    og: str, section: str | None, h1: str | None, url: str
) -> None:
    """(guard)"""
    assert _sectioned(og, section, h1=h1, url=url) == og
