"""Which of a page's dates is the publication, where sources of one moment disagree in form,
and where the markup names a date the update (a class, `itemprop="dateModified"`, a label
after its date as Japanese and Chinese pages print it).

Every page here is made up for the test: the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.dates import parse_date, to_iso


def _page(lang: str, line: str, head: str = "", attrs: str = "") -> str:
    return (
        f"<html lang='{lang}'><head><title>T</title>{head}</head><body><article>"
        f"<h1>Ein ganz gewöhnlicher Titel</h1><p class='info'{attrs}>{line}</p>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein.</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "lang", "line", "published", "modified"),
    [
        # an update label after the bracketed update time: the time before the bracket is the publication
        ("https://news.example.jp/a/1", "ja", "2026年1月29日 18時40分 （2026年1月30日 09時05分 更新）",
         "2026-01-29T18:40:00+09:00", "2026-01-30T09:05:00+09:00"),
        ("https://news.example.jp/a/2", "ja", "2026年1月29日 18時40分 (1月30日 09時05分更新)",
         "2026-01-29T18:40:00+09:00", None),
        ("https://news.example.cn/a/3", "zh", "2026-01-29 18:40【2026-01-30 09:05 更新】",
         "2026-01-29T18:40:00+08:00", "2026-01-30T09:05:00+08:00"),
        ("https://haber.example.com.tr/a/4", "tr", "29.01.2026 18:40 (30.01.2026 09:05 güncellendi)",
         "2026-01-29T18:40:00+03:00", "2026-01-30T09:05:00+03:00"),
        # the label after a line's only date still labels that date (the publication's only
        # as the last resort: nothing else dates the page)
        ("https://news.example.jp/a/5", "ja", "2026年1月29日 18時40分 更新", "2026-01-29T18:40:00+09:00", "2026-01-29T18:40:00+09:00"),
    ],
)  # fmt: skip
def test_an_update_label_after_a_bracketed_time_names_only_that_time(
    url: str, lang: str, line: str, published: str | None, modified: str | None
) -> None:
    art = extract_article(_page(lang, line), url)
    assert (art.published, art.modified) == (published, modified)


@pytest.mark.parametrize(
    ("url", "lang", "meta", "shown", "expected"),
    [
        ("https://www.zeitung.example.de/a", "de", "2026-01-29T17:40:12.345Z",
         "2026-01-29T18:40:12+01:00", "2026-01-29T18:40:12+01:00"),
        ("https://www.diario.example.es/a", "es", "2025-07-03T08:05:09.981Z",
         "2025-07-03T10:05:09+02:00", "2025-07-03T10:05:09+02:00"),
        ("https://www.shinbun.example.jp/a", "ja", "2026-01-29T09:40:12.500Z",
         "2026-01-29T18:40:12+09:00", "2026-01-29T18:40:12+09:00"),
        # milliseconds the local spelling also states: another moment, the meta's stands
        ("https://www.zeitung.example.de/b", "de", "2026-01-29T17:40:12.345Z",
         "2026-01-29T18:40:12.999+01:00", "2026-01-29T18:40:12.345000+01:00"),
    ],
)  # fmt: skip
def test_milliseconds_only_the_utc_spelling_adds_are_no_other_time(
    url: str, lang: str, meta: str, shown: str, expected: str
) -> None:
    head = f'<meta property="article:published_time" content="{meta}">'
    line = f'<time datetime="{shown}">{shown[:10]}</time>'
    assert extract_article(_page(lang, line, head=head), url).published == expected


@pytest.mark.parametrize(
    ("url", "lang", "line", "stamp", "head", "expected"),
    [
        # a Unix time on the line printing its minute as the local clock: the seconds and the offset
        ("https://www.news.example.com/a", "en", "Published on 30/04/2026 - 16:38", "1777559917", "",
         "2026-04-30T16:38:37+02:00"),
        ("https://www.zeitung.example.de/a", "de", "Veröffentlicht am 30. April 2026 um 16:38 Uhr", "1777559917", "",
         "2026-04-30T16:38:37+02:00"),
        ("https://www.shinbun.example.jp/a", "ja", "2026年4月30日 23時38分", "1777559917", "",
         "2026-04-30T23:38:37+09:00"),
        # a stamp whose minute matches at an offset the site's zone does not keep: another time
        ("https://www.shinbun.example.jp/b", "ja", "2026年4月30日 16時38分", "1777559917", "",
         "2026-04-30T16:38:00+09:00"),
        # the stamp is the update the metadata names: not the publication's seconds
        ("https://www.zeitung.example.de/c", "de", "Veröffentlicht am 30. April 2026 um 16:38 Uhr", "1777559917",
         '<meta property="og:updated_time" content="2026-04-30T16:38:37+02:00">', "2026-04-30T16:38:00+02:00"),
    ],
)  # fmt: skip
def test_a_stamp_beside_a_local_clock_gives_its_seconds_and_offset(
    url: str, lang: str, line: str, stamp: str, head: str, expected: str
) -> None:
    html = _page(lang, line, head=head, attrs=f' data-utc-time="{stamp}"')
    assert extract_article(html, url).published == expected


@pytest.mark.parametrize(
    ("url", "lang", "published", "modified", "body", "expected"),
    [
        # the published meta is the update's stamp: the markup's earlier datePublished is the release
        ("https://www.tabloid.example.co.uk/news/a", "en", "2026-03-05T19:49:50Z", "2026-03-05T19:49:50Z",
         '<div itemprop="datePublished" content="2026-03-04T13:23:00Z">By Jane Roe</div>', "2026-03-04T13:23:00+00:00"),
        ("https://www.zeitung.example.de/a", "de", "2026-03-05T19:49:50+01:00", "2026-03-05T19:49:50+01:00",
         '<p>Veröffentlicht <time datetime="2026-03-05T08:15:00+01:00">5. März 2026, 8:15 Uhr</time></p>',
         "2026-03-05T08:15:00+01:00"),
        ("https://www.journal.example.fr/a", "fr", "2026-03-05T18:49:50Z", "2026-03-05T18:49:50Z",
         '<p>Publié le <time datetime="2026-03-05T09:15:00+01:00">5 mars 2026 à 9h15</time></p>',
         "2026-03-05T09:15:00+01:00"),
        # a published meta that is not the modified one stands
        ("https://www.zeitung.example.de/b", "de", "2026-03-05T19:49:50+01:00", "2026-03-06T07:00:00+01:00",
         '<p><time datetime="2026-03-05T08:15:00+01:00">5. März 2026, 8:15 Uhr</time></p>', "2026-03-05T19:49:50+01:00"),
    ],
)  # fmt: skip
def test_a_published_meta_bumped_to_the_update_yields_to_the_markups_earlier_release(
    url: str, lang: str, published: str, modified: str, body: str, expected: str
) -> None:
    head = (
        f'<meta property="article:published_time" content="{published}">'
        f'<meta property="article:modified_time" content="{modified}">'
    )
    html = (
        f"<html lang='{lang}'><head><title>T</title>{head}</head><body><article>"
        f"<h1>Ein ganz gewöhnlicher Titel</h1>{body}"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein.</p></article></body></html>"
    )
    assert extract_article(html, url).published == expected


@pytest.mark.parametrize(
    ("url", "script", "expected"),
    [
        ("https://www.paper.example.co.uk/a", "var meta = {publishedDate: new Date(1777559917000), views: 3};",
         "2026-04-30T15:38:37+01:00"),
        ("https://www.zeitung.example.de/a", 'window.cfg = {"date": {"mod": "x", "pub_timestamp": 1777559917, "mod_timestamp": 1777570000}};',
         "2026-04-30T16:38:37+02:00"),
        ("https://www.diario.example.es/a", 'var dl = {ct_postDate: "2026-04-30T16:38:37+02:00"};',
         "2026-04-30T16:38:37+02:00"),
        ("https://www.news.example.com/a", 'tp.push(["setContentCreated", "2026-04-30T14:38:37Z"]);',
         "2026-04-30T14:38:37+00:00"),
        # a post's last date is not its publication
        ("https://www.zeitung.example.de/b", 'var dl = {lastPostDate: "2026-05-02T10:00:00+02:00"};', None),
    ],
)  # fmt: skip
def test_script_state_spellings_of_the_publication(
    url: str, script: str, expected: str | None
) -> None:
    html = (
        "<html><head><title>T</title></head><body><article><h1>Ein ganz gewöhnlicher Titel</h1>"
        f"<p>Ein Absatz mit Text, der lang genug ist.</p></article><script>{script}</script></body></html>"
    )
    assert extract_article(html, url).published == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thursday 29 January 2026 6.40pm", "2026-01-29T18:40:00"),
        ("29 January 2026, 10.05 a.m.", "2026-01-29T10:05:00"),
        ("Updated: 29 Jan 2026 at 12.15 pm", "2026-01-29T12:15:00"),
        # a dotted time with no word saying it is one stays unread
        ("29 January 2026 6.40", "2026-01-29T00:00:00"),
    ],
)
def test_a_dotted_twelve_hour_time(text: str, expected: str) -> None:
    found = parse_date(text)
    assert found is not None
    assert to_iso(found) == expected


def _article(url: str, lang: str, head: str, before: str, line: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>T</title>{head}</head><body>{before}<article>"
        f"<h1>Ein ganz gewöhnlicher Titel heute</h1>{line}"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein.</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "lang", "line", "published", "modified"),
    [
        ("https://www.zeitung.example.de/a", "de",
         "<p>Aktualisiert am <time datetime='2026-01-30T09:05:00+01:00'>30.01.2026</time>, erstellt "
         "<time datetime='2026-01-29T18:40:00+01:00'>29.01.2026</time></p>",
         "2026-01-29T18:40:00+01:00", "2026-01-30T09:05:00+01:00"),
        ("https://www.paper.example.co.uk/a", "en",
         "<p><span>Updated:</span> <time datetime='2026-01-30T09:05:00Z'>30 Jan</time> "
         "<span>Published:</span> <time datetime='2026-01-29T18:40:00Z'>29 Jan</time></p>",
         "2026-01-29T18:40:00+00:00", "2026-01-30T09:05:00+00:00"),
        ("https://www.avis.example.no/a", "nb",
         "<p>Sist oppdatert <time datetime='2026-01-30T09:05:00+01:00'>30.01.2026</time></p>"
         "<p>Publisert <time datetime='2026-01-29T18:40:00+01:00'>29.01.2026</time></p>",
         "2026-01-29T18:40:00+01:00", "2026-01-30T09:05:00+01:00"),
    ],
)  # fmt: skip
def test_an_updated_label_before_a_time_element_makes_it_the_modified_time(
    url: str, lang: str, line: str, published: str, modified: str
) -> None:
    art = extract_article(_article(url, lang, "", "", line), url)
    assert (art.published, art.modified) == (published, modified)


@pytest.mark.parametrize(
    ("url", "lang", "banner", "line", "expected"),
    [
        ("https://www.zeitung.example.de/a", "de",
         "<header><time datetime='2026-01-31T09:12:00+01:00'>Samstag, 31. Januar 2026</time></header>",
         "<p>Veröffentlicht am 29.01.2026 um 18:40 Uhr</p>", "2026-01-29T18:40:00+01:00"),
        ("https://www.diario.example.es/a", "es",
         "<nav><time datetime='2026-01-31'>31 de enero de 2026</time></nav>",
         "<p>29 de enero de 2026, 18:40</p>", "2026-01-29T18:40:00+01:00"),
        ("https://www.shinbun.example.jp/a", "ja",
         "<div role='banner'><time datetime='2026-01-31T09:12:00+09:00'>2026年1月31日</time></div>",
         "<p>2026年1月29日 18時40分</p>", "2026-01-29T18:40:00+09:00"),
        # an article's own <header> holds its date
        ("https://www.zeitung.example.de/b", "de", "",
         "<header><time datetime='2026-01-29T18:40:00+01:00'>29.01.2026</time></header>",
         "2026-01-29T18:40:00+01:00"),
    ],
)  # fmt: skip
def test_the_banners_clock_is_not_the_articles_date(
    url: str, lang: str, banner: str, line: str, expected: str
) -> None:
    assert extract_article(_article(url, lang, "", banner, line), url).published == expected


@pytest.mark.parametrize(
    ("url", "lang", "head", "line", "expected"),
    [
        ("https://www.zeitung.example.de/a", "de",
         '<meta name="date" content="2026-01-30T09:05:00+01:00"><meta property="article:modified_time" content="2026-01-30T09:05:00+01:00">',
         "<p>Veröffentlicht am 29.01.2026 um 18:40 Uhr</p>", "2026-01-29T18:40:00+01:00"),
        ("https://www.journal.example.fr/a", "fr",
         '<meta property="article:published_time" content="2026-01-30T09:05:00+01:00"><meta property="article:modified_time" content="2026-01-30T09:05:00+01:00">',
         "<p>Publié le 29 janvier 2026 à 18h40</p>", "2026-01-29T18:40:00+01:00"),
        # an unlabelled line is not known to state the publication
        ("https://www.zeitung.example.de/b", "de",
         '<meta name="date" content="2026-01-30T09:05:00+01:00"><meta property="article:modified_time" content="2026-01-30T09:05:00+01:00">',
         "<p>29.01.2026 um 18:40 Uhr</p>", "2026-01-30T09:05:00+01:00"),
    ],
)  # fmt: skip
def test_a_meta_bumped_to_the_update_yields_to_a_line_labelled_published(
    url: str, lang: str, head: str, line: str, expected: str
) -> None:
    assert extract_article(_article(url, lang, head, "", line), url).published == expected


@pytest.mark.parametrize(
    ("url", "lang", "head", "expected"),
    [
        # the JSON-LD states only when the piece was created: the meta naming the publication wins
        ("https://www.zeitung.example.de/a", "de",
         '{"@type": "NewsArticle", "headline": "H", "dateCreated": "2026-01-29T15:02:11+01:00"}'
         '|<meta property="article:published_time" content="2026-01-29T18:40:00+01:00">',
         "2026-01-29T18:40:00+01:00"),
        ("https://www.shinbun.example.jp/a", "ja",
         '{"@type": "NewsArticle", "headline": "H", "dateCreated": "2026-01-29T15:02:11+09:00"}'
         '|<meta name="pubdate" content="2026-01-29T18:40:00+09:00">',
         "2026-01-29T18:40:00+09:00"),
        ("https://www.news.example.com/a", "en-US",
         '{"@type": "NewsArticle", "headline": "H"}'
         '|<meta name="dcterms.created" content="2026-01-29T13:45:27-05:00">'
         '<meta name="publish-date" content="2026-01-29T14:20:55-05:00">',
         "2026-01-29T14:20:55-05:00"),
        # nothing names the publication: the creation stands
        ("https://www.zeitung.example.de/b", "de",
         '{"@type": "NewsArticle", "headline": "H", "dateCreated": "2026-01-29T15:02:11+01:00"}|',
         "2026-01-29T15:02:11+01:00"),
    ],
)  # fmt: skip
def test_a_creation_time_yields_to_one_naming_the_publication(
    url: str, lang: str, head: str, expected: str
) -> None:
    ld, metas = head.split("|")
    script = f'<script type="application/ld+json">{ld}</script>'
    assert extract_article(_article(url, lang, script + metas, "", ""), url).published == expected


def _deep(inner: str, levels: int) -> str:
    return "<div class='wrap'>" * levels + inner + "</div>" * levels


@pytest.mark.parametrize(
    ("url", "lang", "top", "line", "expected"),
    [
        # today's date in the site's top bar, far from the headline: the page's clock
        ("https://www.truth.example.com/a", "en", "<div class='td_data_time'>Friday, January 30, 2026</div>",
         "", None),
        ("https://www.kvall.example.se/a", "sv", "<div class='date'>fredag 30 januari 2026 Dagens namn: Sven</div>",
         "<p>Publicerad i går</p>", None),
        ("https://www.zeitung.example.de/a", "de", "<span class='datum'>Freitag, 30. Januar 2026</span>",
         "<p class='meta'>Donnerstag, 29. Januar 2026, 18:40 Uhr</p>", "2026-01-29T18:40:00+01:00"),
    ],
)  # fmt: skip
def test_the_sites_clock_above_the_page_is_not_the_articles_date(
    url: str, lang: str, top: str, line: str, expected: str | None
) -> None:
    html = (
        f"<html lang='{lang}'><head><title>T</title></head><body>{_deep(top, 3)}"
        + _deep(
            f"<h1>Ein ganz gewöhnlicher Titel heute</h1>{line}<p>Ein Absatz mit Text, der lang genug ist.</p>",
            6,
        )
        + "</body></html>"
    )
    assert extract_article(html, url).published == expected


def test_a_date_line_just_above_the_headline_is_the_articles() -> None:
    html = (
        "<html lang='de'><head><title>T</title></head><body>"
        + _deep("<div class='kicker'><span class='date'>29. Januar 2026, 18:40 Uhr</span></div>"
                "<h1>Ein ganz gewöhnlicher Titel heute</h1><p>Ein Absatz mit Text, der lang genug ist.</p>", 8)
        + "</body></html>"
    )  # fmt: skip
    assert extract_article(html, "https://www.zeitung.example.de/a").published == (
        "2026-01-29T18:40:00+01:00"
    )


@pytest.mark.parametrize(
    ("url", "lang", "line"),
    [
        ("https://haber.example.com.tr/a", "tr", "Güncelleme: 30.01.2026 09:05 Giriş: 29.01.2026 18:40"),
        ("https://haber.example.com.tr/b", "tr", "Son Güncelleme: 30.01.2026 09:05 - Giriş Tarihi: 29.01.2026 18:40"),
        ("https://avis.example.dk/a", "da", "Opdateret 30. januar 2026 kl. 09.05 Offentliggjort 29. januar 2026 kl. 18.40"),
        ("https://gazeta.example.ru/a", "ru", "Обновлено: 30.01.2026 09:05 Дата публикации: 29.01.2026 18:40"),
        ("https://news.example.tw/a", "zh-TW", "更新時間：2026/01/30 09:05 發布時間：2026/01/29 18:40"),
        ("https://news.example.cn/a", "zh-CN", "最后更新：2026-01-30 09:05 首发：2026-01-29 18:40"),
        ("https://wiadomosci.example.pl/a", "pl", "Zaktualizowano 30.01.2026 09:05 Dodano 29.01.2026 18:40"),
        ("https://frettir.example.is/a", "is", "Uppfært 30.1.2026 kl. 9:05 Birt 29.1.2026 kl. 18:40"),
        # update labels: Italian "Ultimo aggiornamento", French "Modifié le", "Actualisé le"
        ("https://notizie.example.it/a", "it", "Ultimo aggiornamento: 30/01/2026 09:05 - Pubblicato il 29/01/2026 alle 18:40"),
        ("https://journal.example.fr/a", "fr", "Modifié le 30/01/2026 à 09h05 Publié le 29/01/2026 à 18h40"),
        ("https://journal.example.fr/b", "fr", "29/01/2026 à 18h40 Actualisé le 30/01/2026 à 09h05"),
    ],
)  # fmt: skip
def test_more_published_and_update_labels(url: str, lang: str, line: str) -> None:
    art = extract_article(_article(url, lang, "", "", f"<p class='date'>{line}</p>"), url)
    assert (art.published or "")[:16] == "2026-01-29T18:40"
    assert (art.modified or "")[:16] == "2026-01-30T09:05"


def _marked_page(lang: str, before: str, line: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>T</title></head><body><article>"
        f"<h1>Ein ganz gewöhnlicher Titel</h1>{before}<p class='meta'>{line}</p>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein.</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "lang", "before", "line", "expected"),
    [
        pytest.param("https://www.zeitung.de/a", "de", "<time class='date-modified' datetime='2026-07-02T16:00:00+02:00'>02.07.2026 16:00</time>",
                     "Veröffentlicht am 02.07.2026, 09:15 Uhr", "2026-07-02T09:15:00+02:00", id="de-modified-class"),
        pytest.param("https://www.paper.co.uk/a", "en", "<time itemprop='dateModified' datetime='2026-12-02T16:00:00Z'>4pm</time>",
                     "2 December 2026, 09:15", "2026-12-02T09:15:00+00:00", id="en-itemprop-datemodified"),
        pytest.param("https://www.diario.es/a", "es", "<span class='updated'>02/07/2026 16:00</span>",
                     "02/07/2026 09:15", "2026-07-02T09:15:00+02:00", id="es-updated-class-line"),
        # alone, an update's time still dates the page
        pytest.param("https://www.zeitung.de/a", "de", "<time class='updated' datetime='2026-07-02T16:00:00+02:00'>16:00</time>",
                     "Von Anna Muster", "2026-07-02T16:00:00+02:00", id="de-alone"),
    ],
)  # fmt: skip
def test_a_time_the_markup_names_the_update_yields_to_a_visible_publication(
    url: str, lang: str, before: str, line: str, expected: str
) -> None:
    assert extract_article(_marked_page(lang, before, line), url).published == expected


@pytest.mark.parametrize(
    ("url", "lang", "line", "expected"),
    [
        pytest.param("https://www.shimbun.jp/a", "ja", "2026年7月2日 16時00分 更新 / 2026年7月2日 9時15分 配信", "2026-07-02T09:15:00+09:00", id="ja-updated-first"),
        pytest.param("https://www.xinwen.cn/a", "zh", "2026-07-02 16:00 更新 | 2026-07-02 09:15 发布", "2026-07-02T09:15:00+08:00", id="zh-updated-first"),
        pytest.param("https://www.xinwen.tw/a", "zh-TW", "2026/07/02 09:15 發布（2026/07/02 16:00 更新）", "2026-07-02T09:15:00+08:00", id="zh-tw-bracketed-update"),
    ],
)  # fmt: skip
def test_labels_after_their_dates_name_each_its_own(
    url: str, lang: str, line: str, expected: str
) -> None:
    assert extract_article(_page(lang, line), url).published == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("02.07.2026 09.15.30", "2026-07-02T09:15:30"),
        ("2. heinäkuuta 2026 09.15.30", "2026-07-02T09:15:30"),
        ("2 juli 2026 09.15.30", "2026-07-02T09:15:30"),
    ],
)
def test_a_dotted_clock_with_seconds_after_the_day(text: str, expected: str) -> None:
    found = parse_date(text)
    assert found is not None and to_iso(found) == expected
