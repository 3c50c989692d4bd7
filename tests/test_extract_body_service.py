"""Service lines, button labels and tooltips inside the body, in the languages read.

Made-up pages and lines; each line is the kind of text a site repeats on every article
(ad labels, reading times, "report an error", a broadcaster's programme line, consent
notices standing in for an embed), never the article's own words.
"""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.document import parse
from newsarchive.extract.furniture import is_furniture, is_stock_line

URL = "https://news.example/story/7"
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
}


def _page(lang: str, between: str) -> str:
    t = TEXT[lang]
    return (
        f"<html lang='{lang}'><body><h1>Alte Schule wird Kulturzentrum</h1><div class='content'>"
        f"<p>{t[0]}</p><p>{t[1]}</p>{between}<p>{t[2]}</p></div></body></html>"
    )


@pytest.mark.parametrize(
    "line",
    [
        # ad labels and buttons left alone on a line, in several languages
        "Anzeige",
        "Schriftgröße anpassen",
        "Mehr zum Thema",
        "Lesen Sie auch",
        "Publicité",
        "Lire aussi",
        "Publicidad",
        "Te puede interesar",
        "Leggi anche",
        "Les også",
        "Läs också",
        "Reklam",
        "関連キーワード",
        "おすすめ情報",
        "관련 기사",
        "相关阅读",
        # reading times
        "3 Minuten Lesezeit",
        "Lesezeit: 4 Min.",
        "5 min read",
        "Temps de lecture : 2 min",
        # calls and service lines sites repeat on every article
        "Fehler gefunden?Jetzt melden.",
        "Jetzt abonnieren und von der Vorlesefunktion profitieren.",
        "Sendung: Radio Beispiel, 24.04.2026, 15:10 Uhr",
        "Dieses Thema im Programm:",
        "Dieses Thema im Programm: Radio Beispiel | Nachrichten | 28. April 2026 | 10:00 Uhr",
        'Dieser Artikel ist zuerst bei "Beispielblatt" erschienen.',
        "Mit Material von dpa und AFP",  # the agencies' credit, as "Reporting by" in English
        "mit Material der Nachrichtenagenturen dpa und Reuters.",
        # consent notices in place of an embed, a paragraph long
        "An dieser Stelle finden Sie einen von der Redaktion ausgewählten, externen Inhalt, der den Artikel ergänzt. Sie können ihn mit einem Klick anzeigen lassen oder wieder ausblenden.",
        "Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt wird. Damit können personenbezogene Daten an Drittplattformen übermittelt werden. Mehr dazu steht in den Datenschutz-Einstellungen, die Sie ganz unten auf jeder Seite im Footer finden, sodass Sie Ihre Einstellungen jederzeit verwalten oder widerrufen können.",
    ],
)
def test_service_lines_are_stock(line: str) -> None:
    assert is_stock_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # the same words inside the article's sentences
        "Die Anzeige gegen den Bürgermeister wurde am Montag zurückgezogen, teilte die Polizei mit.",
        "Lesen Sie auch die Stellungnahme, sagte der Sprecher, sie sei seit Montag öffentlich.",
        "Die Sendung wurde am Montag abgesetzt, weil die Quoten seit Monaten sinken.",
        "3 Minuten dauerte die Rede des Bürgermeisters, dann verließ er den Saal.",
        "Dieser Artikel des Gesetzes ist zuerst im Landtag beraten worden, sagte die Ministerin.",
        "An dieser Stelle soll ein neuer Spielplatz entstehen, teilte die Stadt mit.",
        "Mit Material von der Baustelle soll der Verein den neuen Saal ausstatten, sagte die Bürgermeisterin am Montag.",
        "関連する動きとして、県は支援策をまとめる方針だ。",
    ],
)
def test_article_sentences_with_the_same_words_are_kept(line: str) -> None:
    assert not is_stock_line(line)


@pytest.mark.parametrize(
    ("lang", "between"),
    [
        ("de", "<p>Anzeige</p>"),
        ("de", "<div class='meta'>3 Minuten Lesezeit</div>"),
        (
            "de",
            "<p>Sendung: Radio Beispiel, Nachrichten am Abend, Mittwoch, 24.04.2026, 15:10 Uhr</p>",
        ),
        ("ja", "<p class='hdg'>関連キーワード</p>"),
        # a tooltip a button opens ("save for later: sign up first"), whatever it says
        (
            "ja",
            '<div class="wrp js-tooltip"><button class="icon-clip"></button><div class="js-tooltip-content"><p>記事を保存して後で読むことができます。ご利用には登録が必要です。</p></div></div>',
        ),
        (
            "de",
            '<div class="tooltip-box"><p>Speichern Sie diesen Artikel in Ihrer Leseliste, um ihn später zu lesen. Dafür ist ein Konto nötig.</p></div>',
        ),
    ],
)
def test_service_lines_and_tooltips_leave_the_body(lang: str, between: str) -> None:
    assert extract_article(_page(lang, between), URL).body == "\n\n".join(TEXT[lang])


