"""Dates after session 28 (issue 10): a zone the page names for its clock (a timezone meta, a
CMS's configuration in a script); two publication times in the metadata where the byline
prints the earlier one; a live blog's entries' times beside the article's labelled line;
a Japanese or Chinese label naming the day ("更新日", "公開日", "发布日期") in its own element;
Korean CMSs' short state keys for the registration time ("regDt", "inputDate"), on Korean pages.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article

_FETCHED = datetime(2026, 1, 31, 12, 0, tzinfo=UTC)
_HEADLINE = "The council approves the new harbour bridge after a long night"
_TEXT = (
    "<p>After a long debate in the evening a narrow majority agreed to the draft, to pull down "
    "the old bridge and build a new one by the summer, the council said.</p>"
    "<p>The cost is spread over three years, the mayor said in the morning.</p>"
)


def _page(lang: str, line: str = "", head: str = "", body: str = "", script: str = "") -> str:
    """A story with `line` under its headline, `body` after its text, `script` before </body>."""
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{_HEADLINE}</title>{head}"
        f"</head><body><header><nav><a href='/'>Home</a></nav></header><main><article>"
        f"<h1>{_HEADLINE}</h1>{line}{_TEXT}{body}</article></main>"
        f"<footer>Contact</footer>{script}</body></html>"
    )


def _ld(obj: dict[str, object]) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def _published(html: str, domain: str) -> str | None:
    url = f"https://www.news.example.{domain}/a/4711-bridge"
    return extract_article(html, url, fetched=_FETCHED).published


_NAIVE = _ld(
    {"@type": "NewsArticle", "headline": _HEADLINE, "datePublished": "2026-01-29T18:40:00"}
)


@pytest.mark.parametrize(
    ("lang", "stated", "expected"),
    [
        # a meta naming the zone
        ("en", "<meta name='timezone' content='Asia/Kolkata'>", "2026-01-29T18:40:00+05:30"),
        ("en", "<meta name='tz' content='Africa/Lagos'>", "2026-01-29T18:40:00+01:00"),
        ("es", "<meta name='timezone' content='America/Bogota'>", "2026-01-29T18:40:00-05:00"),
        ("pt", "<meta name='timezone' content='America/Sao_Paulo'>", "2026-01-29T18:40:00-03:00"),
        ("ar", "<meta name='timezone' content='Asia/Riyadh'>", "2026-01-29T18:40:00+03:00"),
        ("fr", "<meta name='time-zone' content='Africa/Abidjan'>", "2026-01-29T18:40:00+00:00"),
        # summer time of the zone named (Sydney in January)
        ("en", "<meta name='timezone' content='Australia/Sydney'>", "2026-01-29T18:40:00+11:00"),
        # a CMS's configuration in a script, plain or escaped
        (
            "en",
            '<script>var cfg={"timezone":"Africa/Johannesburg"};</script>',
            "2026-01-29T18:40:00+02:00",
        ),
        (
            "en",
            "<script>window.site={timeZone:'Asia/Manila',locale:'en'}</script>",
            "2026-01-29T18:40:00+08:00",
        ),
        (
            "es",
            '<script>var wp={"timezone_string":"America/Argentina/Buenos_Aires"}</script>',
            "2026-01-29T18:40:00-03:00",
        ),
        (
            "en",
            '<script>self.p="{\\"timeZone\\":\\"Asia/Singapore\\"}"</script>',
            "2026-01-29T18:40:00+08:00",
        ),
        # two zones named by scripts (a widget's clock beside the site's): none
        (
            "en",
            '<script>var cfg={"timezone":"Asia/Kolkata"}</script><script>var w={"timezone":"Europe/London"}</script>',
            "2026-01-29T18:40:00",
        ),
        # a zone meta and a script's: the meta's (session 30)
        (
            "en",
            "<meta name='timezone' content='Asia/Kolkata'><script>var w={\"timezone\":\"Europe/London\"}</script>",
            "2026-01-29T18:40:00+05:30",
        ),
        # no place's zone
        ("en", "<meta name='timezone' content='UTC'>", "2026-01-29T18:40:00"),
        ("en", "<meta name='timezone' content='Etc/GMT-3'>", "2026-01-29T18:40:00"),
        ("en", '<script>var cfg={"timezone":"Mars/Olympus"}</script>', "2026-01-29T18:40:00"),
    ],
)
def test_a_naive_time_in_the_zone_the_page_names(lang: str, stated: str, expected: str) -> None:
    assert _published(_page(lang, head=_NAIVE + stated), "com") == expected


@pytest.mark.parametrize(
    ("lang", "widget", "expected"),
    [
        # a market ticker's embed: its config inside the script that loads it
        (
            "en",
            '<script src="https://widgets.example.net/embed-ticker.js" async>{"symbols":[{"proName":"IDX:SPX"}],"colorTheme":"light","timezone":"America/New_York","locale":"en"}</script>',
            "2026-01-29T18:40:00",
        ),
        (
            "en",
            '<script>new Charts.widget({"width":980,"height":610,"symbol":"NASDAQ:AAPL","timezone":"America/New_York"});</script>',
            "2026-01-29T18:40:00",
        ),
        # a weather box's, a score box's, a reader's profile's zone
        (
            "en",
            '<script>weatherBox.init({city:"Chicago", units:"F", timezone:"America/Chicago"})</script>',
            "2026-01-29T18:40:00",
        ),
        (
            "es",
            '<script>var scoreboard={"league":"mls","timeZone":"America/New_York"}</script>',
            "2026-01-29T18:40:00",
        ),
        (
            "en",
            '<script>var user={"timezone":"Europe/London","loggedIn":false}</script>',
            "2026-01-29T18:40:00",
        ),
        (
            "en",
            "<div class='clock-widget' data-timezone='Asia/Tokyo'></div>",
            "2026-01-29T18:40:00",
        ),
        # the site's own beside a widget's: the site's
        (
            "en",
            '<script>var cfg={"timezone":"Africa/Nairobi"};</script><script>weatherBox.init({city:"Chicago", timezone:"America/Chicago"})</script>',
            "2026-01-29T18:40:00+03:00",
        ),
    ],
)
def test_a_widgets_zone_is_not_the_sites(lang: str, widget: str, expected: str) -> None:
    """A zone a widget or a reader's profile shows its clock in says nothing of the site's."""
    assert _published(_page(lang, head=_NAIVE, body=widget), "com") == expected


def test_the_country_zone_stands_before_a_zone_the_page_names() -> None:
    """A .de page's naive time is Berlin's whatever a script's widget names."""
    html = _page("de", head=_NAIVE + "<meta name='timezone' content='America/New_York'>")
    assert _published(html, "de") == "2026-01-29T18:40:00+01:00"


