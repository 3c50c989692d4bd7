"""Boxes and lines inside the body container that are not the article, in several languages.

Made-up pages; the markup shapes (camelCase component names, credit lines, teaser
lists headed in CJK) are the ones news sites use.
"""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.document import parse
from newsarchive.extract.furniture import is_furniture, is_stock_line

URL = "https://news.example/story/3"
TEXT = {
    "de": [
        "Die Gemeinde hat am Montag beschlossen, die alte Schule in ein Kulturzentrum umzubauen, wie die Verwaltung mitteilte.",
        "Der Umbau soll im Frühjahr beginnen und rund zwei Jahre dauern, sagte die Bürgermeisterin am Abend vor dem Rat.",
        "Vereine aus dem Ort hatten sich seit Jahren für neue Räume für Proben, Kurse und Konzerte im Winter eingesetzt.",
    ],
    "ja": [
        "町議会は月曜日、旧校舎を文化センターに改修する計画を全会一致で可決したと町の担当者が明らかにした。",
        "改修工事は来年春に始まり、完成までにおよそ二年かかる見通しだと町長は記者会見で述べた。",
        "地元の団体は長年、練習や講座のための新しい場所を求めて町に要望を続けてきたという。",
    ],
    "ko": [
        "시의회는 월요일 옛 학교 건물을 문화센터로 바꾸는 계획을 만장일치로 통과시켰다고 시 관계자가 밝혔다.",
        "공사는 내년 봄에 시작해 약 2년이 걸릴 것으로 보인다고 시장이 기자회견에서 말했다.",
        "지역 단체들은 수년간 연습과 강좌를 위한 새 공간을 시에 요구해 왔다고 전했다.",
    ],
}


def _page(lang: str, between: str) -> str:
    t = TEXT[lang]
    return (
        f"<html lang='{lang}'><body><h1>Alte Schule wird Kulturzentrum</h1><div class='content'>"
        f"<p>{t[0]}</p><p>{t[1]}</p>{between}<p>{t[2]}</p></div></body></html>"
    )


@pytest.mark.parametrize(
    ("attrs", "furniture"),
    [
        ('data-testid="InfoBox"', True),  # camelCase words spelling a furniture word
        ('class="articleSideBar"', True),
        ('class="ReadMoreLink"', True),
        ('class="Article_elementPoll__0I_DP"', True),
        ('class="quiz-carousel"', True),
        ('class="ArticleBody"', False),
        ('class="sc-3a2d8222-0 kGbdVO"', False),  # a hash: "a" and "d" are no "ad"
        ('class="Read-more"', False),  # dashed words stay apart
        ('class="paywall"', False),  # the gated text itself sits in "paywall" wrappers
    ],
)
def test_camelcase_component_names(attrs: str, furniture: bool) -> None:
    doc = parse(f"<html><body><div {attrs}>x</div></body></html>", URL)
    assert doc is not None
    assert is_furniture(doc.tree.find(".//div")) is furniture


@pytest.mark.parametrize(
    ("line", "stock"),
    [
        ("Quelle: dpa", True),
        ("(Quelle: APA/sda/dpa)", True),
        ("Foto: Getty Images", True),
        ("Photo: Jane Doe/Reuters", True),
        ("Kilde: NTB", True),
        ("出典：共同通信", False),  # not a label we know: kept
        ("사진: 연합뉴스", True),
        ("Sources:", False),  # a heading over a list of sources, which the article keeps
        (
            "Quelle: Die Stadt teilte mit, dass der Umbau teurer wird. Mehr folgt.",
            False,
        ),  # a sentence
    ],
)
def test_credit_lines(line: str, stock: bool) -> None:
    assert is_stock_line(line) is stock


@pytest.mark.parametrize(
    ("lang", "between"),
    [
        (
            "de",
            '<div data-testid="InfoBox"><h3>Folgst du uns schon?</h3><p>Abonniere unseren Kanal und du bekommst jeden Morgen eine Übersicht mit den wichtigsten Nachrichten.</p></div>',
        ),
        (
            "de",
            '<div class="Article_elementPoll__0I_DP"><p>Sollte die Gemeinde mehr Geld für Kultur ausgeben, als sie das bisher getan hat?</p></div>',
        ),
        ("de", "<p>Foto: Getty Images</p>"),
        (
            "ja",
            '<div class="box"><p class="hdg">関連キーワード</p><ul><li><a href="/k1">文化センター</a></li><li><a href="/k2">町議会</a></li><li><a href="/k3">学校</a></li></ul></div>',
        ),
        (
            "ja",
            '<div class="box"><h2>社会の新着</h2><ul><li><a href="/n1">駅前の再開発計画が決定</a></li><li><a href="/n2">市立図書館が休館へ</a></li></ul></div>',
        ),
        (
            "ja",
            '<div class="box"><div class="txt">おすすめ情報</div><ul><li><a href="/o1">週末のイベント情報まとめ</a></li><li><a href="/o2">新しいカフェが開店</a></li></ul></div>',
        ),
        (
            "ko",
            '<div class="box"><h3>추천 기사</h3><ul><li><a href="/r1">시청 앞 광장 새 단장</a></li><li><a href="/r2">도서관 휴관 안내</a></li></ul></div>',
        ),
        ("ko", "<p>사진: 연합뉴스</p>"),
    ],
)
def test_boxes_and_lines_that_are_not_the_article(lang: str, between: str) -> None:
    assert extract_article(_page(lang, between), URL).body == "\n\n".join(TEXT[lang])