@pytest.mark.parametrize(
    ("lang", "between"),
    [
        # a line sending the reader to a teaser the walk leaves out (a card, a link line)
        (
            "de",
            "<p>Mehr zur Lage in der Region lesen Sie in unserem Liveblog:</p>"
            "<div class='teaser-card'><a href='/liveblog'>Alle Entwicklungen im Überblick</a></div>",
        ),
        (
            "de",
            "<p>Mehr zum Thema finden Sie auch im wöchentlichen Newsletter:</p>"
            "<p><a href='/newsletter'>Der Wochenüberblick der Redaktion</a></p>",
        ),
        (
            "fr",
            "<p>Retrouvez toutes les informations dans notre direct :</p>"
            "<aside><a href='/direct'>Le direct de la journée</a></aside>",
        ),
        (
            "es",
            "<p>Consulta la última hora en nuestro directo:</p>"
            "<div class='related'><a href='/directo'>Directo: todas las novedades</a></div>",
        ),
        # a table of contents heading whose links were left out
        (
            "de",
            "<p>Auf dieser Seite:</p><ul><li><a href='#a'>Der Beschluss</a></li><li><a href='#b'>Die Kosten</a></li></ul>",
        ),
        (
            "en",
            "<h2>Table of Contents</h2><ul><li><a href='#a'>The decision</a></li><li><a href='#b'>The costs</a></li></ul>",
        ),
    ],
)
def test_lines_introducing_a_left_out_promo_leave_too(lang: str, between: str) -> None:
    base = TEXT["de"] if lang not in TEXT else TEXT[lang]
    html = (
        f"<html lang='{lang}'><body><h1>Alte Schule wird Kulturzentrum</h1><div class='content'>"
        f"<p>{base[0]}</p><p>{base[1]}</p>{between}<p>{base[2]}</p></div></body></html>"
    )
    assert extract_article(html, URL).body == "\n\n".join(base)


@pytest.mark.parametrize(
    "between",
    [
        # the writer's colon line above a quote that stays
        "<p>Die Bürgermeisterin sagte dazu:</p><p>„Wir haben lange auf diesen Tag gewartet, und jetzt geht es endlich los.“</p>",
        # above an embed the walk skips, without sending the reader elsewhere
        "<p>Der Verein schrieb am Abend auf seiner Seite:</p><figure class='embed'><blockquote>Endlich!</blockquote></figure>",
        # above a list of sources the page links to
        "<p>Lesen Sie die Quellen:</p><ul><li>Protokoll der Ratssitzung vom Montag</li><li>Haushaltsplan der Gemeinde</li></ul>",
    ],
)
def test_colon_lines_of_the_article_stay(between: str) -> None:
    body = extract_article(_page("de", between), URL).body or ""
    first = between.split("</p>", 1)[0].removeprefix("<p>")
    assert first in body


@pytest.mark.parametrize(
    ("lang", "box"),
    [
        (
            "ja",
            '<div class="c1"><div class="c2"><p><span>この記事は会員限定です。</span><br>定期購読者の方は無料で登録できます。</p>'
            '<div class="c3"><div class="c4"><div class="c5"><a href="/regist">会員登録する</a></div></div>'
            '<div class="c4"><div class="c5"><a href="/login">ログインして続きを読む</a></div></div></div>'
            "<dl><dt>登録すると</dt><dd>電子版が読める</dd><dd>会員向け記事が読み放題</dd></dl></div></div>",
        ),
        (
            "de",
            '<div class="box-x"><p>Dieser Artikel ist nur für Abonnentinnen und Abonnenten.</p>'
            '<a class="btn" href="/abo">Jetzt abonnieren</a><a href="/login">Anmelden</a></div>',
        ),
        (
            "de",
            '<section class="c7"><h3>Weiterlesen mit Plus</h3><p>Alle Artikel der Seite, jederzeit kündbar.</p>'
            "<button>Abo abschließen</button></section>",
        ),
    ],
)
def test_a_box_around_a_log_in_or_subscribe_button_leaves(lang: str, box: str) -> None:
    assert extract_article(_page(lang, box), URL).body == "\n\n".join(TEXT[lang])