def _metas(first: str, second: str) -> str:
    return (
        f"<meta property='article:published_time' content='{first}'>"
        f"<meta itemprop='datePublished' content='{second}'>"
    )


_BUMPED = "2026-01-30T09:00:00+01:00"
_FIRST = "2026-01-29T18:40:00+01:00"


@pytest.mark.parametrize(
    ("lang", "domain", "head", "line", "expected"),
    [
        ("de", "de", _metas(_BUMPED, _FIRST), "29.01.2026, 18:40 Uhr", _FIRST),
        ("fr", "fr", _metas(_BUMPED, _FIRST), "29 janvier 2026 à 18h40", _FIRST),
        ("es", "es", _metas(_BUMPED, _FIRST), "29/01/2026 18:40", _FIRST),
        ("it", "it", _metas(_BUMPED, _FIRST), "29 gennaio 2026, 18:40", _FIRST),
        ("nl", "nl", _metas(_BUMPED, _FIRST), "29 januari 2026, 18:40", _FIRST),
        ("sv", "se", _metas(_BUMPED, _FIRST), "29 januari 2026 kl. 18.40", _FIRST),
        (
            "tr",
            "com.tr",
            _metas("2026-01-30T09:00:00+03:00", "2026-01-29T18:40:00+03:00"),
            "29 Ocak 2026 18:40",
            "2026-01-29T18:40:00+03:00",
        ),
        (
            "ru",
            "ru",
            _metas("2026-01-30T09:00:00+03:00", "2026-01-29T18:40:00+03:00"),
            "29 января 2026, 18:40",
            "2026-01-29T18:40:00+03:00",
        ),
        (
            "ja",
            "co.jp",
            _metas("2026-01-30T09:00:00+09:00", "2026-01-29T18:40:00+09:00"),
            "2026年1月29日 18時40分",
            "2026-01-29T18:40:00+09:00",
        ),
        (
            "ko",
            "co.kr",
            _metas("2026-01-30T09:00:00+09:00", "2026-01-29T18:40:00+09:00"),
            "2026.01.29 18:40",
            "2026-01-29T18:40:00+09:00",
        ),
        # the earlier one stated in UTC, the page printing its local clock
        (
            "de",
            "de",
            _metas(_BUMPED, "2026-01-29T17:40:00Z"),
            "29.01.2026, 18:40 Uhr",
            "2026-01-29T18:40:00+01:00",
        ),
        # where the byline prints the first read, or neither, that stands
        ("de", "de", _metas(_BUMPED, _FIRST), "30.01.2026, 09:00 Uhr", _BUMPED),
        ("de", "de", _metas(_BUMPED, _FIRST), "", _BUMPED),
        # a later time the byline prints is no earlier publication
        ("de", "de", _metas(_FIRST, _BUMPED), "30.01.2026, 09:00 Uhr", _FIRST),
        # a line naming the update prints no publication
        ("de", "de", _metas(_BUMPED, _FIRST), "Aktualisiert: 29.01.2026, 18:40 Uhr", _BUMPED),
    ],
)
def test_the_earlier_publication_the_byline_prints(
    lang: str, domain: str, head: str, line: str, expected: str
) -> None:
    html = _page(lang, line=f"<p class='date'>{line}</p>" if line else "", head=head)
    assert _published(html, domain) == expected


