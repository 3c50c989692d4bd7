"""Dates on layouts and CMSs of publishers never seen: Taiwan's Minguo years, script state
that describes other pieces beside the article, date attributes of teasers, and which of two
statements of the publication wins.

Every string here is made up for the test; the layouts are the ones news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.dates import parse_date, to_iso

URL = "https://news.example/politik/ein-titel-des-artikels-hier-101.html"
HEADLINE = "Ein Titel des Artikels hier"
# A teaser of another piece: its headline as a link to a slug of several words.
OTHER = (
    '<a href="/politik/stadtrat-beschliesst-neuen-haushalt-fuer-2027-99.html">'
    "Stadtrat beschließt neuen Haushalt für das kommende Jahr</a>"
)
TEXT = "<p>Der Text des Artikels, lang genug für einen Absatz, erzählt, was geschah und warum.</p>"


def _page(head: str = "", body: str = "", lang: str = "de-DE") -> str:
    return (
        f"<html lang='{lang}'><head>{head}</head><body><main><h1>{HEADLINE}</h1>"
        f"{body}{TEXT * 3}</main></body></html>"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("115年12月3日 18:40", "2026-12-03T18:40:00"),
        ("民國115年12月03日 18:40", "2026-12-03T18:40:00"),
        ("中華民國115年12月3日", "2026-12-03T00:00:00"),
        ("發布時間：民國 115 年 12 月 3 日 下午 6:40", "2026-12-03T18:40:00"),
        ("更新 2026年12月3日 18:40", "2026-12-03T18:40:00"),  # a Gregorian year stays
    ],
)
def test_taiwans_minguo_years(text: str, expected: str) -> None:
    d = parse_date(text)
    assert d is not None
    assert to_iso(d) == expected


def test_a_minguo_dated_line_dates_the_page() -> None:
    html = _page(body="<p class='date'>115年12月3日 18:40</p>", lang="zh-TW")
    assert extract_article(html, URL).published == "2026-12-03T18:40:00+08:00"


@pytest.mark.parametrize(
    "text",
    [
        "創立120年12月記念",  # a three-digit count of years outside Minguo's range
        "第115年度報告",  # no month after it
    ],
)
def test_a_count_of_years_is_no_minguo_year(text: str) -> None:
    assert parse_date(text) is None


def _state(state: str) -> str:
    return f"<script>window.__INITIAL_STATE__={state};</script>"


_RELATED = (
    '{"title": "Stadtrat beschließt neuen Haushalt", "publishedAt": "2026-11-28T08:00:00+01:00"}'
)
_OWN = f'{{"title": "{HEADLINE}", "publishedAt": "2026-12-03T18:40:00+01:00"}}'


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(_state(f'{{"related": [{_RELATED}], "article": {_OWN}}}'), "2026-12-03T18:40:00+01:00", id="related-list-first"),
        pytest.param(_state(f'{{"article": {_OWN}, "related": [{_RELATED}]}}'), "2026-12-03T18:40:00+01:00", id="article-first"),
        pytest.param(
            '<script>window.__INITIAL_STATE__=JSON.parse("'
            + f'{{"mostRead": [{_RELATED}], "story": {_OWN}}}'.replace('"', "\\u0022")
            + '");</script>',
            "2026-12-03T18:40:00+01:00",
            id="escaped-json-in-a-js-string",
        ),
        pytest.param(
            "<script id='__NEXT_DATA__' type='application/json'>"
            '{"props": {"pageProps": {"teasers": [{"headline": "Andere Meldung des Tages aus der Stadt", "publishedAt": "2026-11-30T07:00:00.000Z"}], '
            f'"article": {{"headline": "{HEADLINE}", "publishedAt": "2026-12-03T17:40:00.000Z"}}}}}}}}</script>',
            "2026-12-03T18:40:00+01:00",  # the same instant, in the page's zone
            id="next-data-teasers-first",
        ),
        pytest.param('<p class="date">03.12.2026</p>' + _state(f'{{"related": [{_RELATED}], "article": {_OWN}}}'),
                     "2026-12-03T18:40:00+01:00", id="the-day-printed-the-time-in-state"),
        # no title beside any of them: the first, as before
        pytest.param(_state('{"a": {"publishedAt": "2026-12-03T18:40:00+01:00"}, "b": {"publishedAt": "2026-11-28T08:00:00+01:00"}}'),
                     "2026-12-03T18:40:00+01:00", id="untitled-first"),
    ],
)  # fmt: skip
def test_script_state_describing_other_pieces(body: str, expected: str) -> None:
    """A state that lists related or most-read pieces before the article: the date whose
    object carries the page's headline is the article's."""
    assert extract_article(_page(body=body), URL).published == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(f'<span class="date">03.12.2026</span>{TEXT}<div class="box" data-published="2026-12-02T08:00:00+01:00">{OTHER}</div>',
                     "2026-12-03", id="teaser-attribute-after-the-day"),
        pytest.param(f'<div class="box" data-publish-date="2026-11-28T08:00:00+01:00">{OTHER}</div>', None, id="teaser-attribute-alone"),
        pytest.param('<div class="article-meta" data-published="2026-12-03T18:40:00+01:00">03.12.2026</div>',
                     "2026-12-03T18:40:00+01:00", id="own-attribute"),
    ],
)  # fmt: skip
def test_a_teasers_date_attribute_is_not_the_articles(body: str, expected: str | None) -> None:
    assert extract_article(_page(body=body), URL).published == expected


def _teasers(kind: str, short: str, lang: str) -> str:
    """A list of two other pieces with short headlines, each with its own date and time."""
    item = (
        f"<{kind} class='item'><div><a href='/{lang}/budget-vote-99.html'>{short}</a></div>"
        f"<div><span class='date'>{{day}} 07:00</span></div></{kind}>"
    )
    items = item.format(day="03.12.2026") + item.format(day="02.12.2026")
    return f"<ul class='x'>{items}</ul>" if kind == "li" else f"<div class='x'>{items}</div>"


@pytest.mark.parametrize(
    ("kind", "short", "lang"),
    [
        ("li", "Haushalt beschlossen", "de"),
        ("li", "Budget adopté", "fr"),
        ("li", "Presupuesto aprobado", "es"),
        ("div", "Bilancio approvato", "it"),
        ("div", "Begroting aangenomen", "nl"),
        ("li", "Budżet przyjęty", "pl"),
        ("div", "Bütçe kabul edildi", "tr"),
        ("li", "Бюджет принят", "ru"),
        ("div", "Budsjettet vedtatt", "nb"),
        ("li", "予算成立", "ja"),
        ("div", "예산 통과", "ko"),
    ],
)
def test_a_list_of_other_pieces_does_not_refine_the_articles_day(
    kind: str, short: str, lang: str
) -> None:
    """The page states its day only (`<time datetime="2026-12-03">`); a most-read list
    below, under a class in any language, holds other pieces' times of that day: the
    article's answer is its day, not a teaser's time."""
    body = (
        "<div class='meta'><time datetime='2026-12-03'>03.12.2026</time></div>"
        + TEXT
        + _teasers(kind, short, lang)
    )
    assert extract_article(_page(body=body, lang=lang), URL).published == "2026-12-03"


@pytest.mark.parametrize(
    "meta",
    [
        "<ul class='meta'><li>Von <a href='/autor/max-muster'>Max Muster</a></li><li>03.12.2026, 18:40 Uhr</li></ul>",
        "<ul><li><a href='/politik'>Politik</a></li><li>03.12.2026, 18:40 Uhr</li><li><a href='/wirtschaft'>Wirtschaft</a></li></ul>",
        "<ul><li>03.12.2026, 18:40 Uhr</li><li><a href='#kommentare'>12 Kommentare</a></li></ul>",
    ],
)  # fmt: skip
def test_a_byline_in_a_list_stays_the_articles(meta: str) -> None:
    body = meta + TEXT
    assert extract_article(_page(body=body), URL).published == "2026-12-03T18:40:00+01:00"


@pytest.mark.parametrize(
    "meta",
    [
        "<meta name='created' content='2026-12-03T18:40:00+01:00'>",
        "<meta name='dateCreated' content='2026-12-03T18:40:00+01:00'>",
        "<meta itemprop='dateCreated' content='2026-12-03T18:40:00+01:00'>",
        "<meta name='article-date' content='2026-12-03T18:40:00+01:00'>",
        "<meta property='article:date' content='2026-12-03T18:40:00+01:00'>",
    ],
)
def test_more_metas_naming_the_article_date(meta: str) -> None:
    assert extract_article(_page(head=meta), URL).published == "2026-12-03T18:40:00+01:00"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("<meta property='article:published_time' content='2026-12-03T18:40:00+01:00'>", ""),
        ("", "<p class='meta'><time datetime='2026-12-03T18:40:00+01:00'>18:40 Uhr</time></p>"),
        ("", "<p class='meta'>03.12.2026, 18:40 Uhr</p>"),
    ],
)
def test_a_created_meta_yields_to_the_publication(head: str, body: str) -> None:
    """A creation meta is a CMS record's or a draft's time: a published meta or a time the
    page shows is the publication."""
    head += "<meta name='created' content='2026-12-02T09:00:00+01:00'>"
    html = _page(head=head, body=body)
    assert extract_article(html, URL).published == "2026-12-03T18:40:00+01:00"


def test_json_ld_escaped_as_markup_is_read() -> None:
    """A CMS that HTML-escapes its JSON-LD block (`{&quot;@type&quot;: ...}`): its date
    and its headline are the article's as if written plainly."""
    block = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", '
        f'"headline": "{HEADLINE} &amp; mehr", "datePublished": "2026-12-03T18:40:00+01:00"}}'
    ).replace('"', "&quot;")
    head = f"<script type='application/ld+json'>{block}</script>"
    art = extract_article(_page(head=head), URL)
    assert art.published == "2026-12-03T18:40:00+01:00"