def test_a_subscribe_link_inside_a_sentence_stays() -> None:
    line = 'Wer mehr hören will, kann <a href="/podcast">abonnieren</a>: Der Podcast erscheint jeden Freitag.'
    body = extract_article(_page("de", f"<p>{line}</p>"), URL).body or ""
    assert "Der Podcast erscheint jeden Freitag." in body


def _ending(lang: str, tail: str) -> str:
    t = TEXT[lang]
    return (
        f"<html lang='{lang}'><body><h1>Alte Schule wird Kulturzentrum</h1><div class='content'>"
        f"<p>{t[0]}</p><p>{t[1]}</p><p>{t[2]}</p>{tail}</div></body></html>"
    )


SHARE_BAR = "<div class='share-tools'><a href='/fb'>Facebook</a> <a href='/x'>X</a></div>"


@pytest.mark.parametrize(
    ("lang", "tail"),
    [
        # an agency tag and a programme line among the boxes after the last paragraph
        ("de", f"<p>SDA/sep</p>{SHARE_BAR}"),
        ("de", f"{SHARE_BAR}<p>Radio Beispiel | Nachrichten am Abend | 06.07.2026 | 19:00 Uhr</p>"),
        # teaser-list headings whose links were dropped as link lines
        (
            "de",
            "<h2>Neueste Meldungen aus der Region</h2><ul><li><a href='/a'>Stadtfest abgesagt</a></li><li><a href='/b'>Neue Buslinie</a></li></ul>"
            "<h2>Angebote in Ihrer Nähe</h2><div class='sponsor-box'><a href='/c'>Rabatt im Möbelhaus</a></div>",
        ),
        ("ja", f"<p>地域の最新ニュース</p>{SHARE_BAR}"),
    ],
)
def test_short_lines_among_boxes_after_the_last_paragraph_leave(lang: str, tail: str) -> None:
    assert extract_article(_ending(lang, tail), URL).body == "\n\n".join(TEXT[lang])


@pytest.mark.parametrize(
    "tail",
    [
        # a closing line with nothing left out after the last paragraph
        "<p>Mitarbeit: Jana Beispiel</p>",
        # a list of the article's, longer than a few lines, above a share bar
        f"<ul><li>Protokoll der Ratssitzung</li><li>Haushaltsplan 2026</li><li>Gutachten zum Denkmalschutz</li><li>Stellungnahme der Vereine</li></ul>{SHARE_BAR}",
        # a colon line over a list of sources
        f"<p>Quellen:</p><ul><li><a href='/p'>Protokoll der Ratssitzung</a></li></ul>{SHARE_BAR}",
    ],
)
def test_closing_lines_and_lists_of_the_article_stay(tail: str) -> None:
    body = extract_article(_ending("de", tail), URL).body or ""
    first = (
        tail.split("<li>")[1]
        if "<li>" in tail and not tail.startswith("<p>")
        else tail.split("</p>")[0]
    )
    first = first.split("</li>")[0].removeprefix("<p>")
    assert first in body


@pytest.mark.parametrize(
    ("lang", "line", "at_end"),
    [
        ("de", "Von Jana Beispiel", False),
        ("de", "Von Beispiel-Online, jb", False),
        ("de", "Von Jana Beispiel und Karl Muster", True),
        ("nl", "Door Jan Voorbeeld", False),
        ("fr", "Par Jeanne Exemple", True),
        ("sv", "Av Anna Exempel", False),
        # a broadcaster or agency with its writers' names or initials
        ("de", "RBX (jbe)", True),
        ("de", "NDX (Jana Beispiel, Karl Muster)", True),
    ],
)
def test_byline_and_agency_lines_near_the_ends_leave(lang: str, line: str, at_end: bool) -> None:
    t = TEXT["de"]
    paras = [t[0], t[1], t[2], line] if at_end else [t[0], line, t[1], t[2]]
    html = (
        f"<html lang='{lang}'><body><h1>Alte Schule wird Kulturzentrum</h1><div class='content'>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</div></body></html>"
    )
    assert extract_article(html, URL).body == "\n\n".join(t)


