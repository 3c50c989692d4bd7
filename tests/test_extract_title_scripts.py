"""Title rules that hold in every script: a line break in an unspaced headline, a cut
share-card line in an unspaced script, a Korean section joined by a hyphen, a page typed
a live blog without a live line (issue 10).

Every page here is invented: words, markup and site names. Each row that changes the
title fails without the rule its table names; rows of spaced scripts, of a site-less
value and of a live line guard what those rules must leave alone.
"""

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

URL = "https://www.minato.example/news/a-123.html"


def _page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _og(title: str) -> str:
    return f'<meta property="og:title" content="{title}">'


def _ld(headline: str, kind: str = "NewsArticle") -> str:
    data = json.dumps({"@type": kind, "headline": headline}, ensure_ascii=False)
    return f'<script type="application/ld+json">{data}</script>'


def _tab(text: str) -> str:
    return f"<title>{text}</title>"


def _title(head: str, body: str) -> str | None:
    return extract_article(_page(head, body), URL).title


# A line break inside an h1 of a script written without spaces joins its halves; in
# other scripts it stands for a space.
@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        pytest.param("港の新しい橋が<br>来月開通へ", "港の新しい橋が来月開通へ", id="ja"),
        pytest.param(
            "港の新しい橋が<br>\n  来月開通へ",
            "港の新しい橋が来月開通へ",
            id="ja-break-on-its-own-line",
        ),
        pytest.param("市议会批准<br/>新的港口计划", "市议会批准新的港口计划", id="zh"),
        pytest.param("สภาเมืองอนุมัติ<br>แผนท่าเรือใหม่", "สภาเมืองอนุมัติแผนท่าเรือใหม่", id="th"),
        pytest.param(
            "Sturm trifft<br>die Küste", "Sturm trifft die Küste", id="de-keeps-the-space"
        ),
        pytest.param(
            "시의회, 새 항만<br>계획 승인", "시의회, 새 항만 계획 승인", id="ko-keeps-the-space"
        ),
        pytest.param(
            "Hafen 2026:<br>港の橋", "Hafen 2026: 港の橋", id="latin-then-ja-keeps-the-space"
        ),
    ],
)
def test_line_break_in_an_unspaced_h1(h1: str, expected: str) -> None:
    assert _title("", f"<h1>{h1}</h1>") == expected


# The h1 broken so still agrees with the metadata that state the title whole.
@pytest.mark.parametrize(
    ("head", "h1", "expected"),
    [
        # og:title a rewrite; the headline shown in the (broken) h1 is the title
        pytest.param(
            _og("橋の開通日が決定") + _ld("港の新しい橋が来月開通へ"),
            "<article><h1>港の新しい橋が<br>来月開通へ</h1></article>",
            "港の新しい橋が来月開通へ",
            id="ja-broken-h1-shows-the-headline",
        ),
        pytest.param(
            _og("港口计划获批") + _ld("市议会批准新的港口计划"),
            "<article><h1>市议会批准<br>新的港口计划</h1></article>",
            "市议会批准新的港口计划",
            id="zh-broken-h1-shows-the-headline",
        ),
    ],
)
def test_broken_unspaced_h1_votes(head: str, h1: str, expected: str) -> None:
    assert _title(head, h1) == expected


# og:title that is the headline with words left out is the share card's cut of the same
# line, not a rewrite: it stays, as it does in spaced scripts. Unspaced, where words are
# not told apart, the headline's opening stated alone is such a cut.
@pytest.mark.parametrize(
    ("og", "headline", "expected"),
    [
        pytest.param(
            "港の新しい橋が来月開通へ",
            "港の新しい橋が来月開通へ、市が発表",
            "港の新しい橋が来月開通へ",
            id="ja-cut",
        ),
        pytest.param(
            "市议会批准新的港口计划",
            "市议会批准新的港口计划引发热议",
            "市议会批准新的港口计划",
            id="zh-cut",
        ),
        pytest.param(
            "Storm hits coast",
            "Storm hits coast as thousands lose power",
            "Storm hits coast",
            id="en-cut",
        ),
        # a rewrite in other words still yields to the headline the h1 shows
        pytest.param(
            "橋の開通日が決定",
            "港の新しい橋が来月開通へ市が発表",
            "港の新しい橋が来月開通へ市が発表",
            id="ja-rewrite",
        ),
        # the headline's characters in order but not its opening: a rewrite too
        pytest.param(
            "市议会批准港口计划",
            "市议会昨日批准新的港口计划",
            "市议会昨日批准新的港口计划",
            id="zh-characters-in-order-rewrite",
        ),
    ],
)
def test_cut_share_card_line_in_unspaced_scripts(og: str, headline: str, expected: str) -> None:
    assert _title(_og(og) + _ld(headline), f"<h1>{headline}</h1>") == expected


