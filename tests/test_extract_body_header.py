"""Header lines inside the body container, and labelled promo links, are not article text.

Made-up pages: the container repeats the headline with a kicker, the byline and a date
line in the site's language, or carries "read also: <link>" lines between paragraphs.
"""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://zeitung.example/lokal/schule-100.html"
TITLE = "Alte Schule wird Kulturzentrum"
AUTHOR = "Jana Beispiel"
TEXT = [
    "Die Gemeinde hat am Montag beschlossen, die alte Schule in ein Kulturzentrum umzubauen, wie die Verwaltung mitteilte.",
    "Der Umbau soll im Frühjahr beginnen und rund zwei Jahre dauern, sagte die Bürgermeisterin am Abend vor dem Rat.",
    "Vereine aus dem Ort hatten sich seit Jahren für neue Räume für Proben, Kurse und Konzerte im Winter eingesetzt.",
]


def _page(head_lines: list[str], between: str = "") -> str:
    head = "".join(f"<p>{h}</p>" for h in head_lines)
    return (
        f'<html><head><title>{TITLE}</title><meta name="author" content="{AUTHOR}"></head><body>'
        f'<h1>{TITLE}</h1><div class="content">{head}<p>{TEXT[0]}</p>{between}<p>{TEXT[1]}</p><p>{TEXT[2]}</p></div>'
        "</body></html>"
    )


@pytest.mark.parametrize(
    "head_lines",
    [
        [f"Umbau im Ort – {TITLE}", f"Von {AUTHOR}"],  # kicker and headline, byline
        [
            "Lokales",
            f"Kultur: {TITLE}",
            "Mo 06.04.26 | 10:15 Uhr",
        ],  # section, kicker line, date line
        [f"{TITLE} | Zeitung", f"Stand: 06.04.2026, 10:15 Uhr | {AUTHOR}"],
        ["Uppdaterad 15.59 | Publicerad 14.14"],  # a date line in another language
        [f"Par {AUTHOR}", "Publié le 2026-04-06"],
    ],
)
def test_header_lines_repeated_in_the_container_are_dropped(head_lines: list[str]) -> None:
    assert extract_article(_page(head_lines), URL).body == "\n\n".join(TEXT)


@pytest.mark.parametrize(
    "head_lines",
    [
        # a short first paragraph naming the headline's words inside a sentence
        ["Der Rat hat es entschieden: Alte Schule wird Kulturzentrum."],
        # a short quote opening the story
        ["„Wir haben lange darauf gewartet“, sagt eine Sängerin."],
    ],
)
def test_short_opening_sentences_stay(head_lines: list[str]) -> None:
    assert extract_article(_page(head_lines), URL).body == "\n\n".join([*head_lines, *TEXT])


@pytest.mark.parametrize(
    "line",
    [
        '<p>ALSO READ: <a href="/x">Ferry timetable changes for the summer</a></p>',
        '<p>Lesen Sie auch | <a href="/x">Wie andere Gemeinden ihre Schulen nutzen</a></p>',
        '<p><strong>FUNDA OLUNYE UDABA LAPHA |</strong> <a href="/x">Umhlangano womphakathi uhlehlisiwe</a></p>',
        '<p>Les også: <a href="/x">Slik bruker andre kommuner gamle skoler</a></p>',
    ],
)
def test_a_label_then_only_a_link_is_a_promo(line: str) -> None:
    assert extract_article(_page([], between=line), URL).body == "\n\n".join(TEXT)


def test_a_sentence_ending_in_a_link_stays() -> None:
    line = '<p>Die Pläne liegen im Rathaus aus, mehr dazu unter: <a href="/x">Bauamt</a></p>'
    body = extract_article(_page([], between=line), URL).body or ""
    assert "Die Pläne liegen im Rathaus aus, mehr dazu unter: Bauamt" in body


# Paragraphs of wide characters (Han, kana, Hangul): 45-89 characters each, sentences all,
# the first naming the writer as a byline would ("本报记者王小明报道").
WIDE = {
    "ja": (
        "佐藤花子",
        [
            "佐藤花子記者の取材によると、２日午後、市内の国道で乗用車とトラックが衝突し、運転していた男性が軽いけがをした。",
            "警察によると、現場は見通しの良い直線道路で、事故の詳しい原因について関係者から話を聞いているという。",
            "この事故の影響で、国道は上下線とも約二時間にわたって通行止めとなり、周辺の道路が渋滞した。",
        ],
    ),
    "zh": (
        "王小明",
        [
            "本报记者王小明报道，2日下午，市区一条主干道上发生一起汽车与货车相撞的事故，一名司机受轻伤被送往医院治疗。",
            "警方表示，事发路段视线良好，事故的具体原因仍在调查之中，有关部门已经在现场询问了多名目击者。",
            "受事故影响，该路段双向交通中断约两个小时，周边多条道路在下班高峰期间出现了严重的拥堵情况。",
        ],
    ),
    "ko": (
        "김민수",
        [
            "김민수 기자가 현장에서 확인한 결과, 2일 오후 시내 국도에서 승용차와 화물차가 충돌해 운전자가 다쳤다.",
            "경찰에 따르면 사고 지점은 시야가 좋은 직선 도로였으며, 경찰은 목격자를 상대로 사고 원인을 조사하고 있다.",
            "이 사고로 국도 양방향 통행이 약 두 시간 동안 통제되면서 주변 도로가 퇴근 시간에 크게 막혔다.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(WIDE))
def test_short_paragraphs_of_wide_characters_are_sentences_not_header_lines(lang: str) -> None:
    author, paragraphs = WIDE[lang]
    html = (
        f'<html lang="{lang}"><head><meta name="author" content="{author}"></head><body>'
        f'<h1>国道で事故</h1><div class="content">{"".join(f"<p>{p}</p>" for p in paragraphs)}</div>'
        "</body></html>"
    )
    assert extract_article(html, URL).body == "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        # a label in brackets, full-width or not, then only a link: in scripts the word lists
        # do not read as well
        '<p>【関連記事】<a href="/x">旧校舎の活用、ほかの町ではどうしているのか</a></p>',
        '<p>[Читайте также] <a href="/x">Как другие города используют старые школы</a></p>',
        '<p>〔延伸阅读〕<a href="/x">其他城镇如何利用旧校舍</a></p>',
        '<p>더 읽을거리｜<a href="/x">다른 도시는 옛 학교를 어떻게 쓰나</a></p>',
    ],
)
def test_a_bracketed_or_full_width_label_then_only_a_link_is_a_promo(line: str) -> None:
    assert extract_article(_page([], between=line), URL).body == "\n\n".join(TEXT)


def test_a_sentence_with_a_bracketed_note_then_a_link_stays() -> None:
    line = 'Der Rat [in seiner Sitzung vom Montag] beschloss den Umbau, wie das <a href="/x">Protokoll</a> zeigt.'
    assert "wie das Protokoll zeigt." in (
        extract_article(_page([], between=f"<p>{line}</p>"), URL).body or ""
    )
