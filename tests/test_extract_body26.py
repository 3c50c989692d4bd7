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


def _with_line(lang: str, line: str, where: str) -> str:
    h, ps = STORIES[lang]
    paras = [f"<p>{p}</p>" for p in ps]
    at = {"top": 0, "mid": 2, "end": len(paras)}[where]
    paras.insert(at, line)
    return f"<html><body><article><h1>{h}</h1><div class='b'>{''.join(paras)}</div></article></body></html>"


LINES = [
    # a rights notice in more languages
    ("ar", "<p>جميع الحقوق محفوظة © 2026</p>", "end"),
    ("he", "<p>כל הזכויות שמורות לעיתון העיר © 2026</p>", "end"),
    ("id", "<p>Hak cipta dilindungi undang-undang.</p>", "end"),
    ("ru", "<p>Усі права захищені.</p>", "end"),
    # a read-aloud player's label
    ("es", "<p>Escuchar este artículo</p>", "top"),
    ("pt", "<p>Ouvir este artigo</p>", "top"),
    ("nl", "<p>Luister naar dit artikel</p>", "top"),
    ("ja", "<p>この記事を聞く</p>", "top"),
    ("ar", "<p>استمع إلى المقال</p>", "top"),
    # a contents box's label over its jump links
    (
        "en",
        '<div class="c1"><p><b>Contents</b></p><ul><li><a href="#a1">The works</a></li><li><a href="#a2">The costs</a></li></ul></div>',
        "mid",
    ),
    (
        "nl",
        '<div class="c1"><p><b>Inhoudsopgave</b></p><ul><li><a href="#a1">De bouw</a></li><li><a href="#a2">De kosten</a></li></ul></div>',
        "mid",
    ),
    (
        "pl",
        '<div class="c1"><p><b>Spis treści</b></p><ul><li><a href="#a1">Remont</a></li><li><a href="#a2">Koszty</a></li></ul></div>',
        "mid",
    ),
    (
        "ru",
        '<div class="c1"><p><b>Содержание</b></p><ul><li><a href="#a1">Ремонт</a></li><li><a href="#a2">Расходы</a></li></ul></div>',
        "mid",
    ),
    (
        "ja",
        '<div class="c1"><p><b>目次</b></p><ul><li><a href="#a1">改修</a></li><li><a href="#a2">費用</a></li></ul></div>',
        "mid",
    ),
    (
        "ko",
        '<div class="c1"><p><b>목차</b></p><ul><li><a href="#a1">공사</a></li><li><a href="#a2">비용</a></li></ul></div>',
        "mid",
    ),
    (
        "zh",
        '<div class="c1"><p><b>目录</b></p><ul><li><a href="#a1">改造</a></li><li><a href="#a2">费用</a></li></ul></div>',
        "mid",
    ),
    (
        "he",
        '<div class="c1"><p><b>תוכן עניינים</b></p><ul><li><a href="#a1">השיפוץ</a></li><li><a href="#a2">העלויות</a></li></ul></div>',
        "mid",
    ),
    # a tag or topic label without a colon over a row of links
    (
        "fr",
        '<div class="c2"><span>Sujets</span> <a href="/t/culture">Culture</a> <a href="/t/ville">Ville</a></div>',
        "end",
    ),
    (
        "de",
        '<p><strong>Themen</strong> <a href="/t/1">Kultur</a> <a href="/t/2">Stadtrat</a></p>',
        "end",
    ),
    (
        "ko",
        '<div><span>주제</span> <a href="/t/1">도서관</a> <a href="/t/2">시의회</a></div>',
        "end",
    ),
    ("en", '<p>Topics <a href="/t/1">Libraries</a>, <a href="/t/2">City council</a></p>', "end"),
    # a Turkish stock line opening with a capital dotted I
    ("tr", "<p>İlgili haberler</p>", "end"),
    ("tr", "<p>İLGİLİ HABERLER</p>", "end"),
    (
        "tr",
        '<div class="c1"><p><b>İçindekiler</b></p><ul><li><a href="#a1">Tadilat</a></li><li><a href="#a2">Maliyet</a></li></ul></div>',
        "mid",
    ),
    # the editor's credit under the story
    ("id", "<p>Editor: Budi Contoh</p>", "end"),
    ("en", "<p>Edited by Jane Example</p>", "end"),
    ("pl", "<p>Redaktor: Anna Przykład</p>", "end"),
    ("fr", "<p>Rédaction : Jeanne Exemple</p>", "end"),
    ("nl", "<p>Redactie: Jan Voorbeeld</p>", "end"),
    ("es", "<p>Editado por Juana Ejemplo</p>", "end"),
    # a paper's bracketed credit line alone
    ("ko", "<p>[시티뉴스 홍길동 기자]</p>", "top"),
    ("ko", "<p>[워싱턴=시티뉴스 홍길동 특파원]</p>", "top"),
    ("zh", "<p>【记者 王小明 报道】</p>", "top"),
    ("zh", "<p>〔記者王小明／台北報導〕</p>", "top"),
]


@pytest.mark.parametrize(("lang", "line", "where"), LINES)
def test_furniture_line_left_out(lang: str, line: str, where: str) -> None:
    got = _body(_with_line(lang, line, where))
    assert got.split("\n\n") == STORIES[lang][1]


def test_sentence_over_links_without_a_label_stays() -> None:
    """Words before a row of links that are no tag label stay (a sentence's start)."""
    line = '<p>The council topics <a href="/t/1">Libraries</a>, <a href="/t/2">City council</a></p>'
    got = _body(_with_line("en", line, "end"))
    assert "The council topics Libraries, City council" in got


