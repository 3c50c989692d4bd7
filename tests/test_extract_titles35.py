"""Titles on publishers never seen (issue 10, session 35).

Every page here is invented: words, markup, hosts and site names. Rows marked "(guard)"
pass before and after (what the rules must not change); the others failed before.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import html
import json

import pytest

from newsarchive.extract import extract_article

TEXT = {
    "de": "Ein Absatz des Artikels, lang genug, um wie ein Text zu lesen. ",
    "en": "A paragraph of the article, long enough to read like a story. ",
    "fr": "Un paragraphe de l'article, assez long pour se lire comme un texte. ",
    "ja": "記事の段落で、本文として読めるほど長い文章です。",
}
URL = "https://www.abendpost.example/politik/a-123.html"


def _page(
    lang: str,
    *,
    tab: str | None = None,
    og: str | None = None,
    h1: str | None = None,
    headline: str | None = None,
    site: str | None = None,
) -> bytes:
    head = "<meta charset='utf-8'>"
    if tab is not None:
        head += f"<title>{html.escape(tab)}</title>"
    if og is not None:
        head += f'<meta property="og:title" content="{html.escape(og)}">'
    if site is not None:
        head += f'<meta property="og:site_name" content="{html.escape(site)}">'
    if headline is not None:
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline}
        head += f'<script type="application/ld+json">{json.dumps(data)}</script>'
    heading = f"<h1>{h1}</h1>" if h1 is not None else ""
    return (
        f"<html lang='{lang}'><head>{head}</head><body><article>{heading}"
        f"<p>{TEXT[lang] * 8}</p></article></body></html>"
    ).encode()


DE = "Bundestag beschließt neues Heizungsgesetz"


# A paid article's badge after a dash closing og:title and the <title> ("... - Plus"): the
# badge goes, and the dash before it with it (it was left: "Bundestag ... Heizungsgesetz -").
@pytest.mark.parametrize(
    ("og", "expected"),
    [
        pytest.param(f"{DE} - Plus", DE, id="dash-plus"),
        pytest.param(f"{DE} – Plus", DE, id="en-dash-plus"),
        pytest.param(f"{DE} - Abo", DE, id="dash-abo"),
        pytest.param(f"{DE} - F+", DE, id="dash-letter-plus"),
        pytest.param(f"{DE} — WELTplus", DE, id="em-dash-name-plus"),
        pytest.param(f"{DE} | Plus", DE, id="bar-plus (guard)"),
        # (no mark and no title stating the rest alone: the last word may be the headline's)
        pytest.param(f"{DE} Plus", f"{DE} Plus", id="no-mark-plus (guard)"),
        # a headline's own last word "Plus" after a colon, and a dash inside it, stay
        pytest.param("Bilanz der Stadtwerke: Ein deutliches Plus", "Bilanz der Stadtwerke: Ein deutliches Plus", id="word-plus (guard)"),
        pytest.param("Ost - West: Die Mauer in den Köpfen", "Ost - West: Die Mauer in den Köpfen", id="dash-inside (guard)"),
    ],
)  # fmt: skip
def test_a_closing_badge_goes_with_the_dash_before_it(og: str, expected: str) -> None:
    page = _page("de", og=og, tab=f"{og} | Abendpost", site="Abendpost")
    assert extract_article(page, URL).title == expected


EN = "Council backs new harbour plan after long debate"
EN2 = "Harbour plan: what the council's vote means for residents"
JA = "市議会が港の新しい整備計画を可決"


# An h1 holding the headline twice, once for wide screens and once for phones (each copy
# in an element of its own, the style showing one): the headline once. It read both where
# og:title is a rewrite or the <title> names only the site.
@pytest.mark.parametrize(
    ("lang", "h1", "expected"),
    [
        pytest.param("de", f"<span class='d-none d-md-inline'>{DE}</span><span class='d-md-none'>{DE}</span>", DE, id="de-spans"),
        pytest.param("en", f"<span class='desktop'>{EN}</span> <span class='mobile'>{EN}</span>", EN, id="en-spaced"),
        pytest.param("en", f"<a href='/x'><span class='lg'>{EN}</span><span class='sm'>{EN}</span></a>", EN, id="en-in-link"),
        pytest.param("ja", f"<span class='pc'>{JA}</span><span class='sp'>{JA}</span>", JA, id="ja-unspaced"),
        # a headline that repeats a short phrase of its own stays whole
        pytest.param("de", "<span>Tor!</span> <span>Tor!</span>", "Tor! Tor!", id="short-repeat (guard)"),
        pytest.param("en", f"<span>Harbour plan</span> <span>{EN}</span>", EN, id="kicker-and-headline (guard)"),
    ],
)  # fmt: skip
def test_a_headline_set_twice_in_its_h1_is_read_once(lang: str, h1: str, expected: str) -> None:
    page = _page(lang, tab="Abendpost", h1=h1)
    assert extract_article(page, URL).title == expected


def test_a_doubled_h1_beside_a_rewritten_og_title_and_its_headline() -> None:
    h1 = f"<span class='desktop'>{EN}</span><span class='mobile'>{EN}</span>"
    page = _page("en", og=EN2, tab=f"{EN2} | Harbour Times", h1=h1, headline=EN)
    assert extract_article(page, URL).title == EN


SLUG_URL = "https://www.abendpost.example/politik/bundestag-heizungsgesetz-123.html"


# A title field holding the URL's slug, not the headline ("bundestag-heizungsgesetz", a
# CMS's fallback where the editor left the field empty): small letters and digits joined
# by dashes, no space: no headline in any language, and the page's other titles tell it.
@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        pytest.param({"og": "bundestag-heizungsgesetz", "tab": f"{DE} | Abendpost", "h1": DE}, DE, id="og-slug-h1"),
        pytest.param({"og": "bundestag-heizungsgesetz-123", "tab": f"{DE} | Abendpost"}, DE, id="og-slug-tab"),
        pytest.param({"headline": "bundestag-heizungsgesetz-123", "tab": f"{DE} | Abendpost"}, DE, id="ld-slug-tab"),
        pytest.param({"headline": "bundestag_heizungsgesetz", "og": f"{DE} | Abendpost", "site": "Abendpost"}, DE, id="ld-underscored-og"),
        # a headline of a compound written with dashes, capitals or spaces in it, stays
        pytest.param({"og": "Merz-Söder-Streit eskaliert", "h1": "Merz-Söder-Streit eskaliert"}, "Merz-Söder-Streit eskaliert", id="compound (guard)"),
        pytest.param({"og": "Covid-19-Regeln", "tab": "Covid-19-Regeln | Abendpost"}, "Covid-19-Regeln", id="capital-compound (guard)"),
        pytest.param({"og": "Wetter-Bilanz-2026", "tab": "Wetter-Bilanz-2026 | Abendpost"}, "Wetter-Bilanz-2026", id="capital-dashed (guard)"),
    ],
)  # fmt: skip
def test_a_slug_in_a_title_field_is_no_title(fields: dict[str, str], expected: str) -> None:
    assert extract_article(_page("de", **fields), SLUG_URL).title == expected


RADWEGE = "Stadtrat streitet über neue Radwege in der Innenstadt"


# A paper's initials as its host's first part, a word after a dash ("sz-lokal", "hn-aktuell",
# "op-marburg"), and its name in full closing og:title: the name is the site's, as on a host
# of the initials alone ("hn.example") or before an edition word ("hn-online.example").
@pytest.mark.parametrize(
    ("host", "name", "expected"),
    [
        pytest.param("sz-lokal.example", "Sächsische Zeitung", RADWEGE, id="sz-lokal"),
        pytest.param("hn-aktuell.example", "Heilbronner Nachrichten", RADWEGE, id="hn-aktuell"),
        pytest.param("fnp-news.example", "Frankfurter Neue Presse", RADWEGE, id="fnp-news"),
        pytest.param("op-marburg.example", "Oberhessische Presse", RADWEGE, id="op-place"),
        pytest.param("hn.example", "Heilbronner Nachrichten", RADWEGE, id="initials-host (guard)"),
        pytest.param("hn-online.example", "Heilbronner Nachrichten", RADWEGE, id="initials-online (guard)"),
        # a name the initials do not spell stays
        pytest.param("sz-lokal.example", "Stadtrat Zeitz", f"{RADWEGE} | Stadtrat Zeitz", id="other-words (guard)"),
    ],
)  # fmt: skip
def test_a_host_of_initials_and_a_word_names_the_site(host: str, name: str, expected: str) -> None:
    page = _page("de", og=f"{RADWEGE} | {name}", tab=name)
    assert extract_article(page, f"https://www.{host}/lokales/radwege-123.html").title == expected


# ... and a kicker of a host's longer first part ("Rhein: ..." on rhein-zeitung) stays.
def test_a_kicker_of_a_hosts_first_word_stays() -> None:
    title = "Rhein: Pegel steigt weiter an"
    page = _page("de", og=title, tab=f"{title} | Rhein-Zeitung", h1=title)
    url = "https://www.rhein-zeitung.example/region/pegel-123.html"
    assert extract_article(page, url).title == title


# The site's name with its article ("Der Abendbote", "The Evening Post") before a colon
# opening the title: the name, as without the article ("Abendbote: ...") or before a bar.
@pytest.mark.parametrize(
    ("host", "tab", "expected"),
    [
        pytest.param("abendbote.example", f"Der Abendbote: {RADWEGE}", RADWEGE, id="de-der"),
        pytest.param("eveningpost.example", f"The Evening Post: {EN}", EN, id="en-the"),
        pytest.param("lejournal.example", "Le Journal: Le conseil vote le plan du port", "Le conseil vote le plan du port", id="fr-le-joined-host"),
        pytest.param("abendbote.example", f"Abendbote: {RADWEGE}", RADWEGE, id="no-article (guard)"),
        # an article before a word that is no site's name is the headline's own
        pytest.param("abendbote.example", f"Der Stadtrat: {RADWEGE}", f"Der Stadtrat: {RADWEGE}", id="other-name (guard)"),
    ],
)  # fmt: skip
def test_a_site_name_with_its_article_before_a_colon_goes(
    host: str, tab: str, expected: str
) -> None:
    page = _page("de", tab=tab, og=tab)
    assert extract_article(page, f"https://www.{host}/lokales/radwege-123.html").title == expected


# A site's name holding a spaced dash itself ("Abendpost - Kassel" on abendpost-kassel):
# both its parts go, as the name joined would ("Abendpost Kassel").
@pytest.mark.parametrize(
    ("tab", "expected"),
    [
        pytest.param(f"{RADWEGE} | Abendpost - Kassel", RADWEGE, id="bar-then-dash"),
        pytest.param(f"{RADWEGE} - Abendpost | Kassel", RADWEGE, id="dash-then-bar"),
        pytest.param(f"{RADWEGE} | Abendpost Kassel", RADWEGE, id="joined (guard)"),
        # a dash of the headline's own before the name stays
        pytest.param("Derby: Kassel - Göttingen 2:1 | Abendpost Kassel", "Derby: Kassel - Göttingen 2:1", id="score (guard)"),
    ],
)  # fmt: skip
def test_a_site_name_with_a_dash_of_its_own_goes_whole(tab: str, expected: str) -> None:
    page = _page("de", tab=tab, og=tab)
    url = "https://www.abendpost-kassel.example/lokales/radwege-123.html"
    assert extract_article(page, url).title == expected
