"""Topic lists of unseen sites: a keywords string joined with marks set between spaces or
with the Arabic comma, and a story's tags that are a few of a long menu's sections, in the
menu's order. Invented labels, sites and markup."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://www.probe-post.example/politik/hafen-a-1.html"
STORY = {
    "de": "Der Hafen der Stadt soll in den kommenden fünf Jahren deutlich wachsen, beschloss der Rat am Dienstag nach einer langen Sitzung.",
    "en": "The city's harbour is to grow markedly over the next five years, the council decided on Tuesday after a long session.",
    "fr": "Le port de la ville doit nettement grandir au cours des cinq prochaines années, a décidé le conseil mardi après une longue séance.",
    "ar": "قرر المجلس يوم الثلاثاء توسيع ميناء المدينة بشكل كبير خلال السنوات الخمس المقبلة بعد جلسة طويلة.",
}
MENU = {
    "de": "Politik Wirtschaft Sport Kultur Panorama Wissen Digital Reise Auto Regional",
    "en": "Politics Business Sport Culture World Science Tech Travel Motoring Local",
    "fr": "Politique Économie Sport Culture Monde Sciences Numérique Voyage Auto Région",
}


def _page(lang: str, block: str = "", head: str = "") -> str:
    words = MENU.get(lang, MENU["en"]).split()
    menu = "".join(f"<li><a href='/{w.casefold()}/'>{w}</a></li>" for w in words)
    return (
        f"<html lang='{lang}'><head><title>Hafen</title>{head}</head><body>"
        f"<header><nav><ul>{menu}</ul></nav></header>"
        f"<article><h1>Hafen</h1><p>{STORY[lang]}</p><p>{STORY[lang]}</p>{block}</article></body></html>"
    )


KEYWORDS = [
    ("de", "Hafen / Schifffahrt / Stadtrat", ["Hafen", "Schifffahrt", "Stadtrat"]),
    ("de", "Hafen · Schifffahrt · Stadtrat", ["Hafen", "Schifffahrt", "Stadtrat"]),
    ("fr", "Port • Ferries • Conseil municipal", ["Port", "Ferries", "Conseil municipal"]),
    ("ar", "ميناء، شحن، مجلس المدينة", ["ميناء", "شحن", "مجلس المدينة"]),
    # guard: a list with commas keeps the slashes inside its labels
    ("de", "Nahost / Israel, Gaza", ["Nahost / Israel", "Gaza"]),
]


@pytest.mark.parametrize(("lang", "content", "want"), KEYWORDS)
def test_a_keywords_string_with_other_marks(lang: str, content: str, want: list[str]) -> None:
    head = f'<meta name="keywords" content="{content}">'
    assert extract_article(_page(lang, head=head), URL).topics == want


def _tags(lang: str, picked: list[int], cls: str = "article-tags") -> str:
    words = MENU[lang].split()
    links = " ".join(f"<a href='/{words[i].casefold()}/'>{words[i]}</a>" for i in picked)
    return f"<div class='{cls}'>{links}</div>"


@pytest.mark.parametrize("lang", ["de", "en", "fr"])
def test_a_few_sections_of_a_long_menu_are_the_story_tags(lang: str) -> None:
    """Three of the menu's ten sections, in its order: the story's tags (keys name sections
    the menu links as topics), where a menu offered again names most of them."""
    words = MENU[lang].split()
    html = _page(lang, _tags(lang, [0, 1, 9]))
    assert extract_article(html, URL).topics == [words[0], words[1], words[9]]


@pytest.mark.parametrize("lang", ["de", "en", "fr"])
def test_the_menu_offered_again_is_no_topic_list(lang: str) -> None:
    html = _page(lang, _tags(lang, list(range(7)), cls="more-topics"))
    assert extract_article(html, URL).topics == []
