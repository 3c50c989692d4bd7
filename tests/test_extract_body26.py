"""Body text of invented pages of unseen publishers, in 18 languages (the stories and labels of
benchmarks/body_invented.py): a page whose story is only in JSON-LD `articleBody` (the markup a
menu, a headline and a "most read" list, which the fallback container holds: as long as the
story, but another text); a correction's or editor's note set in italics under the story,
opening with its label ("Correction:", "Korrektur:", "訂正", "תיקון:"), kept where an unlabelled
italic end note still goes; a caption whose picture credit is labelled in Chinese, Japanese,
Hebrew, Arabic, Hindi or Thai, set as a plain paragraph, left out. Invented sites and stories."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import html
import json

import pytest

from benchmarks.body_invented import LABELS, STORIES, page
from newsarchive.extract import extract_article

URL = "https://stadtblatt.example/lokales/bibliothek-123.html"


def _body(doc: str) -> str:
    return extract_article(doc, URL).body or ""


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_story_only_in_articlebody(lang: str) -> None:
    doc, _ = page(lang, "jsonld_only")
    got = _body(doc)
    for p in STORIES[lang][1]:
        assert p in got
    assert "Other story" not in got and "Stadtblatt" not in got


def test_articlebody_not_taken_over_the_story_in_the_markup() -> None:
    """The markup holds the story and a fact box articleBody leaves out: the markup's text
    stays (articleBody is the story without the box, shorter)."""
    h, ps = STORIES["en"]
    box = "<aside><h3>Facts</h3><p>Opened in 1911. Two floors. 120,000 books.</p></aside>"
    ld = {"@type": "NewsArticle", "headline": h, "articleBody": "\n".join(ps)}
    doc = (
        f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
        f"<article><h1>{h}</h1>{''.join(f'<p>{p}</p>' for p in ps)}{box}</article></body></html>"
    )
    got = _body(doc)
    assert all(p in got for p in ps)


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_italic_correction_under_the_story_kept(lang: str) -> None:
    doc, _ = page(lang, "correction")
    got = _body(doc)
    assert LABELS[lang]["correction"] in got
    assert STORIES[lang][1][-1] in got


NOTES = [
    "Editor's note: The names of the children were changed to protect them.",
    "Update (Dec. 5): The city has since released the final figures.",
    "Anmerkung der Redaktion: Der Name des Kindes wurde geändert.",
    "Rectificatif : le montant des travaux était erroné dans une première version.",
    "Sprostowanie: w pierwszej wersji artykułu podano błędną kwotę.",
    "更正：本文此前版本中的金额有误。",
    "おわびと訂正：金額に誤りがありました。",
    "바로잡습니다: 공사비가 잘못 표기됐습니다.",
    "הבהרה: הסכום שפורסם בתחילה היה שגוי.",
]


@pytest.mark.parametrize("note", NOTES)
def test_labelled_italic_note_kept(note: str) -> None:
    h, ps = STORIES["en"]
    doc = f"<html><body><article><h1>{h}</h1>{''.join(f'<p>{p}</p>' for p in ps)}<p><em>{html.escape(note)}</em></p></article></body></html>"
    assert note in _body(doc)


def test_unlabelled_italic_end_note_still_left_out() -> None:
    h, ps = STORIES["en"]
    note = "Jane Example reports on culture and the city for the Stadtblatt."
    doc = f"<html><body><article><h1>{h}</h1>{''.join(f'<p>{p}</p>' for p in ps)}<p><i>{note}</i></p></article></body></html>"
    got = _body(doc)
    assert ps[-1] in got and note not in got


CREDITS = [
    ("zh", "周六，读者在图书馆门前排队。 图片来源：王小明"),
    ("zh", "图书馆的新屋顶阅览室。摄影：李华"),
    ("ja", "土曜日、図書館の前に並ぶ利用者。 撮影：山田花子"),
    ("he", "קוראים ממתינים מול הספרייה בשבת. צילום: דנה דוגמה"),
    ("ar", "قراء يصطفون أمام المكتبة يوم السبت. تصوير: سارة مثال"),
    ("en", "हिंदी पाठक शनिवार को पुस्तकालय के सामने कतार में। फोटो: राम उदाहरण"),
    ("en", "ผู้อ่านต่อแถวหน้าห้องสมุดเมื่อวันเสาร์ ภาพ: สมชาย ตัวอย่าง"),
]


@pytest.mark.parametrize(("lang", "line"), CREDITS)
def test_caption_with_labelled_credit_left_out(lang: str, line: str) -> None:
    h, ps = STORIES[lang]
    mid = f'<p><img src="/img/a.jpg" width="800" height="450"></p><p>{html.escape(line)}</p>'
    doc = f"<html><body><article><h1>{h}</h1>{''.join(f'<p>{p}</p>' for p in ps[:2])}{mid}{''.join(f'<p>{p}</p>' for p in ps[2:])}</article></body></html>"
    got = _body(doc)
    assert line not in got
    assert all(p in got for p in ps)


SCREEN_READER = [
    (
        "en",
        '<a href="/plan">plan<span class="sr-only"> (opens in a new window)</span></a>',
        "opens in a new window",
    ),
    (
        "de",
        '<a href="/plan">Plan<span class="u-visually-hidden">Externer Link</span></a>',
        "Externer Link",
    ),
    (
        "fr",
        '<a href="/plan">plan<span class="screen-reader-text"> (nouvelle fenêtre)</span></a>',
        "nouvelle fenêtre",
    ),
    (
        "pl",
        '<a href="/plan">plan<span class="visuallyhidden"> (otwiera się w nowym oknie)</span></a>',
        "otwiera się",
    ),
    (
        "nl",
        '<a href="/plan">plan<span class="element-invisible"> (externe link)</span></a>',
        "externe link",
    ),
]


@pytest.mark.parametrize(("lang", "link", "hidden"), SCREEN_READER)
def test_screen_reader_words_inside_a_sentence_left_out(lang: str, link: str, hidden: str) -> None:
    """Words a class hides from the eye for screen readers go, in a <p> and in a paragraph set
    as a <div>; the link's own word and the sentence's rest stay."""
    h, ps = STORIES[lang]
    for tag in ("p", "div"):
        first = f'<{tag} class="t">{html.escape(ps[0])} {link} {html.escape(ps[1])}</{tag}>'
        doc = f"<html><body><article><h1>{h}</h1>{first}{''.join(f'<{tag}>{p}</{tag}>' for p in ps[2:])}</article></body></html>"
        got = _body(doc)
        assert hidden not in got
        assert ps[0] in got and ps[1] in got and ps[3] in got


RUBY = [
    ("ja", "<ruby>図書館<rt>としょかん</rt></ruby>", "図書館", "としょかん"),
    ("ja", "<ruby>改修<rp>(</rp><rt>かいしゅう</rt><rp>)</rp></ruby>", "改修", "かいしゅう"),
    ("zh", "<ruby>图书馆<rp>（</rp><rt>túshūguǎn</rt><rp>）</rp></ruby>", "图书馆", "túshūguǎn"),
]


@pytest.mark.parametrize(("lang", "ruby", "base", "reading"), RUBY)
def test_ruby_reading_aid_left_out(lang: str, ruby: str, base: str, reading: str) -> None:
    """Furigana (or pinyin) over a word is a reading aid: the word is read as printed."""
    h, ps = STORIES[lang]
    first = f"<p>中央{ruby}は土曜日の朝、当初の計画を大きく上回る費用をかけた改修工事を終えて再び開館した。</p>"
    doc = f"<html><body><article><h1>{h}</h1>{first}{''.join(f'<p>{p}</p>' for p in ps)}</article></body></html>"
    got = _body(doc)
    assert reading not in got
    assert f"中央{base}は土曜日の朝" in got
