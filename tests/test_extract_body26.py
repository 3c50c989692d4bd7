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