_LD_FULL = '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "datePublished": "2026-12-03T18:40:00+01:00"}</script>'
_META_FULL = "<meta property='article:published_time' content='2026-12-03T18:40:00+01:00'>"
_META_UTC = "<meta property='article:published_time' content='2026-12-03T17:40:00Z'>"


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # a full timestamp in the metadata, the day alone in the markup or a line: the timestamp
        pytest.param(_LD_FULL, "<time datetime='2026-12-03'>3. Dezember 2026</time>", "2026-12-03T18:40:00+01:00", id="ld-full-time-day"),
        pytest.param(_META_FULL, "<time datetime='2026-12-03'>3. Dezember 2026</time>", "2026-12-03T18:40:00+01:00", id="meta-full-time-day"),
        pytest.param(_META_FULL, "<p class='date'>03.12.2026</p>", "2026-12-03T18:40:00+01:00", id="meta-full-line-day"),
        pytest.param(_LD_FULL, "<time datetime='2026-12-03T00:00:00+01:00'>3. Dezember 2026</time>", "2026-12-03T18:40:00+01:00", id="ld-full-time-midnight"),
        pytest.param("", "<time datetime='2026-12-03'>3.12.2026</time><script>window.s = {\"publishedAt\": \"2026-12-03T18:40:00+01:00\"};</script>",
                     "2026-12-03T18:40:00+01:00", id="state-full-time-day"),
        # the same instant in another offset: the page's local spelling of it
        pytest.param(_META_UTC, "<time datetime='2026-12-03T18:40:00+01:00'>03.12.2026, 18:40 Uhr</time>", "2026-12-03T18:40:00+01:00", id="meta-utc-time-local"),
        pytest.param(_LD_FULL, "<p class='date'>03.12.2026, 17:40 GMT</p>", "2026-12-03T18:40:00+01:00", id="ld-local-line-utc"),
        # a teaser's date against the article's metadata: the article's
        pytest.param(_META_FULL, f"<div class='box'>{OTHER}<time datetime='2026-11-28T08:00:00+01:00'>28.11.2026</time></div>", "2026-12-03T18:40:00+01:00", id="meta-vs-teaser-time"),
        pytest.param(_LD_FULL, f"<ul><li>{OTHER} <span class='date'>28.11.2026, 08:00</span></li></ul>", "2026-12-03T18:40:00+01:00", id="ld-vs-teaser-line"),
        pytest.param(_META_FULL, f"<aside><ol><li>{OTHER}<time datetime='2026-12-03T19:55:00+01:00'></time></li></ol></aside>", "2026-12-03T18:40:00+01:00", id="meta-vs-same-day-teaser"),
    ],
)  # fmt: skip
def test_which_statement_of_the_publication_wins(head: str, body: str, expected: str) -> None:
    assert extract_article(_page(head=head, body=body), URL).published == expected