@pytest.mark.parametrize(
    "line",
    [
        "Von der Idee zum Bau",  # a subhead: "zum" is no name
        "Par ailleurs, la commune",
        "Von Jana Beispiel wissen wir, dass sie den Saal plant.",  # a sentence
    ],
)
def test_subheads_opening_with_a_by_word_stay(line: str) -> None:
    t = TEXT["de"]
    html = (
        "<html lang='de'><body><h1>Alte Schule wird Kulturzentrum</h1><div class='content'>"
        f"<p>{t[0]}</p><h2>{line}</h2><p>{t[1]}</p><p>{t[2]}</p></div></body></html>"
    )
    assert line in (extract_article(html, URL).body or "")


@pytest.mark.parametrize(
    "line",
    [
        ">> Hier finden Sie außerdem <a href='/termine'>alle Termine des Rates für 2026 im Überblick</a>",
        "► Mehr über den Umbau und seine Kosten erfahren Sie <a href='/schule'>in unserem Überblick</a>",
        "→ <a href='/bericht'>Read the full report of the council</a> on its website",
        "» Alle Beschlüsse der Sitzung vom Montag <a href='/plan'>finden Sie hier</a>",
    ],
)
def test_a_line_opening_with_an_arrow_and_a_link_is_a_promo(line: str) -> None:
    assert extract_article(_page("de", f"<p>{line}</p>"), URL).body == "\n\n".join(TEXT["de"])


def test_a_quotation_in_guillemets_with_a_link_stays() -> None:
    line = "»Wir haben lange auf diesen Tag gewartet«, sagte die <a href='/bm'>Bürgermeisterin</a> am Abend vor dem Rat."
    assert "Wir haben lange auf diesen Tag gewartet" in (
        extract_article(_page("de", f"<p>{line}</p>"), URL).body or ""
    )


@pytest.mark.parametrize(
    ("attrs", "furniture"),
    [
        # letters between a hash's digits spell words by chance: "ad" in "ce0d2ad"
        ('class="ca6da7c ce0d2ad cb99c03"', False),
        ('class="css-1ad2x3 e1tag9"', False),
        # a furniture word before a number or size stays one
        ('class="ad300x250"', True),
        ('class="ads2 slot"', True),
        ('class="promo3"', True),
    ],
)
def test_hashed_class_names_do_not_spell_furniture(attrs: str, furniture: bool) -> None:
    doc = parse(f"<html><body><div {attrs}>x</div></body></html>", URL)
    assert doc is not None
    assert is_furniture(doc.tree.find(".//div")) is furniture


@pytest.mark.parametrize(
    "note",
    [
        "<p><em>Jana Beispiel ist Reporterin für die Region und berichtet aus dem Rathaus.</em></p>",
        "<p><i>Familjen har godkänt namn- och bildpubliceringen.</i></p>",
        "<p><em>Jane Doe reports on local government for the paper.</em></p>",
    ],
)
def test_a_short_italic_note_ending_the_body_leaves(note: str) -> None:
    assert extract_article(_ending("de", note), URL).body == "\n\n".join(TEXT["de"])


@pytest.mark.parametrize(
    "tail",
    [
        # quoted passages set in italics, one after another
        "<p><em>„Wir werden den Saal schon im Herbst für die ersten Konzerte öffnen können“, schrieb der Verein.</em></p>"
        "<p><em>„Die Proben beginnen dann im Winter, sobald die Heizung läuft“, hieß es weiter.</em></p>",
        # an italic passage introduced by a colon line
        "<p>Der Verein schrieb dazu:</p><p><em>Wir freuen uns auf den neuen Saal und danken allen, die geholfen haben.</em></p>",
    ],
)
def test_italic_quotes_ending_the_body_stay(tail: str) -> None:
    body = extract_article(_ending("de", tail), URL).body or ""
    assert body.split("\n\n")[-1].endswith(("weiter.", "haben."))


def test_an_italic_credit_for_the_reporting_ending_the_body_stays() -> None:
    """As the site fixtures keep them: the reporting's credits are the article's."""
    note = "<p><em>Karl Muster hat zu diesem Bericht mitgearbeitet.</em></p>"
    body = extract_article(_ending("de", note), URL).body or ""
    assert body.endswith("Karl Muster hat zu diesem Bericht mitgearbeitet.")


@pytest.mark.parametrize(
    ("line", "stock"),
    [
        ("Quelle: beispiel.de, jb/dpa", True),  # a domain's dot inside the credit
        ("Quelle: F.A.Z.", True),
        ("Bildrechte: Beispielfunk", True),
        ("Grafik: dpa", True),
        ("Quelle: Die Stadt teilte mit, dass der Umbau teurer wird. Mehr folgt.", False),
    ],
)
def test_credit_lines_with_dotted_names(line: str, stock: bool) -> None:
    assert is_stock_line(line) is stock
