"""A date stamp above the story with a Chinese, Japanese or Korean label glued to its clock
("12/2(水) 14:05配信", "2026年12月2日 14:05更新") is a header line, not the text's first paragraph,
as "Stand: 02.12.2026, 14:05 Uhr" is; a short sentence with a clock in it stays.

Every page and string here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

_STORY = {
    "ja": [
        "市は２日、建設中の市民プールを来年５月に開業すると発表した。総事業費は約３０億円で、屋内に五十メートルの競技用プールを備える。",
        "市内の水泳クラブからは、早期の開業を求める声が上がっていた。市は学校の授業にも開放する方針だ。",
    ],
    "zh": [
        "市体育局二日宣布，新建的城市游泳馆将于明年五月正式对外开放，总投资约三亿元，设有标准比赛池和训练池各一个。",
        "据介绍，游泳馆将提供免费开放时段，并为学校安排专门的教学时间，市民对此普遍表示欢迎。",
    ],
    "ko": [
        "시는 2일 건설 중인 시민 수영장을 내년 5월에 개장한다고 밝혔다. 총사업비는 약 300억 원이며 실내 경기용 수영장을 갖춘다.",
        "시내 수영 동호회들은 조기 개장을 요구해 왔다. 시는 학교 수업에도 수영장을 개방할 방침이다.",
    ],
}


def _page(lang: str, line: str) -> str:
    title = {
        "ja": "新しい市民プール、来年開業へ",
        "zh": "城市新建游泳馆明年开放",
        "ko": "새 시민 수영장 내년 개장",
    }[lang]
    paras = "".join(f"<p>{p}</p>" for p in _STORY[lang])
    return (
        f"<html lang='{lang}'><head><title>{title}</title></head><body><article>"
        f"<h1>{title}</h1><p>{line}</p>{paras}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "line", "kept"),
    [
        pytest.param("ja", "12/2(水) 14:05配信", False, id="ja-haishin"),
        pytest.param("ja", "2026年12月2日 14:05更新", False, id="ja-koshin"),
        pytest.param("zh", "2026年12月02日 10:15发布", False, id="zh-fabu"),
        pytest.param("ko", "2026.12.02 14:05수정", False, id="ko-sujeong"),
        # guards: a short sentence with a clock in it is the story's
        pytest.param("ja", "２日 14:30ごろ、市内で火災が発生した。", True, id="ja-sentence"),
        pytest.param("zh", "2日 14:30左右，市内发生火灾。", True, id="zh-sentence"),
    ],
)
def test_a_cjk_stamp_above_the_story_is_no_paragraph(lang: str, line: str, kept: bool) -> None:
    url = f"https://news.example.com/{lang}/articles/20261202-123/"
    body = extract_article(_page(lang, line), url).body or ""
    assert _STORY[lang][0][:20] in body
    assert (line in body) is kept
