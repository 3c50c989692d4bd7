"""Topics on unseen publishers (issue 10, session 33).

1. SEO labels of a news word and "of the day"/"today" in one language ("News of the day",
   "Nachrichten des Tages", "Infos du jour", "Günün haberleri") and Italian "ultima ora"
   written without its accent or apostrophe are the site's vocabulary, no topic. A day's
   name without a news word ("Day of the Dead", "Tag der Arbeit") stays.
2. A WordPress "Tags" widget, the tag cloud in the sidebar (the whole site's labels sized by
   use), is no list of the article's topics; the article's own tag line beside it is. A
   class naming a cloud is no sign (a CMS names the article's own tag line "TagCloud"):
   the labels' sizes are.

Every name, paper, address and sentence here is made up for the test. Rows marked "(guard)"
pass before and after; the others failed before (`langwords.NEWS_TODAY`/`NEWS_FORMS` entries,
`topiclinks._sized_cloud`).
"""

from __future__ import annotations

import html

import pytest

from newsarchive.extract import extract_article

TEXT = "A paragraph of the article, long enough to read like a story. " * 8
URL = "https://www.xyz.example/news/storm-hits-the-coast"


def _topics(keywords: str, lang: str) -> list[str]:
    page = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>Storm hits the coast | Xyz"
        f"</title><meta name='keywords' content='{html.escape(keywords)}'></head><body>"
        f"<article><h1>Storm hits the coast</h1><p>{TEXT}</p></article></body></html>"
    )
    return extract_article(page.encode(), URL).topics


SEO = [
    ("News of the day", "en"),
    ("news of the day", "en"),
    ("Nachrichten des Tages", "de"),
    ("Nachrichten von heute", "de"),
    ("Nachrichten vom Tag", "de"),
    ("Infos du jour", "fr"),
    ("ultima ora", "it"),
    ("Ultima ora", "it"),
    ("Ultima ora", "ro"),  # Romanian written without its diacritics
    ("Günün haberleri", "tr"),
    # (guards: "of the day", "vom Tag", "des Tages" read as phrases still date the news)
    ("Top news of the day", "en"),
    ("Headlines of the day", "en"),
    ("Aktuelles vom Tag", "de"),
    ("Schlagzeilen des Tages", "de"),
]


@pytest.mark.parametrize(("label", "lang"), SEO)
def test_a_news_of_the_day_label_is_no_topic(label: str, lang: str) -> None:
    assert _topics(f"Storm, {label}", lang) == ["Storm"]


KEPT = [
    ("Day of the Dead", "en"),  # a day's name, no news word
    ("Tag der Arbeit", "de"),
    ("Giorno della Memoria", "it"),
    ("Ora legale", "it"),  # "ora" beside no "ultima"
    ("Ultima Generazione", "it"),
    ("News Corp", "en"),
    ("Van Morrison", "en"),
    ("Journal du dimanche", "fr"),
    ("Heute", "de"),  # a show's name: a "today" word alone
    ("Tag", "de"),
    ("Infos", "fr"),  # a news noun alone: a section's name
    ("Ora", "it"),
    ("Dagens Nyheter", "sv"),  # a paper's name: not read as "today's news"
]


@pytest.mark.parametrize(("label", "lang"), KEPT)
def test_a_label_with_a_day_or_news_word_alone_stays(label: str, lang: str) -> None:
    """(guard)"""
    assert _topics(f"Storm, {label}", lang) == ["Storm", label]


# "day" dates the news only in "of the day", "Tag" only in "vom Tag"/"des Tages", "von" only
# in "von heute": beside a news word alone they name a day or a place
DAY_NAMES = [
    ("World News Day", "en"),  # a day's name, the press's own
    ("National News Day", "en"),
    ("Day News", "en"),
    ("Nachrichten Tag", "de"),
    ("Nachrichten von Van", "de"),  # the Turkish city, "van" Dutch "of" only in Dutch
]


@pytest.mark.parametrize(("label", "lang"), DAY_NAMES)
def test_a_day_word_outside_its_phrase_is_no_date(label: str, lang: str) -> None:
    assert _topics(f"Storm, {label}", lang) == ["Storm", label]


# --- 2. a sidebar's tag cloud -------------------------------------------------------------

CLOUD_LABELS = ["Elections", "Harbour", "Weather", "City Council", "Football", "Schools"]


def _cloud(box: str, link_class: str = "tag-cloud-link") -> str:
    links = "".join(
        f'<a href="https://www.xyz.example/tag/{t.lower().replace(" ", "-")}/" '
        f'class="{link_class} tag-link-{i}" style="font-size: {8 + i}pt;">{t}</a>\n'
        for i, t in enumerate(CLOUD_LABELS)
    )
    return box.format(links=links)


WIDGET = (
    '<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">Tags'
    '</h2><div class="tagcloud">{links}</div></section>'
)
BLOCK = '<div class="widget"><h3>Tags</h3><p class="wp-block-tag-cloud">{links}</p></div>'
PLAIN = '<div class="sidebar-box"><h4>Tags</h4><div class="tag-cloud">{links}</div></div>'
OWN = (
    '<footer class="entry-footer"><span class="tags-links">Tagged <a href="https://www.xyz'
    '.example/tag/weather/" rel="tag">Weather</a>, <a href="https://www.xyz.example/tag/'
    'harbour/" rel="tag">Harbour</a></span></footer>'
)