@pytest.mark.parametrize(
    "text",
    ["3 декабря 2026, 18:40 мск", "03.12.2026 18:40 по московскому времени", "3 декабря 2026 в 18:40 по Москве", "03.12.2026 18:40 (Мск)"],
)  # fmt: skip
def test_moscow_time_in_words(text: str) -> None:
    d = parse_date(text)
    assert d is not None
    assert to_iso(d) == "2026-12-03T18:40:00+03:00"


def test_a_word_after_the_time_is_no_moscow_time() -> None:
    d = parse_date("03.12.2026 18:40 москвичи вышли на улицы")
    assert d is not None and d.tzinfo is None


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        pytest.param('var s = {"publishedAt": "2026-12-03T18:40:00\\u002B01:00"};', "2026-12-03T18:40:00+01:00", id="dotnet-escaped-plus"),
        pytest.param('self.__next_f.push([1,"{\\"publishedAt\\":\\"2026-12-03T18:40:00\\u002B01:00\\"}"])', "2026-12-03T18:40:00+01:00", id="escaped-plus-in-a-js-string"),
        pytest.param('var s = {"publishDate": "2026\\/12\\/03 18:40"};', "2026-12-03T18:40:00", id="php-escaped-slashes"),
        pytest.param('var s = {"PublishedDate": "\\/Date(1796319600000)\\/"};', "2026-12-03T17:40:00+00:00", id="dotnet-date-ms"),
        pytest.param('var s = {"PublishedDate": "/Date(1796319600000+0100)/"};', "2026-12-03T17:40:00+00:00", id="dotnet-date-ms-with-offset"),
        pytest.param('var ld = "{\\"@type\\":\\"NewsArticle\\",\\"datePublished\\":\\"2026-12-03T18:40:00\\u002B01:00\\"}";', "2026-12-03T18:40:00+01:00", id="json-ld-in-a-js-string"),
    ],
)  # fmt: skip
def test_json_escapes_in_script_state(script: str, expected: str) -> None:
    """A serializer's escapes inside a state's date: .NET's "\\u002B" for "+", PHP's "\\/"
    for "/", .NET's `/Date(ms)/`: the date they spell (1796319600000 ms is 17:40Z). On a
    page in bare English (no zone known), so any offset is the stamp's own."""
    html = _page(body=f"<script>{script}</script>", lang="en")
    assert extract_article(html, URL).published == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-03 18:40:00 Europe/Berlin", "2026-12-03T18:40:00+01:00"),
        ("2026-07-03 18:40:00 Europe/Berlin", "2026-07-03T18:40:00+02:00"),  # its summer time
        ("2026-12-03 18:40 America/New_York", "2026-12-03T18:40:00-05:00"),
        ("2026-12-03 18:40:00 America/Argentina/Buenos_Aires", "2026-12-03T18:40:00-03:00"),
        ("3. Dezember 2026, 18:40 Uhr Europe/Berlin", "2026-12-03T18:40:00+01:00"),
        ("2026-12-03 18:40 Europe/Atlantis", "2026-12-03T18:40:00"),  # no such zone
    ],
)
def test_a_zones_name_after_the_time(text: str, expected: str) -> None:
    d = parse_date(text)
    assert d is not None
    assert to_iso(d) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 December 2026 12:40 Amsterdam", "2026-12-03T12:40:00"),  # no "am" before midnight
        ("3 December 2026 10:40 Pmb", "2026-12-03T10:40:00"),
        ("3 December 2026 6:40pmEST", "2026-12-03T18:40:00-05:00"),  # glued to a zone: still pm
        ("3 December 2026 6:40pm", "2026-12-03T18:40:00"),
    ],
)
def test_am_pm_is_not_a_words_start(text: str, expected: str) -> None:
    d = parse_date(text)
    assert d is not None
    assert to_iso(d) == expected


