"""Topics on unseen publishers (issue 10, topics-32).

1. A keywords string of capitalised words joined by bare slashes ("Kreistag/Busse/Nahverkehr")
   is a CMS's list, read as one label each; but where the page itself writes the same words
   joined ("Schwarz-Rot-Gold", "Schwarz/Rot/Gold" in its headline or text), the slashes join
   one name, kept whole. Counter-cases: the words named apart in the text, a region's pair.
2. Labels made only of "news" and "today"/"latest"/"current" words in any language
   ("Notícias de hoje", "Berita Terbaru", "今日新闻") are the site's SEO vocabulary, no topic;
   a bare news word ("Nieuws") and a news word with a place ("Новини України") stay.
3. Headings over a visible topic list in more languages ("Tagit", "Étiquettes", "Etykiety").
(4., a teaser card's heading taken as a bare page's headline: test_extract_degraded32_headline.py)

Every name, paper, address and sentence here is made up for the test.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://www.hafenbote.example/politik/fahnen-am-rathaus-4711.html"
TEXT = "Der Stadtrat hat am Dienstag beschlossen, am Rathaus künftig an jedem Feiertag Fahnen zu hissen, wie die Verwaltung mitteilte."


def _topics(keywords: str, story: str = TEXT, h1: str = "Fahnen am Rathaus") -> list[str]:
    page = (
        "<html lang='de'><head><title>Fahnen am Rathaus</title>"
        f"<meta name='keywords' content='{keywords}'></head><body><main><article>"
        f"<h1>{h1}</h1><p>{story}</p>{f'<p>{TEXT}</p>' * 2}</article></main></body></html>"
    )
    return extract_article(page, URL).topics


SLASHED = [
    # failed before: split in three though the text writes the colours as one name
    (
        "Schwarz/Rot/Gold",
        f"Die Fahne in Schwarz-Rot-Gold weht nun täglich. {TEXT}",
        "Fahnen am Rathaus",
        ["Schwarz/Rot/Gold"],
    ),
    ("Schwarz/Rot/Gold", TEXT, "Schwarz/Rot/Gold am Rathaus", ["Schwarz/Rot/Gold"]),
    (
        "Schwarz/Rot/Gold",
        f"Die Fahne in Schwarz–Rot–Gold weht nun täglich. {TEXT}",
        "Fahnen am Rathaus",
        ["Schwarz/Rot/Gold"],
    ),
    (
        "Grün/Weiß/Rot",
        f"Die Trikots in Grün-Weiß-Rot sind neu. {TEXT}",
        "Fahnen am Rathaus",
        ["Grün/Weiß/Rot"],
    ),
    # counter-cases: the words apart in the text, or not in it at all: a CMS's list
    (
        "Kreistag/Busse/Nahverkehr",
        f"Der Kreistag will mehr Busse im Nahverkehr. {TEXT}",
        "Fahnen am Rathaus",
        ["Kreistag", "Busse", "Nahverkehr"],
    ),
    ("Kreistag/Busse/Nahverkehr", TEXT, "Fahnen am Rathaus", ["Kreistag", "Busse", "Nahverkehr"]),
    (
        "Schwarz/Rot/Gold",
        f"Schwarz, Rot und Gold sind die Farben. {TEXT}",
        "Fahnen am Rathaus",
        ["Schwarz", "Rot", "Gold"],
    ),
    # spaced marks part a trail's or a title's pieces; a trail's links apart, each its own node
    (
        "Politik/Inland/Kiel",
        f"Politik / Inland / Kiel. {TEXT}",
        "Fahnen am Rathaus",
        ["Politik", "Inland", "Kiel"],
    ),
    (
        "Politik/Inland/Kiel",
        TEXT,
        "<a href='/politik/'>Politik</a>/<a href='/inland/'>Inland</a>/<a href='/kiel/'>Kiel</a>",
        ["Politik", "Inland", "Kiel"],
    ),
    # a word of the phrase inside a longer word is no join ("Rotgold")
    (
        "Schwarz/Rot/Gold",
        f"Die Schwarz-Rotgold-Fahne weht. {TEXT}",
        "Fahnen am Rathaus",
        ["Schwarz", "Rot", "Gold"],
    ),
    # two parts stay one label as before, in the text or not
    ("Nahost/Israel", TEXT, "Fahnen am Rathaus", ["Nahost/Israel"]),
    ("Rhein/Main, Fahnen", TEXT, "Fahnen am Rathaus", ["Rhein/Main", "Fahnen"]),
]


@pytest.mark.parametrize(("keywords", "story", "h1", "expected"), SLASHED)
def test_slashed_keywords_one_name_where_the_page_joins_them(
    keywords: str, story: str, h1: str, expected: list[str]
) -> None:
    assert _topics(keywords, story, h1) == expected


def test_tags_keep_the_slashed_name_too() -> None:
    page = (
        "<html><head><title>Fahnen</title><meta name='keywords' content='Schwarz/Rot/Gold'></head>"
        f"<body><article><h1>Fahnen in Schwarz-Rot-Gold</h1><p>{TEXT}</p></article></body></html>"
    )
    assert extract_article(page, URL).tags == ["Schwarz/Rot/Gold"]


# --- 2. "news" with "today"/"latest" words: the site's SEO vocabulary ---------------------
def _seo(keyword: str) -> list[str]:
    site = "Diário Exemplo"
    page = (
        f"<html><head><title>Nova ponte | {site}</title><meta property='og:site_name' content='{site}'>"
        f'<meta name="keywords" content="Ponte, {keyword}"></head><body><main><article>'
        f"<h1>Nova ponte</h1>{f'<p>{TEXT}</p>' * 3}</article></main></body></html>"
    )
    return extract_article(
        page, "https://www.diarioexemplo.example/cidade/nova-ponte-4711.html"
    ).topics


SEO = [  # failed before: each kept as a topic
    "Notícias de hoje",
    "Notícias do dia",
    "Noticias de hoy",
    "Notizie di oggi",
    "Actualités du jour",
    "Nieuws vandaag",
    "Wiadomości dnia",
    "Zprávy dne",
    "Aktuální zprávy",
    "Uutiset tänään",
    "Ειδήσεις σήμερα",
    "Τελευταία νέα",
    "今日新闻",
    "新闻资讯",
    "أخبار اليوم",
    "Berita Hari Ini",
    "Berita Terbaru",
    "Новости сегодня",
    "Новини дня",
    "Nyheter i dag",
    "Nyheder i dag",
    "Senaste nytt",
    "Son dakika haberleri",
    "Güncel haberler",
    "Bugünün haberleri",
    "Tin tức hôm nay",
    "ข่าววันนี้",
    "חדשות היום",
    "اخبار روز",
    "Habari za leo",
    "Știri de ultimă oră",
    "Mai hírek",
    "Today's news",
    "News today",
    "Últimas noticias en español",
]


@pytest.mark.parametrize("keyword", SEO)
def test_news_today_labels_are_no_topics(keyword: str) -> None:
    assert _seo(keyword) == ["Ponte"]


KEPT = [  # a bare news word is a section's name; a place, a field or a show's name is a topic
    "Notícias",
    "Nieuws",
    "Wiadomości",
    "Zprávy",
    "Uutiset",
    "Berita",
    "新闻",
    "أخبار",
    "Новини України",
    "Noticias de España",
    "Berita Jakarta",
    "Today",
    "Hoje",
    "Heute",
    "Wiadomości sportowe",
    "Dnes",
    "Aktuální",
    "Dzisiaj",
    "Güncel",
    "Terbaru",
    "Nytt",
    "Dag",
    # the site's language beside a news word alone, as "Hindi News" and "World news" stay
    "Noticias en español",
]


@pytest.mark.parametrize("keyword", KEPT)
def test_other_news_labels_stay(keyword: str) -> None:
    assert _seo(keyword) == ["Ponte", keyword]


# --- 3. headings over a visible topic list -------------------------------------------------
def _shown(heading: str) -> list[str]:
    links = "".join(f"<li><a href='/{s.casefold()}'>{s}</a></li>" for s in ("Rathaus", "Stadtrat"))
    page = (
        "<html><head><title>Fahnen am Rathaus</title></head><body><main><article>"
        f"<h1>Fahnen am Rathaus</h1>{f'<p>{TEXT}</p>' * 3}<h2>{heading}</h2><ul>{links}</ul>"
        "</article></main></body></html>"
    )
    return extract_article(page, URL).topics


# failed before: none of these headings was known, the list not read
HEADINGS = [
    "Tagit",
    "Asiasanat",
    "Étiquettes",
    "Mots-clefs",
    "Etykiety",
    "Nøgleord",
    "Tags dieses Artikels",
    "Anahtar kelimeler",
    "话题",
    "相关话题",
]  # ("Labels"/"Label" head only a line "Labels: <a>, <a>": test_extract_rev_topics32.py)


@pytest.mark.parametrize("heading", HEADINGS)
def test_topic_headings_in_more_languages(heading: str) -> None:
    assert _shown(heading) == ["Rathaus", "Stadtrat"]


@pytest.mark.parametrize("heading", ["Gai", "Lue myös", "Zobacz też", "Weitere Artikel"])
def test_other_headings_head_no_topics(heading: str) -> None:
    assert _shown(heading) == []
