"""Another item's date is not the article's: a teaser whose date sits beside its headline link,
readers' comments and most-read lists named in the page's language (by class or id), the
release day of a film, book or game a review is about, and a date-classed box listing dates.

Every page and string here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.dates import parse_date


def _page(lang: str, title: str, own: str, before: str = "", after: str = "") -> str:
    return (
        f"<html lang='{lang}'><head><title>{title}</title></head><body><main>{before}<article>"
        f"<h1>{title}</h1>{own}"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr Text dazu.</p>"
        f"{after}</article></main></body></html>"
    )


_OWN = "<p class='meta'>12.01.2026, 10:35 Uhr</p>"
_CARD = "<div class='card'><a href='/{path}'>{title}</a><time datetime='2026-01-09T08:00:00+01:00'>9.1.2026</time></div>"


@pytest.mark.parametrize(
    ("url", "lang", "title", "before"),
    [
        ("https://www.zeitung.example.de/politik/a-1.html", "de", "Der Landtag beschließt den neuen Haushalt",
         _CARD.format(path="b-2.html", title="Stadtrat vertagt die Entscheidung über das neue Hallenbad")),
        ("https://www.journal.example.fr/politique/a-1", "fr", "Le conseil municipal vote le budget",
         _CARD.format(path="b-2", title="La mairie reporte la décision sur la nouvelle piscine")),
        ("https://www.diario.example.es/politica/a-1", "es", "El ayuntamiento aprueba el presupuesto",
         "<ul class='lista'><li><a href='/b-2'>El pleno aplaza la decisión sobre la nueva piscina</a> <time datetime='2026-01-09T08:00:00+01:00'>09/01/2026</time></li></ul>"),
    ],
)  # fmt: skip
def test_a_teasers_date_beside_its_headline_link(
    url: str, lang: str, title: str, before: str
) -> None:
    own = _OWN.replace("12.01.2026, 10:35 Uhr", "12/01/2026 10:35") if lang != "de" else _OWN
    found = extract_article(_page(lang, title, own, before=before), url).published
    assert found is not None and found.startswith("2026-01-12T10:35")


def test_a_bylines_links_name_people_and_keep_its_date() -> None:
    own = "<div class='byline'>Von <a href='/autor/anna'>Anna Beispiel</a> und <a href='/autor/ben'>Ben Muster</a> <time datetime='2026-01-12T10:35:00+01:00'>12.01.2026</time></div>"
    page = _page("de", "Der Landtag beschließt den neuen Haushalt", own)
    assert (
        extract_article(page, "https://www.zeitung.example.de/p/a-1.html").published
        == "2026-01-12T10:35:00+01:00"
    )


_COMMENT = "<div class='eintrag'><time datetime='2026-01-14T08:00:00+01:00'>14.01.2026</time><p>Sehr guter Beitrag, danke dafür.</p></div>"


@pytest.mark.parametrize(
    ("lang", "block"),
    [
        ("de", f"<section id='kommentare'>{_COMMENT}</section>"),
        ("de", f"<section class='leserkommentare'>{_COMMENT}</section>"),
        ("fr", f"<div class='bloc-commentaires'>{_COMMENT}</div>"),
        ("es", f"<div class='comentarios'>{_COMMENT}</div>"),
        ("it", f"<div id='commenti'>{_COMMENT}</div>"),
        ("nl", f"<div class='reacties'>{_COMMENT}</div>"),
        ("tr", f"<div class='yorumlar'>{_COMMENT}</div>"),
        ("pl", f"<div class='komentarze'>{_COMMENT}</div>"),
        ("de", "<div class='meistgelesen'><ul><li><time datetime='2026-01-14T08:00:00+01:00'>14.01.2026</time> Ein Stück</li></ul></div>"),
        ("de", "<div class='mehr-zum-thema'><ul><li><time datetime='2026-01-14T08:00:00+01:00'>14.01.2026</time> Ein Stück</li></ul></div>"),
        ("en", "<div id='most-popular'><ol><li><time datetime='2026-01-14T08:00:00+01:00'>14.01.2026</time> A piece</li></ol></div>"),
    ],
)  # fmt: skip
def test_comments_and_most_read_lists_in_the_pages_language(lang: str, block: str) -> None:
    page = _page(lang, "Der Landtag beschließt den neuen Haushalt", _OWN, after=block)
    found = extract_article(page, "https://www.zeitung.example.de/p/a-1.html").published
    assert found == "2026-01-12T10:35:00+01:00"


def test_a_zone_with_a_label_glued_on_by_markup() -> None:
    found = parse_date("March 7, 2026 7:55 AM UTCUpdated 2 hours ago")
    assert found is not None and found.isoformat() == "2026-03-07T07:55:00+00:00"


def test_a_time_in_a_distant_block_before_the_headline_is_the_sites() -> None:
    top = "<div class='top'><div><div><div><div><div><span>Zuletzt:</span> <time datetime='2026-01-09T08:00:00+01:00'>08:00</time></div></div></div></div></div></div>"
    page = (
        "<html lang='de'><head><title>T</title></head><body>"
        f"<div id='seite'>{top}<div class='inhalt'><div><div><div><div><div class='kopf'><h1>Der Landtag beschließt den neuen Haushalt</h1></div>"
        "<time datetime='2026-01-12T10:35:00+01:00'>12.01.2026</time>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr Text dazu.</p>"
        "</div></div></div></div></div></div></body></html>"
    )
    assert (
        extract_article(page, "https://www.zeitung.example.de/p/a-1.html").published
        == "2026-01-12T10:35:00+01:00"
    )


def _dated(lang: str, before: str, own: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>T</title></head><body><main><article>"
        f"<h1>Der Landtag beschließt den neuen Haushalt</h1>{before}{own}"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr Text dazu.</p>"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "lang", "before", "own", "expected"),
    [
        # a picture's caption names the photo's day
        ("https://www.zeitung.example.de/a-1", "de", "<figure><img src='a.jpg'><figcaption>Archivbild vom 20.01.2026. Foto: dpa</figcaption></figure>",
         "<p class='meta'>29.01.2026, 18:40 Uhr</p>", "2026-01-29T18:40:00+01:00"),
        ("https://www.news.example.co.uk/a-1", "en", "<figure><img src='a.jpg'><figcaption>File picture, 20 January 2026</figcaption></figure>",
         "<p class='meta'>29 January 2026, 18:40</p>", "2026-01-29T18:40:00+00:00"),
        ("https://www.journal.example.fr/a-1", "fr", "<figure><img src='a.jpg'><figcaption>Photo d'archives du 20 janvier 2026</figcaption></figure>",
         "<p class='meta'>29 janvier 2026 à 18h40</p>", "2026-01-29T18:40:00+01:00"),
        # a sentence of the article names the event's day
        ("https://www.zeitung.example.de/a-1", "de", "<p class='lead'>Am 20.01.2026 tagte der Rat.</p>",
         "<p class='meta'>29.01.2026, 18:40 Uhr</p>", "2026-01-29T18:40:00+01:00"),
        ("https://www.news.example.co.uk/a-1", "en", "<p>The council met on 20 January 2026 in the town hall.</p>",
         "<p class='meta'>29 January 2026, 18:40</p>", "2026-01-29T18:40:00+00:00"),
        ("https://www.diario.example.es/a-1", "es", "<p>El pleno se reunió el 20 de enero de 2026 en la sala.</p>",
         "<p class='meta'>29/01/2026 18:40</p>", "2026-01-29T18:40:00+01:00"),
    ],
)  # fmt: skip
def test_a_captions_or_sentences_day_is_not_the_articles(
    url: str, lang: str, before: str, own: str, expected: str
) -> None:
    assert extract_article(_dated(lang, before, own), url).published == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # a byline with its dated line in a <figure> beside the author's photo
        ("<figure><img src='anna.jpg'><figcaption>Von Anna Beispiel, Redakteurin 29.01.2026, 18:40 Uhr</figcaption></figure>", "2026-01-29T18:40:00+01:00"),
        # a date line with a reading time is no sentence
        ("<p>29.01.2026, Lesezeit 5 Min.</p>", "2026-01-29"),
        ("<p>Veröffentlicht am 29.01.2026 von der Redaktion.</p>", "2026-01-29"),
    ],
)  # fmt: skip
def test_date_lines_that_look_like_captions_or_sentences(before: str, expected: str) -> None:
    page = _dated("de", before, "")
    assert extract_article(page, "https://www.zeitung.example.de/a-1").published == expected


_CARD_ARTICLE = "<article class='karte'><h3>Kurz gemeldet</h3><time datetime='2026-01-20T08:00:00+01:00'>20.01.2026</time></article>"
_BODY = "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr Text dazu.</p>"


@pytest.mark.parametrize(
    "body",
    [
        # the headline in no <article>, other items' cards in <article>s after it
        f"<div class='beitrag'><h1>Der Landtag beschließt den neuen Haushalt</h1><time datetime='2026-01-29T18:40:00+01:00'>29.01.2026</time>{_BODY}</div><section>{_CARD_ARTICLE}{_CARD_ARTICLE}</section>",
        # ... with the article's own text in an <article> below the headline
        f"<header><h1>Der Landtag beschließt den neuen Haushalt</h1><time datetime='2026-01-29T18:40:00+01:00'>29.01.2026</time></header><article>{_BODY}</article><section>{_CARD_ARTICLE}</section>",
        # ... and its date only a line
        f"<div class='beitrag'><h1>Der Landtag beschließt den neuen Haushalt</h1><p class='meta'>29.01.2026, 18:40 Uhr</p>{_BODY}</div><section>{_CARD_ARTICLE}</section>",
    ],
)  # fmt: skip
def test_teaser_cards_in_articles_where_the_headline_is_in_none(body: str) -> None:
    page = f"<html lang='de'><head><title>T</title></head><body><main>{body}</main></body></html>"
    assert (
        extract_article(page, "https://www.zeitung.example.de/a-1").published
        == "2026-01-29T18:40:00+01:00"
    )


def test_the_articles_own_text_in_an_article_below_the_headline_keeps_its_time() -> None:
    body = f"<header><h1>Der Landtag beschließt den neuen Haushalt</h1></header><article><time datetime='2026-01-29T18:40:00+01:00'>29.01.2026</time>{_BODY * 12}</article>"
    page = f"<html lang='de'><head><title>T</title></head><body><main>{body}</main></body></html>"
    assert (
        extract_article(page, "https://www.zeitung.example.de/a-1").published
        == "2026-01-29T18:40:00+01:00"
    )


@pytest.mark.parametrize(
    ("lang", "own", "footer", "expected"),
    [
        # a page stating no date of its own has none, not its footer's
        ("de", "", "<footer><div class='spalte'><h4>Neueste Beiträge</h4><p><a href='/b'>Kurz</a> <span class='date'>20.01.2026</span></p></div></footer>", None),
        ("nl", "", "<div role='contentinfo'><p class='datum'>20 januari 2026</p></div>", None),
        ("en", "<p>29 January 2026</p>", "<footer><ul><li><time datetime='2026-01-20T08:00:00+00:00'>20 January 2026</time> <a href='/b'>Brief</a></li></ul></footer>", "2026-01-29"),
    ],
)  # fmt: skip
def test_the_sites_footer_does_not_date_the_article(
    lang: str, own: str, footer: str, expected: str | None
) -> None:
    page = (
        f"<html lang='{lang}'><head><title>T</title></head><body><main><article>"
        f"<h1>Der Landtag beschließt den neuen Haushalt</h1>{own}"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr Text dazu.</p>"
        f"</article></main>{footer}</body></html>"
    )
    assert extract_article(page, "https://www.zeitung.example.de/a-1").published == expected


def test_the_articles_own_footer_keeps_its_date() -> None:
    page = (
        "<html lang='de'><head><title>T</title></head><body><main><article>"
        "<h1>Der Landtag beschließt den neuen Haushalt</h1>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr Text dazu.</p>"
        "<footer><time datetime='2026-01-29T18:40:00+01:00'>29.01.2026</time></footer>"
        "</article></main></body></html>"
    )
    assert (
        extract_article(page, "https://www.zeitung.example.de/a-1").published
        == "2026-01-29T18:40:00+01:00"
    )


@pytest.mark.parametrize(
    ("url", "lang", "title", "card", "own", "expected"),
    [
        ("https://www.shimbun.example.jp/a-1", "ja", "市議会が新年度予算案を可決した",
         "<div class='card'><a href='/articles/20260120-b.html'>県知事選挙の投票率が過去最低を更新</a><time datetime='2026-01-20T08:00:00+09:00'>1月20日</time></div>",
         "<time datetime='2026-01-29T18:40:00+09:00'>2026年1月29日 18時40分</time>", "2026-01-29T18:40:00+09:00"),
        ("https://www.xinwen.example.cn/a-1", "zh", "市议会通过新年度预算案",
         "<div class='card'><a href='/news/2026-01/20/c_1.htm'>省长选举投票率创历史新低记录</a><time datetime='2026-01-20T08:00:00+08:00'>1月20日</time></div>",
         "<time datetime='2026-01-29T18:40:00+08:00'>2026年1月29日 18:40</time>", "2026-01-29T18:40:00+08:00"),
    ],
)  # fmt: skip
def test_a_teasers_date_beside_a_headline_written_without_spaces(
    url: str, lang: str, title: str, card: str, own: str, expected: str
) -> None:
    page = (
        f"<html lang='{lang}'><head><title>{title}</title></head><body><main><article>"
        f"<h1>{title}</h1>{card}{own}<p>{title}。{title}。{title}。</p></article></main></body></html>"
    )
    assert extract_article(page, url).published == expected


@pytest.mark.parametrize(
    ("lang", "block"),
    [
        ("he", "<div class='talkbacks'><div><time datetime='2026-01-30T08:00:00+02:00'>30.01.2026</time> תגובה</div></div>"),
        ("cs", "<div id='diskuse'><div><time datetime='2026-01-30T08:00:00+01:00'>30. 1. 2026</time> Komentář</div></div>"),
        ("de", "<div class='liveblog-entry'><time datetime='2026-01-29T21:05:00+01:00'>21:05</time><p>Neuer Stand im Landtag</p></div>"),
        ("en", "<div class='live-update'><time datetime='2026-01-29T21:05:00+00:00'>21:05</time><p>Latest from the chamber</p></div>"),
        ("de", "<div class='ticker-item'><time datetime='2026-01-29T21:05:00+01:00'>21:05</time><p>Neuer Stand</p></div>"),
    ],
)  # fmt: skip
def test_talkbacks_discussions_and_live_entries_are_other_items(lang: str, block: str) -> None:
    page = (
        f"<html lang='{lang}'><head><title>T</title></head><body><main><article>"
        f"<h1>Der Landtag beschließt den neuen Haushalt</h1>{block}<p class='meta'>29.01.2026</p>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr Text dazu.</p>"
        "</article></main></body></html>"
    )
    assert extract_article(page, "https://www.zeitung.example.de/a-1").published == "2026-01-29"


@pytest.mark.parametrize(
    ("url", "lang", "title", "before", "own", "expected"),
    [
        pytest.param("https://www.kino.example.de/kritik/a-1.html", "de", "Ein Film über das Meer",
                     "<dl class='film-info'><dt>Kinostart</dt><dd class='date'>20.11.2026</dd></dl>",
                     "<p class='meta'>02.12.2026, 10:35 Uhr</p>", "2026-12-02T10:35:00+01:00", id="de-kinostart-row"),
        pytest.param("https://www.review.example.co.uk/films/a-1", "en", "A film about the sea",
                     "<p class='date'>Release date: 20 November 2026</p>",
                     "<p class='byline'>By Ann Example, 2 December 2026 10:35</p>", "2026-12-02T10:35:00+00:00", id="en-release-date-line"),
        pytest.param("https://www.cine.example.fr/critique/a-1", "fr", "Un film sur la mer",
                     "<div class='infos'><span>Sortie</span> <time datetime='2026-11-20'>20 novembre 2026</time></div>",
                     "<p class='meta'>Publié le 2 décembre 2026 à 10h35</p>", "2026-12-02T10:35:00+01:00", id="fr-sortie-time"),
        pytest.param("https://www.juegos.example.es/analisis/a-1", "es", "Un juego sobre el mar",
                     "<div><span class='release-date'>20 de noviembre de 2026</span></div>",
                     "<p class='meta'>2 de diciembre de 2026, 10:35</p>", "2026-12-02T10:35:00+01:00", id="es-release-class"),
        pytest.param("https://www.review.example.com/books/a-1", "en-US", "A book about the sea",
                     "<div itemscope itemtype='https://schema.org/Review'><div itemprop='itemReviewed' itemscope itemtype='https://schema.org/Book'><meta itemprop='datePublished' content='2026-11-20'></div></div>",
                     "<p class='byline'>Dec. 2, 2026 10:35 a.m. ET</p>", "2026-12-02T10:35:00-05:00", id="en-microdata-item-reviewed"),
    ],
)  # fmt: skip
def test_a_reviewed_works_release_day_is_not_the_articles(
    url: str, lang: str, title: str, before: str, own: str, expected: str
) -> None:
    assert extract_article(_page(lang, title, before + own), url).published == expected


def test_a_press_releases_released_line_with_a_time_is_its_publication() -> None:
    page = _page(
        "en", "Council approves the budget", "<p class='date'>Released: 2 December 2026, 10:35</p>"
    )
    assert (
        extract_article(page, "https://www.council.example.gov.uk/news/a-1").published
        == "2026-12-02T10:35:00+00:00"
    )


@pytest.mark.parametrize(
    ("url", "lang", "title", "before", "own", "expected"),
    [
        pytest.param("https://www.zeitung.example.de/politik/a-1.html", "de", "Der Landtag beschließt den neuen Haushalt",
                     "<div class='dates'><a href='/politik/b-2.html'>Hallenbad</a> 01.12.2026 09:00<br><a href='/politik/c-3.html'>Schulbau</a> 30.11.2026 08:00</div>",
                     "<p class='meta'>02.12.2026, 14:30 Uhr</p>", "2026-12-02T14:30:00+01:00", id="de-dated-links-box"),
        pytest.param("https://www.news.example.co.uk/politics/a-1", "en", "Council approves the budget",
                     "<div class='timestamp'><time datetime='2026-12-01T09:00:00Z'>1 Dec</time> <a href='/politics/b-2'>Pool</a> <time datetime='2026-11-30T08:00:00Z'>30 Nov</time> <a href='/politics/c-3'>School</a></div>",
                     "<p class='byline'>2 December 2026 14:30</p>", "2026-12-02T14:30:00+00:00", id="en-times-beside-links"),
        pytest.param("https://www.giornale.example.it/politica/a-1", "it", "Il consiglio approva il bilancio",
                     "<div class='data'><ul><li>1 dicembre 2026 09:00 – Piscina</li><li>30 novembre 2026 08:00 – Scuola</li></ul></div>",
                     "<p class='meta'>2 dicembre 2026, 14:30</p>", "2026-12-02T14:30:00+01:00", id="it-dated-rows"),
    ],
)  # fmt: skip
def test_a_date_classed_box_listing_other_dates_is_not_the_date_line(
    url: str, lang: str, title: str, before: str, own: str, expected: str
) -> None:
    assert extract_article(_page(lang, title, before + own), url).published == expected


@pytest.mark.parametrize(
    ("url", "lang", "title", "own", "expected"),
    [
        pytest.param("https://www.zeitung.example.de/politik/a-1.html", "de", "Der Landtag beschließt den neuen Haushalt",
                     "<ul class='meta'><li>Von Anna Muster</li><li>02.12.2026, 09:15 Uhr</li><li>Aktualisiert 03.12.2026, 10:00 Uhr</li></ul>",
                     "2026-12-02T09:15:00+01:00", id="de-byline-list"),
        pytest.param("https://www.news.example.co.uk/politics/a-1", "en", "Council approves the budget",
                     "<ul class='article-meta'><li>By Ann Example</li><li>December 2, 2026 9:15 AM</li><li>Updated December 3, 2026</li></ul>",
                     "2026-12-02T09:15:00+00:00", id="en-byline-list"),
    ],
)  # fmt: skip
def test_a_bylines_list_of_its_publication_and_update_stays_its_date_line(
    url: str, lang: str, title: str, own: str, expected: str
) -> None:
    assert extract_article(_page(lang, title, own), url).published == expected