@pytest.mark.parametrize(
    ("lang", "updated", "published"),
    [
        ("zh-TW", "更新時間：", "發佈時間："),
        ("zh-CN", "更新时间：", "发布时间："),
        ("zh-TW", "最後更新：", "發布時間："),
        ("ja", "更新日時：", "公開日時："),
        ("ja", "最終更新：", "配信日時："),
    ],
)
@pytest.mark.parametrize("updated_first", [True, False])
def test_cjk_labels_before_two_times(
    lang: str, updated: str, published: str, updated_first: bool
) -> None:
    """A labelled update ("更新時間" and a full-width colon before a <time>) beside a labelled
    publication: the update is the modified time, whichever comes first."""
    upd = (
        f"<span>{updated}</span><time datetime='2026-12-04T09:00:00+08:00'>2026/12/04 09:00</time>"
    )
    pub = f"<span>{published}</span><time datetime='2026-12-03T18:40:00+08:00'>2026/12/03 18:40</time>"
    body = f"<div class='meta'>{upd + '<br>' + pub if updated_first else pub + '<br>' + upd}</div>"
    art = extract_article(_page(body=body, lang=lang), URL)
    assert (art.published, art.modified) == (
        "2026-12-03T18:40:00+08:00",
        "2026-12-04T09:00:00+08:00",
    )