def _entries(lang_words: tuple[str, str], offset: str) -> str:
    """A live blog's two entries, each a time and a post of its own."""
    newer, older = lang_words
    return (
        "<div class='live'>"
        f"<div class='entry'><time datetime='2026-01-31T10:05:00{offset}'>10:05</time><p>{newer}</p></div>"
        f"<div class='entry'><time datetime='2026-01-30T22:00:00{offset}'>22:00</time><p>{older}</p></div>"
        "</div>"
    )


_POSTS_DE = (
    "Die Polizei sperrt die Zufahrt zur Brücke für den gesamten Verkehr bis zum Morgen.",
    "Der Rat tagt seit dem Abend im großen Saal des Rathauses und berät den Entwurf.",
)
_POSTS_EN = (
    "Police have closed the road to the bridge for all traffic until the morning.",
    "The council has been sitting since the evening in the town hall's great hall.",
)
_POSTS_FR = (
    "La police ferme l'accès au pont à toute circulation jusqu'au matin, dit la mairie.",
    "Le conseil siège depuis le soir dans la grande salle de l'hôtel de ville.",
)
_POSTS_JA = (
    "警察は朝まで橋へ向かう道路を全面的に通行止めにしたと発表しました。市によると再開の見通しは立っていません。",
    "市議会は夕方から市庁舎の大会議室で審議を続けており、採決は深夜になる見込みです。関係者が明らかにしました。",
)


@pytest.mark.parametrize(
    ("lang", "domain", "line", "posts", "offset", "expected"),
    [
        (
            "de",
            "de",
            "Veröffentlicht: 29.01.2026, 18:40 Uhr",
            _POSTS_DE,
            "+01:00",
            "2026-01-29T18:40:00+01:00",
        ),
        ("de", "de", "29.01.2026, 18:40 Uhr", _POSTS_DE, "+01:00", "2026-01-29T18:40:00+01:00"),
        (
            "en",
            "co.uk",
            "Published 29 January 2026, 18:40",
            _POSTS_EN,
            "+00:00",
            "2026-01-29T18:40:00+00:00",
        ),
        (
            "fr",
            "fr",
            "Publié le 29 janvier 2026 à 18h40",
            _POSTS_FR,
            "+01:00",
            "2026-01-29T18:40:00+01:00",
        ),
        (
            "ja",
            "co.jp",
            "2026年1月29日 18時40分 公開",
            _POSTS_JA,
            "+09:00",
            "2026-01-29T18:40:00+09:00",
        ),
        # with nothing else to date the page, an entry's time is better than none
        ("de", "de", "", _POSTS_DE, "+01:00", "2026-01-31T10:05:00+01:00"),
    ],
)
def test_a_live_blog_entry_is_not_the_publication(
    lang: str, domain: str, line: str, posts: tuple[str, str], offset: str, expected: str
) -> None:
    html = _page(
        lang, line=f"<p class='date'>{line}</p>" if line else "", body=_entries(posts, offset)
    )
    assert _published(html, domain) == expected


def test_a_byline_pair_of_times_is_no_feed() -> None:
    """Two sibling blocks holding the publication and the update, no post text: the first
    still dates the page."""
    line = (
        "<div class='dates'><div><time datetime='2026-01-29T18:40:00+01:00'>29.01.2026, 18:40</time></div>"
        "<div>Aktualisiert <time datetime='2026-01-30T09:00:00+01:00'>30.01.2026, 09:00</time></div></div>"
    )
    assert _published(_page("de", line=line), "de") == "2026-01-29T18:40:00+01:00"


_UPDATE_DAY = {"ja": "2026/01/30 09:00", "zh": "2026-01-30 09:00"}
_FIRST_DAY = {"ja": "2026/01/29 18:40", "zh": "2026-01-29 18:40"}


