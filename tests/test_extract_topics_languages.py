"""Topics shown as links in any language, labels cleaned, and tags that gather every keyword list.

Made-up pages: the shapes are the ones news sites use, the words are invented.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.topics import clean_topics

URL = "https://www.zeitung.example/politik/ein-artikel-100.html"
TEXT = "<p>Der Stadtrat von Beispielstadt stritt über den Haushalt und die Feuerwehr.</p>"


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><nav><a href='/thema/sport'>Sport</a><a href='/thema/kultur'>Kultur</a></nav><article><h1>Titel</h1>{TEXT}{body}</article></body></html>"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param('<div><h3>Themen</h3><ul><li><a href="/x/1">Haushalt</a></li><li><a href="/x/2">Beispielstadt</a></li></ul></div>',
                     ["Haushalt", "Beispielstadt"], id="de-heading-themen"),
        pytest.param('<div><span>Schlagwörter:</span> <a href="/s/1">Feuerwehr</a> <a href="/s/2">Stadtrat</a></div>',
                     ["Feuerwehr", "Stadtrat"], id="de-heading-schlagwoerter"),
        pytest.param('<section><h2>Etiquetas</h2><a href="/e/1">Haushalt</a><a href="/e/2">Feuerwehr</a></section>',
                     ["Haushalt", "Feuerwehr"], id="es-heading-etiquetas"),
        pytest.param('<div><h4>関連キーワード</h4><a href="/k/1">Haushalt</a></div>',
                     ["Haushalt"], id="ja-heading"),
        pytest.param('<div class="articleTags"><span class="articleTag"><a href="/person/anna-beispiel/">Feuerwehr</a></span></div>',
                     ["Feuerwehr"], id="class-names-a-tag-list"),
        pytest.param('<div class="top"><a href="/list/Haushalt"><span class="tag-like">Haushalt</span></a>'
                     '<a href="/list/Stadtrat"><span class="tag-like">Stadtrat</span></a></div>',
                     ["Haushalt", "Stadtrat"], id="class-on-each-label-inside-its-link"),
        pytest.param('<div><div><a href="/thema/haushalt-12.html">Haushalt</a></div><div><a href="/thema/feuerwehr-13.html">Feuerwehr</a></div></div>',
                     ["Haushalt", "Feuerwehr"], id="links-to-thema-pages"),
        pytest.param('<div><a href="/etiqueta/haushalt/">Haushalt</a> <a href="/etiqueta/stadtrat/">Stadtrat</a></div>',
                     ["Haushalt", "Stadtrat"], id="links-to-etiqueta-pages"),
        pytest.param('<footer><div class="tags"><a href="/t/1">Haushalt</a></div></footer>',
                     ["Haushalt"], id="the-articles-own-footer"),
    ],
)  # fmt: skip
def test_topic_links_in_other_languages(body: str, expected: list[str]) -> None:
    assert extract_article(_page(body), URL).topics == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param('<div><h3>Themen</h3><ul><li><a href="/r/1">Wetter</a></li><li><a href="/r/2">Börse</a></li></ul></div>',
                     id="a-site-wide-list-naming-nothing-in-the-text"),
        pytest.param('<p>Mehr zur <a href="/thema/feuerwehr">Feuerwehr</a> und zum <a href="/thema/haushalt">Haushalt</a>.</p>',
                     id="links-inside-paragraphs-are-body-links"),
        pytest.param('<div class="story-tags"><a href="/a/1">POLITIKEx-Bürgermeister bei der Arbeit angegriffen und verletzt</a></div>',
                     id="de-teaser-headline-in-a-tag-classed-box"),
        pytest.param('<div class="tags-info">Fragen? Schreiben Sie uns: <a href="mailto:leser@zeitung.example">Ihre Meinung</a></div>',
                     id="de-mailto-link-is-no-topic"),
    ],
)  # fmt: skip
def test_not_topics(body: str) -> None:
    assert extract_article(_page(body), URL).topics == []


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["topic/Elections", "/tags/climate-change/"], ["Elections", "climate-change"]),
        (["(12) Wahlen", "Steuern (3)"], ["Wahlen", "Steuern"]),
        (["Politik,", "Wirtschaft;"], ["Politik", "Wirtschaft"]),
        (
            ["Breaking News", "World news live", "速報", "Liveticker", "News", "World news"],
            ["News", "World news"],
        ),
        (
            [
                "0f8fad5b-d9cb-469f-a165-70867728950e",
                "5f1c0a9e3b2d4e6f7a8b9c0d",
                "www.zeitung.de",
                "Node.js",
            ],
            ["Node.js"],
        ),
        (["Subject: Justice", "Page Type: Article"], ["Justice"]),
        (["선거", "選挙", "выборы", "Seçim"], ["선거", "選挙", "выборы", "Seçim"]),
    ],
)
def test_label_cleaning(values: list[str], expected: list[str]) -> None:
    assert clean_topics(values) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param('<meta name="keywords" content="Wahl|Bund|Länder">', ["Wahl", "Bund", "Länder"], id="pipes"),
        pytest.param('<meta name="keywords" content="選挙、国会、予算">', ["選挙", "国会", "予算"], id="japanese-comma"),
        pytest.param('<meta name="news_keywords" content="Bau &amp;amp; Verkehr, Stadt">', ["Bau & Verkehr", "Stadt"], id="double-escaped-ampersand"),
        pytest.param('<script type="application/ld+json">' + json.dumps({"@type": "NewsArticle", "keywords": ["Bau &amp; Verkehr", "Stadt"]}) + "</script>",
                     ["Bau & Verkehr", "Stadt"], id="json-ld-list-items-not-split-on-entities"),
    ],
)  # fmt: skip
def test_keyword_strings_split(head: str, expected: list[str]) -> None:
    assert extract_article(_page("", head), URL).topics == expected


def test_machine_tag_lists_reach_tags_when_no_label_is_shown() -> None:
    head = (
        '<meta name="classification-tags" content="fox-like/politics,fox-like/us/congress,fbi">'
        '<meta name="parsely-tags" content="Haushalt, Stadtrat">'
    )
    art = extract_article(_page("", head), URL)
    assert art.tags == ["Haushalt", "Stadtrat", "politics", "congress", "fbi"]
    assert art.topics == ["Haushalt", "Stadtrat"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param('<div class="box"><div><div><div><h4>\n      Mehr lesen über\n    </h4></div></div></div>'
                     '<ul><li><a href="/finanzen/haushalt/">Haushalt</a></li><li><a href="/feuerwehr/">Feuerwehr</a></li></ul></div>',
                     ["Haushalt", "Feuerwehr"], id="de-read-more-about-heading-in-wrappers"),
        pytest.param('<div><h3>Les mer om</h3><a href="/a/1">Haushalt</a> <a href="/a/2">Stadtrat</a></div>',
                     ["Haushalt", "Stadtrat"], id="no-read-more-about"),
        pytest.param('<div><h3>Lire plus sur</h3><a href="/sujet/1">Feuerwehr</a></div>',
                     ["Feuerwehr"], id="fr-read-more-about"),
    ],
)  # fmt: skip
def test_read_more_about_headings(body: str, expected: list[str]) -> None:
    assert extract_article(_page(body), URL).topics == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param('<meta property="og:site_name" content="Beispiel Zeitung">'
                     '<meta name="keywords" content="Haushalt, Feuerwehr, Beispiel Zeitung">',
                     ["Haushalt", "Feuerwehr"], id="de-site-name-dropped"),
        pytest.param('<meta property="og:site_name" content="Örnek Ajansı">'
                     '<meta name="keywords" content="Belediye bütçesi, itfaiye, Örnek Ajansı">',
                     ["Belediye bütçesi", "itfaiye"], id="tr-site-name-dropped"),
        pytest.param('<link rel="alternate" type="application/rss+xml" title="Örnek Ajansı » Rss" href="/rss/">'
                     '<meta name="keywords" content="Belediye bütçesi, itfaiye, Örnek Ajansı">',
                     ["Belediye bütçesi", "itfaiye"], id="tr-site-name-from-its-feed-title"),
        pytest.param('<link rel="alternate" type="application/rss+xml" title="Kustbladet &gt; Sport" href="/rss/sport">'
                     '<meta name="keywords" content="kommunbudget, räddningstjänst, Kustbladet">',
                     ["kommunbudget", "räddningstjänst"], id="sv-site-name-from-its-section-feed"),
        pytest.param('<meta name="news_keywords" content="budget, fire brigade, Breaking news, politics, sport, lifestyle">',
                     ["budget", "fire brigade", "politics", "sport", "lifestyle"],
                     id="en-breaking-news-label-dropped-the-rest-kept"),
        pytest.param('<meta name="keywords" content="Eilmeldung, Haushalt, Feuerwehr">',
                     ["Haushalt", "Feuerwehr"], id="de-leading-seo-word-only-dropped"),
    ],
)  # fmt: skip
def test_the_sites_own_words_are_not_topics(head: str, expected: list[str]) -> None:
    assert extract_article(_page("", head), URL).topics == expected


def test_a_word_that_is_also_the_host_stays_a_topic() -> None:
    html = _page("", '<meta name="keywords" content="Welt, Haushalt">')
    assert extract_article(html, "https://www.welt.example/politik/a.html").topics == [
        "Welt",
        "Haushalt",
    ]


@pytest.mark.parametrize(
    ("url", "keywords", "expected"),
    [
        pytest.param("https://www.avis.example/nyheter/sak/123", "krim, nyheter", ["krim", "nyheter"], id="no-bare-news-section-kept"),
        pytest.param("https://www.paper.example/yourmoney/a.html", "pensions, yourmoney", ["pensions"], id="en-section-code-dropped"),
    ],
)  # fmt: skip
def test_a_section_in_the_keywords(url: str, keywords: str, expected: list[str]) -> None:
    html = _page("", f'<meta name="keywords" content="{keywords}">')
    assert extract_article(html, url).topics == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        pytest.param('<meta property="article:tag" content="feuerwehr"><meta property="article:tag" content="haushalt">'
                     '<meta name="keywords" content="Beispielstadt Nord, Stadtrat Süd">',
                     '<div class="tags"><a href="/t/feuerwehr">feuerwehr</a><a href="/t/haushalt">haushalt</a></div>',
                     ["feuerwehr", "haushalt"], id="de-lower-case-tags-shown-as-links"),
        pytest.param('<meta property="article:tag" content="libros"><meta property="article:tag" content="novela">'
                     '<meta name="keywords" content="Ana Ejemplo, Villa Muestra">',
                     '<div><h3>Etiquetas</h3><a href="/e/libros">libros</a> <a href="/e/novela">novela</a></div>',
                     ["libros", "novela"], id="es-lower-case-tags-under-a-heading"),
        pytest.param('<meta property="article:tag" content="haushalt"><meta property="article:tag" content="feuerwehr">',
                     '<div><h3>Themen</h3><a href="/t/haushalt">Haushalt</a> <a href="/t/feuerwehr">Feuerwehr</a></div>',
                     ["Haushalt", "Feuerwehr"], id="de-lower-case-tags-take-the-printed-spelling"),
        pytest.param('<meta property="article:tag" content="feuerwehr"><meta property="article:tag" content="haushalt">'
                     '<meta name="keywords" content="Beispielstadt Nord, Stadtrat Süd">', "",
                     ["Beispielstadt Nord", "Stadtrat Süd"], id="lower-case-words-nowhere-shown-are-slugs"),
    ],
)  # fmt: skip
def test_lower_case_tag_lists(head: str, body: str, expected: list[str]) -> None:
    """A list of lower-case words is the site's spelling of its tags where the page prints
    them as its topic links; nowhere shown, it may be CMS slugs and a later list is taken."""
    assert extract_article(_page(body, head), URL).topics == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param('<div class="artikel-tags"><a href="/thema/feuerwehr">Feuerwehr</a>'
                     '<div class="followTopics" style="display: none"><a href="/konto/themen">Themen bearbeiten</a></div></div>',
                     ["Feuerwehr"], id="de-hidden-edit-topics-link"),
        pytest.param('<div class="tag-list"><a href="/sujet/budget">Haushalt</a>'
                     '<div class="mes-sujets" hidden><a href="/compte/sujets">Gérer mes sujets</a></div></div>',
                     ["Haushalt"], id="fr-hidden-manage-topics-link"),
    ],
)  # fmt: skip
def test_hidden_links_in_a_tag_list_are_no_topics(body: str, expected: list[str]) -> None:
    assert extract_article(_page(body), URL).topics == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param('<div class="articleTags"><span class="articleTag"><a href="/person/erika-muster/">Erika Muster</a></span></div>',
                     ["Erika Muster"], id="de-person-tag-not-named-in-the-text"),
        pytest.param('<ul class="lista-tags"><li><a href="/tema/puerto-norte">Puerto Norte</a></li><li><a href="/tema/lluvias">Lluvias</a></li></ul>',
                     ["Puerto Norte", "Lluvias"], id="es-tag-list-not-named-in-the-text"),
        pytest.param('<div class="artikkel-tagger tags"><a href="/emne/havneby">Havneby</a><a href="/emne/valg">Valg</a></div>',
                     ["Havneby", "Valg"], id="no-emner-list-not-named-in-the-text"),
    ],
)  # fmt: skip
def test_a_tag_classed_list_of_names_needs_no_mention(body: str, expected: list[str]) -> None:
    """A class that names a tag list is the page's own word for it: its labels count even
    where the text never names them (a person tag on a story that says "the premier")."""
    assert extract_article(_page(body), URL).topics == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param('<section><h3>Archivado En</h3><ul><li><a href="/noticias/haushalt/">Haushalt</a></li><li><a href="/noticias/feuerwehr/">Feuerwehr</a></li></ul></section>',
                     ["Haushalt", "Feuerwehr"], id="es-archivado-en"),
        pytest.param('<div><h4>Arquivado em</h4><a href="/noticias/stadtrat/">Stadtrat</a></div>',
                     ["Stadtrat"], id="pt-arquivado-em"),
    ],
)  # fmt: skip
def test_filed_in_headings(body: str, expected: list[str]) -> None:
    assert extract_article(_page(body), URL).topics == expected


def test_a_short_tag_line_yields_to_the_full_list_below() -> None:
    """Some sites show one or two of the tags above the text and the whole list below it."""
    body = ('<div><ul class="top-tags"><li><a href="/tag/haushalt">Haushalt</a></li></ul></div>'
            '<div><ul class="bottom-tags"><li><a href="/tag/haushalt">Haushalt</a></li>'
            '<li><a href="/tag/stadtrat">Stadtrat</a></li><li><a href="/tag/feuerwehr">Feuerwehr</a></li></ul></div>')  # fmt: skip
    assert extract_article(_page(body), URL).topics == ["Haushalt", "Stadtrat", "Feuerwehr"]


def test_a_list_that_differs_is_not_taken_for_the_full_list() -> None:
    body = ('<div><ul class="top-tags"><li><a href="/tag/haushalt">Haushalt</a></li></ul></div>'
            '<div><ul class="bottom-tags"><li><a href="/tag/stadtrat">Stadtrat</a></li>'
            '<li><a href="/tag/feuerwehr">Feuerwehr</a></li></ul></div>')  # fmt: skip
    assert extract_article(_page(body), URL).topics == ["Haushalt"]


def test_a_topics_tab_in_an_aria_footer_menu_is_site_navigation() -> None:
    """A "Themen" heading over site links in a <div role="tablist"> (a footer's tabs) is a menu."""
    menu = ('<div role="tablist"><h3 role="tab">Themen</h3><ul role="tabpanel">'
            '<li><a href="/kinder/index.html">Haushalt</a></li><li><a href="/archiv/index.html">Archiv</a></li></ul></div>')  # fmt: skip
    html = f"<html><body><article><h1>Titel</h1>{TEXT}</article>{menu}</body></html>"
    assert extract_article(html, URL).topics == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param('<article><h1>Titel</h1>' + TEXT + '<ul><li><a href="/wissen/themen/feuerwehr">Feuerwehr</a></li></ul></article>',
                     ["Feuerwehr"], id="de-one-thema-link-in-the-article"),
        pytest.param('<article><h1>Título</h1><p>El ayuntamiento debatió el presupuesto de bomberos.</p>'
                     '<ul><li><a href="/etiqueta/presupuesto/">presupuesto</a></li></ul></article>',
                     ["presupuesto"], id="es-one-etiqueta-link-in-the-article"),
        pytest.param('<article><h1>Titel</h1>' + TEXT + '</article><ul><li><a href="/themen/feuerwehr">Feuerwehr</a></li></ul>',
                     [], id="de-one-thema-link-after-the-article"),
    ],
)  # fmt: skip
def test_a_lone_topic_link_in_the_articles_list(page: str, expected: list[str]) -> None:
    """One tag link in a list item of the article is its one tag; outside it, a teaser."""
    assert extract_article(f"<html><body>{page}</body></html>", URL).topics == expected
