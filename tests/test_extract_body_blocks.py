"""Blocks inside the body container: teaser lists headed in any language, subheads that are jump targets.

Made-up pages; the markup shapes are the ones news sites use.
"""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://news.example/story/2"
TEXT = [
    "Die Gemeinde hat am Montag beschlossen, die alte Schule in ein Kulturzentrum umzubauen, wie die Verwaltung mitteilte.",
    "Der Umbau soll im Frühjahr beginnen und rund zwei Jahre dauern, sagte die Bürgermeisterin am Abend vor dem Rat.",
    "Vereine aus dem Ort hatten sich seit Jahren für neue Räume für Proben, Kurse und Konzerte im Winter eingesetzt.",
]


def _page(between: str) -> str:
    return (
        "<html><body><h1>Alte Schule wird Kulturzentrum</h1><div class='content'>"
        f"<p>{TEXT[0]}</p><p>{TEXT[1]}</p>{between}<p>{TEXT[2]}</p></div></body></html>"
    )


def _teasers(heading_html: str) -> str:
    items = "".join(
        f'<li><a href="/t{i}">{t}</a> Kurz erklärt.</li>'
        for i, t in enumerate(
            [
                "Neue Bibliothek im Dachgeschoss eröffnet",
                "Konzertsaal sucht einen Namen",
                "Kurse für Kinder ab Herbst",
            ]
        )
    )
    return f'<div class="box">{heading_html}<ul>{items}</ul></div>'


@pytest.mark.parametrize(
    "heading_html",
    [
        '<div class="boxhead">Mehr zum Thema Kultur</div>',  # a label in a div, not a heading tag
        "<h3>Lesen Sie auch</h3>",
        '<span class="label">Les også</span>',
        "<h2>À lire aussi</h2>",
        "<h4>Leggi anche</h4>",
        "<h3>関連記事</h3>",
        "<h3>Ilgili Haberler</h3>",
    ],
)
def test_a_teaser_list_headed_in_any_language_is_not_body(heading_html: str) -> None:
    assert extract_article(_page(_teasers(heading_html)), URL).body == "\n\n".join(TEXT)


def test_a_section_of_the_story_with_a_label_is_kept() -> None:
    section = '<div class="box"><div class="boxhead">Mehr zum Thema Kultur</div><p>Im Ort gibt es schon zwei Chöre und eine Musikschule, die sich über den neuen Saal freuen dürften.</p></div>'
    body = extract_article(_page(section), URL).body or ""
    assert "Im Ort gibt es schon zwei Chöre" in body


def test_a_subhead_wrapped_in_a_named_jump_target_is_kept() -> None:
    subhead = (
        '<h3 class="subtitle"><a class="jumpLabel" name="sprung1">Was der Umbau kostet</a></h3>'
    )
    body = extract_article(_page(subhead), URL).body
    assert body == "\n\n".join([TEXT[0], TEXT[1], "Was der Umbau kostet", TEXT[2]])


def test_a_subhead_that_links_elsewhere_is_still_a_promo() -> None:
    promo = '<h3><a href="/andere-geschichte">Was der Umbau in der Nachbarstadt kostete</a></h3>'
    assert extract_article(_page(promo), URL).body == "\n\n".join(TEXT)


@pytest.mark.parametrize(
    "repeated",
    [
        "記事にリアクションできます。会員登録が必要です。",  # a prompt under every item
        "1月13日",  # teaser dates
        "Jetzt teilen",
    ],
)
def test_short_lines_said_twice_are_page_furniture(repeated: str) -> None:
    between = f"<p>{repeated}</p><div><p>{repeated}</p></div>"
    assert extract_article(_page(between), URL).body == "\n\n".join(TEXT)


def test_a_long_paragraph_said_twice_is_kept() -> None:
    refrain = "Wir bauen hier nicht nur ein Haus, wir bauen einen Ort, an dem sich das ganze Dorf wieder treffen kann, an dem Kinder proben und Alte erzählen, sagte sie zweimal an diesem Abend."
    body = extract_article(_page(f"<p>{refrain}</p><p>{refrain}</p>"), URL).body or ""
    assert body.count(refrain) == 2


@pytest.mark.parametrize(
    "line",
    [
        "Der Rat stimmte am Abend ab, die Sitzung dauerte zehn Stunden. 18.04.2026 | 0:21 min",  # a video teaser
        "Radio Beispiel. 06.04.2026. 02:57 Min.. Verfügbar bis 06.04.2027.",
        "Ein Klick für den Datenschutz",  # consent placeholders standing in for an embed
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
        "We need your consent to load this social media content.",
        "Contenu externe",
    ],
)
def test_media_stamps_and_consent_placeholders_are_not_body(line: str) -> None:
    assert extract_article(_page(f"<p>{line}</p>"), URL).body == "\n\n".join(TEXT)


@pytest.mark.parametrize(
    "label",
    [
        "Advertisement 2",
        "ANZEIGE 3",
        "Publicidad 1",
        "Reklama 4",
        "広告 2",
        "광고 1",
        "Werbung (5)",
    ],
)
def test_a_numbered_ad_slot_label_is_not_body(label: str) -> None:
    assert extract_article(_page(f"<div class='x1'>{label}</div>"), URL).body == "\n\n".join(TEXT)


@pytest.mark.parametrize("line", ["Adelaide 36ers", "Anzeige: 3 Zimmer"])
def test_short_lines_that_only_start_like_an_ad_label_stay(line: str) -> None:
    assert line in (extract_article(_page(f"<p>{line}</p>"), URL).body or "")


@pytest.mark.parametrize(
    "heading",
    ["12 Kommentare", "Join the conversation", "Réagissez", "コメント", "댓글 (3)", "Комментарии"],
)
def test_a_block_headed_as_the_readers_comments_is_not_body(heading: str) -> None:
    comments = (
        f"<div class='z8'><h3>{heading}</h3>"
        "<div class='z9'><p>Endlich passiert hier etwas im Ort, gut so!</p></div>"
        "<div class='z9'><p>Und wer bezahlt das alles am Ende?</p></div></div>"
    )
    assert extract_article(_page(comments), URL).body == "\n\n".join(TEXT)


def test_a_section_whose_subhead_speaks_of_comments_stays() -> None:
    section = (
        "<div class='z8'><h3>Comments from residents were mixed</h3>"
        "<p>Some residents welcomed the plan at the meeting, others said the village needs a new school instead.</p></div>"
    )
    assert "Some residents welcomed the plan" in (extract_article(_page(section), URL).body or "")