@pytest.mark.parametrize(
    ("lang", "domain", "updated", "published", "expected"),
    [
        ("ja", "co.jp", "更新日", "公開日", "2026-01-29T18:40:00+09:00"),
        ("ja", "co.jp", "最終更新日", "配信日", "2026-01-29T18:40:00+09:00"),
        ("ja", "co.jp", "更新日", "掲載日", "2026-01-29T18:40:00+09:00"),
        ("ja", "co.jp", "更新時刻", "投稿日", "2026-01-29T18:40:00+09:00"),
        ("zh", "cn", "更新日期", "发布日期", "2026-01-29T18:40:00+08:00"),
        ("zh", "com.tw", "修改日期", "發佈日期", "2026-01-29T18:40:00+08:00"),
    ],
)
@pytest.mark.parametrize("shape", ["dl", "spans", "times"])
def test_a_cjk_label_naming_the_day(
    lang: str, domain: str, updated: str, published: str, expected: str, shape: str
) -> None:
    """A label naming the day or the time ("更新日", "发布日期") in an element of its own,
    the update's first: the later date is the update, not the publication."""
    up, pub = _UPDATE_DAY[lang], _FIRST_DAY[lang]
    line = {
        "dl": f"<dl><dt>{updated}</dt><dd>{up}</dd><dt>{published}</dt><dd>{pub}</dd></dl>",
        "spans": f"<div><span>{updated}:</span> <span>{up}</span><br><span>{published}:</span> <span>{pub}</span></div>",
        "times": f"<div>{updated} <time datetime='{up.replace('/', '-').replace(' ', 'T')}'>{up}</time> "
        f"{published} <time datetime='{pub.replace('/', '-').replace(' ', 'T')}'>{pub}</time></div>",
    }[shape]
    assert _published(_page(lang, line=line), domain) == expected


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("regDt", "2026-01-29 18:40:00"),
        ("reg_dt", "20260129184000"),
        ("inputDate", "2026.01.29 18:40"),
        ("input_date", "2026-01-29 18:40"),
    ],
)
@pytest.mark.parametrize("escaped", [False, True])
def test_a_korean_state_registration_time(key: str, value: str, escaped: bool) -> None:
    """A Korean CMS's registration ("입력") time in its script state, plain or escaped in a
    framework's payload: the page's only date."""
    state = json.dumps({"article": {"id": 12, "title": _HEADLINE, key: value}})
    script = (
        f"<script>self.__next_f.push([1,{json.dumps(state)}])</script>"
        if escaped
        else f"<script>window.__ARTICLE__={state}</script>"
    )
    assert _published(_page("ko", script=script), "co.kr") == "2026-01-29T18:40:00+09:00"


def test_a_korean_key_on_another_language_page_is_no_date() -> None:
    """ "inputDate" on an English page is as likely a form's field: not read there."""
    state = json.dumps({"form": {"id": 12, "inputDate": "2026-01-29 18:40"}})
    html = _page("en", script=f"<script>window.__FORM__={state}</script>")
    assert _published(html, "com") is None


@pytest.mark.parametrize(
    ("lang", "domain", "key", "listed", "expected"),
    [
        # a comment's or a related piece's time in a list: not the page's
        ("ko", "co.kr", "regDt", {"comments": [{"nick": "a", "text": "좋네요"}]}, None),
        (
            "ko",
            "co.kr",
            "inputDate",
            {"related": [{"title": "다른 기사 제목"}, {"title": "또 다른 기사"}]},
            None,
        ),
        ("en", "com", "createdAt", {"comments": [{"author": "a", "body": "Nice"}]}, None),
        ("de", "de", "erstelltAm", {"meistgelesen": [{"titel": "Ein anderer Artikel"}]}, None),
        # the list's element bearing the page's headline is the page's
        ("ko", "co.kr", "regDt", {"articles": [{"title": _HEADLINE}]}, "2026-01-29T18:40:00+09:00"),
        (
            "en",
            "co.uk",
            "createdAt",
            {"items": [{"headline": _HEADLINE}]},
            "2026-01-29T18:40:00+00:00",
        ),
        # the page's own object, in no list
        (
            "ko",
            "co.kr",
            "regDt",
            {"comments": None, "article": {"id": 7}},
            "2026-01-29T18:40:00+09:00",
        ),
    ],
)
def test_a_weak_state_key_in_a_list_element(
    lang: str, domain: str, key: str, listed: dict[str, object], expected: str | None
) -> None:
    """A weak state key ("regDt", "createdAt") in an element of a list (comments, related
    pieces) dates the page only where that element bears the page's headline."""
    for value in listed.values():
        for obj in value if isinstance(value, list) else [value] if isinstance(value, dict) else []:
            obj[key] = "2026-01-29 18:40:00"
    script = f"<script>window.__STATE__={json.dumps(listed, ensure_ascii=False)}</script>"
    assert _published(_page(lang, script=script), domain) == expected