def test_editor_label_over_a_sentence_stays() -> None:
    line = "<p>Editor: The council said on Monday that it would keep the old reading room open.</p>"
    got = _body(_with_line("en", line, "end"))
    assert "The council said on Monday" in got


def test_bracketed_sentence_with_reporter_word_stays() -> None:
    """A story's own bracketed line that is a sentence, not a credit, stays."""
    line = "<p>（本报记者在现场看到，读者们排起了长队，一直延伸到街角。）</p>"
    got = _body(_with_line("zh", line, "top"))
    assert "读者们排起了长队" in got


def _story_page(lang: str, body: str, ld: dict[str, object] | None = None) -> str:
    h = STORIES[lang][0]
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    return (
        f'<!doctype html><html lang="{lang}"><head><title>{h}</title>{script}</head><body>'
        f'<header><nav><a href="/">Home</a> <a href="/city">City</a></nav></header>'
        f"<main><article><h1>{h}</h1>{body}</article></main><footer>Stadtblatt</footer></body></html>"
    )


@pytest.mark.parametrize(
    "classes", ["not-sr-only", "sr-only md:not-sr-only", "sr-only lg:not-sr-only"]
)
def test_text_tailwind_shows_again_stays(classes: str) -> None:
    """Tailwind's `not-sr-only` shows what `sr-only` hid (from a screen width on): a sighted
    reader reads it, so the body keeps it."""
    ps = STORIES["en"][1]
    body = (
        "".join(f"<p>{p}</p>" for p in ps[:2])
        + f'<p><span class="{classes}">{html.escape(ps[2])}</span></p>'
        + "".join(f"<p>{p}</p>" for p in ps[3:])
    )
    assert _body(_story_page("en", body)).split("\n\n") == ps


def test_skip_link_shown_on_focus_still_left_out() -> None:
    ps = STORIES["en"][1]
    body = '<p><a class="sr-only focus:not-sr-only" href="#main">Skip to content</a></p>' + "".join(
        f"<p>{p}</p>" for p in ps
    )
    assert "Skip to content" not in _body(_story_page("en", body))


@pytest.mark.parametrize("lang", ["en", "de", "ja", "ar"])
def test_articlebody_with_its_html_escaped_read_as_paragraphs(lang: str) -> None:
    """A page whose story is only in articleBody, its HTML escaped once more as text
    ("&lt;p&gt;...&lt;/p&gt;", as some CMS plugins write it): paragraphs, no tags."""
    ps = STORIES[lang][1]
    raw = "".join(f"<p>{html.escape(p)}</p>" for p in ps)
    ld = {"@type": "NewsArticle", "headline": STORIES[lang][0], "articleBody": html.escape(raw)}
    got = _body(_story_page(lang, '<div id="app"></div>', ld))
    assert got.split("\n\n") == ps


def test_articlebody_with_a_less_than_sign_keeps_it() -> None:
    ps = STORIES["en"][1]
    story = [*ps[:-1], "Below 5 degrees (&lt; 5) the reading room stays shut, the council said."]
    ld = {"@type": "NewsArticle", "headline": STORIES["en"][0], "articleBody": "\n".join(story)}
    got = _body(_story_page("en", '<div id="app"></div>', ld))
    assert "Below 5 degrees (< 5) the reading room stays shut" in got


def test_paragraph_after_an_unclosed_ruby_kept() -> None:
    """A ruby never closed (`<rt>` then `</p>`, no `</ruby>`): a browser ends the reading at the
    paragraph's end and shows the rest; the body keeps that rest too."""
    ps = STORIES["ja"][1]
    body = f"<p>{ps[0]}</p><p><ruby>図<rp>(</rp><rt>と<rp>)</rp>{ps[1]}</p>" + "".join(
        f"<p>{p}</p>" for p in ps[2:]
    )
    got = _body(_story_page("ja", body))
    assert ps[1] in got and ps[2] in got


def test_paragraph_after_an_unclosed_ruby_in_capitals_kept() -> None:
    """The same unclosed ruby written in capitals (`<RUBY>`, `<RT>`, as old editors wrote
    tags): HTML tags have no case, so the rest of the paragraph is kept all the same."""
    ps = STORIES["ja"][1]
    body = f"<p>{ps[0]}</p><P><RUBY>図<RP>(</RP><RT>と<RP>)</RP>{ps[1]}</P>" + "".join(
        f"<p>{p}</p>" for p in ps[2:]
    )
    got = _body(_story_page("ja", body))
    assert ps[1] in got and ps[2] in got


def test_closed_ruby_reading_still_left_out() -> None:
    ps = STORIES["ja"][1]
    body = f"<p><ruby>図書館<rp>(</rp><rt>としょかん</rt><rp>)</rp></ruby>{ps[0]}</p>" + "".join(
        f"<p>{p}</p>" for p in ps[1:]
    )
    got = _body(_story_page("ja", body))
    assert "としょかん" not in got and f"図書館{ps[0]}" in got


@pytest.mark.parametrize("classes", ["visually-hidden", "sr-only", "screen-reader-text"])
def test_story_under_a_screen_reader_class_stays(classes: str) -> None:
    """A story's paragraphs wrapped in a screen-reader class the page's scripts take off:
    more than a screen reader's phrase, so the reader's text (not an empty body)."""
    ps = STORIES["en"][1]
    body = f'<div class="article-body"><span class="{classes}">' + "".join(
        f"<p>{p}</p>" for p in ps
    )
    got = _body(_story_page("en", body + "</span></div>"))
    assert got.split("\n\n") == ps