def test_a_cjk_section_of_the_story_under_a_matching_label_is_kept() -> None:
    """The recirculation heading needs a block of links: prose under it stays."""
    section = "<div class='box'><h3>関連する動き</h3><p>近隣の町でも同様の計画が検討されており、県は今年度中に支援策をまとめる方針だという。</p></div>"
    body = extract_article(_page("ja", section), URL).body or ""
    assert "近隣の町でも同様の計画" in body


def test_a_paragraph_holding_a_skipped_teaser_box_is_kept() -> None:
    """libxml2 keeps a <section> inside a <p> nested: the box is skipped, and its links
    must not make the paragraph around it look like a link-only promo."""
    teaser = (
        "<section class='most-popular'><h2>Trending</h2>"
        + "".join(
            f"<a href='/s{i}'>Eine ganz andere Geschichte über etwas anderes, Nummer {i}</a>"
            for i in range(4)
        )
        + "</section>"
    )
    quote = "„Wir freuen uns sehr auf den neuen Saal“, sagte die Leiterin des Chors."
    body = extract_article(_page("de", f"<p>{quote}{teaser}</p>"), URL).body or ""
    assert quote in body
    assert "Eine ganz andere Geschichte" not in body


@pytest.mark.parametrize(
    ("lang", "between"),
    [
        # a picture and its caption in one paragraph, no <figure> (WordPress without blocks)
        (
            "de",
            '<p><img src="/a.jpg" width="800" alt=""><br>Die Bürgermeisterin (links) im Saal</p>',
        ),
        # a picture wrapper, a caption and a credit as sibling divs
        (
            "de",
            '<div class="x9"><div class="x1"><picture><source srcset="/a.webp"><img src="/a.jpg"></picture></div>'
            '<div class="x2">Die alte Schule am Marktplatz </div><div class="x3">Stadtarchiv</div></div>',
        ),
        ("ja", '<p><img src="/b.jpg" alt=""><br>改修前の旧校舎（町提供）</p>'),
        ("ko", '<div><a href="/b.jpg"><img src="/b.jpg"></a><span>옛 학교 건물 전경</span></div>'),
    ],
)
def test_a_picture_with_its_caption_without_figure_is_not_body(lang: str, between: str) -> None:
    assert extract_article(_page(lang, between), URL).body == "\n\n".join(TEXT[lang])


@pytest.mark.parametrize(
    "between",
    [
        # an icon or emoji opens a line of text: the line is text
        '<p><img src="/flag.png" width="16" height="16" alt=""> Deutschland stimmt als letztes Land zu.</p>',
        # a picture above a long paragraph: the paragraph is the article's
        '<p><img src="/a.jpg" alt="">Der Saal soll 300 Plätze haben, dazu kommen Räume für Proben, eine Küche für Feste und ein Büro für die Vereine, die ihn gemeinsam verwalten werden, sagte die Bürgermeisterin.</p>',
    ],
)
def test_text_after_an_icon_or_before_a_long_paragraph_is_kept(between: str) -> None:
    body = extract_article(_page("de", between), URL).body or ""
    assert ("Deutschland stimmt" in body) or ("Der Saal soll 300 Plätze haben" in body)


@pytest.mark.parametrize(
    ("line", "stock"),
    [
        ("Hafenfest im Rückblick | 2:30 min", True),  # a media item's length anywhere
        ("Harbour festival, 12:05 MIN", True),
        ("Die Sitzung begann um 12:05 Uhr und dauerte lange", False),  # a clock, no length
        ("Externer Inhalt: Hier steht ein eingebetteter Beitrag", True),  # consent, opening
        ("Contenido externo de una red social", True),
        ("Der Verein zeigt auf seiner Seite externer Inhalt und Fotos", False),  # not opening
    ],
)
def test_media_length_and_consent_lines(line: str, stock: bool) -> None:
    """The two halves of one former regex (a length searched anywhere, a consent line by
    its opening), tested apart: the same lines as before."""
    assert is_stock_line(line) is stock