def _page(cloud: str, own: str, sidebar: str) -> bytes:
    article = f"<article><h1>Storm hits the coast</h1><p>{TEXT}</p>{own}</article>"
    side = f'<{sidebar} id="secondary" class="widget-area">{cloud}</{sidebar}>'
    return (
        "<html lang='en'><head><meta charset='utf-8'><title>Storm hits the coast | Xyz</title>"
        f"</head><body><div id='page'><main>{article}{side}</main></div></body></html>"
    ).encode()


CLOUDS = [
    pytest.param(_cloud(WIDGET), id="widget"),
    pytest.param(_cloud(BLOCK, "tag-link"), id="block"),
    pytest.param(_cloud(PLAIN, "tag"), id="plain"),
]


@pytest.mark.parametrize("cloud", CLOUDS)
@pytest.mark.parametrize("sidebar", ["aside", "div"])
def test_a_sidebar_tag_cloud_is_no_article_topic_list(cloud: str, sidebar: str) -> None:
    page = _page(cloud, "", sidebar)
    url = "https://www.xyz.example/2026/05/storm-hits-the-coast/"
    assert extract_article(page, url).topics == []


@pytest.mark.parametrize("cloud", CLOUDS)
@pytest.mark.parametrize("sidebar", ["aside", "div"])
def test_the_article_tag_line_beside_a_tag_cloud_is_read(cloud: str, sidebar: str) -> None:
    page = _page(cloud, OWN, sidebar)
    url = "https://www.xyz.example/2026/05/storm-hits-the-coast/"
    assert extract_article(page, url).topics == ["Weather", "Harbour"]


def test_an_article_tag_list_under_a_tags_heading_is_read() -> None:
    """(guard) the article's own list headed "Tags", no cloud's mark on it."""
    own = (
        '<div class="post-tags"><h4>Tags</h4><ul><li><a href="/tag/weather/">Weather</a></li>'
        '<li><a href="/tag/harbour/">Harbour</a></li></ul></div>'
    )
    page = _page("", own, "aside")
    url = "https://www.xyz.example/2026/05/storm-hits-the-coast/"
    assert extract_article(page, url).topics == ["Weather", "Harbour"]


OWN_NAMED_CLOUD = [
    # the article's own tag line, its classes naming a cloud, its labels all one size
    pytest.param(
        '<div class="ContentFooterTagCloud-x1"><span class="TagCloudHeader">Topics</span>'
        '<a href="/tag/weather/" class="TagCloudLink-x2"><span>Weather</span></a>'
        '<a href="/tag/harbour/" class="TagCloudLink-x2"><span>Harbour</span></a></div>',
        id="named-cloud",
    ),
    pytest.param(
        '<div class="tags"><h4>Tags</h4><a href="/tag/weather/" style="font-size: 14px">'
        'Weather</a> <a href="/tag/harbour/" style="font-size: 14px">Harbour</a></div>',
        id="one-size",
    ),
]


@pytest.mark.parametrize("own", OWN_NAMED_CLOUD)
def test_an_article_tag_line_named_a_cloud_or_of_one_size_is_read(own: str) -> None:
    """(guard) no sizes by use: the article's own labels."""
    page = _page("", own, "aside")
    url = "https://www.xyz.example/2026/05/storm-hits-the-coast/"
    assert extract_article(page, url).topics == ["Weather", "Harbour"]


def _sized(labels: list[str], path: str) -> str:
    return "".join(
        f'<a href="/{path}/{t.lower()}/" rel="tag" style="font-size: {10 + 3 * i}pt">{t}</a> '
        for i, t in enumerate(labels)
    )


# the article's own tags, sized by their use on the site (a theme drawing the post's tags as
# a small cloud): inside the story's <article>, its labels all the same
OWN_SIZED = [
    pytest.param('<div class="post-tags"><h4>Tags</h4><p>{links}</p></div>', "tag", id="headed"),
    pytest.param('<div class="post-tags">{links}</div>', "tag", id="class-marked"),
    # (no list's class or heading: links to topic pages beside each other, the text naming one)
    pytest.param(
        "<p>The weather turned at the harbour.</p><div>{links}</div>", "topics", id="cluster"
    ),
]


@pytest.mark.parametrize(("own", "path"), OWN_SIZED)
@pytest.mark.parametrize("cloud", ["", _cloud(WIDGET)], ids=["alone", "beside-a-cloud"])
def test_the_article_own_tags_sized_by_use_are_read(own: str, path: str, cloud: str) -> None:
    links = _sized(["Weather", "Harbour", "Storms"], path)
    page = _page(cloud, own.format(links=links), "aside")
    url = "https://www.xyz.example/2026/05/storm-hits-the-coast/"
    assert extract_article(page, url).topics == ["Weather", "Harbour", "Storms"]