# A section word a Korean CMS joins to the headline with a bare hyphen before the site's
# name goes with the name, whatever the headline ends in.
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(
            "윤 대통령 &quot;경제 회복 최우선&quot;-정치ㅣ한국일보",
            '윤 대통령 "경제 회복 최우선"',
            id="ko-quote",
        ),
        pytest.param("항만 예산 2025-경제ㅣ항만일보", "항만 예산 2025", id="ko-digit"),
        pytest.param(
            "시의회 새 항만 계획 승인(종합)-사회ㅣ항만일보",
            "시의회 새 항만 계획 승인(종합)",
            id="ko-bracket",
        ),
        pytest.param(
            "시의회 새 항만 계획 승인…-정치ㅣ항만일보",
            "시의회 새 항만 계획 승인…",
            id="ko-ellipsis",
        ),
        pytest.param(
            "시의회, ‘항만 계획’-사회ㅣ항만일보",
            "시의회, ‘항만 계획’",
            id="ko-closing-quote",
        ),
        # no site name after it: the hyphenated word is the headline's own
        pytest.param("항만 예산 2025-경제", "항만 예산 2025-경제", id="ko-no-site-keeps-it"),
        # a Chinese or Japanese word joined so may be the headline's own ("US-中国")
        pytest.param(
            "港口协议签署 US-中国｜港湾日报", "港口协议签署 US-中国", id="zh-word-after-latin-stays"
        ),
        # a Latin word joined so is a compound, not a section
        pytest.param(
            "Hafen stimmt zu-Politik｜港湾新聞", "Hafen stimmt zu-Politik", id="de-latin-word-stays"
        ),
    ],
)
def test_korean_section_joined_by_hyphen(value: str, expected: str) -> None:
    assert _title(_og(value) + _tab(value), "") == expected


# A page typed LiveBlogPosting whose titles carry no live word is weighed as any page:
# og:title a social rewrite beside the headline the article's h1 shows yields to it.
@pytest.mark.parametrize(
    ("og", "headline", "expected"),
    [
        pytest.param(
            "Orkan an der Nordsee",
            "Sturm trifft die Küste mit voller Wucht",
            "Sturm trifft die Küste mit voller Wucht",
            id="de-live-type-without-live-line",
        ),
        pytest.param(
            "Coast braces for the worst",
            "Storm hits coast as thousands lose power",
            "Storm hits coast as thousands lose power",
            id="en-live-type-without-live-line",
        ),
        pytest.param(
            "La côte se prépare",
            "La tempête frappe la côte bretonne",
            "La tempête frappe la côte bretonne",
            id="fr-live-type-without-live-line",
        ),
        # the rolling live line in the headline and h1: og:title stays the title
        pytest.param(
            "Sturm trifft die Küste",
            "LIVE: Sturm – Pegel steigen weiter, Fähren fallen aus",
            "Sturm trifft die Küste",
            id="de-live-line",
        ),
        pytest.param(
            "La tempête frappe la côte",
            "EN DIRECT - Tempête : les dernières informations",
            "La tempête frappe la côte",
            id="fr-en-direct-line",
        ),
        pytest.param(
            "Sturm trifft die Küste",
            "Sturm an der Küste im Newsblog: Pegel steigen weiter",
            "Sturm trifft die Küste",
            id="de-newsblog-line",
        ),
        pytest.param(
            "Burza nad wybrzeżem",
            "Burza NA ŻYWO: poziom wody rośnie, promy odwołane",
            "Burza nad wybrzeżem",
            id="pl-na-zywo-line",
        ),
        pytest.param(
            "台风登陆沿海地区",
            "台风直播：水位持续上涨，渡轮停航",
            "台风登陆沿海地区",
            id="zh-live-line",
        ),
        pytest.param(
            "台風が沿岸に上陸",
            "【ライブ】台風 水位が上昇続く フェリー欠航",
            "台風が沿岸に上陸",
            id="ja-live-line",
        ),
    ],
)
def test_live_blog_type_alone(og: str, headline: str, expected: str) -> None:
    head = _og(og) + _ld(headline, "LiveBlogPosting")
    assert _title(head, f"<article><h1>{headline}</h1></article>") == expected
