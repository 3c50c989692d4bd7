"""A social line's topic or label cut where only the <title> states the title without it.

og:title "Kommentar: Headline" beside <title> "Headline | Site", no JSON-LD headline and no
h1 that shows the headline: the <title>'s leading part is the title after the label. Every
page is invented (words, markup, site names). Rows marked "cut" fail without the rule;
rows marked "keeps" fail under a looser one (the <title> cutting a value's tail too, or a
kicker that another of the page's titles states).
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

URL = "https://news.example/stadt/a-123.html"  # the host names no site

DE = "Stadtrat stimmt dem neuen Hafenplan nach langer Debatte zu"
CS = "Zastupitelstvo schválilo nový plán přístavu po dlouhé debatě"
PL = "Rada miasta przyjęła nowy plan portu po długiej debacie"
PT = "Câmara aprova novo plano do porto após longo debate"
SW = "Baraza la jiji laidhinisha mpango mpya wa bandari"
EN = "Council backs new harbour plan after a long debate"


def _page(head: str, body: str = "<p>Ein Absatz.</p>") -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def _og(title: str) -> str:
    return f'<meta property="og:title" content="{title}">'


def _ld(headline: str) -> str:
    data = json.dumps({"@type": "NewsArticle", "headline": headline}, ensure_ascii=False)
    return f'<script type="application/ld+json">{data}</script>'


def _tab(text: str) -> str:
    return f"<title>{text}</title>"


def _site(name: str) -> str:
    return f'<meta property="og:site_name" content="{name}">'


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # cut: the <title>'s part before a suffix that no meta names
        pytest.param(_og(f"Kommentar: {DE}") + _tab(f"{DE} | Hafenblatt"), DE, id="de-label-suffix-unnamed"),
        pytest.param(_og(f"Hafenplan – {DE}") + _tab(f"{DE} - Kieler Hafen-Anzeiger"), DE, id="de-kicker-dash"),
        pytest.param(_og(f"+++ Liveticker +++ {DE}") + _tab(f"{DE} | Hafen-Kurier"), DE, id="de-live-marks"),
        pytest.param(_og(f"Komentář: {CS}") + _tab(f"{CS} | Přístavní noviny"), CS, id="cs-label"),
        pytest.param(_og(f"Opinia: {PL}") + _tab(f"{PL} - Gazeta Portowa"), PL, id="pl-label"),
        pytest.param(_og(f"Análise | {PT}") + _tab(f"{PT} – Diário do Porto"), PT, id="pt-label-bar"),
        pytest.param(_og(f"Maoni: {SW}") + _tab(f"{SW} | Habari za Bandari"), SW, id="sw-label"),
        # cut: the <title> without the name og:site_name gives, whatever its separator
        pytest.param(_og(f"Analysis: {EN}") + _tab(f"{EN} :: Harbour Herald") + _site("Harbour Herald"), EN,
                     id="en-label-named-suffix"),
        pytest.param(_og(f"Meinung: {DE} | Hafenblatt") + _tab(f"{DE} | Hafenblatt") + _site("Hafenblatt"), DE,
                     id="de-label-and-suffix-in-og"),
        # keeps: the <title> ends where og:title goes on ("Headline, then more of it"): no tail is cut
        pytest.param(_og(f"{DE} – die Opposition zieht vor Gericht") + _tab(f"{DE} | Hafenblatt"),
                     f"{DE} – die Opposition zieht vor Gericht", id="de-og-goes-on-after-the-title"),
        pytest.param(_og(f"Hafen: {DE} – die Opposition klagt") + _tab(f"Hafen: {DE} – die Opposition klagt"),
                     f"Hafen: {DE} – die Opposition klagt", id="de-title-own-dash-kept"),
        # keeps: og:title and the JSON-LD headline both state the kicker; the <title> alone
        # drops it (an SEO line), and two of the page's own titles outweigh it
        pytest.param(_og(f"Hafen: {DE}") + _ld(f"Hafen: {DE}") + _tab(f"{DE} | Hafenblatt"), f"Hafen: {DE}",
                     id="de-og-and-headline-keep-kicker"),
        pytest.param(_og(f"Opinia: {PL}") + _ld(f"Opinia: {PL}") + _tab(f"{PL} - Gazeta Portowa"), f"Opinia: {PL}",
                     id="pl-og-and-headline-keep-label"),
        # keeps: a quote dash opening the headline (Nordic sites) is the title's, not a mark
        # after a kicker, where the <title> is the value's own line with the site's name before it
        pytest.param(_og("Hafenavisa | - Angsten vil øke i byen") + _tab("Hafenavisa | - Angsten vil øke i byen")
                     + _site("Hafenavisa"), "- Angsten vil øke i byen", id="nb-quote-dash-kept"),
    ],
)  # fmt: skip
def test_label_cut_by_the_tab_title(head: str, expected: str) -> None:
    assert extract_article(_page(head), URL).title == expected