@pytest.mark.parametrize(
    "fetched",
    [
        "https://m.news.example/politik/ein-titel-des-artikels-hier-101.html",  # a mobile host
        "https://news.example/s/Xy7Qa",  # a short link
    ],
)
def test_a_webpage_naming_the_canonical_address_dates_the_page(fetched: str) -> None:
    """No article object, a WebPage (Yoast's graph) naming the page's canonical address, and
    a bare day printed: the WebPage's timestamp, though the page was fetched elsewhere."""
    head = (
        f"<link rel='canonical' href='{URL}'>"
        '<script type=\'application/ld+json\'>{"@graph": [{"@type": "WebPage", '
        f'"@id": "{URL}#webpage", "url": "{URL}", '
        '"datePublished": "2026-12-03T18:40:00+01:00"}]}</script>'
    )
    body = "<p class='meta'><time datetime='2026-12-03'>03.12.2026</time></p>"
    html = _page(head=head, body=body)
    assert extract_article(html, fetched).published == "2026-12-03T18:40:00+01:00"


_SHORT = "<a href='/politik/haushalt-beschlossen-99.html'>Haushalt beschlossen</a>"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(f"<header><time datetime='2026-12-03'>03.12.2026</time></header>{TEXT}<div class='box'>{_SHORT} <time datetime='2026-12-03T07:00:00+01:00'>07:00</time></div>",
                     "2026-12-03", id="teaser-time-element"),
        pytest.param(f"<header><time datetime='2026-12-03'>03.12.2026</time></header>{TEXT}<div class='box'>{_SHORT} <span class='date'>03.12.2026, 07:00 Uhr</span></div>",
                     "2026-12-03", id="teaser-date-line"),
        # the article's own time beside the day, no other piece linked: it refines the day
        pytest.param("<header><time datetime='2026-12-03'>03.12.2026</time> <span class='date'>03.12.2026, 18:40 Uhr</span></header>",
                     "2026-12-03T18:40:00+01:00", id="own-time"),
    ],
)  # fmt: skip
def test_a_lone_teasers_time_does_not_refine_the_articles_day(body: str, expected: str) -> None:
    """A teaser of one other piece with a short headline (not read as a headline by its
    length) beside a time of the article's day: the page's bare day stands."""
    assert extract_article(_page(body=body), URL).published == expected
